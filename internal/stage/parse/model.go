package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/sitrep/sitrep/models"
)

// Word is one token handed to the parser: its form and its tags. The
// features use the form, XPOS (the Penn tag) and UPOS.
type Word struct {
	Form string
	UPOS string
	XPOS string
}

// Tree is a dependency tree over the words of one sentence: Heads[i] is the
// index of word i's head, -1 for the root; Deps[i] is its relation.
type Tree struct {
	Heads []int
	Deps  []string
}

// Meta describes how a model was made; it is stored in the model file.
type Meta struct {
	// Format and FeatureSet are the versions of the file format and of the
	// feature templates the model was made with.
	Format     int `json:"format"`
	FeatureSet int `json:"feature_set"`
	// Labels are the dependency relations, in class order.
	Labels []string `json:"labels"`
	// Quantum is the size of one step of the quantized weights.
	Quantum float64 `json:"quantum"`
	// Options are the training options.
	Options Options `json:"options"`
	// DataSHA256 is the checksum of the training examples (DataSHA256).
	DataSHA256 string `json:"data_sha256"`
	// Sentences and Words count the training data.
	Sentences int `json:"sentences"`
	Words     int `json:"words"`
	// Steps is the number of training steps the weights were averaged over.
	Steps int64 `json:"steps"`
	// Features and Weights count what the model holds.
	Features int `json:"features"`
	Weights  int `json:"weights"`
}

// Model is a trained parser. It is read only once made and safe for
// concurrent use by any number of goroutines.
type Model struct {
	meta      Meta
	nl        int // number of labels
	rootLabel int
	tab       table
	file      []byte // the encoded model, once encoded or decoded
	sum       string
	w         *flat // the weights of a model just trained, until encoded
	pool      sync.Pool
}

// Meta returns how the model was made.
func (m *Model) Meta() Meta { return m.meta }

// Labels returns the dependency relations the model assigns.
func (m *Model) Labels() []string { return slices.Clone(m.meta.Labels) }

// SHA256 returns the lowercase hex SHA-256 of the model file.
func (m *Model) SHA256() string {
	if m.sum == "" {
		m.Encode(io.Discard)
	}
	return m.sum
}

// scratch is the working memory of one Parse call.
type scratch struct {
	st     state
	x      sentence
	feats  []uint64
	buf    scoreBuf
	scores []int32
	sink   uint64
}

func (m *Model) getScratch() *scratch {
	if sc, ok := m.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{buf: newScoreBuf(m.tab.rowWords), scores: make([]int32, 1+2*m.nl)}
}

// Parse returns the dependency tree of a sentence. The tree is always well
// formed: one word has head -1 and every other word's chain of heads leads
// to it.
func (m *Model) Parse(words []Word) Tree {
	t := Tree{Heads: make([]int, len(words)), Deps: make([]string, len(words))}
	m.ParseInto(words, t.Heads, t.Deps)
	return t
}

// ParseInto is Parse writing into heads and deps, which must be at least as
// long as words.
func (m *Model) ParseInto(words []Word, heads []int, deps []string) {
	n := len(words)
	if n == 0 {
		return
	}
	heads, deps = heads[:n], deps[:n]
	sc := m.getScratch()
	defer m.pool.Put(sc)
	sc.x.load(words)
	s := &sc.st
	s.reset(n)
	for !s.terminal() {
		sc.feats = features(sc.feats, &sc.x, s)
		sc.sink += m.tab.score(sc.feats, &sc.buf, sc.scores)
		s.apply(bestLegal(s, sc.scores, m.nl, m.rootLabel), m.nl)
	}
	labels := m.meta.Labels
	for i := range n {
		h := int(s.head[i])
		if h == n {
			h = -1
		}
		heads[i] = h
		deps[i] = labels[s.label[i]]
	}
}

// bestLegal returns the highest-scoring legal class; the first wins ties.
func bestLegal(s *state, scores []int32, nl, root int) int {
	bc := -1
	var best int32
	if s.canShift() {
		best, bc = scores[shiftClass], shiftClass
	}
	if s.canLeft() {
		if s.b0 == s.n {
			if c := 1 + root; bc < 0 || scores[c] > best {
				best, bc = scores[c], c
			}
		} else {
			for l, v := range scores[1 : 1+nl] {
				if l != root && (bc < 0 || v > best) {
					best, bc = v, 1+l
				}
			}
		}
	}
	if s.canRight() {
		for l, v := range scores[1+nl : 1+2*nl] {
			if l != root && (bc < 0 || v > best) {
				best, bc = v, 1+nl+l
			}
		}
	}
	return bc
}

// The model file is gzip over: the magic "sitrep-parser\n", the format
// version (uvarint), the length of the JSON Meta and the Meta, the number
// of features, and for each feature in increasing hash order: the hash
// delta from the previous feature (uvarint), the number of its weights
// (uvarint), and for each weight in increasing class order the class delta
// (uvarint) and the quantized weight (zigzag varint).
const (
	magic      = "sitrep-parser\n"
	fileFormat = 1
)

// Encode writes the model file to w.
func (m *Model) Encode(w io.Writer) error {
	if m.file == nil {
		b, err := m.encode()
		if err != nil {
			return fmt.Errorf("encoding parser model: %w", err)
		}
		m.file = b
		m.sum = models.Checksum(b)
		m.w = nil
	}
	if _, err := w.Write(m.file); err != nil {
		return fmt.Errorf("writing parser model: %w", err)
	}
	return nil
}

func (m *Model) encode() ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriter(zw)
	meta, err := json.Marshal(m.meta)
	if err != nil {
		return nil, err
	}
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	sv := func(v int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], v)]) }
	bw.WriteString(magic)
	uv(fileFormat)
	uv(uint64(len(meta)))
	bw.Write(meta)
	f := m.w
	uv(uint64(len(f.keys)))
	prev := uint64(0)
	for i, k := range f.keys {
		uv(k - prev)
		prev = k
		lo, hi := f.offs[i], f.offs[i+1]
		uv(uint64(hi - lo))
		pc := uint16(0)
		for j := lo; j < hi; j++ {
			uv(uint64(f.cls[j] - pc))
			pc = f.cls[j]
			sv(int64(f.q[j]))
		}
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Decode reads a model file written by Encode. The model keeps data, which
// must not change afterwards.
func Decode(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decoding parser model: %w: %w", ErrModel, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decoding parser model: %w: %w", ErrModel, err)
	}
	meta, f, err := decodeRaw(raw)
	if err != nil {
		return nil, fmt.Errorf("decoding parser model: %w", err)
	}
	m, err := newModel(meta, f)
	if err != nil {
		return nil, fmt.Errorf("decoding parser model: %w", err)
	}
	m.w = nil
	m.file = data
	m.sum = models.Checksum(data)
	return m, nil
}

// newModel makes a model of meta and its weights.
func newModel(meta Meta, f *flat) (*Model, error) {
	m := &Model{meta: meta, nl: len(meta.Labels), w: f}
	m.rootLabel = slices.Index(meta.Labels, rootRel)
	if m.nl == 0 || m.rootLabel < 0 {
		return nil, fmt.Errorf("%w: no %q label", ErrModel, rootRel)
	}
	if 1+2*m.nl > 1<<16 {
		return nil, fmt.Errorf("%w: %d labels", ErrModel, m.nl)
	}
	m.tab = newTable(f, 1+2*m.nl)
	return m, nil
}

func decodeRaw(raw []byte) (Meta, *flat, error) {
	var meta Meta
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return meta, nil, fmt.Errorf("%w: not a parser model", ErrModel)
	}
	d := &decoder{p: raw[len(magic):]}
	if v := d.uv(); v != fileFormat {
		return meta, nil, fmt.Errorf("%w: file format %d, want %d", ErrModel, v, fileFormat)
	}
	ml := d.uv()
	if d.bad || ml > uint64(len(d.p)) {
		return meta, nil, fmt.Errorf("%w: truncated header", ErrModel)
	}
	if err := json.Unmarshal(d.p[:ml], &meta); err != nil {
		return meta, nil, fmt.Errorf("%w: header: %w", ErrModel, err)
	}
	d.p = d.p[ml:]
	if meta.FeatureSet != featureSet {
		return meta, nil, fmt.Errorf("%w: feature set %d, want %d", ErrModel, meta.FeatureSet, featureSet)
	}
	classes := uint64(1 + 2*len(meta.Labels))
	nf := d.uv()
	if d.bad || nf > uint64(len(d.p)) {
		return meta, nil, fmt.Errorf("%w: truncated weights", ErrModel)
	}
	f := &flat{keys: make([]uint64, 0, nf), offs: make([]uint32, 0, nf+1)}
	key := uint64(0)
	for i := uint64(0); i < nf && !d.bad; i++ {
		delta := d.uv()
		if delta == 0 {
			d.bad = true
			break
		}
		key += delta
		f.keys = append(f.keys, key)
		f.offs = append(f.offs, uint32(len(f.cls)))
		ne := d.uv()
		if ne > classes {
			d.bad = true
			break
		}
		c := uint64(0)
		for j := uint64(0); j < ne && !d.bad; j++ {
			c += d.uv()
			q := d.sv()
			if c >= classes || j > 0 && c == uint64(f.cls[len(f.cls)-1]) || q < -1<<20 || q > 1<<20 {
				d.bad = true
				break
			}
			f.cls = append(f.cls, uint16(c))
			f.q = append(f.q, int32(q))
		}
	}
	if d.bad || len(d.p) != 0 {
		return meta, nil, fmt.Errorf("%w: corrupt weights", ErrModel)
	}
	f.offs = append(f.offs, uint32(len(f.cls)))
	return meta, f, nil
}

// decoder reads varints; bad is set at the first error.
type decoder struct {
	p   []byte
	bad bool
}

func (d *decoder) uv() uint64 {
	v, k := binary.Uvarint(d.p)
	if k <= 0 {
		d.bad, d.p = true, nil
		return 0
	}
	d.p = d.p[k:]
	return v
}

func (d *decoder) sv() int64 {
	v, k := binary.Varint(d.p)
	if k <= 0 {
		d.bad, d.p = true, nil
		return 0
	}
	d.p = d.p[k:]
	return v
}
