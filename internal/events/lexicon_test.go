package events

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func shipped(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestEveryCodeHasPatterns checks that every three-digit CAMEO code in the
// codebook has at least one pattern, and logs the patterns per root.
func TestEveryCodeHasPatterns(t *testing.T) {
	l := shipped(t)
	have := map[string]int{}
	roots := map[string]int{}
	for _, p := range l.Patterns() {
		if len(p.Code) >= 3 {
			have[p.Code[:3]]++
		}
		roots[Root(p.Code)]++
	}
	for _, c := range l.Codebook().Codes() {
		if len(c) == 3 && have[c] == 0 {
			t.Errorf("CAMEO %s (%s) has no pattern", c, mustInfo(t, l, c).Name)
		}
	}
	var b strings.Builder
	for r := 1; r <= 20; r++ {
		fmt.Fprintf(&b, " %02d:%d", r, roots[fmt.Sprintf("%02d", r)])
	}
	t.Logf("%d patterns; per root:%s", l.Len(), b.String())
}

func mustInfo(t *testing.T, l *Lexicon, code string) CodeInfo {
	info, ok := l.Codebook().Lookup(code)
	if !ok {
		t.Fatalf("no code %s", code)
	}
	return info
}

func TestCodebook(t *testing.T) {
	l := shipped(t)
	for _, c := range []struct {
		code, plover string
		quad         int
		gold         float64
	}{
		{"114", "ACCUSE", 3, -2}, {"057", "SUPPORT", 1, 8}, {"072", "AID", 2, 8.3},
		{"1056", "REQUEST", 3, -5}, {"190", "ASSAULT", 4, -10}, {"1054", "REQUEST", 3, -5},
	} {
		info := mustInfo(t, l, c.code)
		if info.Code != c.code || info.PLOVER != c.plover || info.Quad != c.quad || info.Goldstein != c.gold {
			t.Errorf("Lookup(%s) = %+v", c.code, info)
		}
	}
	if _, ok := l.Codebook().Lookup("999"); ok {
		t.Error("Lookup(999) succeeded")
	}
}

func TestMatch(t *testing.T) {
	l := shipped(t)
	for _, c := range []struct {
		cand Candidate
		want string
	}{
		{Candidate{Lemma: "summon", Objects: []string{"ambassador"}}, "114"},
		{Candidate{Lemma: "summon", Objects: []string{"reporter"}}, ""},
		{Candidate{Lemma: "condemn"}, "111"},
		{Candidate{Lemma: "demand", Objects: []string{"withdrawal"}}, "1056"},
		{Candidate{Lemma: "demand", Objects: []string{"answer"}}, "100"},
		{Candidate{Lemma: "call", Preps: []PrepArg{{Prep: "for", Lemma: "withdrawal"}}}, "1056"},
		{Candidate{Lemma: "carry", Particle: "out", Objects: []string{"attack"}}, "190"},
		{Candidate{Noun: true, Lemma: "attack"}, "190"},
		{Candidate{Lemma: "threaten", Complements: []string{"attack"}}, "138"},
		{Candidate{Lemma: "threaten"}, "130"},
		{Candidate{Lemma: "deny", Objects: []string{"allegation"}}, "016"},
		{Candidate{Lemma: "sign", Objects: []string{"treaty"}}, "057"},
		{Candidate{Lemma: "say"}, ""},
	} {
		p, ok := l.Match(c.cand)
		if got := map[bool]string{true: p.Code}[ok]; got != c.want {
			t.Errorf("Match(%+v) = %q (%s), want %q", c.cand, got, p.Source, c.want)
		}
	}
}

func TestAddOverrides(t *testing.T) {
	l := shipped(t)
	n, sum := l.Len(), l.Checksum()
	// Same signature as the shipped "111 condemn": replaced, not added.
	if err := l.Add(Pattern{Code: "110", Lemma: "Condemn", Source: "test"}); err != nil {
		t.Fatal(err)
	}
	if l.Len() != n {
		t.Errorf("Len = %d, want %d (override)", l.Len(), n)
	}
	if p, _ := l.Match(Candidate{Lemma: "condemn"}); p.Code != "110" || p.Source != "test" {
		t.Errorf("override not used: %+v", p)
	}
	if l.Checksum() == sum {
		t.Error("checksum unchanged after Add")
	}
	// A new, more specific pattern coexists and wins where it applies.
	if err := l.Add(Pattern{Code: "-", Lemma: "fire", Objects: []string{"employee"}}); err != nil {
		t.Fatal(err)
	}
	if p, _ := l.Match(Candidate{Lemma: "fire", Objects: []string{"employee"}}); p.Code != "-" {
		t.Errorf("stop pattern not chosen: %+v", p)
	}
	if p, _ := l.Match(Candidate{Lemma: "fire"}); p.Code != "193" {
		t.Errorf("fire = %+v, want 193", p)
	}
	if err := l.Add(Pattern{Code: "999", Lemma: "x"}); !errors.Is(err, ErrUnknownCode) {
		t.Errorf("bad code: %v", err)
	}
	if err := l.Add(Pattern{Code: "010"}); !errors.Is(err, ErrNoLemma) {
		t.Errorf("no lemma: %v", err)
	}
}

func TestParsePatterns(t *testing.T) {
	ps, err := ParsePatterns(strings.NewReader("# c\n114 summon|call_in obj=envoy tgt? status=planned\n190 n:attack against=*\n"), "t", "f")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 || ps[1].Lemma != "call" || ps[1].Particle != "in" || !ps[0].TargetOptional || ps[0].Status != "planned" ||
		!ps[2].Noun || ps[2].Prep != "against" || ps[2].PrepObjects != nil || ps[0].Source != "t:f:2" {
		t.Errorf("got %+v", ps)
	}
	if got := ps[0].String(); got != "114 summon obj=envoy tgt? status=planned" {
		t.Errorf("String = %q", got)
	}
	for _, bad := range []string{"114", "999 x", "114 x y", "114 x a=b c=d"} {
		if _, err := ParsePatterns(strings.NewReader(bad), "t", "f"); !errors.Is(err, ErrSyntax) {
			t.Errorf("%q: err %v", bad, err)
		}
	}
}

// TestTargetPrep: "tgt=PREP" round-trips and requires that phrase.
func TestTargetPrep(t *testing.T) {
	ps, err := ParsePatterns(strings.NewReader("042 dine obj=supper in=* tgt=with\n"), "t", "f")
	if err != nil {
		t.Fatal(err)
	}
	if got := ps[0].String(); got != "042 dine obj=supper in=* tgt=with" {
		t.Errorf("String() = %q", got)
	}
	l := shipped(t)
	if err := l.Add(ps[0]); err != nil {
		t.Fatal(err)
	}
	c := Candidate{Lemma: "dine", Objects: []string{"supper"}, Preps: []PrepArg{{Prep: "in", Lemma: "town"}}}
	if _, ok := l.Match(c); ok {
		t.Error("matched without the with-phrase")
	}
	c.Preps = append(c.Preps, PrepArg{Prep: "with", Lemma: "mayor"})
	if p, ok := l.Match(c); !ok || p.Code != "042" {
		t.Errorf("Match = %v, %v", p, ok)
	}
}

// TestObjectModsAll: a mod= item of lemmas joined by "+" needs each.
// TestObjectPre: "pre=a+b" needs a and b written right before one of the
// objects, in order; it round-trips.
func TestObjectPre(t *testing.T) {
	ps, err := ParsePatterns(strings.NewReader("038 abandon obj=relation pre=new+economic|close\n"), "t", "f")
	if err != nil {
		t.Fatal(err)
	}
	if got := ps[0].String(); got != "038 abandon obj=relation pre=close|new+economic" {
		t.Errorf("String() = %q", got)
	}
	l := shipped(t)
	if err := l.Add(ps[0]); err != nil {
		t.Fatal(err)
	}
	for words, want := range map[string]bool{"the new economic relation": true, "close relation": true, "a close relation": true,
		"new global economic relation": false, "economic relation": false, "relation": false, "new economic ally": false} {
		p, _ := l.Match(Candidate{Lemma: "abandon", Objects: []string{"relation"}, ObjectWords: strings.Fields(words)})
		if got := p.Code == "038"; got != want {
			t.Errorf("object %q: coded %s, want the pattern: %v", words, p.Code, want)
		}
	}
}

// TestPrepObjectsAll: a PREP= item "a+b" needs a and b among the
// argument's head and modifiers; a single lemma may be a modifier.
func TestPrepObjectsAll(t *testing.T) {
	l := shipped(t)
	if err := l.Add(Pattern{Code: "172", Lemma: "urge", Prep: "for", PrepObjects: []string{"embargo", "total+boycott"}}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		arg  PrepArg
		want bool
	}{
		{PrepArg{Prep: "for", Lemma: "boycott", Mods: []string{"total"}}, true},
		{PrepArg{Prep: "for", Lemma: "boycott"}, false},
		{PrepArg{Prep: "for", Lemma: "embargo"}, true},
		{PrepArg{Prep: "for", Lemma: "ban", Mods: []string{"embargo"}}, true},
	} {
		p, _ := l.Match(Candidate{Lemma: "urge", Preps: []PrepArg{tc.arg}})
		if got := p.Code == "172"; got != tc.want {
			t.Errorf("%+v: coded %s, want the pattern: %v", tc.arg, p.Code, tc.want)
		}
	}
}

func TestObjectModsAll(t *testing.T) {
	l := shipped(t)
	if err := l.Add(Pattern{Code: "071", Lemma: "donate", Objects: []string{"coin"}, ObjectMods: []string{"rare+silver"}}); err != nil {
		t.Fatal(err)
	}
	for objs, want := range map[string]bool{"coin silver rare": true, "coin silver": false, "coin rare": false} {
		p, _ := l.Match(Candidate{Lemma: "donate", Objects: strings.Fields(objs)})
		if got := p.Code == "071"; got != want {
			t.Errorf("%s: coded %s; the pattern needing both modifiers matched: %v, want %v", objs, p.Code, got, want)
		}
	}
}

func TestObjectMods(t *testing.T) {
	ps, err := ParsePatterns(strings.NewReader("030 abandon obj=tie\n031 abandon obj=tie mod=economic|military\n"), "t", "p.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := ps[1].String(); got != "031 abandon obj=tie mod=economic|military" {
		t.Errorf("String = %q", got)
	}
	lex := lexiconOf(t, ps)
	for _, c := range []struct {
		objs []string
		want string
	}{
		{[]string{"tie", "economic"}, "031"},
		{[]string{"tie", "symbolic"}, "030"},
		{[]string{"talk", "economic"}, ""},
	} {
		p, ok := lex.Match(Candidate{Lemma: "abandon", Objects: c.objs})
		if got := p.Code; !ok && got != "" || ok && got != c.want {
			t.Errorf("abandon %v: %q, want %q", c.objs, got, c.want)
		}
		if !ok && c.want != "" {
			t.Errorf("abandon %v: no match, want %q", c.objs, c.want)
		}
	}
}

func TestAdverbs(t *testing.T) {
	ps, err := ParsePatterns(strings.NewReader("030 clash neg\n031 clash adv=ever neg\n032 clash adv=most+certainly+ever neg\n"), "t", "p.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := ps[2].String(); got != "032 clash adv=most+certainly+ever neg" {
		t.Errorf("String = %q", got)
	}
	lex := lexiconOf(t, ps)
	for _, c := range []struct {
		advs []string
		want string
	}{
		{nil, "030"},
		{[]string{"ever"}, "031"},
		{[]string{"certainly", "most", "ever"}, "032"},
		{[]string{"certainly", "ever"}, "031"},
	} {
		if p, _ := lex.Match(Candidate{Lemma: "clash", Adverbs: c.advs, Negated: true}); p.Code != c.want {
			t.Errorf("clash %v: %q, want %q", c.advs, p.Code, c.want)
		}
	}
}

func TestAuxiliariesReciprocal(t *testing.T) {
	ps, err := ParsePatterns(strings.NewReader("191 postpone aux=have recip\n"), "t", "p.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := ps[0].String(); got != "191 postpone aux=have recip" || !ps[0].Reciprocal {
		t.Errorf("String = %q", got)
	}
	lex := lexiconOf(t, ps)
	if _, ok := lex.Match(Candidate{Lemma: "postpone"}); ok {
		t.Error("matched without the auxiliary")
	}
	if _, ok := lex.Match(Candidate{Lemma: "postpone", Auxiliaries: []string{"have"}}); ok {
		t.Error("matched without a compound subject")
	}
	if _, ok := lex.Match(Candidate{Lemma: "postpone", Auxiliaries: []string{"have"}, CompoundSubject: true}); !ok {
		t.Error("no match with the auxiliary and a compound subject")
	}
}

func TestMatchTargetless(t *testing.T) {
	ps, err := ParsePatterns(strings.NewReader("030 agree tgt?\n036 agree x=hold\n037 settle\n"), "t", "p.txt")
	if err != nil {
		t.Fatal(err)
	}
	lex := lexiconOf(t, ps)
	c := Candidate{Lemma: "agree", Complements: []string{"hold"}}
	if p, ok := lex.Match(c); !ok || p.Code != "036" {
		t.Errorf("Match = %v %v, want 036", p, ok)
	}
	if p, ok := lex.MatchTargetless(c); !ok || p.Code != "030" {
		t.Errorf("MatchTargetless = %v %v, want 030", p, ok)
	}
	if p, ok := lex.MatchTargetless(Candidate{Lemma: "settle"}); ok {
		t.Errorf("MatchTargetless(settle) = %v, want none", p)
	}
}

// lexiconOf returns a lexicon of the shipped codebook with only ps.
func lexiconOf(t *testing.T, ps []Pattern) *Lexicon {
	t.Helper()
	book, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	lex := New(book.Codebook())
	for _, p := range ps {
		if err := lex.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	return lex
}
