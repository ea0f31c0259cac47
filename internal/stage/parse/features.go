package parse

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/stage/segment"
)

// featureSet names the feature templates below; it is recorded in the model
// file, and a model made with other templates is refused.
const featureSet = 2

// Feature values are 64-bit hashes: each word's form, tags and suffix are
// hashed once per sentence (FNV-1a, so the same on every machine), and a
// feature is its template number mixed with its values. The weight tables
// are keyed by the full 64-bit feature hash.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	mulK      = 0x9E3779B97F4A7C15
)

func fnv(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func mix(h, v uint64) uint64 {
	h ^= v
	h *= mulK
	return h ^ (h >> 31)
}

func fin(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	if h == 0 {
		h = 1
	}
	return h
}

func f1(t, a uint64) uint64       { return fin(mix(mix(t*mulK, a), 0)) }
func f2(t, a, b uint64) uint64    { return fin(mix(mix(t*mulK, a), b)) }
func f3(t, a, b, c uint64) uint64 { return fin(mix(mix(mix(t*mulK, a), b), c)) }
func f4(t, a, b, c, d uint64) uint64 {
	return fin(mix(mix(mix(mix(t*mulK, a), b), c), d))
}

// Special values for positions that are empty or hold ROOT.
var (
	noneVal = fnv("\x00none")
	rootVal = fnv("\x00root")
)

// normWord lowercases a form (already normalized by segment.Normalize:
// plain quotes and dashes) and writes every digit as 0, so that numbers of
// one shape share features.
func normWord(buf []byte, form string) []byte {
	buf = buf[:0]
	for _, r := range form {
		switch {
		case r >= '0' && r <= '9':
			buf = append(buf, '0')
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// sentence holds the per-word hashes of one sentence; index n is ROOT and
// n+1 is the empty position, so that features need no branches.
type sentence struct {
	n   int
	w   []uint64 // normalized form
	p   []uint64 // XPOS
	u   []uint64 // UPOS
	suf []uint64 // last three letters of the normalized form
	buf []byte
}

func (x *sentence) load(words []Word) {
	n := len(words)
	x.n = n
	x.w = grow64(x.w, n+2)
	x.p = grow64(x.p, n+2)
	x.u = grow64(x.u, n+2)
	x.suf = grow64(x.suf, n+2)
	for i, wd := range words {
		x.buf = normWord(x.buf, segment.Normalize(wd.Form))
		x.w[i] = fnv(string(x.buf))
		k := len(x.buf) - 3
		for k > 0 && !utf8.RuneStart(x.buf[k]) {
			k--
		}
		x.suf[i] = fnv(string(x.buf[max(k, 0):])) + 1
		x.p[i] = fnv(wd.XPOS) + 2
		x.u[i] = fnv(wd.UPOS) + 3
	}
	for _, a := range [][]uint64{x.w, x.p, x.u, x.suf} {
		a[n] = rootVal
		a[n+1] = noneVal
	}
}

func grow64(a []uint64, n int) []uint64 {
	if cap(a) < n {
		return make([]uint64, n)
	}
	return a[:n]
}

func distBucket(d int32) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func capv(v int16) uint64 { return uint64(min(v, 5)) }

// features writes the feature hashes of configuration s into f and returns
// it. The templates follow Zhang and Nivre (2011), adapted to arc-hybrid,
// where s0 takes its head from b0 (LEFT) or s1 (RIGHT).
func features(f []uint64, x *sentence, s *state) []uint64 {
	f = f[:0]
	n := int32(x.n)
	none := n + 1
	pos := func(i int32) int32 {
		if i < 0 {
			return none
		}
		return i
	}
	child := func(a []int32, i int32) int32 {
		if i < 0 {
			return none
		}
		if c := a[i]; c >= 0 {
			return c
		}
		return none
	}
	lab := func(i int32) uint64 {
		if i >= n {
			return 0
		}
		return uint64(s.label[i]) + 1
	}
	S0, S1, S2 := s.st(0), s.st(1), s.st(2)
	B0 := s.b0
	B1, B2 := none, none
	if B0 < n {
		B1 = B0 + 1
		if B1 < n {
			B2 = B1 + 1
		}
	}
	s0l, s0l2 := child(s.lc1, S0), child(s.lc2, S0)
	s0r, s0r2 := child(s.rc1, S0), child(s.rc2, S0)
	s1l, s1r, s1r2 := child(s.lc1, S1), child(s.rc1, S1), child(s.rc2, S1)
	b0l, b0l2 := child(s.lc1, B0), child(s.lc2, B0)
	s0, s1, s2 := pos(S0), pos(S1), pos(S2)
	b0 := B0

	w, p, u := x.w, x.p, x.u
	s0w, s0p, s1w, s1p, s2p := w[s0], p[s0], w[s1], p[s1], p[s2]
	b0w, b0p, b1w, b1p, b2w, b2p := w[b0], p[b0], w[B1], p[B1], w[B2], p[B2]

	var d1, d2 uint64 // distances s0-b0 and s1-s0
	if S0 >= 0 {
		d1 = distBucket(B0 - S0)
		if S1 >= 0 {
			d2 = distBucket(S0 - S1)
		}
	}
	var s0vl, s0vr, s1vl, s1vr, b0vl uint64
	var s0sl, s0sr, s1sl, s1sr, b0sl uint64
	if S0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = capv(s.nl[S0]), capv(s.nr[S0]), s.lset[S0], s.rset[S0]
	}
	if S1 >= 0 {
		s1vl, s1vr, s1sl, s1sr = capv(s.nl[S1]), capv(s.nr[S1]), s.lset[S1], s.rset[S1]
	}
	b0vl, b0sl = capv(s.nl[B0]), s.lset[B0]

	f = append(f,
		f1(1, 1),
		// single words
		f1(2, s0w), f1(3, s0p), f2(4, s0w, s0p), f1(5, u[s0]),
		f1(6, s1w), f1(7, s1p), f2(8, s1w, s1p), f1(9, u[s1]),
		f1(10, b0w), f1(11, b0p), f2(12, b0w, b0p), f1(13, u[b0]),
		f1(14, b1w), f1(15, b1p), f2(16, b1w, b1p),
		f1(17, b2w), f1(18, b2p), f2(19, b2w, b2p),
		f1(21, s2p),
		f1(22, x.suf[s0]), f2(23, x.suf[s0], s0p), f1(24, x.suf[b0]), f2(25, x.suf[b0], b0p),
		// pairs s0-b0
		f3(31, s0w, s0p, b0w),
		f3(33, s0w, s0p, b0p), f3(34, s0p, b0w, b0p), f2(35, s0w, b0w), f2(36, s0p, b0p),
		f2(37, b0p, b1p), f2(38, u[s0], u[b0]),
		// pairs s1-s0
		f4(40, s1w, s1p, s0w, s0p), f3(42, s1w, s0w, s0p),
		f3(43, s1w, s1p, s0p), f3(44, s1p, s0w, s0p), f2(46, s1p, s0p),
		f2(47, u[s1], u[s0]), f2(48, s1w, b0w), f2(49, s1p, b0p),
		// triples of tags
		f3(50, b0p, b1p, b2p), f3(51, s0p, b0p, b1p), f3(52, s1p, s0p, b0p), f3(53, s2p, s1p, s0p),
		f3(54, s0p, p[s0l], b0p), f3(55, s0p, p[s0r], b0p), f3(56, s0p, b0p, p[b0l]),
		f3(57, s1p, p[s1l], s0p), f3(58, s1p, p[s1r], s0p), f3(59, s1p, s0p, p[s0l]),
		f3(60, s1p, s0p, p[s0r]), f3(61, s1p, s0p, b1p), f4(62, s1p, s0p, b0p, b1p),
		f3(63, s0w, b0p, b1p), f3(64, s1p, s0w, b0p),
		// distance
		f2(70, s0w, d1), f2(71, s0p, d1), f2(72, b0w, d1), f2(73, b0p, d1),
		f3(74, s0w, b0w, d1),
		f2(76, s1w, d2), f2(77, s1p, d2), f2(78, s0w, d2+16), f2(79, s0p, d2+16),
		f3(81, s1p, s0p, d2),
		// valency
		f2(90, s0w, s0vr), f2(91, s0p, s0vr), f2(92, s0w, s0vl), f2(93, s0p, s0vl),
		f2(94, b0w, b0vl), f2(95, b0p, b0vl), f2(96, s1w, s1vr), f2(97, s1p, s1vr),
		f2(98, s1w, s1vl), f2(99, s1p, s1vl),
		// children
		f1(100, w[s0l]), f1(101, p[s0l]), f1(102, lab(s0l)),
		f1(104, p[s0r]), f1(105, lab(s0r)),
		f1(106, w[b0l]), f1(107, p[b0l]), f1(108, lab(b0l)),
		f1(109, w[s1l]), f1(111, lab(s1l)),
		f1(114, lab(s1r)),
		f1(115, w[s0l2]), f1(116, p[s0l2]), f1(117, lab(s0l2)),
		f1(119, p[s0r2]),

		f3(127, s0p, p[s0l], p[s0l2]), f3(128, s0p, p[s0r], p[s0r2]),
		f3(129, b0p, p[b0l], p[b0l2]), f3(130, s1p, p[s1r], p[s1r2]),
		f3(131, s0p, lab(s0l), lab(s0l2)), f3(132, s0p, lab(s0r), lab(s0r2)),
		f3(133, b0p, lab(b0l), lab(b0l2)), f3(134, s1p, lab(s1r), lab(s1r2)),
		// label sets
		f2(140, s0w, s0sr), f2(141, s0p, s0sr), f2(142, s0w, s0sl), f2(143, s0p, s0sl),
		f2(145, b0p, b0sl), f2(146, s1w, s1sr), f2(147, s1p, s1sr),
		f2(148, s1w, s1sl), f2(149, s1p, s1sl),
	)
	return f
}
