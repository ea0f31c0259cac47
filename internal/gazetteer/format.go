package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"unsafe"

	"github.com/sitrep/sitrep/models"
)

// The file format, version 1, little-endian, gzip-compressed as a whole:
//
//	magic "SITRGAZ\n", version u32, info string
//	feature codes: n u32, then n × (code string, class u8)
//	countries: n u32, then n × (iso2 string, iso3 string, entry i32)
//	admin1: n u32, then n × (country u16, code string, entry i32)
//	entries: n u32, then columns of n: id u32, lat i32, lon i32 (1e-5°),
//	  population u32, feature u8, country u16, admin1 u16, admin2 i32,
//	  flags u8; name offsets u32 × (n+1); names blob
//	keys: k u32, key offsets u32 × (k+1), keys blob (sorted),
//	  posting offsets u32 × (k+1), postings (u32 count, then u32 each:
//	  Ref<<3 | Kind)
//
// A string is a u32 length and its bytes; a blob is a string.
const (
	magic   = "SITRGAZ\n"
	version = 1
)

// Write writes g in the gazetteer file format, gzip-compressed. The output
// depends only on g, so a rebuild from the same sources gives the same bytes.
func (g *Gazetteer) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("writing gazetteer: %w", err)
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	e := &encoder{w: bw}
	e.raw([]byte(magic))
	e.u32(version)
	e.str(g.info)
	e.u32(uint32(len(g.feats)))
	for i, f := range g.feats {
		e.str(f)
		e.raw([]byte{g.featClass[i]})
	}
	e.u32(uint32(len(g.countries)))
	for _, c := range g.countries {
		e.str(c.iso2)
		e.str(c.iso3)
		e.u32(uint32(c.entry))
	}
	e.u32(uint32(len(g.admin1s)))
	for _, a := range g.admin1s {
		e.put(a.country)
		e.str(a.code)
		e.u32(uint32(a.entry))
	}
	e.u32(uint32(len(g.ids)))
	for _, col := range []any{g.ids, g.lat, g.lon, g.pop, g.feat, g.country, g.admin1, g.admin2, g.flags, g.nameOff} {
		e.put(col)
	}
	e.str(g.names)
	e.u32(uint32(len(g.keyOff) - 1))
	e.put(g.keyOff)
	e.str(g.keys)
	e.put(g.postOff)
	e.u32(uint32(len(g.posts)))
	e.put(g.posts)
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err == nil {
		e.err = zw.Close()
	}
	if e.err != nil {
		return fmt.Errorf("writing gazetteer: %w", e.err)
	}
	return nil
}

type encoder struct {
	w   io.Writer
	err error
}

func (e *encoder) raw(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) put(v any) {
	if e.err == nil {
		e.err = binary.Write(e.w, binary.LittleEndian, v)
	}
}

func (e *encoder) u32(v uint32) { e.put(v) }

func (e *encoder) str(s string) {
	e.u32(uint32(len(s)))
	e.raw([]byte(s))
}

// Read loads a gazetteer file written by Write. It checks the magic,
// version and every offset, so a damaged file gives ErrFormat, never a
// panic later.
func Read(r io.Reader) (*Gazetteer, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading gazetteer: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("reading gazetteer: %w: %w", ErrFormat, err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("reading gazetteer: %w: %w", ErrFormat, err)
	}
	g, err := decode(body)
	if err != nil {
		return nil, fmt.Errorf("reading gazetteer: %w", err)
	}
	g.sum = models.Checksum(raw)
	return g, nil
}

type decoder struct {
	b   []byte
	err error
}

var errShort = errors.New("truncated")

func (d *decoder) take(n uint64) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.err = errShort
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) u8() uint8 {
	if b := d.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *decoder) u16() uint16 {
	if b := d.take(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (d *decoder) u32() uint32 {
	if b := d.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *decoder) str() string {
	n := d.u32()
	return string(d.take(uint64(n)))
}

// count reads a u32 count and checks that at least count×size bytes remain.
func (d *decoder) count(size uint64) int {
	n := uint64(d.u32())
	if d.err == nil && n*size > uint64(len(d.b)) {
		d.err = errShort
		return 0
	}
	return int(n)
}

func u32s(d *decoder, n int) []uint32 {
	b := d.take(uint64(n) * 4)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	if littleEndian {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(out))), n*4), b)
		return out
	}
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

func u16s(d *decoder, n int) []uint16 {
	b := d.take(uint64(n) * 2)
	if b == nil {
		return nil
	}
	out := make([]uint16, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return out
}

func i32s(d *decoder, n int) []int32 {
	u := u32s(d, n)
	if u == nil {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(unsafe.SliceData(u))), len(u))
}

var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

func decode(body []byte) (*Gazetteer, error) {
	d := &decoder{b: body}
	if string(d.take(uint64(len(magic)))) != magic {
		return nil, ErrFormat
	}
	if v := d.u32(); v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrFormat, v, version)
	}
	g := &Gazetteer{info: d.str()}
	nf := d.count(5)
	for range nf {
		g.feats = append(g.feats, d.str())
		g.featClass = append(g.featClass, d.u8())
	}
	nc := d.count(12)
	for range nc {
		c := countryRow{iso2: d.str(), iso3: d.str()}
		c.entry = Ref(d.u32())
		g.countries = append(g.countries, c)
	}
	na := d.count(10)
	for range na {
		a := admin1Row{country: d.u16(), code: d.str()}
		a.entry = Ref(d.u32())
		g.admin1s = append(g.admin1s, a)
	}
	n := d.count(24)
	g.ids = u32s(d, n)
	g.lat = i32s(d, n)
	g.lon = i32s(d, n)
	g.pop = u32s(d, n)
	g.feat = d.take(uint64(n))
	g.country = u16s(d, n)
	g.admin1 = u16s(d, n)
	g.admin2 = i32s(d, n)
	g.flags = d.take(uint64(n))
	g.nameOff = u32s(d, n+1)
	g.names = d.str()
	nk := d.count(8)
	g.keyOff = u32s(d, nk+1)
	g.keys = d.str()
	g.postOff = u32s(d, nk+1)
	np := d.count(4)
	g.posts = u32s(d, np)
	if d.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the end", ErrFormat, len(d.b))
	}
	// feat and flags alias body; copy them so body can be freed.
	g.feat = bytes.Clone(g.feat)
	g.flags = bytes.Clone(g.flags)
	if err := g.check(); err != nil {
		return nil, err
	}
	g.index()
	return g, nil
}

// check validates every reference and offset so lookups cannot panic.
func (g *Gazetteer) check() error {
	bad := func(what string, args ...any) error {
		return fmt.Errorf("%w: bad %s", ErrFormat, fmt.Sprintf(what, args...))
	}
	n := len(g.ids)
	if len(g.feats) > math.MaxUint8+1 {
		return bad("feature table")
	}
	for _, c := range g.countries {
		if c.entry < 0 || int(c.entry) >= n {
			return bad("country entry")
		}
	}
	for _, a := range g.admin1s {
		if a.entry < 0 || int(a.entry) >= n || int(a.country) >= len(g.countries) {
			return bad("admin1 row")
		}
	}
	for i := range n {
		if int(g.feat[i]) >= len(g.feats) {
			return bad("feature of entry %d", i)
		}
		if c := g.country[i]; c != noCountry && int(c) >= len(g.countries) {
			return bad("country of entry %d", i)
		}
		if a := g.admin1[i]; a != noAdmin && int(a) >= len(g.admin1s) {
			return bad("admin1 of entry %d", i)
		}
		if a := g.admin2[i]; a < -1 || int(a) >= n {
			return bad("admin2 of entry %d", i)
		}
	}
	if !monotone(g.nameOff, len(g.names)) {
		return bad("name offsets")
	}
	if !monotone(g.keyOff, len(g.keys)) {
		return bad("key offsets")
	}
	if !monotone(g.postOff, len(g.posts)) {
		return bad("posting offsets")
	}
	for _, p := range g.posts {
		if int(p>>3) >= n || Kind(p&7) >= numKinds {
			return bad("posting")
		}
	}
	for i := 1; i+1 < len(g.keyOff); i++ {
		if g.key(i-1) >= g.key(i) {
			return bad("key order at %d", i)
		}
	}
	return nil
}

func monotone(off []uint32, end int) bool {
	if len(off) == 0 || off[0] != 0 || int(off[len(off)-1]) != end {
		return false
	}
	for i := 1; i < len(off); i++ {
		if off[i] < off[i-1] {
			return false
		}
	}
	return true
}

// index builds the small code maps.
func (g *Gazetteer) index() {
	g.iso2Index = make(map[string]uint16, len(g.countries))
	g.iso3Index = make(map[string]uint16, len(g.countries))
	for i, c := range g.countries {
		g.iso2Index[c.iso2] = uint16(i)
		g.iso3Index[c.iso3] = uint16(i)
	}
	g.featIndex = make(map[string]uint8, len(g.feats))
	for i, f := range g.feats {
		g.featIndex[f] = uint8(i)
	}
	g.adminKey = make(map[string]uint16, len(g.admin1s))
	for i, a := range g.admin1s {
		g.adminKey[g.countries[a.country].iso2+"."+a.code] = uint16(i)
	}
	g.alts = make([]uint8, len(g.ids))
	for _, p := range g.posts {
		if r := p >> 3; Kind(p&7) == KindAlt && g.alts[r] < math.MaxUint8 {
			g.alts[r]++
		}
	}
}
