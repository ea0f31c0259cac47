package segment

import (
	"strings"
	"testing"
	"time"
)

// pathological are inputs that once took quadratic time: look-aheads for
// e-mail addresses and telephone numbers rescanned long runs.
func pathological(n int) map[string]string {
	return map[string]string{
		"hyphens":  strings.Repeat("a-", n),
		"digits":   strings.Repeat("1-", n) + "1a",
		"dots":     strings.Repeat("a.", n),
		"plus":     strings.Repeat("a+", n),
		"apos":     strings.Repeat("a'", n),
		"lines":    strings.Repeat("Ab\n", n),
		"url":      "http://" + strings.Repeat("a)", n),
		"quotes":   strings.Repeat(`"a."`, n),
		"brackets": strings.Repeat("(", n),
		"caps":     strings.Repeat("AB -", n),
		"zwj":      strings.Repeat("👍\u200d", n),
		"marks":    strings.Repeat("\u0301", n),
	}
}

// TestLinearTime guards against quadratic look-aheads. The inputs are
// large enough that quadratic work takes minutes, while linear work
// takes milliseconds, so the generous limit does not make the test flaky.
func TestLinearTime(t *testing.T) {
	for name, text := range pathological(100_000) {
		start := time.Now()
		sents, toks := Split(text)
		Tokenize(text)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(text))
		}
		if err := checkInvariants(text, sents, toks); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func BenchmarkPathological(b *testing.B) {
	for name, text := range pathological(10_000) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Split(text)
			}
		})
	}
}
