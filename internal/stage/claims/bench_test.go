package claims

import "testing"

// BenchmarkClaims measures Find on the seed-like Doc (four events, four
// claims, five relations): the grouping, the dating and the linking. The
// stage's cost grows with the square of the claims of a Doc, which are
// few.
func BenchmarkClaims(b *testing.B) {
	d := seedLike(b, true)
	b.ReportAllocs()
	for b.Loop() {
		Find(d)
	}
}
