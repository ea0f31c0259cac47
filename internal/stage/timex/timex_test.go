package timex

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// annotate segments text and runs the recognizer with the given
// publication date ("" for unknown).
func annotate(t testing.TB, text, published string) *doc.Doc {
	t.Helper()
	d := doc.New("test", text)
	if published != "" {
		p, err := doc.ParseDate(published)
		if err != nil {
			t.Fatal(err)
		}
		d.Published = p
	}
	d.Sentences, d.Tokens = segment.Split(text)
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

func listTimexes(d *doc.Doc) string {
	var b strings.Builder
	for _, x := range d.Timexes {
		b.WriteString(" [" + x.Text + " " + x.Type + " " + x.Value + "]")
	}
	return b.String()
}

// A case is one sentence, its publication date ("" when unknown), and one
// time expression expected in it: its exact text, type and value.
type tcase struct {
	text, published, span, typ, value string
}

// The cases are invented sentences in the style of wire copy. The
// publication date 2024-10-21 is a Monday (ISO week 43); 2013-03-22 a
// Friday.
var cases = []tcase{
	// The seed article's expressions.
	{"The ministry summoned the ambassador this Monday (21) to protest.", "2024-10-21", "this Monday (21)", "DATE", "2024-10-21"},
	{"Last Friday, the agency said Pyongyang plans to send troops.", "2024-10-21", "Last Friday", "DATE", "2024-10-18"},
	{"Some 1,500 troops were already transferred last week.", "2024-10-21", "last week", "DATE", "2024-W42"},
	{"The supply of weapons to Russia since 2023 is a violation.", "2024-10-21", "2023", "DATE", "2023"},
	{"Moscow plans to send 10,000 troops to the region from November 1 to counter advances.", "2024-10-21", "November 1", "DATE", "2024-11-01"},
	{"The agreement is in line with the treaty signed in June, which provides for assistance.", "2024-10-21", "June", "DATE", "2024-06"},
	{"Pyongyang has ignored the issue for now.", "2024-10-21", "now", "DATE", "PRESENT_REF"},

	// Absolute dates.
	{"The accord was signed on June 19, 2024, in Pyongyang.", "2024-10-21", "June 19, 2024", "DATE", "2024-06-19"},
	{"The report is dated 2024-10-21 and runs to 40 pages.", "2024-10-21", "2024-10-21", "DATE", "2024-10-21"},
	{"The vote was held on Oct. 21 amid protests.", "2024-10-25", "Oct. 21", "DATE", "2024-10-21"},
	{"Parliament dissolved itself on 21 October 2024.", "2024-11-02", "21 October 2024", "DATE", "2024-10-21"},
	{"Inflation soared in the 1990s.", "2024-10-21", "the 1990s", "DATE", "199"},
	{"The company grew fast in the early 1990s.", "2024-10-21", "the early 1990s", "DATE", "199"},
	{"Sales fell in March 2013 after the storm.", "2024-10-21", "March 2013", "DATE", "2013-03"},
	{"The plant is due to open by mid-2025.", "2024-10-21", "mid-2025", "DATE", "2025"},
	{"The war ended in 1953 with an armistice.", "2024-10-21", "1953", "DATE", "1953"},
	{"The city was founded in 1453 by traders.", "2024-10-21", "1453", "DATE", "1453"},
	{"The form was filed on 3/22/2013 in Ohio.", "2024-10-21", "3/22/2013", "DATE", "2013-03-22"},
	{"It happened on Monday, Oct. 21, 2024, at dawn.", "2024-10-25", "Monday, Oct. 21, 2024", "DATE", "2024-10-21"},
	{"Markets closed on Oct 21, 2024 lower.", "2024-10-25", "Oct 21, 2024", "DATE", "2024-10-21"},
	{"Europe was rebuilt in the 20th century.", "2024-10-21", "the 20th century", "DATE", "19"},
	{"The century began with the year 2000 celebrations.", "2024-10-21", "the year 2000", "DATE", "2000"},
	{"Harvest festivals take place in summer 2023 and later.", "2024-10-21", "summer 2023", "DATE", "2023-SU"},
	{"Profits rose in the first half of 2023.", "2024-10-21", "the first half of 2023", "DATE", "2023-H1"},
	{"Output shrank in the fourth quarter of last year.", "2024-10-21", "the fourth quarter of last year", "DATE", "2023-Q4"},

	// Relative to the publication date.
	{"Two days ago, rebels shelled the town.", "2024-10-21", "Two days ago", "DATE", "2024-10-19"},
	{"The talks resume next month in Geneva.", "2024-10-21", "next month", "DATE", "2024-11"},
	{"Prices rose last month.", "2024-10-21", "last month", "DATE", "2024-09"},
	{"Growth will slow this year, the bank said.", "2024-10-21", "this year", "DATE", "2024"},
	{"The election took place last year.", "2024-10-21", "last year", "DATE", "2023"},
	{"A new law takes effect next year.", "2024-10-21", "next year", "DATE", "2025"},
	{"Tuesday's attack killed 12 people.", "2024-10-21", "Tuesday", "DATE", "2024-10-15"},
	{"Earlier this year the army withdrew.", "2024-10-21", "Earlier this year", "DATE", "2024"},
	{"The minister resigned yesterday.", "2024-10-21", "yesterday", "DATE", "2024-10-20"},
	{"The minister resigns today.", "2024-10-21", "today", "DATE", "2024-10-21"},
	{"The court rules tomorrow.", "2024-10-21", "tomorrow", "DATE", "2024-10-22"},
	{"Shelling has recently intensified.", "2024-10-21", "recently", "DATE", "PAST_REF"},
	{"The army is currently on alert.", "2024-10-21", "currently", "DATE", "PRESENT_REF"},
	{"Diplomats met twice this week.", "2024-10-21", "this week", "DATE", "2024-W43"},
	{"Two weeks ago the bridge collapsed.", "2024-10-21", "Two weeks ago", "DATE", "2024-W41"},
	{"The dam burst three months ago.", "2024-10-21", "three months ago", "DATE", "2024-07"},
	{"The mine opened 20 years ago.", "2024-10-21", "20 years ago", "DATE", "2004"},
	{"Rebels took the city a year ago.", "2024-10-21", "a year ago", "DATE", "2023"},
	{"Prices will rise early next year.", "2024-10-21", "early next year", "DATE", "2025"},
	{"The plant closed late last year.", "2024-10-21", "late last year", "DATE", "2023"},
	{"A decision is expected later this month.", "2024-10-21", "later this month", "DATE", "2024-10"},
	{"The deal could be signed by the end of the year.", "2024-10-21", "the end of the year", "DATE", "2024"},
	{"Officials spoke earlier today.", "2024-10-21", "earlier today", "DATE", "2024-10-21"},

	// Direction from tense.
	{"The talks ended on Friday without a deal.", "2024-10-21", "Friday", "DATE", "2024-10-18"},
	{"The talks will resume on Friday.", "2024-10-21", "Friday", "DATE", "2024-10-25"},
	{"Protesters gathered on Sunday in the capital.", "2024-10-21", "Sunday", "DATE", "2024-10-20"},
	{"The leaders are expected to meet on Thursday.", "2024-10-21", "Thursday", "DATE", "2024-10-24"},
	{"The summit will be held in June.", "2024-10-21", "June", "DATE", "2025-06"},
	{"He was sworn in in January.", "2024-10-21", "January", "DATE", "2024-01"},
	{"He will be sworn in in January.", "2024-10-21", "January", "DATE", "2025-01"},
	{"Voters went to the polls on Nov. 5.", "2024-10-21", "Nov. 5", "DATE", "2023-11-05"},
	{"Voters will go to the polls on Nov. 5.", "2024-10-21", "Nov. 5", "DATE", "2024-11-05"},
	{"The attack came on Sept. 11.", "2024-10-21", "Sept. 11", "DATE", "2024-09-11"},
	{"The army said it would withdraw on Friday.", "2024-10-21", "Friday", "DATE", "2024-10-25"},
	{"Kyiv plans to hold the vote in March.", "2024-10-21", "March", "DATE", "2025-03"},
	{"The parliament was elected in May.", "2024-10-21", "May", "DATE", "2024-05"},
	{"Elections are scheduled for December.", "2024-10-21", "December", "DATE", "2024-12"},
	{"Next Friday the court delivers its verdict.", "2024-10-21", "Next Friday", "DATE", "2024-10-25"},
	{"Last Monday the ministry denied it.", "2024-10-21", "Last Monday", "DATE", "2024-10-14"},
	{"Rebels struck late Monday.", "2024-10-22", "late Monday", "DATE", "2024-10-21"},
	{"Fans will celebrate this weekend.", "2024-10-21", "this weekend", "DATE", "2024-W43-WE"},
	{"Fighting flared last weekend.", "2024-10-21", "last weekend", "DATE", "2024-W42-WE"},
	{"Fighting flared over the weekend.", "2024-10-21", "the weekend", "DATE", "2024-W42-WE"},
	{"Shoppers will be out at Christmas.", "2024-10-21", "Christmas", "DATE", "2024-12-25"},
	{"Families will gather on Thanksgiving.", "2024-10-21", "Thanksgiving", "DATE", "2024-11-28"},
	{"Pilgrims arrived for Easter.", "2024-10-21", "Easter", "DATE", "2024-03-31"},
	{"The law takes effect on New Year's Day.", "2024-10-21", "New Year's Day", "DATE", "2025-01-01"},
	{"Output fell in the third quarter.", "2024-10-21", "the third quarter", "DATE", "2024-Q3"},
	{"Troops left last summer.", "2024-10-21", "last summer", "DATE", "2024-SU"},
	{"The match has been postponed until Saturday because of snow.", "2024-10-21", "Saturday", "DATE", "2024-10-26"},
	{"The hearing was adjourned until Nov. 4.", "2024-10-21", "Nov. 4", "DATE", "2024-11-04"},

	// Anchored on the narrative date, not the publication date.
	{"The ceasefire began on Oct. 3, 2024. The next day, shelling resumed.", "2024-10-21", "The next day", "DATE", "2024-10-04"},
	{"The war began in 2010. Two years later, it spread.", "2024-10-21", "Two years later", "DATE", "2012"},
	{"The bill passed on May 2, 2024. A week later it was signed.", "2024-10-21", "A week later", "DATE", "2024-W19"},

	// Durations.
	{"The war has lasted three years.", "2024-10-21", "three years", "DURATION", "P3Y"},
	{"The curfew lasts for 48 hours.", "2024-10-21", "48 hours", "DURATION", "PT48H"},
	{"It took a month to repair the line.", "2024-10-21", "a month", "DURATION", "P1M"},
	{"Violence has risen over the past decade.", "2024-10-21", "the past decade", "DURATION", "P10Y"},
	{"Prices doubled in the past three years.", "2024-10-21", "the past three years", "DURATION", "P3Y"},
	{"Talks continue for the next two weeks.", "2024-10-21", "the next two weeks", "DURATION", "P2W"},
	{"Attacks have grown in recent years.", "2024-10-21", "recent years", "DURATION", "PXY"},
	{"The siege went on for years.", "2024-10-21", "years", "DURATION", "PXY"},
	{"The strike lasted several weeks.", "2024-10-21", "several weeks", "DURATION", "PXW"},
	{"The town was held for more than a decade.", "2024-10-21", "more than a decade", "DURATION", "P10Y"},
	{"Rescuers dug for about three days.", "2024-10-21", "about three days", "DURATION", "P3D"},
	{"Both sides agreed a 48-hour ceasefire.", "2024-10-21", "48-hour", "DURATION", "PT48H"},
	{"The meeting lasted half an hour.", "2024-10-21", "half an hour", "DURATION", "PT30M"},
	{"The reactor was shut for a year and a half.", "2024-10-21", "a year and a half", "DURATION", "P18M"},
	{"Food will run out in the coming days.", "2024-10-21", "the coming days", "DURATION", "PXD"},
	{"The envoy left minutes before the blast.", "2024-10-21", "minutes", "DURATION", "PTXM"},
	{"Repairs could take weeks.", "2024-10-21", "weeks", "DURATION", "PXW"},
	{"The talks collapsed days after they began.", "2024-10-21", "days", "DURATION", "PXD"},
	{"The siege lasted months.", "2024-10-21", "months", "DURATION", "PXM"},
	{"Talks went on for twenty-five years.", "2024-10-21", "twenty-five years", "DURATION", "P25Y"},

	// Sets.
	{"Inspectors visit every week.", "2024-10-21", "every week", "SET", "P1W"},
	{"The council meets weekly.", "2024-10-21", "weekly", "SET", "P1W"},
	{"Officials brief reporters daily.", "2024-10-21", "daily", "SET", "P1D"},
	{"The board meets twice a year.", "2024-10-21", "twice a year", "SET", "P1Y"},
	{"Protesters march every Monday.", "2024-10-21", "every Monday", "SET", "XXXX-WXX-1"},
	{"Trains run three times a week.", "2024-10-21", "three times a week", "SET", "P1W"},
	{"Inspections happen every other week.", "2024-10-21", "every other week", "SET", "P2W"},
	{"The fund pays $310m a year.", "2024-10-21", "a year", "SET", "P1Y"},

	// Times.
	{"The blast happened at 10:30 a.m. near the market.", "2024-10-21", "10:30 a.m.", "TIME", "2024-10-21T10:30"},
	{"The ministry spoke this morning.", "2024-10-21", "this morning", "TIME", "2024-10-21TMO"},
	{"The president speaks tonight.", "2024-10-21", "tonight", "TIME", "2024-10-21TNI"},
	{"Polls close at 5 p.m. EDT.", "2024-10-21", "5 p.m. EDT", "TIME", "2024-10-21T17:00"},
	{"Sirens sounded at 0900 GMT.", "2024-10-21", "0900 GMT", "TIME", "2024-10-21T09:00"},
	{"Drones attacked Friday night.", "2024-10-21", "Friday night", "TIME", "2024-10-18TNI"},
	{"Shelling resumed last night.", "2024-10-21", "last night", "TIME", "2024-10-20TNI"},
	{"Police arrived yesterday afternoon.", "2024-10-21", "yesterday afternoon", "TIME", "2024-10-20TAF"},
	{"The vote starts at noon.", "2024-10-21", "noon", "TIME", "2024-10-21T12:00"},

	// Without a publication date: X placeholders, never the clock.
	{"The treaty was signed in June.", "", "June", "DATE", "XXXX-06"},
	{"The minister resigned yesterday.", "", "yesterday", "DATE", "XXXX-XX-XX"},
	{"Troops moved last week.", "", "last week", "DATE", "XXXX-WXX"},
	{"The talks ended on Friday.", "", "Friday", "DATE", "XXXX-WXX-5"},
	{"The accord was signed on June 19.", "", "June 19", "DATE", "XXXX-06-19"},
	{"The ministry spoke this morning.", "", "this morning", "TIME", "XXXX-XX-XXTMO"},
	{"Weapons have flowed since 2023.", "", "2023", "DATE", "2023"},
	{"The war has lasted three years.", "", "three years", "DURATION", "P3Y"},
	{"Prices rose this year.", "", "this year", "DATE", "XXXX"},
	{"Troops left two months ago.", "", "two months ago", "DATE", "XXXX-XX"},
	{"Fighting flared last weekend.", "", "last weekend", "DATE", "XXXX-WXX-WE"},
	{"Now the army is on alert.", "", "Now", "DATE", "PRESENT_REF"},
}

func TestCases(t *testing.T) {
	if len(cases) < 80 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		d := annotate(t, c.text, c.published)
		found := false
		for _, x := range d.Timexes {
			if x.Text != c.span {
				continue
			}
			found = true
			if x.Type != c.typ || x.Value != c.value {
				t.Errorf("%q (published %q): %q is %s %s, want %s %s", c.text, c.published, c.span, x.Type, x.Value, c.typ, c.value)
			}
			if d.Text[x.Start:x.End] != x.Text {
				t.Errorf("%q: span [%d,%d) covers %q, text %q", c.text, x.Start, x.End, d.Text[x.Start:x.End], x.Text)
			}
		}
		if !found {
			t.Errorf("%q (published %q): no timex %q; got%s", c.text, c.published, c.span, listTimexes(d))
		}
	}
}

// TestNotTimexes lists numbers and words that look like time expressions
// but are not.
func TestNotTimexes(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"Some 2,000 troops crossed the border.", "2,000"},
		{"About 2000 people fled the fighting.", "2000"},
		{"Police detained 1500 protesters.", "1500"},
		{"Theresa May said the talks failed.", "May"},
		{"May I ask a question?", "May"},
		{"The Arab Spring protests spread.", "Spring"},
		{"A 24-year-old man was arrested.", "24"},
		{"The soldier, 19 years old, was killed.", "19 years"},
		{"Prices fall when supply rises.", "fall"},
		{"He won 2024 votes in the district.", "2024"},
		{"The fund lost $2013 in fees.", "2013"},
		{"Police said 12 people were hurt.", "12"},
		{"Thousands will march on the capital.", "march"},
		{"He won the race for a second time.", "second"},
		{"Section 2010 of the code was amended.", "2010"},
		{"The troops will last until the spring thaw, he said.", "last"},
	} {
		d := annotate(t, c.text, "2024-10-21")
		for _, x := range d.Timexes {
			if strings.Contains(x.Text, c.not) {
				t.Errorf("%q: %q taken as a timex (%s %s)", c.text, x.Text, x.Type, x.Value)
			}
		}
	}
}

// TestPOSTags checks that the recognizer reads Penn tags when they are
// present: a past-tense verb the word lists do not know decides the
// direction of a date given without a year.
func TestPOSTags(t *testing.T) {
	text := "The delegation strode out on December 5."
	d := annotate(t, text, "2024-10-21")
	if got := listTimexes(d); got != " [December 5 DATE 2024-12-05]" {
		t.Errorf("untagged: got%s, want the nearest December 5 (2024-12-05)", got)
	}
	tags := []string{"DT", "NN", "VBD", "RP", "IN", "NNP", "CD", "."}
	if len(tags) != len(d.Tokens) {
		t.Fatalf("%d tokens", len(d.Tokens))
	}
	for i := range d.Tokens {
		d.Tokens[i].Tag = tags[i]
	}
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if got := listTimexes(d); got != " [December 5 DATE 2023-12-05]" {
		t.Errorf("tagged VBD: got%s, want the December 5 before publication (2023-12-05)", got)
	}
	if got := TenseAt(d, 5, 7); got != TensePast {
		t.Errorf("TenseAt = %v, want past", got)
	}
}

func TestWarningWithoutDate(t *testing.T) {
	d := annotate(t, "The treaty was signed in June. It lasts three years.", "")
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "1 relative") {
		t.Errorf("warnings %q, want one counting 1 unresolved expression", d.Warnings)
	}
	d = annotate(t, "The treaty was signed on June 19, 2024.", "")
	if len(d.Warnings) != 0 {
		t.Errorf("absolute date only: warnings %q, want none", d.Warnings)
	}
}

func TestResolve(t *testing.T) {
	ref := doc.Date{Year: 2024, Month: 10, Day: 21}
	for _, c := range []struct {
		text  string
		tense Tense
		typ   string
		value string
	}{
		{"Friday", TensePast, "DATE", "2024-10-18"},
		{"Friday", TenseFuture, "DATE", "2024-10-25"},
		{"June", TensePast, "DATE", "2024-06"},
		{"June", TenseFuture, "DATE", "2025-06"},
		{"this Monday (21)", TenseUnknown, "DATE", "2024-10-21"},
		{"last week", TenseUnknown, "DATE", "2024-W42"},
		{"three years", TenseUnknown, "DURATION", "P3Y"},
		{"November 1", TenseFuture, "DATE", "2024-11-01"},
	} {
		typ, v, ok := Resolve(c.text, ref, c.tense)
		if !ok || typ != c.typ || v != c.value {
			t.Errorf("Resolve(%q, %v) = %s %s %v, want %s %s", c.text, c.tense, typ, v, ok, c.typ, c.value)
		}
	}
	if _, _, ok := Resolve("the minister", ref, TensePast); ok {
		t.Error("Resolve found a timex in \"the minister\"")
	}
	if typ, v, _ := Resolve("Friday", doc.Date{}, TensePast); typ != "DATE" || v != "XXXX-WXX-5" {
		t.Errorf("Resolve without a date = %s %s, want DATE XXXX-WXX-5", typ, v)
	}
}

func TestValidValue(t *testing.T) {
	for _, v := range []string{"2024", "199", "19", "2024-W42", "2024-W42-WE", "XXXX-06", "2024-10-21TMO",
		"2024-10-21T10:30", "XXXX-WXX-1", "P3Y", "PT48H", "PXY", "P1.5Y", "PRESENT_REF", "2024-Q3", "2024-H1",
		"2024-SU", "XXXX-XX-XX", "PXDE", "XXXX-XX-XXTNI"} {
		if !ValidValue(v) {
			t.Errorf("ValidValue(%q) = false", v)
		}
	}
	for _, v := range []string{"", "P", "PT3Y", "2024-13x", "20245", "2024-W4", "2024-10-21T1030", "now", "2024-SUT10:00"} {
		if ValidValue(v) {
			t.Errorf("ValidValue(%q) = true", v)
		}
	}
}

func TestStage(t *testing.T) {
	r := pipeline.NewRegistry()
	if err := segment.Register(r); err != nil {
		t.Fatal(err)
	}
	if err := Register(r); err != nil {
		t.Fatal(err)
	}
	p, err := r.Build("segment", "timex")
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	d := doc.New("t", "Seoul summoned the envoy on Monday.")
	d.Published = doc.Date{Year: 2024, Month: 10, Day: 21}
	if err := pipeline.NewRunner(p, nil).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Timexes) != 1 || d.Timexes[0].Value != "2024-10-21" {
		t.Errorf("timexes %+v", d.Timexes)
	}
	if _, err := pipeline.NewRegistry().Build("timex"); err == nil {
		t.Error("a registry without the timex stage built it")
	}
	r2 := pipeline.NewRegistry()
	_ = Register(r2)
	if _, err := r2.Build("timex"); err == nil {
		t.Error("timex built without a stage assigning tokens")
	}
}

func TestContextDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := doc.New("t", "Monday.")
	d.Sentences, d.Tokens = segment.Split(d.Text)
	if err := New().Process(ctx, d); err == nil {
		t.Error("Process ignored a done context")
	}
}
