package doc

// Sentence is one sentence of the text, with the range of its tokens in
// Doc.Tokens.
type Sentence struct {
	Span
	// TokenStart and TokenEnd are the half-open range of the sentence's tokens
	// in Doc.Tokens; both are zero until tokens are assigned.
	TokenStart int `json:"token_start"`
	TokenEnd   int `json:"token_end"`
}

// Token is one word or punctuation mark.
type Token struct {
	Span
	// Sentence is the index of the token's sentence in Doc.Sentences.
	Sentence int `json:"sentence"`
	// Norm is the normalized form the models see: typographic quotes and
	// dashes made plain, for example. Empty means the same as the text.
	Norm string `json:"norm,omitempty"`
	// POS is the Universal Dependencies part-of-speech tag (UPOS).
	POS string `json:"pos,omitempty"`
	// Tag is the Penn Treebank tag (XPOS).
	Tag string `json:"tag,omitempty"`
	// Lemma is the dictionary form.
	Lemma string `json:"lemma,omitempty"`
	// Feats holds morphological features in CoNLL-U form ("Number=Plur").
	Feats string `json:"feats,omitempty"`
	// Head is the index in Doc.Tokens of this token's syntactic head, or -1
	// for the root of its sentence and for tokens not parsed.
	Head int `json:"head"`
	// Dep is the Universal Dependencies relation to the head.
	Dep string `json:"dep,omitempty"`
	// SpaceAfter reports whether whitespace follows the token in the text.
	SpaceAfter bool `json:"-"`
}

// Entity is a named entity mention.
type Entity struct {
	Span
	Text string `json:"text"`
	// Type is one of PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ART, NAT, ...
	Type string `json:"type"`
	// Score is the model's confidence in [0, 1], when it gives one.
	Score float64 `json:"score,omitempty"`
}

// Timex is a time expression with its TimeML type and normalized value.
type Timex struct {
	Span
	Text string `json:"text"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is the TimeML value ("2024-10-18", "2024-W42", "P3Y", "XXXX-06").
	Value string `json:"value"`
}

// Quantity is a number bound to what it counts.
type Quantity struct {
	Span
	Text   string  `json:"text"`
	Value  float64 `json:"value"`
	Approx bool    `json:"approx"`
	// Lower and Upper bound the value when the text gives bounds ("at least",
	// "up to", a range); nil means unbounded on that side.
	Lower *float64 `json:"lower,omitempty"`
	Upper *float64 `json:"upper,omitempty"`
	// Unit is what is counted ("troops", "killed", "USD").
	Unit string `json:"unit"`
	// Kind groups units for the coder: killed, injured, arrested, troops, money, ...
	Kind string `json:"kind,omitempty"`
}

// Place is a toponym resolved to a gazetteer entry.
type Place struct {
	Span
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"`
	// Feature is the GeoNames feature code (PPL, PPLC, ADM1, PCLI, ...).
	Feature string `json:"feature"`
	// Resolution is empty when the gazetteer holds the toponym itself. A
	// toponym it lacks (a street, building, venue, small area) is placed in
	// the place the document puts it in, and Name, GeonameID, Feature,
	// Country, Admin1 and the coordinates are that container's, an
	// approximation: ResolutionContainedIn when the text says so ("Oulton
	// Park, Cheshire", "Collins Avenue in Miami Beach"), ResolutionDocument
	// for the document's main place.
	Resolution string `json:"resolution,omitempty"`
}

// Place resolutions: how a toponym the gazetteer lacks was placed (see
// Place.Resolution).
const (
	ResolutionContainedIn = "contained_in"
	ResolutionDocument    = "document"
)

// Actor is a mention of a political actor coded CAMEO-style.
type Actor struct {
	Span
	Text string `json:"text"`
	// Code is the full CAMEO-style code, e.g. KORGOV, RUSMIL, IGOUNO.
	Code string `json:"code"`
	// Country is the ISO 3166 alpha-3 code, empty for international actors.
	Country string `json:"country"`
	// Sector is the role code: GOV, MIL, SPY, COP, JUD, LEG, REB, OPP, ...
	Sector string `json:"sector"`
	// Name is the canonical name of the person or body, when known.
	Name string `json:"name,omitempty"`
	// Entity is the index of a coreferent actor chain within the Doc; mentions
	// of the same actor share it.
	Entity int `json:"entity"`
}

// Event is one coded event: who did what to whom, when, where, and who says so.
type Event struct {
	ID       string  `json:"id"`
	Sentence int     `json:"sentence"`
	Trigger  Mention `json:"trigger"`
	// CAMEO is the CAMEO code at the most specific level the coder is sure of.
	CAMEO string `json:"cameo"`
	// PLOVER is the PLOVER event type; Mode its mode, when clear.
	PLOVER string `json:"plover"`
	Mode   string `json:"mode"`
	// Quad is the CAMEO QuadClass: 1 verbal cooperation, 2 material
	// cooperation, 3 verbal conflict, 4 material conflict.
	Quad      int     `json:"quad"`
	Goldstein float64 `json:"goldstein"`
	Source    []Actor `json:"source"`
	Target    []Actor `json:"target"`
	// Date is the TimeML value of the event's date.
	Date string `json:"date"`
	// DateSource is "text" when a time expression gave the date, "document"
	// when it is the publication date.
	DateSource string    `json:"date_source,omitempty"`
	Location   *Place    `json:"location"`
	Quantity   *Quantity `json:"quantity"`
	// Status is occurred, planned, claimed, denied, conditional, negated or
	// hypothetical.
	Status     string  `json:"status"`
	SaidBy     *Actor  `json:"said_by"`
	Confidence float64 `json:"confidence"`
	// Evidence names the span behind each field ("source", "target", "date", ...).
	Evidence map[string]Span `json:"evidence,omitempty"`
	// Mentions are the other places in the document that tell the same
	// event (a headline that repeats it, a later sentence), by trigger; the
	// event's own Trigger is not repeated here.
	Mentions []Mention `json:"mentions,omitempty"`
}

// Mention is a span of text with the text it covers.
type Mention struct {
	Span
	Text string `json:"text"`
}

// Claim is one reported assertion: who says which events happened.
type Claim struct {
	ID     string   `json:"id"`
	Events []string `json:"events"`
	SaidBy *Actor   `json:"said_by"`
	// When is the TimeML value of when the claim was made, if known.
	When string `json:"when,omitempty"`
	// Stance is assert or deny.
	Stance    string          `json:"stance"`
	Relations []ClaimRelation `json:"relations"`
}

// ClaimRelation links one claim to another.
type ClaimRelation struct {
	Claim string `json:"claim"`
	// Type is denies, contradicts, differs_in_figure or supports.
	Type string `json:"type"`
}
