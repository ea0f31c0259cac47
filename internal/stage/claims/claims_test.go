package claims

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/sitrep/sitrep/internal/situation"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// builder makes hand-coded Docs: the text is segmented, and events,
// actors and time expressions are placed by the words they cover.
type builder struct {
	t testing.TB
	d *doc.Doc
}

func newDoc(t testing.TB, published string, sentences ...string) *builder {
	t.Helper()
	text := strings.Join(sentences, " ")
	d := doc.New("test", text)
	if published != "" {
		p, err := doc.ParseDate(published)
		if err != nil {
			t.Fatal(err)
		}
		d.Published = p
	}
	d.Sentences, d.Tokens = segment.Split(text)
	if len(d.Sentences) != len(sentences) {
		t.Fatalf("segmented into %d sentences, want %d", len(d.Sentences), len(sentences))
	}
	return &builder{t: t, d: d}
}

// span returns the span of the nth (from 0) occurrence of sub.
func (b *builder) span(sub string, n int) doc.Span {
	b.t.Helper()
	off := 0
	for k := 0; ; k++ {
		i := strings.Index(b.d.Text[off:], sub)
		if i < 0 {
			b.t.Fatalf("%q (occurrence %d) not in the text", sub, n)
		}
		if k == n {
			return doc.Span{Start: off + i, End: off + i + len(sub)}
		}
		off += i + len(sub)
	}
}

// actor makes an actor mention of the first occurrence of sub.
func (b *builder) actor(sub, code string) doc.Actor {
	a := doc.Actor{Span: b.span(sub, 0), Text: sub, Code: code}
	if len(code) >= 3 {
		a.Country, a.Sector = code[:3], code[3:]
	}
	b.d.Actors = append(b.d.Actors, a)
	return a
}

func (b *builder) timex(sub, value string) {
	b.d.Timexes = append(b.d.Timexes, doc.Timex{Span: b.span(sub, 0), Text: sub, Type: "DATE", Value: value})
}

// ev is an event to add: trigger word, CAMEO, source and target actors,
// status, said-by, figure and date.
type ev struct {
	trigger     string
	n           int // occurrence of the trigger
	cameo       string
	src, tgt    []doc.Actor
	status      string
	saidBy      *doc.Actor
	figure      float64
	approx      bool
	kind, date  string
	figureWords string
}

func (b *builder) event(e ev) string {
	b.t.Helper()
	id := fmt.Sprintf("e%d", len(b.d.Events)+1)
	tr := b.span(e.trigger, e.n)
	sent := -1
	for i, s := range b.d.Sentences {
		if s.Contains(tr) {
			sent = i
		}
	}
	if e.status == "" {
		e.status = "occurred"
	}
	out := doc.Event{ID: id, Sentence: sent, Trigger: doc.Mention{Span: tr, Text: e.trigger}, CAMEO: e.cameo,
		Source: e.src, Target: e.tgt, Status: e.status, SaidBy: e.saidBy, Date: e.date, Confidence: 0.5}
	if e.figure != 0 {
		kind := e.kind
		if kind == "" {
			kind = "troops"
		}
		q := doc.Quantity{Span: b.span(e.figureWords, 0), Text: e.figureWords, Value: e.figure, Approx: e.approx, Unit: kind, Kind: kind}
		b.d.Quantities = append(b.d.Quantities, q)
		out.Quantity = &q
	}
	b.d.Events = append(b.d.Events, out)
	return id
}

// dep attaches the token of the nth occurrence of word to the token of
// head by rel ("" head: root).
func (b *builder) dep(word string, n int, rel, head string) {
	b.t.Helper()
	t := tokenAt(b.d, b.span(word, n).Start)
	b.d.Tokens[t].Dep = rel
	b.d.Tokens[t].Head = -1
	if head != "" {
		b.d.Tokens[t].Head = tokenAt(b.d, b.span(head, 0).Start)
	}
}

func list(as ...doc.Actor) []doc.Actor { return as }

// summary prints claims compactly: "c1 assert KORSPY 2024-10-18 [e1] differs_in_figure:c3".
func summary(cs []doc.Claim) []string {
	var out []string
	for _, c := range cs {
		said := "-"
		if c.SaidBy != nil {
			said = c.SaidBy.Code
		}
		s := fmt.Sprintf("%s %s %s %s [%s]", c.ID, c.Stance, said, c.When, strings.Join(c.Events, " "))
		for _, r := range c.Relations {
			s += " " + r.Type + ":" + r.Claim
		}
		out = append(out, s)
	}
	return out
}

// seedLike is a short text of our own with the founding example's shape:
// one agency's two claims in one sentence, another government's claim with
// a different figure, and a denial that names no content.
func seedLike(t testing.TB, parsed bool) *doc.Doc {
	b := newDoc(t, "2024-10-21",
		"Seoul's spy agency said on Friday that Pyongyang plans to send around 12,000 soldiers to fight for Moscow and that 1,500 of them have already arrived in the Russian Far East.",
		"Officials in Kyiv claimed that Moscow will deploy about 10,000 North Korean soldiers to the Kursk region next month.",
		"The Kremlin has denied such allegations.")
	spy := b.actor("spy agency", "KORSPY")
	pyong := b.actor("Pyongyang", "PRKGOV")
	moscow := b.actor("Moscow", "RUSGOV")
	them := b.actor("them", "PRKMIL")
	kyiv := b.actor("Officials in Kyiv", "UKRGOV")
	b.timex("Friday", "2024-10-18")
	b.timex("next month", "2024-11")
	b.event(ev{trigger: "send", cameo: "072", src: list(pyong), tgt: list(moscow), status: "planned", saidBy: &spy,
		figure: 12000, approx: true, figureWords: "around 12,000"})
	b.event(ev{trigger: "arrived", cameo: "072", src: list(them), tgt: list(doc.Actor{Code: "RUS", Country: "RUS"}),
		status: "claimed", saidBy: &spy, figure: 1500, figureWords: "1,500", date: "2024-W42"})
	b.event(ev{trigger: "deploy", cameo: "154", src: list(b.actor("Moscow", "RUSGOV")), tgt: list(doc.Actor{Code: "UKR", Country: "UKR"}),
		status: "planned", saidBy: &kyiv, figure: 10000, approx: true, figureWords: "about 10,000", date: "2024-11"})
	b.event(ev{trigger: "denied", cameo: "016", src: list(b.actor("Kremlin", "RUSGOV")), date: "2024-10-21"})
	if parsed {
		b.dep("said", 0, "root", "")
		b.dep("plans", 0, "ccomp", "said")
		b.dep("send", 0, "xcomp", "plans")
		b.dep("arrived", 0, "conj", "plans")
	}
	return b.d
}

func TestFind(t *testing.T) {
	cases := []struct {
		name string
		d    func(t *testing.T) *doc.Doc
		want []string
	}{
		{"seed-like, parsed", func(t *testing.T) *doc.Doc { return seedLike(t, true) }, []string{
			"c1 assert KORSPY 2024-10-18 [e1] differs_in_figure:c3",
			"c2 assert KORSPY 2024-10-18 [e2]",
			"c3 assert UKRGOV 2024-10-21 [e3] differs_in_figure:c1",
			"c4 deny RUSGOV 2024-10-21 [e4] denies:c1 denies:c2 denies:c3",
		}},
		{"seed-like, not parsed: split at \"and that\" all the same", func(t *testing.T) *doc.Doc { return seedLike(t, false) }, []string{
			"c1 assert KORSPY 2024-10-18 [e1] differs_in_figure:c3",
			"c2 assert KORSPY 2024-10-18 [e2]",
			"c3 assert UKRGOV 2024-10-21 [e3] differs_in_figure:c1",
			"c4 deny RUSGOV 2024-10-21 [e4] denies:c1 denies:c2 denies:c3",
		}},
		{"one speaker, one clause, two events: one claim", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-05-02", "Police said rebels attacked a convoy and burned two trucks on Tuesday.")
			pol := b.actor("Police", "NGACOP")
			reb := b.actor("rebels", "NGAREB")
			b.timex("Tuesday", "2024-04-30")
			b.event(ev{trigger: "attacked", cameo: "190", src: list(reb), tgt: list(doc.Actor{Code: "NGAMIL", Country: "NGA"}), saidBy: &pol, date: "2024-04-30"})
			b.event(ev{trigger: "burned", cameo: "180", src: list(reb), tgt: list(doc.Actor{Code: "NGAMIL", Country: "NGA"}), saidBy: &pol, date: "2024-04-30"})
			return b.d
		}, []string{"c1 assert NGACOP 2024-05-02 [e1 e2]"}},
		{"no reported speech, no claims", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-10-21", "Seoul summoned the Russian ambassador.")
			b.event(ev{trigger: "summoned", cameo: "114", src: list(b.actor("Seoul", "KORGOV")), tgt: list(b.actor("Russian ambassador", "RUSGOV"))})
			return b.d
		}, nil},
		{"a speaker telling its own act is no claim, unless the status is claimed", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-10-21",
				"The ministry summoned the ambassador, according to a statement from the ministry.",
				"The army claimed it shot down 20 drones.")
			min := b.actor("ministry", "KORGOV")
			b.event(ev{trigger: "summoned", cameo: "114", src: list(min), tgt: list(b.actor("ambassador", "RUSGOV")), saidBy: &min})
			army := b.actor("army", "UKRMIL")
			b.event(ev{trigger: "shot", cameo: "190", src: list(army), tgt: list(doc.Actor{Code: "RUSMIL", Country: "RUS"}), status: "claimed", saidBy: &army})
			return b.d
		}, []string{"c1 assert UKRMIL 2024-10-21 [e2]"}},
		{"a denial that names its content denies what it names", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-03-10",
				"Kyiv said Russian troops crossed the border near Sumy on Saturday.",
				"Analysts expect more fighting.", "The weather was cold.", "Markets were calm.", "Schools stayed open.",
				"Moscow denied that its troops crossed the border.")
			kyiv := b.actor("Kyiv", "UKRGOV")
			b.event(ev{trigger: "crossed", cameo: "192", src: list(b.actor("Russian troops", "RUSMIL")), tgt: list(doc.Actor{Code: "UKR", Country: "UKR"}),
				saidBy: &kyiv, status: "claimed", date: "2024-03-09"})
			moscow := b.actor("Moscow", "RUSGOV")
			b.event(ev{trigger: "denied", cameo: "016", src: list(moscow), date: "2024-03-10"})
			b.event(ev{trigger: "crossed", n: 1, cameo: "192", src: list(b.actor("its troops", "RUSMIL")), tgt: list(doc.Actor{Code: "UKR", Country: "UKR"}),
				saidBy: &moscow, status: "denied", date: "2024-03-10"})
			return b.d
		}, []string{
			"c1 assert UKRGOV 2024-03-10 [e1]",
			"c2 deny RUSGOV 2024-03-10 [e2 e3] denies:c1",
		}},
		{"a denied event without a said-by joins the denial of its sentence", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-03-10",
				"Kyiv said Russian troops crossed the border near Sumy on Saturday.",
				"Moscow denied that its troops crossed the border.")
			kyiv := b.actor("Kyiv", "UKRGOV")
			b.event(ev{trigger: "crossed", cameo: "192", src: list(b.actor("Russian troops", "RUSMIL")), tgt: list(doc.Actor{Code: "UKR", Country: "UKR"}),
				saidBy: &kyiv, status: "claimed", date: "2024-03-09"})
			b.event(ev{trigger: "denied", cameo: "016", src: list(b.actor("Moscow", "RUSGOV")), date: "2024-03-10"})
			b.event(ev{trigger: "crossed", n: 1, cameo: "192", src: list(b.actor("its troops", "RUSMIL")), tgt: list(doc.Actor{Code: "UKR", Country: "UKR"}),
				status: "denied", date: "2024-03-10"})
			return b.d
		}, []string{
			"c1 assert UKRGOV 2024-03-10 [e1]",
			"c2 deny RUSGOV 2024-03-10 [e2 e3] denies:c1",
		}},
		{"an anaphoric denial does not reach past a gap", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-03-10",
				"Kyiv said Russian troops crossed the border near Sumy.",
				"Analysts expect more fighting.", "The weather was cold.", "Markets were calm.", "Schools stayed open.",
				"Moscow dismissed the reports as lies.")
			kyiv := b.actor("Kyiv", "UKRGOV")
			b.event(ev{trigger: "crossed", cameo: "192", src: list(b.actor("Russian troops", "RUSMIL")), tgt: list(doc.Actor{Code: "UKR", Country: "UKR"}), saidBy: &kyiv, status: "claimed"})
			b.event(ev{trigger: "dismissed", cameo: "016", src: list(b.actor("Moscow", "RUSGOV"))})
			return b.d
		}, []string{"c1 assert UKRGOV 2024-03-10 [e1]", "c2 deny RUSGOV 2024-03-10 [e2]"}},
		{"a denial with neither content nor anaphor denies nothing", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-03-10",
				"Kyiv said Russian troops crossed the border.",
				"The embassy said the cooperation is not directed against anyone.")
			kyiv := b.actor("Kyiv", "UKRGOV")
			b.event(ev{trigger: "crossed", cameo: "192", src: list(b.actor("Russian troops", "RUSMIL")), tgt: list(doc.Actor{Code: "UKR", Country: "UKR"}), saidBy: &kyiv, status: "claimed"})
			emb := b.actor("embassy", "RUSGOV")
			b.event(ev{trigger: "not directed", cameo: "0161", src: list(emb), saidBy: &emb})
			return b.d
		}, []string{"c1 assert UKRGOV 2024-03-10 [e1]", "c2 deny RUSGOV 2024-03-10 [e2]"}},
		{"disjoint sources for one attack contradict", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-03-12",
				"Kyiv said Russian forces shelled Kharkiv on Monday.",
				"Moscow said Ukrainian forces shelled Kharkiv on Monday.")
			kyiv, moscow := b.actor("Kyiv", "UKRGOV"), b.actor("Moscow", "RUSGOV")
			kh := doc.Actor{Code: "UKRCVL", Country: "UKR"}
			b.event(ev{trigger: "shelled", cameo: "195", src: list(b.actor("Russian forces", "RUSMIL")), tgt: list(kh), saidBy: &kyiv, status: "claimed", date: "2024-03-11"})
			b.event(ev{trigger: "shelled", n: 1, cameo: "195", src: list(b.actor("Ukrainian forces", "UKRMIL")), tgt: list(kh), saidBy: &moscow, status: "claimed", date: "2024-03-11"})
			return b.d
		}, []string{"c1 assert UKRGOV 2024-03-12 [e1] contradicts:c2", "c2 assert RUSGOV 2024-03-12 [e2] contradicts:c1"}},
		{"one says it happened, the other that it did not", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-03-12",
				"Activists said police arrested 40 protesters in Minsk.",
				"The interior ministry said no protesters were arrested.")
			act, mvd := b.actor("Activists", "BLRACT"), b.actor("interior ministry", "BLRGOV")
			b.event(ev{trigger: "arrested", cameo: "173", src: list(b.actor("police", "BLRCOP")), tgt: list(doc.Actor{Code: "BLROPP", Country: "BLR"}), saidBy: &act, status: "claimed",
				figure: 40, kind: "arrested", figureWords: "40"})
			b.event(ev{trigger: "arrested", n: 1, cameo: "173", src: list(doc.Actor{Code: "BLRCOP", Country: "BLR"}), tgt: list(doc.Actor{Code: "BLROPP", Country: "BLR"}), saidBy: &mvd, status: "negated"})
			return b.d
		}, []string{"c1 assert BLRACT 2024-03-12 [e1] contradicts:c2", "c2 assert BLRGOV 2024-03-12 [e2] contradicts:c1"}},
		{"agreeing figures support, the speaker named after the events dates the claim", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "2024-03-12",
				"At least 40 people were killed in the strike on Odesa, the UN said on Sunday.",
				"The Red Cross said 42 people died in the Odesa strike.")
			un, rc := b.actor("UN", "IGOUNO"), b.actor("Red Cross", "NGOIRC")
			ua := doc.Actor{Code: "UKRCVL", Country: "UKR"}
			ru := doc.Actor{Code: "RUSMIL", Country: "RUS"}
			b.timex("Sunday", "2024-03-10")
			b.event(ev{trigger: "killed", cameo: "195", src: list(ru), tgt: list(ua), saidBy: &un, figure: 40, approx: true, kind: "killed", figureWords: "At least 40"})
			b.event(ev{trigger: "died", cameo: "195", src: list(ru), tgt: list(ua), saidBy: &rc, figure: 42, kind: "killed", figureWords: "42"})
			return b.d
		}, []string{"c1 assert IGOUNO 2024-03-10 [e1] supports:c2", "c2 assert NGOIRC 2024-03-12 [e2] supports:c1"}},
		{"far apart in time is not the same situation; no date, no when", func(t *testing.T) *doc.Doc {
			b := newDoc(t, "",
				"Kyiv said 5,000 troops massed at the border in January 2022.",
				"Minsk said 9,000 troops massed at the border in May 2024.")
			kyiv, minsk := b.actor("Kyiv", "UKRGOV"), b.actor("Minsk", "BLRGOV")
			ru := doc.Actor{Code: "RUSMIL", Country: "RUS"}
			b.event(ev{trigger: "massed", cameo: "152", src: list(ru), saidBy: &kyiv, figure: 5000, figureWords: "5,000", date: "2022-01"})
			b.event(ev{trigger: "massed", n: 1, cameo: "152", src: list(ru), saidBy: &minsk, figure: 9000, figureWords: "9,000", date: "2024-05"})
			return b.d
		}, []string{"c1 assert UKRGOV  [e1]", "c2 assert BLRGOV  [e2]"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := c.d(t)
			if err := New().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if got := summary(d.Claims); !slices.Equal(got, c.want) {
				t.Errorf("claims:\n got %q\nwant %q", got, c.want)
			}
			b, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			if err := doc.ValidateJSON(b); err != nil {
				t.Errorf("output does not validate: %v", err)
			}
			// Deterministic: the same Doc gives the same claims.
			if again := Find(d); !slices.Equal(summary(again), summary(d.Claims)) {
				t.Errorf("second run differs: %q", summary(again))
			}
		})
	}
}

func TestPeriod(t *testing.T) {
	for _, c := range []struct{ in, lo, hi string }{
		{"2024-10-18", "2024-10-18", "2024-10-18"},
		{"2024-10-18T10:00", "2024-10-18", "2024-10-18"},
		{"2024-10", "2024-10-01", "2024-10-31"},
		{"2024", "2024-01-01", "2024-12-31"},
		{"2024-W42", "2024-10-14", "2024-10-20"},
		{"2024-W01", "2024-01-01", "2024-01-07"},
		{"2024-Q2", "2024-04-01", "2024-06-30"},
		{"XXXX-06", "", ""},
		{"P3Y", "", ""},
		{"", "", ""},
	} {
		lo, hi, ok := situation.Period(c.in)
		var glo, ghi string
		if ok {
			glo, ghi = lo.Format("2006-01-02"), hi.Format("2006-01-02")
		}
		if glo != c.lo || ghi != c.hi {
			t.Errorf("Period(%q) = %s..%s, want %s..%s", c.in, glo, ghi, c.lo, c.hi)
		}
	}
}

func TestFamilyOf(t *testing.T) {
	for in, want := range map[string]string{"072": "military", "0721": "military", "154": "military", "15": "military",
		"062": "military", "061": "06", "114": "11", "016": "01", "1": "1", "": ""} {
		if got := situation.FamilyOf(in); got != want {
			t.Errorf("FamilyOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSummarizeDenialCarriesDenied(t *testing.T) {
	d := seedLike(t, true)
	d.Claims = Find(d)
	f := situation.Summarize(d, &d.Claims[3])
	if f.Stance != situation.Deny || f.SaidBy != "RUSGOV" || len(f.Items) != 3 {
		t.Fatalf("Summarize(denial) = %+v, want the three denied events as items", f)
	}
	if got := situation.Evidence(d, &d.Claims[0]); !strings.HasPrefix(got, "Seoul's spy agency said") || !strings.HasSuffix(got, "Far East.") {
		t.Errorf("Evidence = %q", got)
	}
}

func TestSpecBuilds(t *testing.T) {
	r := pipeline.NewRegistry()
	if err := Register(r); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Build(Name); err == nil {
		t.Error("claims built without events, actors and sentences")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New().Process(ctx, seedLike(t, false)); err == nil {
		t.Error("Process with a done context succeeded")
	}
}
