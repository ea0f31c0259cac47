package events

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/models"
)

//go:embed lexicon/codebook.txt lexicon/patterns.txt
var files embed.FS

// Pattern is one lexicon entry: a trigger word and the constraints under
// which it expresses a CAMEO event.
type Pattern struct {
	// Code is the CAMEO code the pattern codes, or "-" for a stop pattern.
	Code string
	// Noun makes the trigger a noun ("attack" in "carried out an attack")
	// instead of a verb.
	Noun bool
	// Lemma is the trigger's lemma, lower case.
	Lemma string
	// Particle is a verb particle that must be present ("out" in "carry out").
	Particle string
	// Objects, when set, lists the lemmas one of which the direct object (the
	// passive subject; for a noun, its "of" argument, compound or adjective)
	// must have.
	Objects []string
	// ObjectMods, when set, lists the lemmas one of which a modifier of the
	// object must have as well ("diplomatic" with "ties"): the candidate
	// offers the object's modifiers among its Objects, so the head and a
	// modifier are both required. An item of several lemmas joined by "+"
	// ("golden+goblin") requires each of them (a phrase of several words
	// before the head: "golden goblin galleons").
	ObjectMods []string
	// ObjectPre, when set, lists word sequences ("new+economic") one of
	// which must be written right before one of the Objects in the
	// object's phrase, in order and with nothing between: PETRARCH's "_"
	// ties ("* NEW_&TIETYPES_RELATIONS" does not match "new global
	// economic relations"; "* REALLY_PLEASANT" matches "a really pleasant
	// place"). Words are compared as written, in lower case: the object
	// word after the sequence too, so Objects should list its written
	// forms ("relations").
	ObjectPre []string
	// Prep, when set, requires an oblique or nominal modifier introduced by
	// this preposition; PrepObjects, when set, the lemmas one of which it
	// (or a modifier of it) must have; an item of lemmas joined by "+"
	// ("total+boycott") needs each among the head and its modifiers.
	Prep        string
	PrepObjects []string
	// Before, when set, lists word sequences ("most+certainly+ever") one
	// of which must be written, contiguous, among the words before the
	// trigger in its sentence; a sequence ending in "*" ("recently+*")
	// must end right before it: PETRARCH's "_" ties before the verb
	// ("RECENTLY_*" does not match "recently did allow"). Words joined by
	// "~" instead ("death~toll") must stand in that order, other words
	// between allowed (PETRARCH's untied words: "DEATH TOLL *" matches
	// "death and injury toll has risen"). Words are compared as written,
	// in lower case.
	Before []string
	// TargetPrep, when set, requires an oblique or nominal modifier
	// introduced by this preposition and takes the target from it ("tgt=with":
	// "celebrated the feast at X with Y" has the target Y, not X): a
	// PETRARCH pattern that skips one phrase ("AT ^") and names the actor's
	// phrase ("WITH $").
	TargetPrep string
	// Complements, when set, lists the verbs one of which must be an open or
	// clausal complement of the trigger ("attack" in "threatened to attack").
	Complements []string
	// Adverbs, when set, lists adverbs each of which must modify the
	// trigger, directly or through another adverb ("most certainly ...
	// ever": most, certainly, ever).
	Adverbs []string
	// Auxiliaries, when set, lists auxiliaries each of which the trigger
	// must have ("have" in "have postponed", "will").
	Auxiliaries []string
	// Reciprocal makes the pattern hold only for a compound subject
	// ("A and B"), which is its own target when the sentence names no
	// other ("A and B have postponed their meeting": A→B, B→A), as the
	// codebook's symmetric codes do.
	Reciprocal bool
	// Negated makes the pattern hold only for a negated trigger.
	Negated bool
	// TargetOptional lets the event be coded without a target.
	TargetOptional bool
	// Status is the event's default status ("conditional" for a warning);
	// empty means the status follows from the sentence.
	Status string
	// SourceIsSpeaker takes the source from the speaker of the governing
	// reporting verb.
	SourceIsSpeaker bool
	// Source names where the pattern came from ("sitrep:patterns.txt:120",
	// "petrarch:CAMEO.verbpatterns:88").
	Source string
}

// Specificity ranks patterns: the more constraints, the higher.
func (p Pattern) Specificity() int {
	s := 0
	if p.Particle != "" {
		s += 2
	}
	if len(p.Objects) > 0 {
		s += 2
	}
	if len(p.ObjectMods) > 0 {
		// one more for each further word a modifier item requires
		n := 0
		for _, m := range p.ObjectMods {
			n = max(n, strings.Count(m, "+")+1)
		}
		s += n
	}
	if len(p.ObjectPre) > 0 {
		n := 0
		for _, m := range p.ObjectPre {
			n = max(n, strings.Count(m, "+")+1)
		}
		s += n
	}
	if p.Prep != "" {
		s++
		if len(p.PrepObjects) > 0 {
			s++
		}
	}
	if p.TargetPrep != "" {
		s++
	}
	if len(p.Before) > 0 {
		n := 0
		for _, m := range p.Before {
			n = max(n, strings.Count(m, "+")+strings.Count(m, "~")+1-strings.Count(m, "*"))
		}
		s += n
	}
	if len(p.Complements) > 0 {
		s++
		if !(len(p.Complements) == 1 && p.Complements[0] == "*") {
			// A named complement is more specific than any ("x=*").
			s++
		}
	}
	s += len(p.Adverbs) + len(p.Auxiliaries)
	if p.Reciprocal {
		s++
	}
	if p.Negated {
		s++
	}
	return s
}

// signature identifies a pattern for overriding: two patterns with the same
// signature are the same entry.
func (p Pattern) signature() string {
	var b strings.Builder
	if p.Noun {
		b.WriteString("n:")
	}
	b.WriteString(p.Lemma)
	if p.Particle != "" {
		b.WriteString("_" + p.Particle)
	}
	sorted := func(s []string) string { c := slices.Clone(s); slices.Sort(c); return strings.Join(c, "|") }
	if len(p.Objects) > 0 {
		b.WriteString(" obj=" + sorted(p.Objects))
	}
	if len(p.ObjectMods) > 0 {
		b.WriteString(" mod=" + sorted(p.ObjectMods))
	}
	if len(p.ObjectPre) > 0 {
		b.WriteString(" pre=" + sorted(p.ObjectPre))
	}
	if p.Prep != "" {
		o := sorted(p.PrepObjects)
		if o == "" {
			o = "*"
		}
		b.WriteString(" " + p.Prep + "=" + o)
	}
	if p.TargetPrep != "" {
		b.WriteString(" tgt=" + p.TargetPrep)
	}
	if len(p.Before) > 0 {
		b.WriteString(" before=" + sorted(p.Before))
	}
	if len(p.Complements) > 0 {
		b.WriteString(" x=" + sorted(p.Complements))
	}
	if len(p.Adverbs) > 0 {
		b.WriteString(" adv=" + strings.Join(p.Adverbs, "+"))
	}
	if len(p.Auxiliaries) > 0 {
		b.WriteString(" aux=" + strings.Join(p.Auxiliaries, "+"))
	}
	if p.Negated {
		b.WriteString(" neg")
	}
	if p.Reciprocal {
		b.WriteString(" recip")
	}
	return b.String()
}

// String returns the pattern in the syntax of lexicon/patterns.txt.
func (p Pattern) String() string {
	s := p.Code + " " + p.signature()
	if p.TargetOptional {
		s += " tgt?"
	}
	if p.Status != "" {
		s += " status=" + p.Status
	}
	if p.SourceIsSpeaker {
		s += " src=speaker"
	}
	return s
}

// ParsePatterns reads lines in the syntax of lexicon/patterns.txt (see its
// header) and returns one Pattern per trigger lemma: "condemn|denounce"
// gives two. file names the input in errors and in each Pattern's Source,
// prefixed by origin ("sitrep").
func ParsePatterns(r io.Reader, origin, file string) ([]Pattern, error) {
	var out []Pattern
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("reading %s:%d: want CODE TRIGGER: %w", file, n, ErrSyntax)
		}
		p := Pattern{Code: f[0], Source: fmt.Sprintf("%s:%s:%d", origin, file, n)}
		if p.Code != "-" && !isCode(p.Code) {
			return nil, fmt.Errorf("reading %s:%d: bad code %q: %w", file, n, p.Code, ErrSyntax)
		}
		trig := f[1]
		if t, ok := strings.CutPrefix(trig, "n:"); ok {
			p.Noun, trig = true, t
		}
		for _, c := range f[2:] {
			k, v, hasEq := strings.Cut(c, "=")
			switch {
			case c == "neg":
				p.Negated = true
			case c == "tgt?":
				p.TargetOptional = true
			case c == "recip":
				p.Reciprocal = true
			case k == "aux" && hasEq:
				p.Auxiliaries = strings.Split(v, "+")
			case k == "status" && hasEq:
				p.Status = v
			case k == "src" && v == "speaker":
				p.SourceIsSpeaker = true
			case k == "obj" && hasEq:
				p.Objects = strings.Split(v, "|")
			case k == "mod" && hasEq:
				p.ObjectMods = strings.Split(v, "|")
			case k == "pre" && hasEq:
				p.ObjectPre = strings.Split(v, "|")
			case k == "adv" && hasEq:
				p.Adverbs = strings.Split(v, "+")
			case k == "x" && hasEq:
				p.Complements = strings.Split(v, "|")
			case k == "tgt" && hasEq && v != "":
				p.TargetPrep = v
			case k == "before" && hasEq && v != "":
				p.Before = strings.Split(v, "|")
			case hasEq && k != "" && v != "":
				if p.Prep != "" {
					return nil, fmt.Errorf("reading %s:%d: two prepositions: %w", file, n, ErrSyntax)
				}
				p.Prep = k
				if v != "*" {
					p.PrepObjects = strings.Split(v, "|")
				}
			default:
				return nil, fmt.Errorf("reading %s:%d: unknown constraint %q: %w", file, n, c, ErrSyntax)
			}
		}
		for _, alt := range strings.Split(trig, "|") {
			q := p
			q.Lemma, q.Particle, _ = strings.Cut(alt, "_")
			if q.Lemma == "" {
				return nil, fmt.Errorf("reading %s:%d: %w", file, n, ErrNoLemma)
			}
			out = append(out, q)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	return out, nil
}

type entry struct {
	p    Pattern
	seq  int
	objs map[string]bool
	mods map[string]bool
	// allMods are the ObjectMods items of several lemmas, split.
	allMods [][]string
	// pre are the ObjectPre sequences, split.
	pre [][]string
	// before are the Before sequences, split.
	before [][]string
	prep   map[string]bool
	// prepAll are the PrepObjects items of several lemmas, split.
	prepAll [][]string
	comp    map[string]bool
}

func set(s []string) map[string]bool {
	if len(s) == 0 {
		return nil
	}
	m := make(map[string]bool, len(s))
	for _, w := range s {
		m[strings.ToLower(w)] = true
	}
	return m
}

// Lexicon holds the patterns and the codebook the coder uses. Make one with
// Shipped or New.
type Lexicon struct {
	book    *Codebook
	bookSum string
	byKey   map[string][]*entry
	seq     int
	sum     string
	// wordsUsed tells that a pattern has ObjectPre or Before (see
	// UsesObjectWords).
	wordsUsed bool
}

// New returns a Lexicon with the given codebook and no patterns.
func New(book *Codebook) *Lexicon {
	return &Lexicon{book: book, byKey: map[string][]*entry{}}
}

// Shipped returns a new Lexicon holding the embedded codebook and patterns.
// Each call returns a fresh Lexicon, so a caller may Add to it freely.
func Shipped() (*Lexicon, error) {
	cb, _ := files.ReadFile("lexicon/codebook.txt")
	book, err := ParseCodebook(bytes.NewReader(cb), "codebook.txt")
	if err != nil {
		return nil, err
	}
	l := New(book)
	l.bookSum = models.Checksum(cb)
	pt, _ := files.ReadFile("lexicon/patterns.txt")
	ps, err := ParsePatterns(bytes.NewReader(pt), "sitrep", "patterns.txt")
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		if err := l.Add(p); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func key(noun bool, lemma string) string {
	if noun {
		return "n:" + lemma
	}
	return "v:" + lemma
}

// Add adds a pattern, replacing one with the same signature (see the
// package documentation for the rules). It fails on a pattern without a
// lemma or whose code the codebook does not know.
func (l *Lexicon) Add(p Pattern) error {
	p.Lemma = strings.ToLower(strings.TrimSpace(p.Lemma))
	if p.Lemma == "" {
		return fmt.Errorf("adding pattern %q: %w", p.String(), ErrNoLemma)
	}
	if p.Code != "-" {
		if _, ok := l.book.Lookup(p.Code); !ok || !isCode(p.Code) {
			return fmt.Errorf("adding pattern %q: %w", p.String(), ErrUnknownCode)
		}
	}
	l.seq++
	l.sum = ""
	e := &entry{p: p, seq: l.seq, objs: set(p.Objects), comp: set(p.Complements)}
	for _, m := range p.PrepObjects {
		if strings.Contains(m, "+") {
			e.prepAll = append(e.prepAll, strings.Split(m, "+"))
			l.wordsUsed = true
		} else {
			if e.prep == nil {
				e.prep = map[string]bool{}
			}
			e.prep[m] = true
		}
	}
	for _, m := range p.ObjectPre {
		e.pre = append(e.pre, strings.Split(m, "+"))
		l.wordsUsed = true
	}
	for _, m := range p.Before {
		if strings.Contains(m, "~") {
			// "~" marks a gap: an empty word between the words
			e.before = append(e.before, strings.Split(strings.ReplaceAll(m, "~", "+~+"), "+"))
		} else {
			e.before = append(e.before, strings.Split(m, "+"))
		}
		l.wordsUsed = true
	}
	for _, m := range p.ObjectMods {
		if strings.Contains(m, "+") {
			e.allMods = append(e.allMods, strings.Split(m, "+"))
		} else {
			if e.mods == nil {
				e.mods = map[string]bool{}
			}
			e.mods[m] = true
		}
	}
	k := key(p.Noun, p.Lemma)
	sig := p.signature()
	for i, old := range l.byKey[k] {
		if old.p.signature() == sig {
			l.byKey[k][i] = e
			return nil
		}
	}
	l.byKey[k] = append(l.byKey[k], e)
	return nil
}

// Codebook returns the lexicon's codebook.
func (l *Lexicon) Codebook() *Codebook { return l.book }

// Len returns the number of patterns.
func (l *Lexicon) Len() int {
	n := 0
	for _, es := range l.byKey {
		n += len(es)
	}
	return n
}

// Patterns returns every pattern, sorted by code, then trigger.
func (l *Lexicon) Patterns() []Pattern {
	var out []Pattern
	for _, es := range l.byKey {
		for _, e := range es {
			out = append(out, e.p)
		}
	}
	slices.SortFunc(out, func(a, b Pattern) int {
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return strings.Compare(a.String(), b.String())
	})
	return out
}

// Checksum returns the SHA-256 of the codebook and the patterns in canonical
// order: it changes whenever a pattern is added or replaced.
func (l *Lexicon) Checksum() string {
	if l.sum == "" {
		var b strings.Builder
		b.WriteString(l.bookSum)
		b.WriteByte('\n')
		for _, p := range l.Patterns() {
			b.WriteString(p.String())
			b.WriteByte('\n')
		}
		l.sum = models.Checksum([]byte(b.String()))
	}
	return l.sum
}

// Has reports whether any pattern has this trigger.
func (l *Lexicon) Has(noun bool, lemma string) bool {
	return len(l.byKey[key(noun, lemma)]) > 0
}

// UsesObjectWords reports whether a pattern reads the words beyond the
// heads — Candidate.ObjectWords and VerbWords (it has ObjectPre or
// Before), PrepArg.Mods (PrepObjects of several lemmas) — so that a caller
// may leave them out otherwise (PETRARCH dictionaries use them; the
// shipped patterns do not).
func (l *Lexicon) UsesObjectWords() bool { return l.wordsUsed }

// PrepArg is a prepositional argument of a candidate trigger.
type PrepArg struct {
	// Prep is the preposition, lower case ("for", "against").
	Prep string
	// Lemma is the lemma of the argument's head noun.
	Lemma string
	// Mods are the lemmas of the head's modifiers ("economic" of "on
	// economic issues"): a PrepObjects lemma may be one of them.
	Mods []string
}

// Candidate is a word of a sentence seen as a possible trigger, with the
// dependents the patterns test.
type Candidate struct {
	Noun     bool
	Lemma    string
	Particle string
	// Objects are the lemmas of the direct object (or passive subject), and
	// for a noun its "of" argument, compounds and adjectives.
	Objects []string
	// ObjectWords are the words of the direct object's phrase (or the
	// passive subject's) from its first word to its head, as written in
	// lower case, in text order.
	ObjectWords []string
	// VerbWords are the words written before the trigger in its sentence
	// (at most eight), lower case, in text order.
	VerbWords   []string
	Preps       []PrepArg
	Complements []string
	// Adverbs are the lemmas of the trigger's adverbs and theirs.
	Adverbs []string
	// Auxiliaries are the trigger's auxiliaries, lemmas and forms.
	Auxiliaries []string
	// CompoundSubject tells that the subject is conjoined ("A and B").
	CompoundSubject bool
	Negated         bool
}

// Match returns the best pattern whose constraints the candidate meets, and
// false when none does. A stop pattern (Code "-") can be returned: the
// caller codes nothing then.
func (l *Lexicon) Match(c Candidate) (Pattern, bool) {
	return l.match(c, false)
}

// MatchTargetless returns the best pattern whose constraints the candidate
// meets among those that need no target ("030 agree tgt?" for "agreed to
// hold a referendum", when "036 agree x=hold" finds no one to meet), and
// false when none does: the coder's fallback when the best pattern's event
// has no target.
func (l *Lexicon) MatchTargetless(c Candidate) (Pattern, bool) {
	return l.match(c, true)
}

func (l *Lexicon) match(c Candidate, targetless bool) (Pattern, bool) {
	var best *entry
	for _, e := range l.byKey[key(c.Noun, c.Lemma)] {
		if targetless && !e.p.TargetOptional || !e.matches(c) {
			continue
		}
		if best == nil || e.p.Specificity() > best.p.Specificity() ||
			(e.p.Specificity() == best.p.Specificity() && e.seq > best.seq) {
			best = e
		}
	}
	if best == nil {
		return Pattern{}, false
	}
	return best.p, true
}

// before reports whether seq stands contiguous in words, at their end when
// seq ends in "*"; a "~" in seq stands for any words (none included).
func before(words, seq []string) bool {
	if slices.Contains(seq, "~") {
		i := 0
		for _, w := range seq {
			if w == "~" {
				continue
			}
			for i < len(words) && words[i] != w {
				i++
			}
			if i == len(words) {
				return false
			}
			i++
		}
		return true
	}
	if n := len(seq); n > 0 && seq[n-1] == "*" {
		seq = seq[:n-1]
		return len(seq) <= len(words) && slices.Equal(seq, words[len(words)-len(seq):])
	}
	for i := 0; i+len(seq) <= len(words); i++ {
		if slices.Equal(seq, words[i:i+len(seq)]) {
			return true
		}
	}
	return false
}

func anyIn(words []string, m map[string]bool) bool {
	for _, w := range words {
		if m[w] {
			return true
		}
	}
	return false
}

func (e *entry) matches(c Candidate) bool {
	p := &e.p
	if p.Particle != "" && p.Particle != c.Particle {
		return false
	}
	if p.Negated && !c.Negated {
		return false
	}
	if e.objs != nil && !anyIn(c.Objects, e.objs) && !(e.objs["*"] && len(c.Objects) > 0) {
		return false
	}
	if (e.mods != nil || e.allMods != nil) && !anyIn(c.Objects, e.mods) && !slices.ContainsFunc(e.allMods, func(ws []string) bool {
		for _, w := range ws {
			if !slices.Contains(c.Objects, w) {
				return false
			}
		}
		return true
	}) {
		return false
	}
	for _, a := range p.Adverbs {
		if !slices.Contains(c.Adverbs, a) {
			return false
		}
	}
	if p.Reciprocal && !c.CompoundSubject {
		return false
	}
	for _, a := range p.Auxiliaries {
		if !slices.Contains(c.Auxiliaries, a) {
			return false
		}
	}
	if e.comp != nil && !anyIn(c.Complements, e.comp) && !(e.comp["*"] && len(c.Complements) > 0) {
		return false
	}
	if p.Prep != "" {
		ok := false
		for _, a := range c.Preps {
			if a.Prep == p.Prep && (e.prep == nil && e.prepAll == nil || e.prep[a.Lemma] || anyIn(a.Mods, e.prep) || slices.ContainsFunc(e.prepAll, func(ws []string) bool {
				for _, w := range ws {
					if w != a.Lemma && !slices.Contains(a.Mods, w) {
						return false
					}
				}
				return true
			})) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if e.pre != nil && !slices.ContainsFunc(e.pre, func(ws []string) bool {
		for i := 0; i+len(ws) < len(c.ObjectWords); i++ {
			if e.objs[c.ObjectWords[i+len(ws)]] && slices.Equal(ws, c.ObjectWords[i:i+len(ws)]) {
				return true
			}
		}
		return false
	}) {
		return false
	}
	if e.before != nil && !slices.ContainsFunc(e.before, func(ws []string) bool { return before(c.VerbWords, ws) }) {
		return false
	}
	if p.TargetPrep != "" && !slices.ContainsFunc(c.Preps, func(a PrepArg) bool { return a.Prep == p.TargetPrep }) {
		return false
	}
	return true
}
