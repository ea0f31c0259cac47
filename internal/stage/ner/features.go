package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FNV-1a, 64 bits: feature strings are hashed, never built.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// Feature templates. A feature is the hash of its template number and its
// strings. The numbers are part of the model format.
const (
	tBias = iota + 1
	tWord
	tLower
	tSuf2
	tSuf3
	tSuf4
	tPre2
	tPre3
	tShape
	tShapeInit
	tPrev1
	tNext1
	tPrev2
	tNext2
	tShapePrev
	tShapeNext
	tBigramPrev
	tBigramNext
	tGaz
	tGazPrev
	tGazNext
	tCap3
	tWordPrev
	tWordNext
	tLen
	tGazShape
	tHyphenPart
	tHyphenFirst
)

func h1(t byte, a string) uint64 { return hashString(hashByte(fnvOffset, t), a) }

func h2(t byte, a, b string) uint64 {
	return hashString(hashByte(hashString(hashByte(fnvOffset, t), a), 0), b)
}

// sentence holds one sentence's words and the per-word values features are
// built from. It is reused across sentences to avoid allocation.
type sentence struct {
	words  []string // as the model sees them (normalized)
	lower  []string
	shape  []string
	cls    []byte // class of the first character: X upper, x lower, d digit, p other
	gaz    []uint64
	feats  []uint64 // all words' feature hashes, concatenated
	offset []int    // feats[offset[i]:offset[i+1]] are word i's
}

func (s *sentence) reset(words []string) {
	n := len(words)
	s.words = words
	s.lower = grow(s.lower, n)
	s.shape = grow(s.shape, n)
	s.cls = grow(s.cls, n)
	s.gaz = grow(s.gaz, n)
	s.feats = s.feats[:0]
	s.offset = grow(s.offset, n+1)
	for i, w := range words {
		s.lower[i] = lowerASCIIFast(w)
		s.shape[i] = wordShape(w)
		s.cls[i] = s.shape[i][0]
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// lowerASCIIFast lowercases w, without allocating when w has no upper case.
func lowerASCIIFast(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// shapes caches the shapes of short common patterns; wordShape maps each
// character to X (upper), x (lower), d (digit) or itself, and collapses runs
// of the same class to two, so "Kursk" is "Xxx" and "12,000" is "dd,ddd"→"dd,dd".
func wordShape(w string) string {
	if w == "" {
		return "p"
	}
	var buf [32]byte
	b := buf[:0]
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = 'o'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		if len(b) == cap(buf) {
			break
		}
		b = append(b, c)
	}
	if b[0] != 'X' && b[0] != 'x' && b[0] != 'd' {
		// Keep the first character's class plain for cls: punctuation.
		if len(b) == 1 {
			return shapeString(b)
		}
	}
	return shapeString(b)
}

// shapeString interns the shapes most words have.
func shapeString(b []byte) string {
	switch string(b) {
	case "Xx":
		return "Xx"
	case "Xxx":
		return "Xxx"
	case "xx":
		return "xx"
	case "xxx":
		return "xxx"
	case "x":
		return "x"
	case "XX":
		return "XX"
	case "XXX":
		return "XXX"
	case "X":
		return "X"
	case "dd":
		return "dd"
	case "d":
		return "d"
	case ".":
		return "."
	case ",":
		return ","
	}
	return string(b)
}

func wordClass(shape string) byte {
	switch c := shape[0]; c {
	case 'X', 'x', 'd':
		return c
	}
	return 'p'
}

var lenBucket = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8+"}

// extract fills s.feats and s.offset with the feature hashes of every word.
// gz may be nil.
func (s *sentence) extract(gz *Gazetteer) {
	n := len(s.words)
	for i := range s.cls {
		s.cls[i] = wordClass(s.shape[i])
	}
	if gz != nil {
		gz.matches(s.words, s.lower, s.gaz)
	} else {
		clear(s.gaz)
	}
	at := func(v []string, i int, pad string) string {
		if i < 0 {
			return "<s>"
		}
		if i >= n {
			return "</s>"
		}
		return v[i]
	}
	cl := func(i int) byte {
		if i < 0 || i >= n {
			return 'b'
		}
		return s.cls[i]
	}
	f := s.feats[:0]
	for i := 0; i < n; i++ {
		s.offset[i] = len(f)
		w, lw, sh := s.words[i], s.lower[i], s.shape[i]
		f = append(f, h1(tBias, ""), h1(tWord, w), h1(tLower, lw), h1(tShape, sh))
		if l := len(lw); l > 2 {
			f = append(f, h1(tSuf2, lw[l-2:]), h1(tPre2, lw[:2]))
			if l > 3 {
				f = append(f, h1(tSuf3, lw[l-3:]), h1(tPre3, lw[:3]))
				if l > 4 {
					f = append(f, h1(tSuf4, lw[l-4:]))
				}
			}
		}
		if k := strings.IndexByte(lw, '-'); k > 0 && k < len(lw)-1 {
			// The parts of a hyphenated word: "suk" and "yeol" of "Suk-yeol".
			f = append(f, h2(tHyphenFirst, lw[:k], sh))
			for rest := lw; rest != ""; {
				part, tail, _ := strings.Cut(rest, "-")
				if part != "" {
					f = append(f, h1(tHyphenPart, part))
				}
				rest = tail
			}
		}
		rl := utf8.RuneCountInString(w)
		if rl > 8 {
			rl = 8
		}
		f = append(f, h1(tLen, lenBucket[rl]))
		if i == 0 {
			f = append(f, h1(tShapeInit, sh))
		}
		p1, n1 := at(s.lower, i-1, ""), at(s.lower, i+1, "")
		f = append(f,
			h1(tPrev1, p1), h1(tNext1, n1),
			h1(tPrev2, at(s.lower, i-2, "")), h1(tNext2, at(s.lower, i+2, "")),
			h2(tShapePrev, at(s.shape, i-1, ""), sh), h2(tShapeNext, sh, at(s.shape, i+1, "")),
			h2(tBigramPrev, p1, lw), h2(tBigramNext, lw, n1),
			h2(tWordPrev, at(s.words, i-1, ""), w), h2(tWordNext, w, at(s.words, i+1, "")),
		)
		c3 := [3]byte{cl(i - 1), cl(i), cl(i + 1)}
		f = append(f, h1(tCap3, string(c3[:])))
		for g := s.gaz[i]; g != 0; g &= g - 1 {
			b := byte(trailingZeros64(g))
			f = append(f, hashByte(hashByte(fnvOffset, tGaz), b))
			f = append(f, hashByte(hashByte(hashByte(fnvOffset, tGazShape), b), cl(i)))
		}
		if i > 0 {
			for g := s.gaz[i-1]; g != 0; g &= g - 1 {
				b := trailingZeros64(g)
				if b%4 == posL || b%4 == posU {
					f = append(f, hashByte(hashByte(fnvOffset, tGazPrev), byte(b/4)))
				}
			}
		}
		if i+1 < n {
			for g := s.gaz[i+1]; g != 0; g &= g - 1 {
				b := trailingZeros64(g)
				if b%4 == posB || b%4 == posU {
					f = append(f, hashByte(hashByte(fnvOffset, tGazNext), byte(b/4)))
				}
			}
		}
	}
	s.offset[n] = len(f)
	s.feats = f
}

func trailingZeros64(x uint64) int {
	n := 0
	for x&0xff == 0 {
		x >>= 8
		n += 8
	}
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// normalizeWord maps typographic quotes and hyphens to the ASCII forms the
// training data uses.
func normalizeWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return wordReplacer.Replace(w)
}

var wordReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "‐", "-", "‑", "-", "–", "-", "—", "--")
