package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
	"unicode"
)

// Classes are the entity types the model itself predicts. Output types are
// these refined by Refine: GPE becomes LOC for natural features and world
// regions, GPE and ART become FAC for buildings and structures.
var Classes = []string{"PERSON", "ORG", "GPE", "NORP", "EVENT", "ART", "NAT"}

// Types are all the entity types the recognizer outputs.
var Types = []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "ART", "NAT"}

// Mention is an entity found in a sequence of words: words [Start, End)
// and its type.
type Mention struct {
	Start, End int
	Type       string
}

// Meta is the provenance and settings recorded in a model file.
type Meta struct {
	// Format is the model file version.
	Format int `json:"format"`
	// Options are the training options.
	Options TrainOptions `json:"options"`
	// Data maps each training or gazetteer file, relative to the shared data
	// folder, to its sha256.
	Data map[string]string `json:"data"`
	// Split describes the training sentences used.
	Split string `json:"split"`
	// Sentences and Tokens count the training data.
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
	// Features is the number of feature rows kept.
	Features int `json:"features"`
	// Attribution credits the data the gazetteer was built from.
	Attribution string `json:"attribution"`
}

// Model is a trained entity recognizer: a linear-chain structured
// perceptron over BILOU labels with its gazetteer. A Model is read-only once
// made and safe for concurrent use by any number of goroutines.
type Model struct {
	Meta Meta
	Gaz  *Gazetteer

	classes []string
	nl      int       // number of labels: O + 4 per class
	rows    rowIndex  // feature hash → its row, a run of ents
	ents    []rowEnt  // the non-zero weights of each row, in label order
	trans   []float32 // nl × nl: trans[prev*nl+cur]
	start   []float32 // nl
	end     []float32 // nl
	allowed []bool    // nl × nl BILOU-valid transitions
	okStart []bool
	okEnd   []bool
	prevs   [][]int // for each label, the labels that may precede it

	pool sync.Pool // *decoder
}

// rowEnt is one non-zero weight of a feature row. Rows hold four labels of
// 29 on average, so they are kept sparse: a quarter of the memory to read.
// Skipping the zeros changes no sum: an emission starts at +0 and never
// becomes -0, and adding ±0 to any other float32 leaves it as it is.
type rowEnt struct {
	W float32
	L uint32
}

// addRow makes row, nl weights, the row of feature key, keeping the
// non-zero weights.
func (m *Model) addRow(key uint64, row []float32) {
	lo := uint32(len(m.ents))
	for l, v := range row {
		if v != 0 {
			m.ents = append(m.ents, rowEnt{W: v, L: uint32(l)})
		}
	}
	m.rows.set(key, lo, uint32(len(m.ents)))
}

// Label layout: 0 is O; class c has B, I, L, U at 1+4c+pos.
func labelOf(class, pos int) int { return 1 + 4*class + pos }

func splitLabel(l int) (class, pos int) {
	if l == 0 {
		return -1, -1
	}
	return (l - 1) / 4, (l - 1) % 4
}

func newModel(classes []string) *Model {
	m := &Model{classes: classes, nl: 1 + 4*len(classes)}
	nl := m.nl
	m.trans = make([]float32, nl*nl)
	m.start = make([]float32, nl)
	m.end = make([]float32, nl)
	m.allowed = make([]bool, nl*nl)
	m.okStart = make([]bool, nl)
	m.okEnd = make([]bool, nl)
	for p := 0; p < nl; p++ {
		pc, pp := splitLabel(p)
		open := pp == posB || pp == posI // an entity is open after p
		for c := 0; c < nl; c++ {
			cc, cp := splitLabel(c)
			cont := cp == posI || cp == posL
			m.allowed[p*nl+c] = open && cont && cc == pc || !open && !cont
		}
		m.okStart[p] = !(pp == posI || pp == posL)
		m.okEnd[p] = !open
	}
	m.prevs = make([][]int, nl)
	for c := 0; c < nl; c++ {
		for p := 0; p < nl; p++ {
			if m.allowed[p*nl+c] {
				m.prevs[c] = append(m.prevs[c], p)
			}
		}
	}
	return m
}

// decoder holds the buffers of one decoding.
type decoder struct {
	s     sentence
	score []float32
	emit  []float32
	runs  [][2]uint32 // the row of each feature of s, ents[lo:hi] (emissions)
	sink  uint32      // what emissions touches, kept
	back  []int16
	path  []int
}

func (m *Model) decoder() *decoder {
	if d, ok := m.pool.Get().(*decoder); ok {
		return d
	}
	return &decoder{}
}

// Recognize finds the entities in one sentence given as words. Words are
// normalized (typographic quotes to ASCII) before the model sees them. The
// mentions are in order and do not overlap. Recognize is safe for
// concurrent use.
func (m *Model) Recognize(words []string) []Mention {
	if len(words) == 0 {
		return nil
	}
	d := m.decoder()
	defer m.pool.Put(d)
	norm := make([]string, len(words))
	for i, w := range words {
		norm[i] = normalizeWord(w)
	}
	d.s.reset(norm)
	d.s.extract(m.Gaz)
	m.emissions(d)
	path := m.viterbi(d, len(words))
	return m.Refine(norm, m.decode(path))
}

// emissions fills d.emit with each word's label scores. It first finds
// the row of every feature of the sentence and touches its weights, then
// adds them word by word in feature order, so that the memory loads of the
// first pass overlap instead of each waiting for the adds before it.
func (m *Model) emissions(d *decoder) {
	n, nl := len(d.s.words), m.nl
	d.emit = grow(d.emit, n*nl)
	clear(d.emit)
	feats := d.s.feats[:d.s.offset[n]]
	d.runs = grow(d.runs, len(feats))
	for j, h := range feats {
		lo, hi, _ := m.rows.get(h)
		d.runs[j] = [2]uint32{lo, hi}
	}
	for _, r := range d.runs {
		if r[0] < r[1] {
			d.sink += m.ents[r[0]].L
		}
	}
	for i := 0; i < n; i++ {
		e := d.emit[i*nl : (i+1)*nl]
		for _, r := range d.runs[d.s.offset[i]:d.s.offset[i+1]] {
			for _, x := range m.ents[r[0]:r[1]] {
				e[x.L] += x.W
			}
		}
	}
}

const negInf = float32(-1e30)

// viterbi returns the best BILOU-valid label path.
func (m *Model) viterbi(d *decoder, n int) []int {
	nl := m.nl
	d.score = grow(d.score, n*nl)
	d.back = grow(d.back, n*nl)
	d.path = grow(d.path, n)
	for l := 0; l < nl; l++ {
		if m.okStart[l] {
			d.score[l] = m.start[l] + d.emit[l]
		} else {
			d.score[l] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := d.score[(i-1)*nl : i*nl]
		cur := d.score[i*nl : (i+1)*nl]
		back := d.back[i*nl : (i+1)*nl]
		emit := d.emit[i*nl : (i+1)*nl]
		for c := 0; c < nl; c++ {
			best, arg := negInf, 0
			for _, p := range m.prevs[c] {
				if prev[p] <= negInf {
					continue
				}
				if s := prev[p] + m.trans[p*nl+c]; s > best {
					best, arg = s, p
				}
			}
			if best > negInf {
				best += emit[c]
			}
			cur[c], back[c] = best, int16(arg)
		}
	}
	last := d.score[(n-1)*nl : n*nl]
	best, arg := negInf, 0
	for l := 0; l < nl; l++ {
		if !m.okEnd[l] || last[l] <= negInf {
			continue
		}
		if s := last[l] + m.end[l]; s > best {
			best, arg = s, l
		}
	}
	d.path[n-1] = arg
	for i := n - 1; i > 0; i-- {
		d.path[i-1] = int(d.back[i*nl+d.path[i]])
	}
	return d.path
}

// decode turns a BILOU path into mentions of the model's classes.
func (m *Model) decode(path []int) []Mention {
	var out []Mention
	start := -1
	for i, l := range path {
		c, p := splitLabel(l)
		switch p {
		case posU:
			out = append(out, Mention{Start: i, End: i + 1, Type: m.classes[c]})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, Mention{Start: start, End: i + 1, Type: m.classes[c]})
			}
			start = -1
		case posI:
		default:
			start = -1
		}
	}
	return out
}

// encode turns mentions of the model's classes into a BILOU path. Unknown
// types are left as O.
func (m *Model) encode(n int, ms []Mention) []int {
	path := make([]int, n)
	for _, e := range ms {
		c := slices.Index(m.classes, e.Type)
		if c < 0 || e.Start < 0 || e.End > n || e.Start >= e.End {
			continue
		}
		if e.End-e.Start == 1 {
			path[e.Start] = labelOf(c, posU)
			continue
		}
		path[e.Start] = labelOf(c, posB)
		for k := e.Start + 1; k < e.End-1; k++ {
			path[k] = labelOf(c, posI)
		}
		path[e.End-1] = labelOf(c, posL)
	}
	return path
}

// Refine maps mentions of the model's classes to output types, by rules on
// their words: a GPE ending in a natural-feature word ("Yalu River") or
// starting with one ("Mount Paektu", "Lake Baikal"), or naming a world region
// ("Middle East"), is LOC; a GPE or ART ending in a facility word
// ("Incheon Airport") is FAC; punctuation words at either end are cut,
// and leading titles are cut from a PERSON
// ("Vice Minister Kim" → "Kim"). The same rules map the gold data, so scores
// stay comparable. ms is changed in place and returned.
func (m *Model) Refine(words []string, ms []Mention) []Mention {
	out := ms[:0]
	for _, e := range ms {
		// Punctuation is not part of a name: "North -" → "North".
		for e.Start < e.End && isPunct(words[e.Start]) {
			e.Start++
		}
		for e.End > e.Start && isPunct(words[e.End-1]) {
			e.End--
		}
		if e.Start == e.End {
			continue
		}
		if e.Type == "PERSON" {
			// Titles are not part of a name (see ConvertGMB).
			k := titlePrefix(words[e.Start:e.End])
			if e.Start+k >= e.End {
				continue
			}
			e.Start += k
		}
		e.Type = refineType(m.Gaz, words[e.Start:e.End], e.Type)
		out = append(out, e)
	}
	return out
}

var leadingNatural = map[string]bool{"mount": true, "mt.": true, "lake": true, "cape": true, "gulf": true, "isle": true, "sea": true}

func refineType(g *Gazetteer, ws []string, typ string) string {
	if typ != "GPE" && typ != "ART" || g == nil || len(ws) == 0 {
		return typ
	}
	lastLower := lowerASCIIFast(ws[len(ws)-1])
	if typ == "GPE" {
		if g.phrases[phraseHash(ws, false)]&(1<<listRegion) != 0 {
			return "LOC"
		}
		if len(ws) > 1 && (g.phrases[phraseHash([]string{lastLower}, true)]&(1<<listNatural) != 0 || leadingNatural[lowerASCIIFast(ws[0])]) {
			return "LOC"
		}
	}
	if len(ws) > 1 && g.phrases[phraseHash([]string{lastLower}, true)]&(1<<listFacility) != 0 {
		return "FAC"
	}
	return typ
}

// File format. The file is one gzip stream holding:
//
//	magic "SITREP-NER\n", uvarint format version,
//	uvarint length + JSON Meta,
//	for each gazetteer list: uvarint count, then each phrase as uvarint length + bytes,
//	uvarint class count, then each class name as uvarint length + bytes,
//	start, end and transition weights, nl + nl + nl*nl float32 little-endian,
//	uvarint row count, then the rows in increasing key order: uvarint key
//	delta, uvarint bit set of non-zero labels, the float32 weights of those labels.
const (
	magic         = "SITREP-NER\n"
	formatVersion = 1
)

// Write writes the model file. The same model always gives the same bytes.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("writing ner model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	f32 := func(f float32) {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(f))
		bw.Write(b[:])
	}
	bw.WriteString(magic)
	uv(formatVersion)
	meta := m.Meta
	meta.Format = formatVersion
	js, err := json.Marshal(meta)
	if err != nil {
		return fmt.Errorf("writing ner model: encoding metadata: %w", err)
	}
	str(string(js))
	for _, l := range m.Gaz.Lists {
		uv(uint64(len(l)))
		for _, p := range l {
			str(p)
		}
	}
	uv(uint64(len(m.classes)))
	for _, c := range m.classes {
		str(c)
	}
	for _, v := range m.start {
		f32(v)
	}
	for _, v := range m.end {
		f32(v)
	}
	for _, v := range m.trans {
		f32(v)
	}
	rows := m.rows.sorted()
	uv(uint64(len(rows)))
	prev := uint64(0)
	for _, r := range rows {
		uv(r.key - prev)
		prev = r.key
		var mask uint64
		for _, x := range m.ents[r.lo : r.end1-1] {
			mask |= 1 << x.L
		}
		uv(mask)
		for _, x := range m.ents[r.lo : r.end1-1] {
			f32(x.W)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing ner model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing ner model: %w", err)
	}
	return nil
}

// Bytes returns the model file.
func (m *Model) Bytes() ([]byte, error) {
	var b bytes.Buffer
	if err := m.Write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Load reads a model file written by Write.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("loading ner model: %w: %w", ErrBadModel, err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	m, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("loading ner model: %w", err)
	}
	return m, nil
}

// maxAlloc bounds any count read from a file, so a corrupt file cannot
// make Load allocate without limit.
const maxAlloc = 1 << 26

func readModel(br *bufio.Reader) (m *Model, err error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: no %q header", ErrBadModel, magic[:len(magic)-1])
	}
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var x uint64
		x, err = binary.ReadUvarint(br)
		return x
	}
	count := func() int {
		x := uv()
		if err == nil && x > maxAlloc {
			err = fmt.Errorf("%w: count %d too large", ErrBadModel, x)
		}
		if err != nil {
			return 0
		}
		return int(x)
	}
	str := func() string {
		n := count()
		if err != nil {
			return ""
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b)
	}
	f32 := func() float32 {
		if err != nil {
			return 0
		}
		var b [4]byte
		_, err = io.ReadFull(br, b[:])
		return math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
	}
	if v := uv(); err == nil && v != formatVersion {
		return nil, fmt.Errorf("%w: format %d, want %d", ErrBadModel, v, formatVersion)
	}
	var meta Meta
	js := str()
	if err == nil {
		if e := json.Unmarshal([]byte(js), &meta); e != nil {
			return nil, fmt.Errorf("%w: metadata: %w", ErrBadModel, e)
		}
	}
	g := &Gazetteer{}
	for i := range g.Lists {
		n := count()
		for k := 0; k < n && err == nil; k++ {
			g.Lists[i] = append(g.Lists[i], str())
		}
	}
	nc := count()
	if err == nil && (nc == 0 || nc > 15) {
		err = fmt.Errorf("%w: %d classes", ErrBadModel, nc)
	}
	var classes []string
	for k := 0; k < nc && err == nil; k++ {
		classes = append(classes, str())
	}
	if err != nil {
		return nil, wrapBad(err)
	}
	m = newModel(classes)
	m.Meta = meta
	g.index()
	m.Gaz = g
	for i := range m.start {
		m.start[i] = f32()
	}
	for i := range m.end {
		m.end[i] = f32()
	}
	for i := range m.trans {
		m.trans[i] = f32()
	}
	nr := count()
	if err != nil {
		return nil, wrapBad(err)
	}
	m.rows = newRowIndex(nr)
	row := make([]float32, m.nl)
	key := uint64(0)
	for r := 0; r < nr && err == nil; r++ {
		key += uv()
		mask := uv()
		if err == nil && mask>>uint(m.nl) != 0 {
			err = fmt.Errorf("%w: row %d has labels beyond %d", ErrBadModel, r, m.nl)
		}
		for l := range row {
			row[l] = 0
			if mask&(1<<l) != 0 {
				row[l] = f32()
			}
		}
		m.addRow(key, row)
	}
	if err != nil {
		return nil, wrapBad(err)
	}
	return m, nil
}

func wrapBad(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("%w: truncated: %w", ErrBadModel, err)
	}
	return err
}

// isPunct reports whether a word has no letter or digit.
func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
