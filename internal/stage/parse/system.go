package parse

// The transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the artificial root at the end of the buffer (Ballesteros and
// Nivre 2013). A configuration has a stack of words and a buffer b0..n-1
// followed by ROOT (index n). The transitions are
//
//	SHIFT      push b0 (never ROOT)
//	LEFT(l)    make b0 the head of s0 with label l, pop s0
//	RIGHT(l)   make s1 the head of s0 with label l, pop s0
//
// LEFT with b0 = ROOT is allowed only when the stack holds one word, and
// then only with the root label; no other arc may carry the root label. So
// every sentence of n words takes exactly 2n transitions and ends in a tree
// with one root and no cycles, whatever the scores say.

// A transition with its label is one class of the classifier: class 0 is
// SHIFT, 1+l is LEFT(l) and 1+L+l is RIGHT(l) for L labels.
const shiftClass = 0

// state is a parser configuration with the bookkeeping the features need.
// Word indices are int32; ROOT is n; -1 means none.
type state struct {
	n     int32
	stack []int32
	b0    int32

	head  []int32 // head of each word, -1 until attached; n for the root
	label []int16 // label index of each word's arc, -1 until attached
	// Two leftmost and two rightmost children of each word (and ROOT).
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []int16  // number of left and right children
	lset, rset         []uint64 // bit set of the labels of left and right children
}

func (s *state) reset(n int) {
	s.n = int32(n)
	s.stack = s.stack[:0]
	s.b0 = 0
	m := n + 1
	s.head = fill32(s.head, m, -1)
	s.lc1 = fill32(s.lc1, m, -1)
	s.lc2 = fill32(s.lc2, m, -1)
	s.rc1 = fill32(s.rc1, m, -1)
	s.rc2 = fill32(s.rc2, m, -1)
	s.label = fill16(s.label, m, -1)
	s.nl = fill16(s.nl, m, 0)
	s.nr = fill16(s.nr, m, 0)
	s.lset = fill64(s.lset, m)
	s.rset = fill64(s.rset, m)
}

func fill32(a []int32, n int, v int32) []int32 {
	if cap(a) < n {
		a = make([]int32, n)
	}
	a = a[:n]
	for i := range a {
		a[i] = v
	}
	return a
}

func fill16(a []int16, n int, v int16) []int16 {
	if cap(a) < n {
		a = make([]int16, n)
	}
	a = a[:n]
	for i := range a {
		a[i] = v
	}
	return a
}

func fill64(a []uint64, n int) []uint64 {
	if cap(a) < n {
		a = make([]uint64, n)
	}
	a = a[:n]
	clear(a)
	return a
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b0 == s.n }

// canShift, canLeft and canRight say which transitions are legal; a LEFT
// towards ROOT must also carry the root label, and no other arc may (see
// bestLegal and oracle.costs).
func (s *state) canShift() bool { return s.b0 < s.n }
func (s *state) canLeft() bool {
	return len(s.stack) > 0 && (s.b0 < s.n || len(s.stack) == 1)
}
func (s *state) canRight() bool { return len(s.stack) > 1 }

// st returns the i-th word from the top of the stack (s0 for i = 0), or -1.
func (s *state) st(i int) int32 {
	if len(s.stack) > i {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

// apply performs transition class c of a model with nl labels.
func (s *state) apply(c int, nl int) {
	switch {
	case c == shiftClass:
		s.stack = append(s.stack, s.b0)
		s.b0++
	case c <= nl:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s.b0, d, int16(c-1))
	default:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s.stack[len(s.stack)-1], d, int16(c-1-nl))
	}
}

func (s *state) addArc(h, d int32, l int16) {
	s.head[d] = h
	s.label[d] = l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.lc1[h] < 0 || d < s.lc1[h]:
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		case s.lc2[h] < 0 || d < s.lc2[h]:
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		switch {
		case s.rc1[h] < 0 || d > s.rc1[h]:
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		case s.rc2[h] < 0 || d > s.rc2[h]:
			s.rc2[h] = d
		}
	}
}

// oracle computes the cost of transitions against a gold tree with the
// exact dynamic oracle of Goldberg and Nivre (2013) for arc-hybrid: the
// number of gold arcs a transition makes unreachable. It is exact for
// projective gold trees, which training makes by lifting.
type oracle struct {
	head     []int32   // gold head, n for the root
	label    []int16   // gold label index
	children [][]int32 // gold dependents of each word and ROOT
	inStack  []bool
}

func (o *oracle) reset(n int, head []int32, label []int16) {
	o.head = head
	o.label = label
	if cap(o.children) < n+1 {
		o.children = make([][]int32, n+1)
	}
	o.children = o.children[:n+1]
	for i := range o.children {
		o.children[i] = o.children[i][:0]
	}
	for d, h := range head {
		o.children[h] = append(o.children[h], int32(d))
	}
	if cap(o.inStack) < n+1 {
		o.inStack = make([]bool, n+1)
	}
	o.inStack = o.inStack[:n+1]
	clear(o.inStack)
}

// childrenFrom counts the gold dependents of h at index ≥ from (the buffer).
func (o *oracle) childrenFrom(h, from int32) int {
	c := 0
	for _, d := range o.children[h] {
		if d >= from {
			c++
		}
	}
	return c
}

// costs fills cost with the number of gold arcs each class loses, -1 for
// illegal classes, and returns the minimum over legal classes. A wrong
// label on a gold arc costs one.
func (o *oracle) costs(s *state, nl, root int, cost []int32) int32 {
	for i := range cost {
		cost[i] = -1
	}
	best := int32(1 << 30)
	s0, s1 := s.st(0), s.st(1)
	b0 := s.b0
	if s.canShift() {
		c := int32(0)
		if h := o.head[b0]; h != s0 && h < b0 && o.inStack[h] {
			c++
		}
		for _, d := range o.children[b0] {
			if d < b0 && o.inStack[d] {
				c++
			}
		}
		cost[shiftClass] = c
		best = min(best, c)
	}
	if s.canLeft() {
		c := int32(o.childrenFrom(s0, b0))
		h := o.head[s0]
		if h != b0 && (h == s1 || h > b0) {
			c++
		}
		for l := range nl {
			if (b0 == s.n) != (l == root) {
				continue
			}
			lc := c
			if h == b0 && int16(l) != o.label[s0] {
				lc++
			}
			cost[1+l] = lc
			best = min(best, lc)
		}
	}
	if s.canRight() {
		c := int32(o.childrenFrom(s0, b0))
		h := o.head[s0]
		if h != s1 && h >= b0 {
			c++
		}
		for l := range nl {
			if l == root {
				continue
			}
			lc := c
			if h == s1 && int16(l) != o.label[s0] {
				lc++
			}
			cost[1+nl+l] = lc
			best = min(best, lc)
		}
	}
	return best
}

// note keeps inStack in step with the state; call it before apply.
func (o *oracle) note(s *state, c int) {
	if c == shiftClass {
		o.inStack[s.b0] = true
	} else {
		o.inStack[s.stack[len(s.stack)-1]] = false
	}
}
