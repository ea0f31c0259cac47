package ner

import (
	"cmp"
	"slices"
)

// rowIndex maps feature hashes to their rows: runs of Model.ents. It is an
// open-addressing table with linear probing, read on every word of every
// sentence; a Go map spent a third of the stage's time there. A cell holds
// the run itself, so that a lookup touches one cell and the weights.
type rowIndex struct {
	slots []rowSlot
	shift uint // 64 - log2(len(slots))
	n     int
}

// rowSlot is one cell: the row of key is Model.ents[lo:end1-1]; end1 == 0
// marks an empty cell.
type rowSlot struct {
	key      uint64
	lo, end1 uint32
}

// newRowIndex returns an empty index with room for n features.
func newRowIndex(n int) rowIndex {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	return rowIndex{slots: make([]rowSlot, 1<<bits), shift: 64 - bits}
}

// home is the first cell to probe for key: the hashes are FNV-1a, whose
// low bits are weak, so the index takes the high bits of a multiplication.
func (x *rowIndex) home(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> x.shift }

// get returns the row of key, ents[lo:hi].
func (x *rowIndex) get(key uint64) (lo, hi uint32, ok bool) {
	mask := uint64(len(x.slots) - 1)
	for i := x.home(key); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.end1 == 0 {
			return 0, 0, false
		}
		if s.key == key {
			return s.lo, s.end1 - 1, true
		}
	}
}

// set makes ents[lo:hi] the row of key, replacing any earlier one.
func (x *rowIndex) set(key uint64, lo, hi uint32) {
	if 2*(x.n+1) > len(x.slots) {
		x.grow()
	}
	mask := uint64(len(x.slots) - 1)
	for i := x.home(key); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.end1 == 0 {
			*s = rowSlot{key: key, lo: lo, end1: hi + 1}
			x.n++
			return
		}
		if s.key == key {
			s.lo, s.end1 = lo, hi+1
			return
		}
	}
}

func (x *rowIndex) grow() {
	old := x.slots
	*x = newRowIndex(2 * max(x.n, 8))
	for _, s := range old {
		if s.end1 != 0 {
			x.set(s.key, s.lo, s.end1-1)
		}
	}
}

// len returns the number of features.
func (x *rowIndex) len() int { return x.n }

// sorted returns the occupied cells in increasing key order.
func (x *rowIndex) sorted() []rowSlot {
	out := make([]rowSlot, 0, x.n)
	for _, s := range x.slots {
		if s.end1 != 0 {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b rowSlot) int { return cmp.Compare(a.key, b.key) })
	return out
}
