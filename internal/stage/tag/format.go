package tag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"

	"github.com/sitrep/sitrep/models"
)

// The model file is gzip-compressed. Inside, after the magic and the format
// version, come the JSON Info and then the tables, each a count followed by
// its items; integers are unsigned varints, strings a length and the bytes,
// weights IEEE float32 little-endian. Map-valued tables are written in key
// order, so the same model always encodes to the same bytes.
const (
	magic         = "SITREPTAG"
	formatVersion = 1
	endMark       = "END"
)

// Encode writes the model to w in the gzip file format and records the
// checksum of what it wrote (see SHA256).
func (m *Model) Encode(w io.Writer) error {
	var raw bytes.Buffer
	if err := m.encodeRaw(&raw); err != nil {
		return fmt.Errorf("encoding tagger model: %w", err)
	}
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("encoding tagger model: %w", err)
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return fmt.Errorf("encoding tagger model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("encoding tagger model: %w", err)
	}
	m.sum = models.Checksum(gz.Bytes())
	if _, err := w.Write(gz.Bytes()); err != nil {
		return fmt.Errorf("writing tagger model: %w", err)
	}
	return nil
}

// Save writes the model to the file path.
func (m *Model) Save(path string) error {
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("saving tagger model: %w", err)
	}
	return nil
}

// Load reads a model file written by Save.
func Load(path string) (*Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading tagger model: %w", err)
	}
	return Decode(b)
}

// Decode reads a model from the bytes of a model file.
func Decode(b []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decoding tagger model: %w: %w", ErrFormat, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decoding tagger model: %w: %w", ErrFormat, err)
	}
	m, err := decodeRaw(raw)
	if err != nil {
		return nil, fmt.Errorf("decoding tagger model: %w", err)
	}
	m.sum = models.Checksum(b)
	return m, nil
}

type encoder struct {
	w   *bufio.Writer
	tmp [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(v uint64) {
	n := binary.PutUvarint(e.tmp[:], v)
	e.w.Write(e.tmp[:n])
}

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.w.WriteString(s)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func writeMap[V uint16 | uint32](e *encoder, m map[string]V) {
	e.uint(uint64(len(m)))
	for _, k := range sortedKeys(m) {
		e.str(k)
		e.uint(uint64(m[k]))
	}
}

func (m *Model) encodeRaw(out io.Writer) error {
	e := &encoder{w: bufio.NewWriter(out)}
	e.w.WriteString(magic)
	e.uint(formatVersion)
	info, err := json.Marshal(m.info)
	if err != nil {
		return err
	}
	e.str(string(info))
	e.uint(uint64(len(m.upos)))
	for i := range m.upos {
		e.str(m.upos[i])
		e.str(m.xpos[i])
	}
	e.uint(uint64(len(m.xposList)))
	for _, x := range m.xposList {
		e.str(x)
	}
	// Weights, column by column: they compress better so.
	keys, rows := m.w.rows()
	e.uint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		e.uint(k - prev)
		prev = k
	}
	for _, r := range rows {
		e.uint(uint64(len(r)))
	}
	for _, r := range rows {
		for _, x := range r {
			e.uint(uint64(x.C))
		}
	}
	var f [4]byte
	for _, r := range rows {
		for _, x := range r {
			binary.LittleEndian.PutUint32(f[:], math.Float32bits(x.W))
			e.w.Write(f[:])
		}
	}
	e.uint(uint64(m.nAmb))
	e.uint(uint64(len(m.forms)))
	for _, k := range sortedKeys(m.forms) {
		e.str(k)
		e.uint(uint64(m.forms[k].amb))
		e.uint(uint64(m.forms[k].sure))
	}
	writeMap(e, m.norms)
	// Lexicon.
	lx := m.lex
	e.uint(uint64(len(lx.trans)))
	for _, t := range lx.trans {
		e.uint(uint64(t.Cut))
		if t.Lower {
			e.uint(1)
		} else {
			e.uint(0)
		}
		e.str(t.Add)
	}
	writeMap(e, lx.rules)
	e.uint(uint64(len(lx.feats)))
	for _, f := range lx.feats {
		e.str(f)
	}
	e.uint(uint64(len(lx.def)))
	for _, d := range lx.def {
		e.uint(uint64(d))
	}
	e.uint(uint64(len(lx.words)))
	for _, k := range sortedKeys(lx.words) {
		w := lx.words[k]
		e.str(k)
		e.uint(uint64(w.trans))
		e.uint(uint64(w.feats))
		if w.ctx {
			e.uint(1)
		} else {
			e.uint(0)
		}
	}
	writeMap(e, lx.context)
	e.w.WriteString(endMark)
	return e.w.Flush()
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: bad %s", ErrFormat, what)
	}
}

func (d *decoder) uint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a table length and checks it against what is left, each item
// taking at least one byte.
func (d *decoder) count(what string) int {
	n := d.uint(what)
	if n > uint64(len(d.b)) {
		d.fail(what)
		return 0
	}
	return int(n)
}

// bounded reads an integer that must be below limit.
func (d *decoder) bounded(what string, limit int) int {
	v := d.uint(what)
	if v >= uint64(limit) {
		d.fail(what)
		return 0
	}
	return int(v)
}

func (d *decoder) str(what string) string {
	n := d.count(what)
	if d.err != nil {
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func readMap[V uint16 | uint32](d *decoder, what string, limit int) map[string]V {
	n := d.count(what)
	m := make(map[string]V, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str(what)
		m[k] = V(d.bounded(what, limit))
	}
	return m
}

func decodeRaw(b []byte) (*Model, error) {
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, ErrFormat
	}
	d := &decoder{b: b[len(magic):]}
	if v := d.uint("version"); d.err == nil && v != formatVersion {
		return nil, fmt.Errorf("%w: file has version %d, this build reads %d", ErrVersion, v, formatVersion)
	}
	m := &Model{}
	if err := json.Unmarshal([]byte(d.str("info")), &m.info); err != nil && d.err == nil {
		return nil, fmt.Errorf("%w: info: %w", ErrFormat, err)
	}
	nt := d.count("tags")
	if nt == 0 || nt > maxClasses {
		d.fail("tags")
	}
	for i := 0; i < nt && d.err == nil; i++ {
		m.upos = append(m.upos, d.str("tag"))
		m.xpos = append(m.xpos, d.str("tag"))
	}
	nx := d.count("xpos")
	if nx > 255 {
		d.fail("xpos")
	}
	for i := 0; i < nx && d.err == nil; i++ {
		m.xposList = append(m.xposList, d.str("xpos"))
	}
	for _, x := range m.xpos {
		i := slices.Index(m.xposList, x)
		if i < 0 {
			d.fail("xpos")
		}
		m.xposOf = append(m.xposOf, uint8(i))
	}
	// Weights.
	nf := d.count("features")
	keys := make([]uint64, nf)
	prev := uint64(0)
	for i := range keys {
		prev += d.uint("key")
		if prev == 0 || (i > 0 && prev <= keys[i-1]) {
			d.fail("key")
		}
		keys[i] = prev
	}
	lens := make([]int, nf)
	total := 0
	for i := range lens {
		lens[i] = d.bounded("row", nt+1)
		total += lens[i]
	}
	if d.err != nil || total > len(d.b) {
		d.fail("rows")
		return nil, d.err
	}
	ents := make([]entry, total)
	for i := range ents {
		ents[i].C = uint16(d.bounded("class", nt))
	}
	if d.err != nil || 4*total > len(d.b) {
		d.fail("weights")
		return nil, d.err
	}
	for i := range ents {
		ents[i].W = math.Float32frombits(binary.LittleEndian.Uint32(d.b[4*i:]))
	}
	d.b = d.b[4*total:]
	rows := make([][]entry, nf)
	off := 0
	for i, n := range lens {
		rows[i] = ents[off : off+n : off+n]
		off += n
	}
	m.w = newWeights(keys, rows)
	m.nAmb = uint32(d.uint("ambiguity classes"))
	nfo := d.count("forms")
	m.forms = make(map[string]formInfo, nfo)
	for i := 0; i < nfo && d.err == nil; i++ {
		k := d.str("form")
		m.forms[k] = formInfo{amb: uint32(d.bounded("form", int(m.nAmb))), sure: uint16(d.bounded("form", nt+1))}
	}
	m.norms = readMap[uint32](d, "word dictionary", int(m.nAmb))
	// Lexicon.
	lx := &lexicon{}
	ntr := d.count("transforms")
	for i := 0; i < ntr && d.err == nil; i++ {
		t := transform{Cut: uint8(d.bounded("cut", 256)), Lower: d.bounded("lower", 2) == 1}
		t.Add = d.str("transform")
		lx.trans = append(lx.trans, t)
	}
	lx.rules = readMap[uint16](d, "lemma rules", ntr)
	nfe := d.count("features")
	for i := 0; i < nfe && d.err == nil; i++ {
		lx.feats = append(lx.feats, d.str("features"))
	}
	if nd := d.count("feature defaults"); nd != 2*nt {
		d.fail("feature defaults")
	} else {
		lx.def = make([]uint16, nd)
		for i := range lx.def {
			lx.def[i] = uint16(d.bounded("feature default", nfe))
		}
	}
	nw := d.count("lexicon")
	lx.words = make(map[string]lexEntry, nw)
	for i := 0; i < nw && d.err == nil; i++ {
		k := d.str("lexicon")
		if len(k) < 2 || int(binary.LittleEndian.Uint16([]byte(k))) >= nt {
			d.fail("lexicon")
		}
		lx.words[k] = lexEntry{
			trans: uint16(d.bounded("lexicon", ntr)),
			feats: uint16(d.bounded("lexicon", nfe)),
			ctx:   d.bounded("lexicon", 2) == 1,
		}
	}
	lx.context = readMap[uint16](d, "feature contexts", nfe)
	if d.err == nil {
		lx.finish()
	}
	m.lex = lx
	if d.err != nil {
		return nil, d.err
	}
	if string(d.b) != endMark {
		return nil, fmt.Errorf("%w: trailing data", ErrFormat)
	}
	return m, nil
}
