//go:build amd64 && !purego

package parse

import "golang.org/x/sys/cpu"

var haveAVX2 = cpu.X86.HasAVX2

// sumRowsAVX2 sets the 4×blocks words at acc to the sums, over the n row
// offsets at rows, of the 4×blocks words of d at each offset, adding four
// words at a time (sumrows_amd64.s).
//
//go:noescape
func sumRowsAVX2(acc, d *uint64, rows *uint32, n, blocks int)

// sumRows sets acc, whose length must be a multiple of four, to the sums of
// the rows of d that start at rows, len(acc) words each.
func sumRows(acc, d []uint64, rows []uint32) {
	if !haveAVX2 || len(rows) == 0 || len(acc) == 0 || len(acc)%4 != 0 {
		sumRowsGo(acc, d, rows)
		return
	}
	for _, r := range rows {
		_ = d[int(r)+len(acc)-1] // the assembly does not check bounds
	}
	sumRowsAVX2(&acc[0], &d[0], &rows[0], len(rows), len(acc)/4)
}
