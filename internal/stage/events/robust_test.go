package events_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
)

// robustFloor is the share of news-framed variants, per template, that must
// keep the event of the plain sentence; it sits a little under what the
// coder reaches, to guard against regressions.
var robustFloor = map[string]float64{
	"trail-officials-said": 0.95, "trail-agency-reported": 0.95, "trail-according-to": 0.97,
	"front-on-tuesday": 0.97, "front-in-place": 0.97, "dateline": 0.98,
	"mid-today": 0.95, "mid-on-sunday": 0.95, "mid-late-on-monday": 0.94,
	"relative-clause": 0.96, "apposition-np": 0.95, "apposition-name": 0.95,
	"end-citing": 0.96, "end-after-talks": 0.97, "end-in-a-move": 0.96,
	"speech-frame": 0.93,
}

// robustDefaultFloor applies to a template robustFloor does not name.
const robustDefaultFloor = 0.0

// plainSentence is a passing case with one coded event and what the
// templates need to know about it: where its subject ends and where its
// trigger starts.
type plainSentence struct {
	c           codingCase
	text        string // without the final full stop
	stop        string // the final punctuation
	subjStart   int    // the subject's first byte (0 or after a leading determiner)
	subjEnd     int    // the byte after the subject (-1: the subject is not sentence-initial)
	trigStart   int    // the trigger's first byte
	between     string // the words between subject and trigger (auxiliaries)
	person      bool   // the subject is a person (who, not which)
	titleOnly   bool   // the subject names an office, not a person by name
	hasSpeech   bool   // the sentence already has an attribution
	hasWeekday  bool   // the sentence already has a weekday
	firstProper bool   // the first word is a proper name
	event       doc.Event
}

// robustTemplate frames a plain sentence as a wire story would; ok is false
// where the template cannot apply grammatically.
type robustTemplate struct {
	name  string
	apply func(p plainSentence) (string, bool)
}

var auxWords = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "is": true, "are": true,
	"was": true, "were": true, "did": true, "does": true, "do": true, "has been": true,
}

var personHeads = []string{"president", "minister", "leader", "chief", "secretary", "king", "prime",
	"premier", "chancellor", "general", "commander", "spokesman", "spokeswoman", "ambassador", "envoy",
	"governor", "mayor", "senator", "pope", "emperor", "queen", "prince", "official", "negotiator"}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// lowerFirst lowers the sentence's first letter when its first word is a
// determiner, a common noun, a pronoun or a number.
func lowerFirst(p plainSentence) string {
	if p.firstProper || strings.HasPrefix(p.text, "I ") {
		return p.text
	}
	return strings.ToLower(p.text[:1]) + p.text[1:]
}

// atSubjectEnd inserts ins right after the subject.
func atSubjectEnd(p plainSentence, ins string) (string, bool) {
	if p.subjEnd < 0 {
		return "", false
	}
	return p.text[:p.subjEnd] + ins + p.text[p.subjEnd:] + p.stop, true
}

// beforeTrigger inserts ins between the auxiliaries and the trigger.
func beforeTrigger(p plainSentence, ins string) (string, bool) {
	if p.subjEnd < 0 {
		return "", false
	}
	return p.text[:p.trigStart] + ins + " " + p.text[p.trigStart:] + p.stop, true
}

func trailing(tail string) func(plainSentence) (string, bool) {
	return func(p plainSentence) (string, bool) {
		if p.hasSpeech || p.stop != "." {
			return "", false
		}
		return p.text + tail + ".", true
	}
}

func fronted(front string) func(plainSentence) (string, bool) {
	return func(p plainSentence) (string, bool) {
		if p.hasWeekday && strings.Contains(front, "day") {
			return "", false
		}
		return front + lowerFirst(p) + p.stop, true
	}
}

// robustTemplates are the frames wire stories put around a plain clause.
var robustTemplates = []robustTemplate{
	{"trail-officials-said", trailing(", officials said on Tuesday")},
	{"trail-agency-reported", trailing(", the state news agency reported")},
	{"trail-according-to", trailing(", according to a statement")},
	{"front-on-tuesday", fronted("On Tuesday, ")},
	{"front-in-place", fronted("In the capital, ")},
	{"dateline", fronted("GENEVA (Reuters) - ")},
	{"mid-today", func(p plainSentence) (string, bool) { return beforeTrigger(p, "today") }},
	{"mid-on-sunday", func(p plainSentence) (string, bool) {
		if p.hasWeekday {
			return "", false
		}
		return beforeTrigger(p, "on Sunday")
	}},
	{"mid-late-on-monday", func(p plainSentence) (string, bool) {
		if p.hasWeekday {
			return "", false
		}
		return beforeTrigger(p, "late on Monday")
	}},
	{"relative-clause", func(p plainSentence) (string, bool) {
		if p.person {
			return atSubjectEnd(p, ", who has long opposed the plan,")
		}
		return atSubjectEnd(p, ", which has long opposed the plan,")
	}},
	{"apposition-np", func(p plainSentence) (string, bool) {
		if p.person {
			return atSubjectEnd(p, ", a veteran of the talks,")
		}
		return atSubjectEnd(p, ", a key player in the region,")
	}},
	{"apposition-name", func(p plainSentence) (string, bool) {
		if !p.titleOnly {
			return "", false
		}
		return atSubjectEnd(p, ", Daniel Okafor,")
	}},
	{"end-citing", trailing(", citing security concerns")},
	{"end-after-talks", trailing(", after weeks of talks")},
	{"end-in-a-move", trailing(", in a move seen as a rebuke to its critics")},
	{"speech-frame", func(p plainSentence) (string, bool) {
		if p.hasSpeech {
			return "", false
		}
		return "Officials said " + lowerFirst(p) + p.stop, true
	}},
}

// actorKeys are the countries of as (an actor with none by its code),
// sorted and unique.
func actorKeys(as []doc.Actor) string {
	var ks []string
	for _, a := range as {
		k := a.Country
		if k == "" {
			k = a.Code
		}
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(slices.Compact(ks), "+")
}

// sameEvent reports whether e keeps orig: the same CAMEO root and the same
// source and target countries (status is not compared: a frame may turn
// an occurred act into a claimed one).
func sameEvent(orig, e doc.Event) bool {
	return len(e.CAMEO) >= 2 && e.CAMEO[:2] == orig.CAMEO[:2] &&
		actorKeys(e.Source) == actorKeys(orig.Source) && actorKeys(e.Target) == actorKeys(orig.Target)
}

// plainSentences returns the passing cases with exactly one expected event
// with a coded source.
func plainSentences(t *testing.T) []plainSentence {
	files, err := filepath.Glob("testdata/cases/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	var out []plainSentence
	for _, f := range files {
		cases, err := readCases(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if len(c.want) != 1 || c.want[0].src == "-" {
				continue
			}
			d := annotate(t, c.sentence, c.date)
			if !c.check(d.Events) || len(d.Events) != 1 || len(d.Events[0].Source) == 0 {
				continue
			}
			if p, ok := describePlain(c, d.Events[0]); ok {
				p.firstProper = len(d.Tokens) == 0 || !slices.Contains([]string{"DET", "NOUN", "PRON", "NUM"}, d.Tokens[0].POS)
				out = append(out, p)
			}
		}
	}
	return out
}

// describePlain finds the subject and trigger of a plain sentence.
func describePlain(c codingCase, e doc.Event) (plainSentence, bool) {
	s := strings.TrimSpace(c.sentence)
	stop := s[len(s)-1:]
	if stop != "." && stop != "!" {
		return plainSentence{}, false
	}
	if strings.ContainsAny(s, "\"“”") {
		return plainSentence{}, false
	}
	p := plainSentence{c: c, text: s[:len(s)-1], stop: stop, event: e, subjEnd: -1, trigStart: e.Trigger.Start}
	low := strings.ToLower(s)
	p.hasSpeech = strings.Contains(low, " said") || strings.Contains(low, " says") || strings.Contains(low, "according to") ||
		strings.Contains(low, " reported") || strings.Contains(low, " announced")
	for _, w := range weekdays {
		p.hasWeekday = p.hasWeekday || strings.Contains(s, w)
	}
	start, end := len(s), 0
	for _, a := range e.Source {
		start, end = min(start, a.Start), max(end, a.End)
	}
	if ev, ok := e.Evidence["source"]; ok {
		start, end = min(start, ev.Start), max(end, ev.End)
	}
	lead := strings.TrimSpace(s[:start])
	if lead != "" && lead != "The" && lead != "the" {
		return p, true
	}
	if end > e.Trigger.Start || end >= len(p.text) {
		return p, true
	}
	between := strings.TrimSpace(s[end:e.Trigger.Start])
	if between != "" && !auxWords[between] {
		for _, w := range strings.Fields(between) {
			if !auxWords[w] {
				return p, true
			}
		}
	}
	if strings.HasSuffix(s[:end], ",") || !unicode.IsLetter(rune(s[end-1])) && s[end-1] != ')' {
		return p, true
	}
	p.subjStart, p.subjEnd, p.between = start, end, between
	subj := strings.ToLower(s[start:end])
	for _, h := range personHeads {
		if strings.Contains(subj, h) {
			p.person = true
			p.titleOnly = true
		}
	}
	for _, a := range e.Source {
		if a.Name != "" && a.Country != "" && a.Sector != "" {
			p.titleOnly = false
		}
	}
	// A title followed by a name ("President Jonas Maro") is not title-only.
	if words := strings.Fields(s[start:end]); len(words) > 1 && unicode.IsUpper(rune(words[len(words)-1][0])) && p.titleOnly {
		last := strings.ToLower(words[len(words)-1])
		if !slices.Contains(personHeads, last) && !strings.HasSuffix(last, "minister") {
			p.titleOnly = false
		}
	}
	return p, true
}

// TestRobustness frames each plain one-event case in the news templates
// wire stories use (attributions, datelines, fronted and inserted times,
// appositions, relative clauses, trailing adjuncts, speech frames) and
// reports, per template, the share of variants that keep the plain
// sentence's event (same CAMEO root, same source and target countries).
// With -v and SITREP_ROBUST_FAILS=1 it lists the variants that lose it.
func TestRobustness(t *testing.T) {
	if testing.Short() {
		t.Skip("codes every case many times")
	}
	plain := plainSentences(t)
	showFails := testing.Verbose() && os.Getenv("SITREP_ROBUST_FAILS") != ""
	var b strings.Builder
	total, kept := 0, 0
	for _, tpl := range robustTemplates {
		n, k, extra := 0, 0, 0
		var fails []string
		for _, p := range plain {
			v, ok := tpl.apply(p)
			if !ok {
				continue
			}
			n++
			d := annotate(t, v, p.c.date)
			found := false
			for _, e := range d.Events {
				found = found || sameEvent(p.event, e)
			}
			if found {
				k++
			} else if showFails {
				var got []string
				for _, e := range d.Events {
					got = append(got, gotString(e))
				}
				fails = append(fails, fmt.Sprintf("  %s:%d %q\n\twant: %s\n\tgot:  %s", p.c.file, p.c.line, v,
					gotString(p.event), orNone(got)))
			}
			if len(d.Events) > 1 {
				extra++
			}
		}
		total += n
		kept += k
		rate := 1.0
		if n > 0 {
			rate = float64(k) / float64(n)
		}
		fmt.Fprintf(&b, "  %-22s %4d/%-4d %5.1f%%  (more than one event: %d)\n", tpl.name, k, n, 100*rate, extra)
		floor, ok := robustFloor[tpl.name]
		if !ok {
			floor = robustDefaultFloor
		}
		if rate < floor {
			t.Errorf("template %s keeps %.1f%% of events, want at least %.0f%%", tpl.name, 100*rate, 100*floor)
		}
		if len(fails) > 0 {
			t.Logf("%s: %d variants lose the event:\n%s", tpl.name, len(fails), strings.Join(fails, "\n"))
		}
	}
	t.Logf("robustness over %d plain sentences, per template (kept/applied):\n%s  %-22s %4d/%-4d %5.1f%%",
		len(plain), b.String(), "all", kept, total, 100*float64(kept)/float64(max(total, 1)))
}

// TestRobustDebug prints the parse, actors and coder trace of the sentences
// in SITREP_ROBUST_DEBUG (separated by "|"), for development.
func TestRobustDebug(t *testing.T) {
	in := os.Getenv("SITREP_ROBUST_DEBUG")
	if in == "" {
		t.Skip("set SITREP_ROBUST_DEBUG to sentences separated by |")
	}
	code, trace, done := tracedCoder(t, shippedLex(t))
	defer done()
	for _, s := range strings.Split(in, "|") {
		d := annotate(t, s, "2024-10-21")
		var b strings.Builder
		for i, tk := range d.Tokens {
			fmt.Fprintf(&b, "  %2d %-14s %-5s %-5s %2d %s\n", i, d.Text[tk.Start:tk.End], tk.POS, tk.Tag, tk.Head, tk.Dep)
		}
		for _, a := range d.Actors {
			fmt.Fprintf(&b, "  actor %q %s\n", a.Text, a.Code)
		}
		*trace = (*trace)[:0]
		if _, err := code(context.Background(), s, "2024-10-21"); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Events {
			got = append(got, gotString(e))
		}
		t.Logf("%s\n%s  events: %s\n  trace:\n    %s", s, b.String(), orNone(got), strings.Join(*trace, "\n    "))
	}
}
