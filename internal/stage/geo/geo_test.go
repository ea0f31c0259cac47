package geo

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

func shipped(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Shipped()
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	return g
}

// spansOf returns the spans of the given phrases in text, each the first
// occurrence after the previous one.
func spansOf(t *testing.T, text string, phrases ...string) []doc.Span {
	t.Helper()
	var out []doc.Span
	from := 0
	for _, p := range phrases {
		i := strings.Index(text[from:], p)
		if i < 0 {
			t.Fatalf("%q not in %q", p, text)
		}
		out = append(out, doc.Span{Start: from + i, End: from + i + len(p)})
		from += i + len(p)
	}
	return out
}

// TestResolve covers the evidence the resolver weighs, one text each.
func TestResolve(t *testing.T) {
	p := New(shipped(t), Options{})
	type want struct{ country, admin1, feature string }
	for _, c := range []struct {
		name, text string
		phrases    []string
		want       []want
	}{
		{"X, Y with an AP abbreviation", "A fire in Alexandria, La., destroyed a home.",
			[]string{"Alexandria", "La."}, []want{{"USA", "US.LA", "PPLA2"}, {"USA", "US.LA", "ADM1"}}},
		{"X, Y with a state name", "The fair in Paris, Texas, drew crowds.",
			[]string{"Paris", "Texas"}, []want{{"USA", "US.TX", ""}, {"USA", "US.TX", "ADM1"}}},
		{"population prior", "She flew from Alexandria to Cairo.",
			[]string{"Alexandria", "Cairo"}, []want{{"EGY", "", ""}, {"EGY", "", "PPLC"}}},
		{"one sense per document", "Paris, Texas, is small. Paris has a new mayor.",
			[]string{"Paris", "Texas", "Paris"}, []want{{"USA", "US.TX", ""}, {"USA", "", "ADM1"}, {"USA", "US.TX", ""}}},
		{"division word", "Troops moved to the Kursk region.",
			[]string{"Kursk region"}, []want{{"RUS", "RU.41", "ADM1"}}},
		{"alternate name of a division", "Forests burned in Primorsky Krai.",
			[]string{"Primorsky Krai"}, []want{{"RUS", "RU.59", "ADM1"}}},
		{"list under a trigger", "Units were sent to the regions of Primorye, Khabarovsk and Amur.",
			[]string{"Primorye", "Khabarovsk", "Amur"}, []want{{"RUS", "RU.59", "ADM1"}, {"RUS", "RU.30", "ADM1"}, {"RUS", "RU.05", "ADM1"}}},
		{"a city is the city by default", "Khabarovsk is on the Amur River.",
			[]string{"Khabarovsk"}, []want{{"RUS", "RU.30", "PPLA"}}},
		{"country adjective", "Ships reached the Russian port city of Vladivostok.",
			[]string{"Vladivostok"}, []want{{"RUS", "RU.59", "PPLA"}}},
		{"capital over a division", "Talks in Washington ended.",
			[]string{"Washington"}, []want{{"USA", "US.DC", "PPLC"}}},
		{"country name over an alternate name", "Migrants crossed southern Mexico.",
			[]string{"Mexico"}, []want{{"MEX", "", "PCLI"}}},
		{"abbreviation in capitals", "U.S. troops and UK officials met.",
			[]string{"U.S.", "UK"}, []want{{"USA", "", "PCLI"}, {"GBR", "", "PCLI"}}},
		{"demonym as a gold span", "A Turkish court ruled.",
			[]string{"Turkish"}, []want{{"TUR", "", "PCLI"}}},
		{"hand-written region", "Bases in the Russian Far East grew.",
			[]string{"Russian Far East"}, []want{{"RUS", "", "RGN"}}},
		{"part of a longer name", "The Bank of Japan held rates.",
			[]string{"Bank of Japan"}, []want{{"JPN", "", "PCLI"}}},
		{"an airport named before the word", "Flights left Heathrow airport late.",
			[]string{"Heathrow"}, []want{{"GBR", "GB.ENG", "AIRP"}}},
		{"a division named by its abbreviation elsewhere", "FORT QWYX, Wash. — Teams flew to Hawaii, Alaska and Washington, D.C. At home in Washington, they train.",
			[]string{"Wash.", "Washington, D.C.", "Washington"}, []want{{"USA", "US.WA", "ADM1"}, {"USA", "US.DC", "PPLC"}, {"USA", "US.WA", "ADM1"}}},
		{"a postal code alone in capitals", "Rain fell on Perth and Fremantle. Farms in WA dried out.",
			[]string{"Perth", "Fremantle", "WA"}, []want{{"AUS", "AU.08", "PPLA"}, {"AUS", "AU.08", ""}, {"AUS", "AU.08", "ADM1"}}},
		{"Congo alone is the Democratic Republic", "Refugees fled the fighting in eastern Congo.",
			[]string{"Congo"}, []want{{"COD", "", "PCLI"}}},
		{"Congo in a text about Brazzaville", "Voters in Brazzaville said Congo needed new roads.",
			[]string{"Brazzaville", "Congo"}, []want{{"COG", "", "PPLC"}, {"COG", "", "PCLI"}}},
		{"the Republic of the Congo named", "The Republic of the Congo exports oil; Congo also sells timber.",
			[]string{"Republic of the Congo", "Congo"}, []want{{"COG", "", "PCLI"}, {"COG", "", "PCLI"}}},
		{"the Democratic Republic named", "The Democratic Republic of the Congo exports cobalt; Congo also mines copper.",
			[]string{"Democratic Republic of the Congo", "Congo"}, []want{{"COD", "", "PCLI"}, {"COD", "", "PCLI"}}},
		{"multi-byte text", "Rallies in Zürich and Kraków.",
			[]string{"Zürich", "Kraków"}, []want{{"CHE", "", ""}, {"POL", "", ""}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts := p.Resolve(c.text, spansOf(t, c.text, c.phrases...))
			if len(ts) != len(c.want) {
				t.Fatalf("%d toponyms", len(ts))
			}
			for i, w := range c.want {
				pl := ts[i].Place
				if !ts[i].Resolved() || pl.Country != w.country || w.admin1 != "" && pl.Admin1 != w.admin1 || w.feature != "" && pl.Feature != w.feature {
					t.Errorf("%q → %s %s %s %s (%d), want %+v", c.phrases[i], pl.Name, pl.Country, pl.Admin1, pl.Feature, pl.GeonameID, w)
				}
				if pl.Text != c.phrases[i] || c.text[pl.Start:pl.End] != pl.Text {
					t.Errorf("span %v text %q", pl.Span, pl.Text)
				}
			}
		})
	}
}

func TestResolveKeepsOrder(t *testing.T) {
	p := New(shipped(t), Options{})
	text := "From Kraków to Zürich."
	sp := spansOf(t, text, "Kraków", "Zürich")
	ts := p.Resolve(text, []doc.Span{sp[1], sp[0]})
	if ts[0].Text != "Zürich" || ts[1].Text != "Kraków" {
		t.Errorf("order %q %q", ts[0].Text, ts[1].Text)
	}
}

func TestResolveUnknownAndContainer(t *testing.T) {
	g := shipped(t)
	text := "Police closed Qwxzyville Road in Alexandria, Va., on Monday."
	sp := spansOf(t, text, "Qwxzyville Road", "Alexandria", "Va.")
	if ts := New(g, Options{NoContainers: true}).Resolve(text, sp); ts[0].Resolved() {
		t.Errorf("unknown toponym resolved to %+v", ts[0].Place)
	}
	ts := New(g, Options{}).Resolve(text, sp)
	if ts[0].Place.Resolution != doc.ResolutionContainedIn || ts[0].Place.Admin1 != "US.VA" || ts[0].Place.Text != "Qwxzyville Road" || ts[0].Ref != gazetteer.NoRef {
		t.Errorf("container %+v", ts[0])
	}
}

// annotate runs the segmenter and the NER over text.
func annotate(t testing.TB, text string) *doc.Doc {
	t.Helper()
	m, err := ner.Shipped()
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	d := doc.New("test", text)
	ctx := context.Background()
	if err := segment.New().Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := ner.New(m).Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestRoles(t *testing.T) {
	p := New(shipped(t), Options{})
	for _, c := range []struct {
		text, name string
		want       Role
	}{
		{"Pyongyang has ignored the issue for now.", "Pyongyang", RoleActor},
		{"Seoul and Moscow have opposing positions on the matter.", "Moscow", RoleActor},
		{"It expressed Seoul's dissatisfaction with the move.", "Seoul", RoleActor},
		{"Russia has denied the allegations.", "Russia", RoleActor},
		{"The troops are supporting Moscow in the invasion.", "Moscow", RoleActor},
		{"Thousands marched in Moscow on Sunday.", "Moscow", RolePlace},
		{"The ships sailed to Russia last week.", "Russia", RolePlace},
		{"A bomb exploded in Kabul on Monday.", "Kabul", RolePlace},
	} {
		d := annotate(t, c.text)
		var got *Toponym
		ts := p.Toponyms(d)
		for i := range ts {
			if ts[i].Text == c.name {
				got = &ts[i]
			}
		}
		if got == nil {
			t.Errorf("%q: %q not found (entities %v)", c.text, c.name, d.Entities)
			continue
		}
		if got.Role != c.want {
			t.Errorf("%q: %q is %s, want %s", c.text, c.name, got.Role, c.want)
		}
		if err := p.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		emitted := false
		for _, pl := range d.Places {
			if pl.Text == c.name {
				emitted = true
			}
		}
		if emitted != (c.want == RolePlace) {
			t.Errorf("%q: %q emitted=%v", c.text, c.name, emitted)
		}
	}
}

// TestActorsLayer checks that a government actor coded at a capital's span
// makes it an actor when nothing else does.
func TestActorsLayer(t *testing.T) {
	p := New(shipped(t), Options{})
	text := "Beijing is hosting the envoys this week."
	d := annotate(t, text)
	sp := spansOf(t, text, "Beijing")[0]
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Places) != 1 {
		t.Fatalf("places %v", d.Places)
	}
	d.Actors = []doc.Actor{{Span: sp, Text: "Beijing", Code: "CHNGOV", Country: "CHN", Sector: "GOV"}}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Places) != 0 {
		t.Errorf("places %v with Beijing coded CHNGOV", d.Places)
	}
}

func TestScanFindsMissedToponyms(t *testing.T) {
	p := New(shipped(t), Options{})
	d := annotate(t, "The Minnesota State Patrol closed roads near Fargo, N.D., on Friday.")
	got := map[string]string{}
	for _, tp := range p.Toponyms(d) {
		if tp.Resolved() {
			got[tp.Text] = tp.Place.Admin1
		}
	}
	for name, a1 := range map[string]string{"Minnesota": "US.MN", "Fargo": "US.ND"} {
		if got[name] != a1 {
			t.Errorf("%s → %q, want %q (all %v)", name, got[name], a1, got)
		}
	}
}

func TestProcessOutputValid(t *testing.T) {
	p := New(shipped(t), Options{})
	d := annotate(t, "Floods hit Kraków and the Kursk region; Zürich sent aid.\n")
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(d.Places) < 2 {
		t.Fatalf("places %v", d.Places)
	}
	for _, pl := range d.Places {
		if d.Slice(pl.Span) != pl.Text || pl.Name == "" || pl.Feature == "" {
			t.Errorf("place %+v", pl)
		}
	}
	// Running again replaces, never appends.
	n := len(d.Places)
	if err := p.Process(context.Background(), d); err != nil || len(d.Places) != n {
		t.Errorf("second run: %d places, %v", len(d.Places), err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Process(ctx, d); err == nil {
		t.Error("no error on a cancelled context")
	}
}

func TestSpecAndRegister(t *testing.T) {
	s := Spec()
	if s.Name != StageName || s.Key() != "geo" || len(s.Models["gazetteer"]) != 64 {
		t.Errorf("spec %+v", s)
	}
	if len(s.Requires) != 2 || s.Requires[0] != doc.LayerTokens || s.Requires[1] != doc.LayerEntities || s.Assigns[0] != doc.LayerPlaces {
		t.Errorf("layers %v → %v", s.Requires, s.Assigns)
	}
	r := pipeline.NewRegistry()
	for _, reg := range []func(*pipeline.Registry) error{segment.Register, ner.Register, Register} {
		if err := reg(r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := r.Build("geo"); err == nil {
		t.Error("geo built without tokens and entities")
	}
	pl, err := r.Build("segment", "ner", "geo")
	if err != nil {
		t.Fatal(err)
	}
	defer pl.Close()
	d := doc.New("t", "Protesters gathered in Vladivostok.\n")
	if err := pipeline.NewRunner(pl, nil).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Places) != 1 || d.Places[0].GeonameID != 2013348 {
		t.Errorf("places %+v", d.Places)
	}
	if d.Provenance[2].Models["gazetteer"] != gazetteer.ShippedChecksum() {
		t.Errorf("provenance %+v", d.Provenance)
	}
}

// TestConcurrent runs one Geoparser over several documents at once (go test
// -race checks that they share nothing but the read-only gazetteer).
func TestConcurrent(t *testing.T) {
	p := New(shipped(t), Options{})
	texts := []string{
		"Floods hit Kraków on Monday.\n",
		"Storms hit Alexandria, La., and Rapides Parish.\n",
		"Troops moved to the Kursk region.\n",
	}
	docs := make([]*doc.Doc, len(texts))
	for i, s := range texts {
		docs[i] = annotate(t, s)
	}
	done := make(chan error, 3*len(docs))
	for range 3 {
		for _, d := range docs {
			go func() {
				c := *d
				c.Places = nil
				done <- p.Process(context.Background(), &c)
			}()
		}
	}
	for range 3 * len(docs) {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

// TestScanSkipsNationalitiesAndBodies checks that the gazetteer scan does
// not turn a nationality ("Argentine waters") or an international body
// ("U.N.") into a town that happens to share the name.
func TestScanSkipsNationalitiesAndBodies(t *testing.T) {
	g, err := gazetteer.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	p := New(g, Options{})
	text := "The boats were fishing illegally in Argentine waters. U.N. spokesman Jean Marchand said observers would go to Ushuaia."
	d := doc.New("t", text)
	d.Sentences, d.Tokens = segment.Split(text)
	at := func(s string) doc.Span { i := strings.Index(text, s); return doc.Span{Start: i, End: i + len(s)} }
	d.Entities = []doc.Entity{
		{Span: at("Argentine"), Text: "Argentine", Type: "NORP"},
		{Span: at("Ushuaia"), Text: "Ushuaia", Type: "GPE"},
		{Span: at("U.N."), Text: "U.N.", Type: "GPE"},
	}
	d.Actors = []doc.Actor{{Span: at("U.N. spokesman Jean Marchand"), Text: "U.N. spokesman Jean Marchand", Code: "IGOUNO", Sector: "UNO"}}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Places) != 1 || d.Places[0].Text != "Ushuaia" || d.Places[0].Country != "ARG" {
		t.Errorf("places %+v, want only Ushuaia (ARG)", d.Places)
	}
}

// TestContainers checks the places the stage emits for toponyms the
// gazetteer lacks: the container the text names or the document's main
// place, each marked; and none for an unknown GPE.
func TestContainers(t *testing.T) {
	p := New(shipped(t), Options{})
	text := "Crews repaired Qwxzy Bridge, Texas, on Monday. In Dallas the mayor spoke.\n" +
		"Later the Zyxqo Arena shut its doors near Dallas. Vrabnik praised them.\n\n" +
		"Fans left the Plumbrook Stadium."
	d := annotate(t, text)
	ent := func(phrase, typ string) doc.Entity {
		s := spansOf(t, text, phrase)[0]
		return doc.Entity{Span: s, Text: phrase, Type: typ}
	}
	d.Entities = []doc.Entity{
		ent("Qwxzy Bridge", "FAC"), ent("Texas", "GPE"), ent("Dallas", "GPE"),
		ent("Zyxqo Arena", "FAC"), ent("Vrabnik", "GPE"), ent("Plumbrook Stadium", "FAC"),
	}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	got := map[string]doc.Place{}
	for _, pl := range d.Places {
		got[pl.Text] = pl
	}
	for _, c := range []struct{ text, resolution, admin1 string }{
		{"Qwxzy Bridge", doc.ResolutionContainedIn, "US.TX"},
		{"Texas", "", "US.TX"},
		{"Zyxqo Arena", doc.ResolutionDocument, "US.TX"},
		{"Plumbrook Stadium", doc.ResolutionDocument, "US.TX"},
	} {
		pl, ok := got[c.text]
		if !ok {
			t.Errorf("%q not emitted (places %+v)", c.text, d.Places)
			continue
		}
		if pl.Resolution != c.resolution || pl.Admin1 != c.admin1 {
			t.Errorf("%q: resolution %q admin1 %q, want %q %q", c.text, pl.Resolution, pl.Admin1, c.resolution, c.admin1)
		}
	}
	if pl, ok := got["Vrabnik"]; ok {
		t.Errorf("unknown GPE emitted as %+v", pl)
	}
	if got["Plumbrook Stadium"].Name != "Dallas" {
		t.Errorf("document place %q, want Dallas", got["Plumbrook Stadium"].Name)
	}
}

// TestContainerChain checks "X at Y in Z" where only Z is in the gazetteer:
// X and Y both take Z's entry, also when Z has no GeoNames id (a
// hand-written region).
func TestContainerChain(t *testing.T) {
	text := "Shells hit Qorvin Street at Zorbel Market in Gaza."
	ts := New(shipped(t), Options{}).Resolve(text, spansOf(t, text, "Qorvin Street", "Zorbel Market", "Gaza"))
	z := ts[2].Place
	if ts[2].Ref == gazetteer.NoRef || z.Country != "PSE" {
		t.Fatalf("Gaza → %+v", z)
	}
	for _, tp := range ts[:2] {
		p := tp.Place
		if p.Resolution != doc.ResolutionContainedIn || p.Name != z.Name || p.Lat != z.Lat || p.Lon != z.Lon {
			t.Errorf("%q → %+v, want in %+v", tp.Text, p, z)
		}
	}
}
