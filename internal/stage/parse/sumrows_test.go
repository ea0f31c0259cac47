package parse

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSumRows checks sumRows (AVX2 where the CPU has it) against sumRowsGo
// on random rows, with carries across lanes, for every count of rows up to
// 20 and the row widths of small and large label sets.
func TestSumRows(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, words := range []int{4, 8, 28, 64} {
		d := make([]uint64, 4000)
		for i := range d {
			d[i] = r.Uint64()
		}
		for n := range 21 {
			rows := make([]uint32, n)
			for i := range rows {
				rows[i] = uint32(r.IntN(len(d) - words + 1))
			}
			got, want := make([]uint64, words), make([]uint64, words)
			got[0] = 12345 // sumRows must overwrite, not add
			sumRows(got, d, rows)
			sumRowsGo(want, d, rows)
			if !slices.Equal(got, want) {
				t.Fatalf("%d words, %d rows: sumRows %x, want %x", words, n, got, want)
			}
		}
	}
}
