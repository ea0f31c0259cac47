//go:build !amd64 || purego

package parse

// sumRows sets acc to the sums of the rows of d that start at rows,
// len(acc) words each.
func sumRows(acc, d []uint64, rows []uint32) { sumRowsGo(acc, d, rows) }
