package petrarch

import (
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/events"
)

func TestConvert(t *testing.T) {
	d := readSmall(t)
	lemma := func(w string, noun bool) string {
		if noun {
			return strings.TrimSuffix(w, "s")
		}
		return w
	}
	c := d.Convert(ConvertOptions{Origin: "small", Lemma: lemma})
	got := make([]string, len(c.Patterns))
	for i, p := range c.Patterns {
		got[i] = p.String() + " @" + p.Source
	}
	want := []string{
		"064 restore @small:14",
		"064 reestablish @small:15",
		"064 restore obj=contact|contacts|relation|relations @small:16",
		"064 restore obj=tie|ties mod=diplomatic @small:16",
		"064 reestablish obj=contact|contacts|relation|relations @small:16",
		"064 reestablish obj=tie|ties mod=diplomatic @small:16",
		"112 restore obj=relation|relations neg @small:17",
		"112 reestablish obj=relation|relations neg @small:17",
		"- restore obj=relation|relations|tie|ties @small:18",
		"- reestablish obj=relation|relations|tie|ties @small:18",
		"064 restore obj=contact|contacts with=* @small:19",
		"064 reestablish obj=contact|contacts with=* @small:19",
		"1717 break @small:22",
		"1717 break_down @small:23",
		"1711 tap before=wire+* @small:24", // WIRE_+TAP: "wire" right before "tap"
		"195 break_off @small:25",
		"195 tap_off before=wire+* @small:25",
		"030 break obj=talk|talks recip @small:26",
		"030 break_down obj=talk|talks recip @small:26",
		"030 tap obj=talk|talks before=wire+* recip @small:26",
		"- break obj=truce @small:27",
		"- break obj=fire mod=cease @small:27", // a phrase of several words: each needed
		"- break_down obj=truce @small:27",
		"- break_down obj=fire mod=cease @small:27",
		"- tap obj=truce before=wire+* @small:27",
		"- tap obj=fire mod=cease before=wire+* @small:27",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("patterns\n got %q\nwant %q", got, want)
	}
	if c.Total != 12 || c.Mapped != 12 {
		t.Errorf("mapped %d of %d, want 12 of 12", c.Mapped, c.Total)
	}
	if c.Alts["small:26"] != "031" {
		t.Errorf("alts %v", c.Alts)
	}
	if want := map[string]int{}; !reflect.DeepEqual(c.Skipped, want) {
		t.Errorf("skipped %v, want %v", c.Skipped, want)
	}
	if c.Partial["skipped noun phrase (^)"] != 1 {
		t.Errorf("partial %v", c.Partial)
	}
}

func TestConvertContexts(t *testing.T) {
	src := `&NEG
+DID N'T
+WILL NOT

&PREP
+ON
+IN

--- ASK [090] ---
ASK
- * TO RECONSIDER [102]
- &NEG * [112]
- SAID * [191]
- $ * + [120]
- + * $ [091]
- * FOR ^ ECONOMIC SANCTIONS FROM $ [172]
- * [001]
- DOUBLE DOUBLE * [903]
- * &PREP RESOLUTIONS [102]
- * {WITH | AGAINST} [111]
`
	lex, c := addText(t, src, ConvertOptions{})
	var got []string
	for _, p := range c.Patterns {
		got = append(got, p.String())
	}
	// shorter dictionary patterns first (AddTo's order)
	want := []string{"090 ask", "112 ask neg", "111 ask with=*", "111 ask against=*", "102 ask x=reconsider", "102 ask on=resolutions", "102 ask in=resolutions", "172 ask for=sanctions tgt=from"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// "$ * +" and "+ * $" constrain nothing: the source before the verb is
	// its subject, and a reversed pattern needs more than its markers
	if want := map[string]int{ReasonPre: 2, ReasonEmpty: 3}; !reflect.DeepEqual(c.Skipped, want) {
		t.Errorf("skipped %v, want %v", c.Skipped, want)
	}
	if lex.Len() != 8 {
		t.Errorf("lexicon has %d patterns, want 8", lex.Len())
	}
}

func TestAddToAlias(t *testing.T) {
	src := `--- ARRIVE [032:033] ---
ARRIVE
- * EARLY [903]
- * LATE [903]
- * TODAY [abc]
`
	d, err := ReadVerbs(strings.NewReader(src), "t")
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := events.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	lex := events.New(shipped.Codebook())
	c, err := d.AddTo(lex, ConvertOptions{Alias: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Patterns) != 4 || len(c.Aliases) != 3 {
		t.Fatalf("patterns %v, aliases %v", c.Patterns, c.Aliases)
	}
	if got := c.Resolve(c.Patterns[0].Code); got != (Alias{Code: "032", Alt: "033"}) || !strings.HasPrefix(c.Patterns[0].Code, "032") {
		t.Errorf("ARRIVE: %s → %+v", c.Patterns[0].Code, got)
	}
	if c.Patterns[1].Code != c.Patterns[2].Code || c.Resolve(c.Patterns[1].Code) != (Alias{Code: "903"}) {
		t.Errorf("903 twice: %s %s", c.Patterns[1].Code, c.Patterns[2].Code)
	}
	if c.Resolve(c.Patterns[3].Code) != (Alias{Code: "abc"}) || c.Resolve("111") != (Alias{Code: "111"}) {
		t.Errorf("abc: %+v", c.Resolve(c.Patterns[3].Code))
	}
	for code := range c.Aliases {
		if _, ok := shipped.Codebook().Lookup(code); !ok || len(code) != 4 {
			t.Errorf("private code %q", code)
		}
		for _, real := range shipped.Codebook().Codes() {
			if real == code {
				t.Errorf("private code %q is a codebook code", code)
			}
		}
	}
	// without Alias the non-CAMEO codes are skipped
	c2, err := d.AddTo(events.New(shipped.Codebook()), ConvertOptions{})
	if err != nil || c2.Skipped[ReasonCode] != 3 || len(c2.Patterns) != 1 {
		t.Errorf("no alias: %v %+v", err, c2)
	}
}

// TestConvertGoverned: a pre-context that is a governing verb ("SAID *",
// "INDICATED WOULD * NOW") becomes a pattern on that verb with the
// family's verbs as complements; subject nouns, adverbs, negations and
// words after the verb are not governing verbs (an adverb constrains the
// verb itself: Adverbs).
func TestConvertGoverned(t *testing.T) {
	src := `--- ACT [100] ---
ACT
PERFORM
- INDICATED WOULD * NOW [1010]
- SAID * [191]
- SAID WOULD NOT * [112]
- SAID * TO ATTEND [082]
- TANKS * [224]
- HEAVILY * [122]
- NOTED + * [115]
`
	d, err := ReadVerbs(strings.NewReader(src), "t")
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]string{"indicated": "indicate", "said": "say", "tanks": "tank", "noted": "note"}
	opt := ConvertOptions{
		Lemma: func(w string, noun bool) string {
			if noun && w == "tanks" {
				return "tank"
			}
			return w
		},
		FormLemma: func(w string) string {
			if l, ok := forms[w]; ok {
				return l
			}
			return w
		},
	}
	c := d.Convert(opt)
	var got []string
	for _, p := range c.Patterns {
		got = append(got, p.String())
	}
	want := []string{"100 act", "100 perform", "1010 indicate x=act|perform", "191 say x=act|perform", "122 act adv=heavily", "122 perform adv=heavily"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if c.Skipped[ReasonPre] != 4 || c.Partial["adverb after the verb"] != 1 {
		t.Errorf("skipped %v, partial %v", c.Skipped, c.Partial)
	}
	// Without FormLemma nothing is taken for a governing verb.
	if c := d.Convert(ConvertOptions{Lemma: opt.Lemma}); c.Skipped[ReasonPre] != 6 {
		t.Errorf("without FormLemma: skipped %v", c.Skipped)
	}
}

// TestConvertSharedHeads: patterns of a family whose objects share a head
// with different codes are told apart by the head with their first
// modifier, and the longer dictionary pattern wins a tie in the lexicon;
// words tied to the head with "_" must stand right before it.
func TestConvertSharedHeads(t *testing.T) {
	src := `&TIE
+MILITARY
+ECONOMIC

--- ABANDON [345] ---
ABANDON
- * NEW_&TIE_RELATIONS [903]
- * DIPLOMATIC TIES [901]
- * &TIE TIES [902]
- * THE FULL [111]
- * EFFORT [987]
`
	lex, c := addText(t, src, ConvertOptions{Alias: true})
	code := func(pre []string, objs ...string) string {
		p, ok := lex.Match(events.Candidate{Lemma: "abandon", Objects: objs, ObjectWords: pre})
		if !ok {
			return ""
		}
		return c.Resolve(p.Code).Code
	}
	for _, tc := range []struct {
		objs []string
		pre  []string
		want string
	}{
		{[]string{"ties", "full", "diplomatic"}, nil, "901"},
		{[]string{"ties", "economic"}, nil, "902"},
		{[]string{"ties", "symbolic"}, nil, "345"},
		{[]string{"relations", "new", "economic"}, []string{"new", "economic", "relations"}, "903"},
		{[]string{"relations", "new", "economic", "global"}, []string{"new", "global", "economic", "relations"}, "345"}, // not adjacent
		{[]string{"effort"}, nil, "987"},
		{[]string{"effort", "diplomatic"}, nil, "987"}, // the modifier alone is not "diplomatic ties"
		{[]string{"talks", "economic"}, nil, "345"},
	} {
		if got := code(tc.pre, tc.objs...); got != tc.want {
			t.Errorf("abandon %v: %s, want %s", tc.objs, got, tc.want)
		}
	}
	if len(c.Partial) != 0 { // the head and the modifier are both required
		t.Errorf("partial %v", c.Partial)
	}
}

// TestConvertSourceAfterVerb: an actor marker after the verb marks an
// actor phrase; "$" (the source) before the verb is its subject; "+" (the
// target) before it reverses the pattern, and without an actor phrase
// after the verb to hold the source the pattern is skipped.
func TestConvertSourceAfterVerb(t *testing.T) {
	src := `--- CELEBRATE [181] ---
CELEBRATE
- * EID AT ^ WITH + [043]
- $ * BACK [193]
- + * IN $ [075]
- + WAS * [174]
`
	c, got := convertText(t, src)
	if want := []string{"181 celebrate", "043 celebrate obj=eid at=* tgt=with", "193 celebrate_back", "075 celebrate in=*"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if c.Skipped[ReasonReversed] != 1 || len(c.Reversed) != 1 || !c.Reversed[c.Patterns[3].Source] {
		t.Errorf("skipped %v, reversed %v", c.Skipped, c.Reversed)
	}
	// Only an alias tells the caller to exchange the roles.
	_, c = addText(t, src, ConvertOptions{})
	if len(c.Patterns) != 3 || c.Skipped[ReasonReversed] != 2 {
		t.Errorf("without aliases: patterns %v, skipped %v", c.Patterns, c.Skipped)
	}
	_, c = addText(t, src, ConvertOptions{Alias: true})
	var rev []Alias
	for _, p := range c.Patterns {
		if a := c.Resolve(p.Code); a.Reversed {
			rev = append(rev, a)
		}
	}
	if len(c.Patterns) != 4 || !reflect.DeepEqual(rev, []Alias{{Code: "075", Reversed: true}}) {
		t.Errorf("with aliases: patterns %v, reversed %v", c.Patterns, rev)
	}
}

// TestConvertSkippedPhrase: a phrase filled by "^" holds no actor; the
// phrase after it whose object is a marker, or a preposition last in the
// pattern, holds the target (tgt=); a "^"
// with no marked phrase after it is only dropped, and words before it
// ("THEIR ^") constrain no object.
func TestConvertSkippedPhrase(t *testing.T) {
	src := `&SALAD
+GREEN

&DISH
+SOUP
+ROAST BEEF

--- DINE [040] ---
DINE
- * SUPPER IN ^ WITH $ [042]
- * LUNCH IN ^ [043]
- * THEIR ^ ABOUT $ [044]
- * NOTES_ON_&SALAD FROM [045]
- * FOR &DISH [046]
`
	c, got := convertText(t, src)
	if want := []string{"040 dine", "042 dine obj=supper in=* tgt=with", "043 dine obj=lunch in=*", "044 dine about=*", "045 dine obj=notes on=green tgt=from", "046 dine for=roast+beef|soup"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if c.Partial["skipped noun phrase (^)"] != 2 || c.Partial["words before a skipped noun phrase"] != 1 {
		t.Errorf("partial %v", c.Partial)
	}
}

// convertText reads a verb dictionary and converts it with no options,
// returning the conversion and its patterns as strings.
func convertText(t *testing.T, src string) (Conversion, []string) {
	t.Helper()
	d, err := ReadVerbs(strings.NewReader(src), "t")
	if err != nil {
		t.Fatal(err)
	}
	c := d.Convert(ConvertOptions{})
	var got []string
	for _, p := range c.Patterns {
		got = append(got, p.String())
	}
	return c, got
}

// TestConvertSynsetPhrases: a synset object whose phrases have several
// words gives one pattern for the one-word phrases and one per longer
// phrase, with each of its words before the head required; the phrase of
// more words wins where both match.
func TestConvertSynsetPhrases(t *testing.T) {
	src := `&COINS
+DUCATS
+SILVER COINS
+RARE_SILVER_COINS

--- DONATE [070] ---
DONATE
- * &COINS [071]
`
	lex, c := addText(t, src, ConvertOptions{})
	var got []string
	for _, p := range c.Patterns {
		if p.Code == "071" {
			got = append(got, p.String())
		}
	}
	want := []string{"071 donate obj=ducats", "071 donate obj=coins mod=silver", "071 donate obj=coins mod=rare+silver"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, tc := range []struct {
		objs []string
		want string
	}{
		{[]string{"ducats"}, "071"},
		{[]string{"coins", "silver"}, "071"},
		{[]string{"coins", "gold"}, "070"},
		{[]string{"coins", "silver", "rare"}, "071"},
	} {
		p, _ := lex.Match(events.Candidate{Lemma: "donate", Objects: tc.objs})
		if p.Code != tc.want {
			t.Errorf("objects %v: %s, want %s", tc.objs, p.Code, tc.want)
		}
	}
}

// addText reads a verb dictionary and adds it with opt to a lexicon with
// the shipped codebook and no patterns.
func addText(t *testing.T, src string, opt ConvertOptions) (*events.Lexicon, Conversion) {
	t.Helper()
	d, err := ReadVerbs(strings.NewReader(src), "t")
	if err != nil {
		t.Fatal(err)
	}
	book, err := events.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	lex := events.New(book.Codebook())
	c, err := d.AddTo(lex, opt)
	if err != nil {
		t.Fatal(err)
	}
	return lex, c
}

// TestConvertTiedBefore: words tied with "_" before the verb must stand
// together (before=), right before it when the verb is tied too; other
// words before the verb are read as written before it.
func TestConvertTiedBefore(t *testing.T) {
	src := `&NEVER
+DID NOT
+WO N'T

--- DINE [040] ---
DINE
- LATELY_* [041]
- SURELY_&NEVER_AGAIN * [042]
- SURELY * [043]
- BANQUET HALL * [044]
- SAID * [045]
`
	// FormLemma tells a governing verb ("SAID") from other words.
	form := func(w string) string { return strings.TrimSuffix(strings.Replace(w, "said", "say", 1), "ed") }
	lex, c := addText(t, src, ConvertOptions{FormLemma: form})
	var got []string
	for _, p := range c.Patterns {
		got = append(got, p.String())
	}
	want := []string{"040 dine", "041 dine before=lately+* adv=lately", "043 dine adv=surely", "044 dine before=banquet~hall", "042 dine before=surely+did+not+again|surely+wo+n't+again adv=surely+again neg"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for words, code := range map[string]string{
		"he lately":                    "041",
		"he lately did":                "040",
		"he surely did not again":      "042",
		"he surely did not ever again": "043",
		"the banquet hall has":         "044",
		"the banquet and hall has":     "044", // untied: words between allowed
		"the hall and banquet has":     "040",
	} {
		ws := strings.Fields(words)
		p, _ := lex.Match(events.Candidate{Lemma: "dine", VerbWords: ws, Adverbs: ws, Negated: strings.Contains(words, "not")})
		if p.Code != code {
			t.Errorf("%q dine: %s, want %s", words, p.Code, code)
		}
	}
}
