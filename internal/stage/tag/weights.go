package tag

import (
	"math"
	"slices"
)

// entry is one nonzero weight of a feature: the class it votes for and how
// much.
type entry struct {
	W float32
	C uint16
}

// slot is one cell of the open-addressing feature table: the high 32 bits
// of the feature key, and its entries inline when it has at most two, or
// the start of its run in weights.ents (in the bits of w0) when more.
// n == 0 marks an empty cell. At 16 bytes, four slots share a cache line.
type slot struct {
	fp     uint32
	w0, w1 float32
	c0, c1 uint8
	n      uint16
}

// weights is the read-only weight table of a trained model: a hash table
// from feature key to its sparse (class, weight) entries.
type weights struct {
	mask  uint64
	slots []slot
	ents  []entry
	keys  []uint64 // sorted, for encoding
}

// maxClasses is the most tags a model may have (classes are bytes in the
// table).
const maxClasses = 256

// newWeights builds the table from rows sorted by key. Rows must not be
// empty and classes must be below maxClasses.
func newWeights(keys []uint64, rows [][]entry) *weights {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	w := &weights{mask: uint64(size - 1), slots: make([]slot, size), keys: make([]uint64, 0, len(keys))}
keyLoop:
	for i, k := range keys {
		j := k & w.mask
		for w.slots[j].n != 0 {
			if w.slots[j].fp == uint32(k>>32) {
				// A key the table cannot tell from an earlier one (about
				// one chance in 10^4 per model): drop it.
				continue keyLoop
			}
			j = (j + 1) & w.mask
		}
		w.keys = append(w.keys, k)
		r := rows[i]
		s := slot{fp: uint32(k >> 32), n: uint16(len(r))}
		if len(r) <= 2 {
			s.w0, s.c0 = r[0].W, uint8(r[0].C)
			if len(r) == 2 {
				s.w1, s.c1 = r[1].W, uint8(r[1].C)
			}
		} else {
			s.w0 = math.Float32frombits(uint32(len(w.ents)))
			w.ents = append(w.ents, r...)
		}
		w.slots[j] = s
	}
	return w
}

// score adds the weights of every feature in keys to scores, in key
// order. It first finds the cell of every feature and touches the entries
// of those that keep them apart, then adds, so that the memory loads of the
// first pass overlap instead of each waiting for the last add. found is
// scratch space (with room for len(keys), score allocates nothing). score
// returns a value of no meaning that the caller must keep, so that the
// touching stays.
func (w *weights) score(keys []uint64, scores []float32, found []uint32) uint64 {
	slots, ents, mask := w.slots, w.ents, w.mask
	found = found[:0]
	for _, k := range keys {
		fp := uint32(k >> 32)
		for j := k & mask; ; j = (j + 1) & mask {
			s := &slots[j]
			if s.n == 0 {
				break
			}
			if s.fp == fp {
				found = append(found, uint32(j))
				break
			}
		}
	}
	var touch uint64
	for _, j := range found {
		if s := &slots[j]; s.n > 2 {
			touch += uint64(ents[math.Float32bits(s.w0)].C)
		}
	}
	for _, j := range found {
		s := &slots[j]
		switch s.n {
		case 2:
			scores[s.c0] += s.w0
			scores[s.c1] += s.w1
		case 1:
			scores[s.c0] += s.w0
		default:
			start := math.Float32bits(s.w0)
			for _, e := range ents[start : start+uint32(s.n)] {
				scores[e.C] += e.W
			}
		}
	}
	return touch
}

// count returns the number of features.
func (w *weights) count() int { return len(w.keys) }

// rows returns the features and their entries sorted by key.
func (w *weights) rows() ([]uint64, [][]entry) {
	rows := make([][]entry, len(w.keys))
	for i, k := range w.keys {
		j := k & w.mask
		for w.slots[j].fp != uint32(k>>32) {
			j = (j + 1) & w.mask
		}
		s := w.slots[j]
		switch s.n {
		case 1:
			rows[i] = []entry{{W: s.w0, C: uint16(s.c0)}}
		case 2:
			rows[i] = []entry{{W: s.w0, C: uint16(s.c0)}, {W: s.w1, C: uint16(s.c1)}}
		default:
			start := math.Float32bits(s.w0)
			rows[i] = w.ents[start : start+uint32(s.n)]
		}
	}
	return w.keys, rows
}

// tentry is one weight of the training table: the current integer weight
// and the running sum used for averaging.
type tentry struct {
	c uint16
	w int32
	u int64 // sum of t*delta over updates at time t
}

// trainWeights is the mutable table of the averaged perceptron. Integer
// arithmetic keeps training bit-for-bit reproducible on every platform.
type trainWeights struct {
	index map[uint64]int32
	rows  [][]tentry
	t     int64 // number of examples seen
}

func newTrainWeights() *trainWeights {
	return &trainWeights{index: map[uint64]int32{}, t: 1}
}

func (tw *trainWeights) score(keys []uint64, scores []float32) {
	for _, k := range keys {
		if r, ok := tw.index[k]; ok {
			for _, e := range tw.rows[r] {
				scores[e.c] += float32(e.w)
			}
		}
	}
}

// update moves the weights of keys by delta for class c.
func (tw *trainWeights) update(keys []uint64, c uint16, delta int32) {
	for _, k := range keys {
		r, ok := tw.index[k]
		if !ok {
			r = int32(len(tw.rows))
			tw.index[k] = r
			tw.rows = append(tw.rows, nil)
		}
		row := tw.rows[r]
		found := false
		for i := range row {
			if row[i].c == c {
				row[i].w += delta
				row[i].u += tw.t * int64(delta)
				found = true
				break
			}
		}
		if !found {
			tw.rows[r] = append(row, tentry{c: c, w: delta, u: tw.t * int64(delta)})
		}
	}
}

// average returns the averaged weights, dropping those whose magnitude is
// below prune, as a read-only table.
func (tw *trainWeights) average(prune float64) *weights {
	keys := make([]uint64, 0, len(tw.index))
	for k := range tw.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := float64(tw.t)
	if t == 0 {
		t = 1
	}
	outKeys := keys[:0]
	var rows [][]entry
	for _, k := range keys {
		var row []entry
		for _, e := range tw.rows[tw.index[k]] {
			// avg = w - u/t, computed exactly enough in float64.
			a := float64(e.w) - float64(e.u)/t
			if math.Abs(a) < prune {
				continue
			}
			row = append(row, entry{W: float32(a), C: e.c})
		}
		if len(row) == 0 {
			continue
		}
		slices.SortFunc(row, func(a, b entry) int { return int(a.C) - int(b.C) })
		outKeys = append(outKeys, k)
		rows = append(rows, row)
	}
	return newWeights(outKeys, rows)
}
