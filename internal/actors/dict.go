package actors

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/models"
)

// FormatHeader is the first line of a compiled dictionary file, naming the
// format and its version.
const FormatHeader = "# sitrep actor dictionary, format 1"

// Hit is one dictionary entry that a phrase names.
type Hit struct {
	// Entry is the index of the entry in the Dict.
	Entry int32
	// Form says which of the entry's name lists the phrase is in.
	Form Form
	// Seat is the index in Entry.Seats for FormSeat.
	Seat uint8
	// caps holds 2 bits per word (word 0 in the low bits): the Caps the
	// dictionary asks of that word.
	caps uint64
}

// Caps returns the capitalization the dictionary asks of the phrase's
// i-th word.
func (h Hit) Caps(i int) Caps {
	if i >= 32 {
		return CapsAny
	}
	return Caps(h.caps >> (2 * i) & 3)
}

// Accepts reports whether text words of the given capitalization classes
// meet the hit's demands.
func (h Hit) Accepts(have []Caps) bool {
	for i, c := range have {
		if !satisfies(c, h.Caps(i)) {
			return false
		}
	}
	return true
}

// Match is a dictionary phrase found at a position in a word sequence.
type Match struct {
	// Len is the number of words the phrase covers.
	Len int
	// Hits are the entries the phrase names.
	Hits []Hit
}

type holder struct {
	entry int32
	role  int32
}

// Dict is an actor dictionary: entries and an index from normalized word
// sequences to them. A Dict is read-only once made and safe for
// concurrent use.
type Dict struct {
	entries []Entry
	vocab   map[string]uint32 // folded word → id, from 1
	edges   map[uint64]uint32 // node<<32 | word id → child node
	hits    [][]Hit           // by node; node 0 is the root
	country map[string]int32  // ISO code → entry
	cameo   map[string]string // CAMEO country code → ISO code
	offices map[string][]holder
	sum     string
}

// NewDict indexes entries. It splits codes into country and sector (an
// organization's "KORSPY" into KOR and SPY) using the countries among the
// entries, and indexes every name, demonym, capital, seat, former name and
// role plural. The entries are copied.
func NewDict(entries []Entry) *Dict {
	d := &Dict{
		entries: slices.Clone(entries),
		vocab:   map[string]uint32{},
		edges:   map[uint64]uint32{},
		hits:    [][]Hit{nil},
		country: map[string]int32{},
		cameo:   map[string]string{},
		offices: map[string][]holder{},
	}
	countries := map[string]bool{}
	for i := range d.entries {
		e := &d.entries[i]
		if e.Kind == KindCountry {
			if _, dup := d.country[e.Code]; !dup {
				d.country[e.Code] = int32(i)
			}
			countries[e.Code] = true
			if e.CAMEO != "" && e.CAMEO != e.Code {
				d.cameo[e.CAMEO] = e.Code
			}
		}
	}
	for i := range d.entries {
		e := &d.entries[i]
		e.Roles = slices.Clone(e.Roles)
		switch e.Kind {
		case KindCountry:
			e.Country, e.Sector = e.Code, ""
		case KindOrg:
			c, s := SplitCode(e.Code, countries, d.cameo)
			both := e.Country == "" && e.Sector == ""
			if both || e.Country == unsetMark {
				e.Country = c
			}
			if both || e.Sector == unsetMark {
				e.Sector = s
			}
		case KindRole:
			e.Country = ""
			if e.Sector == "" {
				e.Sector = e.Code
				if len(e.Sector) > 3 {
					e.Sector = e.Sector[:3]
				}
			}
		case KindPerson:
			if e.Code != "" {
				e.Country, e.Sector = SplitCode(e.Code, countries, d.cameo)
			}
		}
		for j := range e.Roles {
			r := &e.Roles[j]
			if r.Country == "" && r.Sector == "" {
				r.Country, r.Sector = SplitCode(r.Code, countries, d.cameo)
			}
			for _, off := range strings.Split(r.Office, ",") {
				if off != "" {
					k := r.Country + "|" + off
					d.offices[k] = append(d.offices[k], holder{int32(i), int32(j)})
				}
			}
		}
		if len(e.Names) > 0 {
			e.Name = e.Names[0]
		}
		d.index(int32(i), e)
	}
	return d
}

func (d *Dict) index(id int32, e *Entry) {
	add := func(form Form, seat int, names ...string) {
		for _, n := range names {
			d.add(n, Hit{Entry: id, Form: form, Seat: uint8(seat)})
		}
	}
	add(FormName, 0, e.Names...)
	switch e.Kind {
	case KindCountry:
		add(FormName, 0, e.Former...)
		add(FormAdj, 0, e.Adjectives...)
		add(FormPeople, 0, e.People...)
		add(FormCapital, 0, e.Capitals...)
		for i, s := range e.Seats {
			if i < 256 {
				add(FormSeat, i, s.Name)
			}
		}
	case KindRole:
		if e.RoleKind != Group && !e.NoPlural {
			for _, n := range e.Names {
				if p := Plural(n); p != n {
					add(FormPlural, 0, p)
				}
			}
		}
	}
}

// add indexes one phrase.
func (d *Dict) add(phrase string, h Hit) {
	words := Words(phrase)
	if len(words) == 0 {
		return
	}
	node := uint32(0)
	for i, w := range words {
		f := Fold(w)
		id, ok := d.vocab[f]
		if !ok {
			id = uint32(len(d.vocab) + 1)
			d.vocab[f] = id
		}
		key := uint64(node)<<32 | uint64(id)
		next, ok := d.edges[key]
		if !ok {
			next = uint32(len(d.hits))
			d.hits = append(d.hits, nil)
			d.edges[key] = next
		}
		node = next
		if i < 32 {
			h.caps |= uint64(CapsOf(w)) << (2 * i)
		}
	}
	for i, old := range d.hits[node] {
		if old.Entry == h.Entry && old.Form == h.Form && old.Seat == h.Seat {
			// The same phrase written twice ("Yoon Suk Yeol", "Yoon
			// Suk-yeol"): ask each word for the weaker capitalization.
			d.hits[node][i].caps = minCaps(old.caps, h.caps)
			return
		}
	}
	d.hits[node] = append(d.hits[node], h)
}

// minCaps takes, word by word, the weaker of two capitalization demands.
func minCaps(a, b uint64) uint64 {
	var out uint64
	for i := 0; i < 32; i++ {
		x, y := a>>(2*i)&3, b>>(2*i)&3
		out |= min(x, y) << (2 * i)
	}
	return out
}

// With returns a new Dict with d's entries followed by more: a user's
// dictionary (for instance one read by package petrarch) joined to the
// shipped one. Where both name a phrase, both entries are kept and the
// coder prefers by kind, then by order.
func (d *Dict) With(more ...Entry) *Dict {
	all := make([]Entry, 0, len(d.entries)+len(more))
	all = append(all, d.entries...)
	return NewDict(append(all, more...))
}

// Len returns the number of entries.
func (d *Dict) Len() int { return len(d.entries) }

// Entry returns the i-th entry. It must not be modified.
func (d *Dict) Entry(i int32) *Entry { return &d.entries[i] }

// Entries returns the entries in order. They must not be modified.
func (d *Dict) Entries() []Entry { return d.entries }

// Country returns the country entry with ISO alpha-3 code iso (or with
// CAMEO code iso), or nil.
func (d *Dict) Country(iso string) *Entry {
	if m, ok := d.cameo[iso]; ok {
		iso = m
	}
	if i, ok := d.country[iso]; ok {
		return &d.entries[i]
	}
	return nil
}

// Sum returns the SHA-256 (lowercase hex) of the file the Dict was loaded
// from, or "" for a Dict made in memory.
func (d *Dict) Sum() string { return d.sum }

// WordID returns the id of a folded word (see Fold), or 0 when no
// dictionary phrase has the word. It does not allocate.
func (d *Dict) WordID(folded string) uint32 { return d.vocab[folded] }

// WordIDBytes is WordID for a word held in a byte slice; it does not
// allocate.
func (d *Dict) WordIDBytes(folded []byte) uint32 { return d.vocab[string(folded)] }

// Matches appends to buf every dictionary phrase that starts at ids[i],
// shortest first, and returns the extended slice. ids are word ids from
// WordID; 0 matches nothing. The Hits slices are shared: do not modify them.
func (d *Dict) Matches(ids []uint32, i int, buf []Match) []Match {
	node := uint32(0)
	for j := i; j < len(ids) && ids[j] != 0; j++ {
		next, ok := d.edges[uint64(node)<<32|uint64(ids[j])]
		if !ok {
			break
		}
		node = next
		if h := d.hits[node]; len(h) > 0 {
			buf = append(buf, Match{Len: j - i + 1, Hits: h})
		}
	}
	return buf
}

// Lookup returns the entries a whole phrase names, keeping only those
// whose capitalization demands the phrase as written meets
// ("WHO" finds the World Health Organization; "who" finds nothing).
func (d *Dict) Lookup(phrase string) []Hit {
	words := Words(phrase)
	ids := make([]uint32, len(words))
	caps := make([]Caps, len(words))
	for i, w := range words {
		ids[i] = d.vocab[Fold(w)]
		caps[i] = CapsOf(w)
	}
	var out []Hit
	for _, m := range d.Matches(ids, 0, nil) {
		if m.Len != len(words) {
			continue
		}
		for _, h := range m.Hits {
			if h.Accepts(caps) {
				out = append(out, h)
			}
		}
	}
	return out
}

// Holder is a person in an office on a day.
type Holder struct {
	Entry *Entry
	Role  Role
}

// Holders returns the people who held office in country on day, in
// dictionary order ("PRK", "leader", 1994-01-01 → Kim Il Sung; on
// 2024-10-21 → Kim Jong Un). office is an office key such as
// "head-of-state", "head-of-government", "leader", "foreign-minister" or
// "defence-minister"; several may be given comma-separated. With the zero
// day every holder ever recorded is returned.
func (d *Dict) Holders(country, office string, day Day) []Holder {
	var out []Holder
	for _, off := range strings.Split(office, ",") {
		for _, h := range d.offices[country+"|"+off] {
			r := d.entries[h.entry].Roles[h.role]
			if day != 0 && !r.Holds(day) {
				continue
			}
			if slices.ContainsFunc(out, func(x Holder) bool { return x.Entry == &d.entries[h.entry] }) {
				continue
			}
			out = append(out, Holder{Entry: &d.entries[h.entry], Role: r})
		}
	}
	return out
}

// HolderNamed returns the one person who held office on day in any
// country and has a name whose last word is surname (folded): "President
// Bush" on 1990-06-01 is George H. W. Bush, on 2003-06-01 George W. Bush.
// It reports false when nobody or more than one person fits, or day is
// zero.
func (d *Dict) HolderNamed(office, surname string, day Day) (Holder, bool) {
	var found Holder
	n := 0
	if day == 0 || surname == "" {
		return found, false
	}
	for _, off := range strings.Split(office, ",") {
		if off == "" {
			continue
		}
		suffix := "|" + off
		for k, hs := range d.offices {
			if !strings.HasSuffix(k, suffix) {
				continue
			}
			for _, h := range hs {
				e := &d.entries[h.entry]
				r := e.Roles[h.role]
				if !r.Holds(day) || found.Entry == e || !lastWordIs(e.Names, surname) {
					continue
				}
				found = Holder{Entry: e, Role: r}
				n++
			}
		}
	}
	return found, n == 1
}

// lastWordIs reports whether one of names ends in the folded word w.
func lastWordIs(names []string, w string) bool {
	for _, nm := range names {
		if ws := Words(nm); len(ws) > 0 && Fold(ws[len(ws)-1]) == w {
			return true
		}
	}
	return false
}

// Parse reads a dictionary in the sitrep format, uncompressed, from r.
func Parse(r io.Reader, file string) (*Dict, error) {
	es, err := ParseEntries(r, file)
	if err != nil {
		return nil, err
	}
	return NewDict(es), nil
}

// Load reads a compiled dictionary file: the sitrep format, gzip
// compressed, whose first line is FormatHeader. The Dict's Sum is the
// SHA-256 of the compressed bytes.
func Load(r io.Reader) (*Dict, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading actor dictionary: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("reading actor dictionary: %w", err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("reading actor dictionary: %w", err)
	}
	line, _, _ := bytes.Cut(text, []byte("\n"))
	if string(bytes.TrimSpace(line)) != FormatHeader {
		return nil, fmt.Errorf("reading actor dictionary: first line %.60q: %w", line, ErrVersion)
	}
	d, err := Parse(bytes.NewReader(text), "actors")
	if err != nil {
		return nil, err
	}
	d.sum = models.Checksum(raw)
	return d, nil
}

// Write writes the Dict as a compiled dictionary file: header comments
// (FormatHeader first, then each line of notes) and every entry, gzip
// compressed with a fixed header so the same entries give the same bytes.
func (d *Dict) Write(w io.Writer, notes []string) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, FormatHeader)
	for _, n := range notes {
		fmt.Fprintln(bw, strings.TrimRight("# "+n, " "))
	}
	if err := WriteEntries(bw, d.entries); err != nil {
		return fmt.Errorf("writing actor dictionary: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing actor dictionary: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing actor dictionary: %w", err)
	}
	return nil
}

var shipped = sync.OnceValues(func() (*Dict, error) {
	if len(models.Actors()) == 0 {
		return nil, ErrNoDictionary
	}
	return Load(bytes.NewReader(models.Actors()))
})

// Shipped returns the dictionary embedded in the binary
// (models/actors.bin.gz), loaded once and shared.
func Shipped() (*Dict, error) { return shipped() }

// ShippedSum returns the SHA-256 of the embedded dictionary file without
// loading it.
var ShippedSum = sync.OnceValue(func() string { return models.Checksum(models.Actors()) })

// DictStats counts what a Dict holds.
type DictStats struct {
	Countries, Orgs, People, RoleWords int
	// Roles counts the dated roles of people and organizations.
	Roles int
	// Phrases counts the indexed phrases (trie nodes with entries).
	Phrases int
}

// Stats counts the entries of d by kind.
func Stats(d *Dict) DictStats {
	var s DictStats
	for i := range d.entries {
		e := &d.entries[i]
		switch e.Kind {
		case KindCountry:
			s.Countries++
		case KindOrg:
			s.Orgs++
		case KindPerson:
			s.People++
		case KindRole:
			s.RoleWords++
		}
		s.Roles += len(e.Roles)
	}
	for _, h := range d.hits {
		if len(h) > 0 {
			s.Phrases++
		}
	}
	return s
}
