package events_test

import (
	"context"
	"strings"
	"testing"

	lexicon "github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/stage/events"
)

// TestObjectPrep: a pattern's preposition may be read on the object ("welcomed
// memos from France", with "from France" the memos' modifier), and a
// pattern may require the object's head with a modifier (mod=), adverbs
// (adv=) and auxiliaries (aux=) on the trigger, and make a compound source
// its own target (recip), name the phrase that holds the target (tgt=),
// require the words right before an object word (pre=) and before the
// trigger (before=); a phrase's modifier counts as its lemma ("on economic
// issues" for on=economic).
func TestObjectPrep(t *testing.T) {
	lex := shippedLex(t)
	ps, err := lexicon.ParsePatterns(strings.NewReader("036 welcome obj=memo mod=economic from=*\n037 clash adv=ever neg\n191 postpone obj=meeting aux=have recip\n030 concur recip\n042 dine obj=supper in=* tgt=with\n038 abandon obj=relation|relations pre=new+economic\n039 snub before=lately+*\n034 welcome obj=note on=economic tgt=from\n033 caution about=*\n"), "test", "p.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if err := lex.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	coder := events.New(lex, events.Options{})
	for _, c := range []struct{ text, want string }{
		{"Germany welcomed economic memos from France.", "036"},
		{"Germany welcomed cultural memos from France.", ""},
		{"Germany will not ever clash with France.", "037"},
		{"France and Germany have postponed their meeting.", "191"},
		{"France and Germany postponed their meeting.", ""},
		{"France and Germany concur that the dispute should be resolved through arbitration.", "030"},
		{"France concurs that the dispute should be resolved through arbitration.", ""},
		{"France dined supper in Brussels with Germany.", "042 DEU"},
		{"France abandoned new economic relations with Germany.", "038"},
		{"France abandoned new global economic relations with Germany.", ""},
		{"France lately snubbed Germany.", "039"},
		{"Germany welcomed notes on economic issues from France.", "034"},
		{"Germany welcomed notes on economic issues sent from France.", "034"},
		{"Germany cautioned its citizens about the King of Spain.", "033"},
		{"France lately did snub Germany.", ""},
	} {
		d := annotate(t, c.text, "2024-10-21")
		d.Events = nil
		if err := coder.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range d.Events {
			if e.CAMEO == "042" && len(e.Target) == 1 {
				got = e.CAMEO + " " + e.Target[0].Country
			}
			if e.CAMEO == "033" || e.CAMEO == "034" || e.CAMEO == "036" || e.CAMEO == "037" || e.CAMEO == "038" || e.CAMEO == "039" || (e.CAMEO == "191" || e.CAMEO == "030") && len(e.Target) == 2 {
				got = e.CAMEO
			}
		}
		if got != c.want {
			t.Errorf("%q: code %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAdverbNameIsSubject: an actor's name the tagger read as an adverb
// of a verb that has no subject is the verb's subject.
func TestAdverbNameIsSubject(t *testing.T) {
	d := annotate(t, "Ukraine welcomed the talks with Russia.", "2024-10-21")
	v := -1
	for i, tk := range d.Tokens {
		if d.Text[tk.Start:tk.End] == "welcomed" {
			v = i
		}
	}
	if v < 0 || d.Tokens[0].Head != v {
		t.Skipf("parse changed: %+v", d.Tokens[:2])
	}
	d.Tokens[0].Dep, d.Tokens[0].POS, d.Tokens[0].Tag = "advmod", "ADV", "RB"
	d.Events = nil
	if err := events.New(shippedLex(t), events.Options{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		if len(e.Source) == 1 && e.Source[0].Country == "UKR" {
			return
		}
	}
	t.Errorf("no event with the source Ukraine: %+v", d.Events)
}

// TestClauseArgs: with Options.ClauseArgs a that-clause predicating a noun
// offers its predicate as the verb's object and its subject as the
// target, and an infinitive's object is the verb's too ("vowed to wage
// war"); without, neither.
func TestClauseArgs(t *testing.T) {
	lex := shippedLex(t)
	ps, err := lexicon.ParsePatterns(strings.NewReader("024 allow obj=pleasant pre=really\n173 vow obj=war\n"), "test", "p.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if err := lex.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ text, code string }{
		{"France allowed that Germany is a really pleasant neighbour.", "024"},
		{"France vowed to wage war on Germany.", "173"},
	} {
		for _, on := range []bool{true, false} {
			d := annotate(t, c.text, "2024-10-21")
			d.Events = nil
			if err := events.New(lex, events.Options{ClauseArgs: on}).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			got := false
			for _, e := range d.Events {
				got = got || e.CAMEO == c.code && len(e.Target) == 1 && e.Target[0].Country == "DEU"
			}
			if got != on {
				t.Errorf("%q, ClauseArgs %v: coded %s France → Germany: %v (%+v)", c.text, on, c.code, got, d.Events)
			}
		}
	}
}

// TestFormTrigger: a lexicon may list a verb in an inflected form, as
// PETRARCH dictionaries do ("RISEN"): the word as written triggers it
// when its lemma is not in the lexicon.
func TestFormTrigger(t *testing.T) {
	lex := shippedLex(t)
	if err := lex.Add(lexicon.Pattern{Code: "190", Lemma: "outwitted"}); err != nil {
		t.Fatal(err)
	}
	d := annotate(t, "France outwitted Germany.", "2024-10-21")
	d.Events = nil
	if err := events.New(lex, events.Options{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].CAMEO != "190" {
		t.Errorf("events %+v, want one 190", d.Events)
	}
}

// TestParticipleTarget: with Options.ClauseArgs the target may be in a
// participle on the object ("the roads leading into X"), the first actor
// there.
func TestParticipleTarget(t *testing.T) {
	lex := shippedLex(t)
	if err := lex.Add(lexicon.Pattern{Code: "1721", Lemma: "cordon", Particle: "off"}); err != nil {
		t.Fatal(err)
	}
	d := annotate(t, "France has cordoned off the roads leading into Germany along the border with Italy.", "2024-10-21")
	d.Events = nil
	if err := events.New(lex, events.Options{ClauseArgs: true}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].CAMEO != "1721" || len(d.Events[0].Target) != 1 || d.Events[0].Target[0].Country != "DEU" {
		for _, tk := range d.Tokens {
			t.Logf("%s %s %d %s", d.Text[tk.Start:tk.End], tk.Lemma, tk.Head, tk.Dep)
		}
		t.Errorf("events %+v, want one 1721 with the target Germany", d.Events)
	}
}

// TestPassiveSource: with Options.PassiveSource the subject of a finite
// passive without an agent is its source, as PETRARCH codes it.
func TestPassiveSource(t *testing.T) {
	lex := shippedLex(t)
	for _, on := range []bool{true, false} {
		d := annotate(t, "France was criticized over its dispute with Germany.", "2024-10-21")
		d.Events = nil
		if err := events.New(lex, events.Options{PassiveSource: on}).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range d.Events {
			got = got || len(e.Source) == 1 && e.Source[0].Country == "FRA" && len(e.Target) == 1 && e.Target[0].Country == "DEU"
		}
		if got != on {
			t.Errorf("PassiveSource %v: France → Germany coded: %v (%+v)", on, got, d.Events)
		}
	}
}

// TestFormsAndSlips: a form the lexicon lists is the trigger before its
// lemma ("outwitted" apart from "outwit"); a lemmatizer slip is mended
// only for a regular form of the mended lemma, not for a misspelling.
func TestFormsAndSlips(t *testing.T) {
	lex := shippedLex(t)
	for _, p := range []lexicon.Pattern{{Code: "190", Lemma: "outwit"}, {Code: "191", Lemma: "outwitted"}, {Code: "192", Lemma: "forestall"}} {
		if err := lex.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	for text, want := range map[string]string{
		"France outwitted Germany.":   "191",
		"France outwits Germany.":     "190",
		"France forestalled Germany.": "192",
		"France forestalles Germany.": "",
	} {
		d := annotate(t, text, "2024-10-21")
		d.Events = nil
		if err := events.New(lex, events.Options{}).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range d.Events {
			if strings.HasPrefix(e.CAMEO, "19") {
				got = e.CAMEO
			}
		}
		if got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// TestClauseArgsTargetAfterVerb: with Options.ClauseArgs an active verb's
// target is not taken from the words before it.
func TestClauseArgsTargetAfterVerb(t *testing.T) {
	lex := shippedLex(t)
	if err := lex.Add(lexicon.Pattern{Code: "141", Lemma: "insist"}); err != nil {
		t.Fatal(err)
	}
	for _, on := range []bool{false, true} {
		d := annotate(t, "About Germany, France insisted.", "2024-10-21")
		d.Events = nil
		if err := events.New(lex, events.Options{ClauseArgs: on}).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range d.Events {
			got = got || e.CAMEO == "141" && len(e.Target) == 1 && e.Target[0].Country == "DEU"
		}
		if got == on {
			t.Errorf("ClauseArgs %v: target Germany before the verb taken: %v (%+v)", on, got, d.Events)
		}
	}
}
