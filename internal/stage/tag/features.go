package tag

import (
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is a 64-bit hash of a template number and
// the values it combines; the numbers are part of the model format, so
// never renumber them: add new ones at the end and bump formatVersion.
const (
	tBias = iota + 1
	tWord
	tForm
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tSuf5
	tShape
	tShapeFirst
	tWordM1
	tWordM2
	tWordP1
	tWordP2
	tSuf3M1
	tSuf3P1
	tShapeM1
	tShapeP1
	tAmb
	tAmbP1
	tAmbP2
	tAmbAmbP1
	tTagM1
	tTagM2
	tTagM1M2
	tTagM1Word
	tTagM1AmbP1
	tWordM1Word
	tWordWordP1
	tTagM1Suf3
	tAmbM1
	tWordP1P2
	tLen
	tTagM2Word
	tWordM2M1
)

// maxFeatures bounds the features of one token.
const maxFeatures = 48

// Sentinel values for positions outside the sentence.
const (
	hBOS = 0x5bd1e9955bd1e995
	hEOS = 0x2545f4914f6cdd1d
)

// tokInfo holds the per-token hashes that the feature templates combine.
// It is computed once per token per sentence.
type tokInfo struct {
	word  uint64    // normalized form: lowercased, digits as '0'
	form  uint64    // exact form; 0 when it equals the normalized form
	pre   [4]uint64 // 1–4 rune prefixes of the normalized form
	suf   [5]uint64 // 1–5 rune suffixes of the normalized form
	shape uint64    // character classes, runs capped at two
	amb   uint32    // ambiguity class (tag set seen in training)
	upper bool      // first rune is upper case
	nrune int
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is a strong 64-bit finalizer (splitmix64).
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// feat returns the key of template t over one value.
func feat(t int, a uint64) uint64 {
	k := mix(uint64(t)*0x9e3779b97f4a7c15 ^ a)
	if k == 0 {
		k = 1
	}
	return k
}

// feat2 returns the key of template t over two values.
func feat2(t int, a, b uint64) uint64 {
	return feat(t, mix(a)^(b*0xc2b2ae3d27d4eb4f))
}

// normalize writes the normalized form of w into buf: lower case, every
// decimal digit replaced by '0'. It returns the new buffer.
func normalize(buf []byte, w string) []byte {
	buf = buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			// Slow path for non-ASCII text.
			for _, r := range w[i:] {
				switch {
				case unicode.IsDigit(r):
					buf = append(buf, '0')
				default:
					buf = utf8.AppendRune(buf, unicode.ToLower(r))
				}
			}
			return buf
		}
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '0' <= c && c <= '9':
			c = '0'
		}
		buf = append(buf, c)
	}
	return buf
}

// hashString returns the FNV-1a hash of s.
func hashString(s []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// hashStr returns the FNV-1a hash of s.
func hashStr(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// info computes the token hashes of word w, whose normalized form is n.
func info(w string, n []byte) tokInfo {
	var t tokInfo
	// Whole word, prefixes.
	h := uint64(fnvOffset)
	runes := 0
	for i := 0; i < len(n); i++ {
		h ^= uint64(n[i])
		h *= fnvPrime
		if i+1 == len(n) || utf8.RuneStart(n[i+1]) {
			if runes < 4 {
				t.pre[runes] = h
			}
			runes++
		}
	}
	t.word = h
	t.nrune = runes
	for k := runes; k < 4; k++ {
		t.pre[k] = h
	}
	// Suffixes, hashed from the end.
	h = fnvOffset
	runes = 0
	for i := len(n) - 1; i >= 0 && runes < 5; i-- {
		h ^= uint64(n[i])
		h *= fnvPrime
		if utf8.RuneStart(n[i]) {
			t.suf[runes] = h
			runes++
		}
	}
	for k := runes; k < 5; k++ {
		t.suf[k] = h
	}
	// Exact form, when it differs.
	if w != string(n) {
		t.form = hashStr(w)
	}
	// Shape.
	h = fnvOffset
	var prev byte
	run := 0
	for i, r := range w {
		var c byte
		switch {
		case r < utf8.RuneSelf:
			b := byte(r)
			switch {
			case 'a' <= b && b <= 'z':
				c = 'x'
			case 'A' <= b && b <= 'Z':
				c = 'X'
			case '0' <= b && b <= '9':
				c = 'd'
			default:
				c = b
			}
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if i == 0 {
			t.upper = c == 'X'
		}
		if c == prev {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			prev = c
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	t.shape = h
	return t
}

// features appends the feature keys of token i to dst. tags holds the
// predicted tags of the tokens before i (tags[j] for j < i); info holds the
// token hashes with two sentinels on each side: info[i+2] is token i.
func features(dst []uint64, in []tokInfo, tags []uint16, i int) []uint64 {
	c := &in[i+2]
	m1, m2, p1, p2 := &in[i+1], &in[i], &in[i+3], &in[i+4]
	t1, t2 := uint64(0xffff), uint64(0xfffe)
	if i >= 1 {
		t1 = uint64(tags[i-1])
	}
	if i >= 2 {
		t2 = uint64(tags[i-2])
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	dst = append(dst,
		feat(tBias, 0),
		feat(tWord, c.word),
		feat(tPre1, c.pre[0]),
		feat(tPre2, c.pre[1]),
		feat(tPre3, c.pre[2]),
		feat(tPre4, c.pre[3]),
		feat(tSuf1, c.suf[0]),
		feat(tSuf2, c.suf[1]),
		feat(tSuf3, c.suf[2]),
		feat(tSuf4, c.suf[3]),
		feat(tSuf5, c.suf[4]),
		feat(tShape, c.shape),
		feat2(tShapeFirst, c.shape, first),
		feat(tWordM1, m1.word),
		feat(tWordM2, m2.word),
		feat(tWordP1, p1.word),
		feat(tWordP2, p2.word),
		feat(tSuf3M1, m1.suf[2]),
		feat(tSuf3P1, p1.suf[2]),
		feat(tShapeM1, m1.shape),
		feat(tShapeP1, p1.shape),
		feat(tAmb, uint64(c.amb)),
		feat(tAmbP1, uint64(p1.amb)),
		feat(tAmbP2, uint64(p2.amb)),
		feat2(tAmbAmbP1, uint64(c.amb), uint64(p1.amb)),
		feat(tAmbM1, uint64(m1.amb)),
		feat(tTagM1, t1),
		feat(tTagM2, t2),
		feat2(tTagM1M2, t1, t2),
		feat2(tTagM1Word, t1, c.word),
		feat2(tTagM2Word, t2, c.word),
		feat2(tTagM1AmbP1, t1, uint64(p1.amb)),
		feat2(tTagM1Suf3, t1, c.suf[2]),
		feat2(tWordM1Word, m1.word, c.word),
		feat2(tWordWordP1, c.word, p1.word),
		feat2(tWordP1P2, p1.word, p2.word),
		feat2(tWordM2M1, m2.word, m1.word),
		feat(tLen, uint64(min(c.nrune, 12))),
	)
	if c.form != 0 {
		dst = append(dst, feat(tForm, c.form))
	}
	return dst
}
