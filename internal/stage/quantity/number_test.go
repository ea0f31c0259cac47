package quantity

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string // words separated by spaces
		want float64
		ok   bool
	}{
		{"12,000", 12000, true},
		{"1,500", 1500, true},
		{"12000", 12000, true},
		{"1.5", 1.5, true},
		{".5", 0.5, true},
		{"1,000,000", 1e6, true},
		{"2.5 million", 2.5e6, true},
		{"1,200 million", 1.2e9, true},
		{"12 thousand", 12000, true},
		{"ten thousand", 10000, true},
		{"Ten Thousand", 10000, true},
		{"one hundred and fifty", 150, true},
		{"one hundred fifty", 150, true},
		{"twenty-five", 25, true},
		{"twenty - five", 25, true},
		{"twenty five", 25, true},
		{"twelve hundred", 1200, true},
		{"two thousand and five", 2005, true},
		{"one million two hundred thousand", 1.2e6, true},
		{"a million", 1e6, true},
		{"a hundred", 100, true},
		{"a hundred and twenty", 120, true},
		{"a dozen", 12, true},
		{"two dozen", 24, true},
		{"half a dozen", 6, true},
		{"half a million", 5e5, true},
		{"30m", 30e6, true},
		{"1.2bn", 1.2e9, true},
		{"12k", 12000, true},
		{"3tn", 3e12, true},
		{"1.2 bn", 1.2e9, true},
		{"30 m", 30e6, true},
		{"3 lakh", 3e5, true},
		{"2 crore", 2e7, true},
		{"zero", 0, true},
		{"dozens", 24, true},
		{"hundreds", 200, true},
		{"thousands", 2000, true},
		{"millions", 2e6, true},
		{"scores", 40, true},
		{"tens of thousands", 20000, true},
		{"hundreds of thousands", 200000, true},
		{"tens of millions", 20e6, true},
		{"several hundred", 300, true},
		{"a few thousand", 3000, true},
		{"several dozen", 36, true},
		{"half", 0.5, true},
		{"a half", 0.5, true},
		{"a third", 1.0 / 3, true},
		{"one-third", 1.0 / 3, true},
		{"two thirds", 2.0 / 3, true},
		{"two-thirds", 2.0 / 3, true},
		{"three-quarters", 0.75, true},
		{"three - quarters", 0.75, true},
		{"a quarter", 0.25, true},
		{"½", 0.5, true},
		{"¾", 0.75, true},

		{"", 0, false},
		{"third", 0, false},
		{"three halves", 0, false},
		{"thousand", 0, false},
		{"dozen", 0, false},
		{"tens", 0, false},
		{"a", 0, false},
		{"five six", 0, false},
		{"two forty", 0, false},
		{"twenty twenty", 0, false},
		{"thousand million", 0, false},
		{"million thousand", 0, false},
		{"12 5", 0, false},
		{"five 12", 0, false},
		{"1,00", 0, false},
		{"12,0000", 0, false},
		{"1.2.3", 0, false},
		{"1.", 0, false},
		{"10:30", 0, false},
		{"12/03/2024", 0, false},
		{"555-123-4567", 0, false},
		{"21st", 0, false},
		{"1990s", 0, false},
		{"-5", 0, false},
		{"- five", 0, false},
		{"five -", 0, false},
		{"twenty - - five", 0, false},
		{"one hundred and", 0, false},
		{"and five", 0, false},
		{"several", 0, false},
		{"a few", 0, false},
		{"dozens of thousands", 0, false},
		{"million", 0, false},
		{"30mm", 0, false},
		{"1e9", 0, false},
		{"NaN", 0, false},
		{"Inf", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(strings.Fields(tt.in))
		if ok != tt.ok || (ok && math.Abs(got-tt.want) > 1e-9*math.Max(1, tt.want)) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// spell writes n (below a trillion) in English words, for the round trip.
func spell(n int64) []string {
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen"}
	tensW := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	group := func(g int64) []string {
		var w []string
		if g >= 100 {
			w = append(w, small[g/100], "hundred")
			g %= 100
			if g == 0 {
				return w
			}
			w = append(w, "and")
		}
		if g >= 20 {
			w = append(w, tensW[g/10])
			if g%10 != 0 {
				w = append(w, small[g%10])
			}
			return w
		}
		return append(w, small[g])
	}
	if n == 0 {
		return []string{"zero"}
	}
	var out []string
	for _, sc := range []struct {
		v    int64
		name string
	}{{1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}} {
		if n >= sc.v {
			out = append(out, group(n/sc.v)...)
			out = append(out, sc.name)
			n %= sc.v
		}
	}
	if n > 0 {
		out = append(out, group(n)...)
	}
	return out
}

// commas writes n with thousands commas.
func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func TestParseNumberRoundTrip(t *testing.T) {
	for _, n := range []int64{0, 1, 7, 12, 19, 20, 21, 99, 100, 101, 110, 999, 1000, 1001,
		1500, 12000, 12345, 100000, 999999, 1000000, 2500000, 123456789, 999999999999} {
		if got, ok := ParseNumber(spell(n)); !ok || got != float64(n) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %d", strings.Join(spell(n), " "), got, ok, n)
		}
		if got, ok := ParseNumber([]string{commas(n)}); !ok || got != float64(n) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %d", commas(n), got, ok, n)
		}
	}
}

// FuzzParseNumber checks, for any words: no panic; a value that is finite
// and not negative; the same answer whatever the case of the words; and
// for words of plain digits, the value strconv reads.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"12,000", "2.5 million", "ten thousand", "a dozen", "hundreds of thousands",
		"two-thirds", "1.2bn", "one hundred and fifty", "half a million", "½", "several hundred"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		words := strings.Fields(s)
		v, ok := ParseNumber(words)
		if !ok {
			if v != 0 {
				t.Fatalf("ParseNumber(%q) = %v with ok false", s, v)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		up := make([]string, len(words))
		for i, w := range words {
			up[i] = strings.ToUpper(w)
		}
		if v2, ok2 := ParseNumber(up); !ok2 || v2 != v {
			if strings.ToLower(strings.ToUpper(s)) == strings.ToLower(s) {
				t.Fatalf("ParseNumber(%q) = %v, but in capitals %v, %v", s, v, v2, ok2)
			}
		}
		if len(words) == 1 && strings.Trim(words[0], "0123456789,.") == "" {
			want, err := strconv.ParseFloat(strings.ReplaceAll(words[0], ",", ""), 64)
			if err != nil || want != v {
				t.Fatalf("ParseNumber(%q) = %v; strconv reads %v, %v", s, v, want, err)
			}
		}
	})
}
