package parse

// Weights are kept per feature as a short list of (class, weight) pairs:
// a perceptron only ever updates the classes it confused, so most features
// carry weights for a handful of the 2L+1 classes. Features are found by
// their 64-bit hash in an open-addressing table (0 marks an empty slot;
// feature hashes are never 0).

// tentry is one class weight of one feature while training, with what the
// averaged perceptron needs: the running total of the weight over all
// steps, brought up to date lazily at each update.
type tentry struct {
	total int64
	w     int32
	ts    int32
	cls   uint16
}

// trainTable holds the weights during training. Weights are integers, so
// training is exact and reproducible.
type trainTable struct {
	keys  []uint64
	ids   []int32
	mask  uint64
	feats [][]tentry
	fkeys []uint64
}

func newTrainTable() *trainTable {
	const size = 1 << 16
	return &trainTable{keys: make([]uint64, size), ids: make([]int32, size), mask: size - 1}
}

func (t *trainTable) find(key uint64) int32 {
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case key:
			return t.ids[i]
		case 0:
			return -1
		}
	}
}

func (t *trainTable) insert(key uint64) int32 {
	if id := t.find(key); id >= 0 {
		return id
	}
	if 2*(len(t.feats)+1) > len(t.keys) {
		t.grow()
	}
	id := int32(len(t.feats))
	t.feats = append(t.feats, nil)
	t.fkeys = append(t.fkeys, key)
	t.put(key, id)
	return id
}

func (t *trainTable) put(key uint64, id int32) {
	i := key & t.mask
	for t.keys[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.keys[i] = key
	t.ids[i] = id
}

func (t *trainTable) grow() {
	size := 2 * len(t.keys)
	t.keys = make([]uint64, size)
	t.ids = make([]int32, size)
	t.mask = uint64(size - 1)
	for id, k := range t.fkeys {
		t.put(k, int32(id))
	}
}

// score sets scores to the current weights of feats.
func (t *trainTable) score(feats []uint64, scores []int32) {
	clear(scores)
	for _, k := range feats {
		id := t.find(k)
		if id < 0 {
			continue
		}
		for _, e := range t.feats[id] {
			scores[e.cls] += e.w
		}
	}
}

// update adds delta to the weight of class cls of every feature, at step
// now.
func (t *trainTable) update(feats []uint64, cls int, delta int32, now int32) {
	for _, k := range feats {
		id := t.insert(k)
		es := t.feats[id]
		j := 0
		for j < len(es) && es[j].cls != uint16(cls) {
			j++
		}
		if j == len(es) {
			t.feats[id] = append(es, tentry{cls: uint16(cls), ts: now})
			es = t.feats[id]
		}
		e := &es[j]
		e.total += int64(e.w) * int64(now-e.ts)
		e.w += delta
		e.ts = now
	}
}

// flat is a frozen weight table in file order: features in increasing
// hash order, feature i owning cls[offs[i]:offs[i+1]] and q[...], its
// classes in increasing order and their quantized weights.
type flat struct {
	keys []uint64
	offs []uint32
	cls  []uint16
	q    []int32
}

// The frozen table adds weights in two ways. A feature with weights for
// few classes keeps a sparse list of (class, weight) pairs. A feature with
// weights for many classes (frequent words and tags) keeps a dense row of
// 16-bit lanes, four to a uint64, each lane holding its weight plus
// laneBias, so that a row is added with a quarter of the additions and no
// carries cross lanes: every step sums at most maxFeatures rows, and
// maxFeatures × 2 × laneBias < 65536. The bias is the same for every class,
// so it changes no decision. A row whose weights reach beyond ±laneBias is
// stored divided by a power of two (its scale), rounded, and summed apart
// with the other rows of its scale.
const (
	maxFeatures = 128
	laneBias    = 255
	nScales     = 8
	denseFlag   = 1 << 31
)

// table holds the weights of a trained model, read only. Its lookup table
// has one uint64 per slot: the high 32 bits of the feature hash (with the
// lowest bit set, so that 0 marks an empty slot), a flag for dense rows and
// the offset of the feature's weights in dense or sparse. A dense row is a
// header word holding its scale, then rowWords words of lanes; sparse
// weights are a count, then class<<16 | uint16(weight) pairs.
type table struct {
	size     uint64
	slots    []uint64
	dense    []uint64
	sparse   []uint32
	rowWords int
}

const (
	slotDense = 1 << 31
	offMask   = slotDense - 1
)

func fingerprint(k uint64) uint64 { return (k >> 32) | 1 }

// home is the first slot to probe for k.
func (t *table) home(k uint64) uint64 { return (k & 0xffffffff) * t.size >> 32 }

// newTable builds the lookup table of f for a classifier with the given
// number of classes. Features with at least denseMin weights get dense rows.
func newTable(f *flat, classes int) table {
	rw := (classes + 3) / 4
	size := uint64(len(f.keys))*3/2 + 16
	t := table{size: size, slots: make([]uint64, size), rowWords: rw}
	biasRow := make([]uint64, rw)
	for c := range classes {
		biasRow[c>>2] |= laneBias << (16 * (c & 3))
	}
	denseMin := max(rw/2, 2)
	for i, k := range f.keys {
		lo, hi := f.offs[i], f.offs[i+1]
		var sl uint64
		if int(hi-lo) >= denseMin {
			sl = slotDense | uint64(len(t.dense))
			big := int32(0)
			for _, q := range f.q[lo:hi] {
				big = max(big, q, -q)
			}
			scale := 0
			for big>>scale > laneBias && scale < nScales-1 {
				scale++
			}
			t.dense = append(t.dense, uint64(scale))
			t.dense = append(t.dense, biasRow...)
			row := t.dense[len(t.dense)-rw:]
			for j := lo; j < hi; j++ {
				q := roundShift(int64(f.q[j]), scale)
				setLane(row, int(f.cls[j]), min(max(q, -laneBias), laneBias))
			}
		} else {
			sl = uint64(len(t.sparse))
			t.sparse = append(t.sparse, hi-lo)
			for j := lo; j < hi; j++ {
				q := min(max(f.q[j], -32768), 32767)
				t.sparse = append(t.sparse, uint32(f.cls[j])<<16|uint32(uint16(int16(q))))
			}
		}
		j := t.home(k)
		for t.slots[j] != 0 {
			if j++; j == size {
				j = 0
			}
		}
		t.slots[j] = fingerprint(k)<<32 | sl
	}
	// sumRows may read a row up to accWords words, past the last row.
	t.dense = append(t.dense, make([]uint64, accWords(rw)-rw)...)
	return t
}

// accWords is rowWords rounded up to whole blocks of four words, the unit
// of sumRows.
func accWords(rowWords int) int { return (rowWords + 3) &^ 3 }

// sumRowsGo sets acc to the sums of the rows of d that start at rows,
// len(acc) words each, adding four rows at a time.
func sumRowsGo(acc, d []uint64, rows []uint32) {
	clear(acc)
	for ; len(rows) >= 4; rows = rows[4:] {
		a, b, c, e := d[rows[0]:][:len(acc)], d[rows[1]:][:len(acc)], d[rows[2]:][:len(acc)], d[rows[3]:][:len(acc)]
		for i := range acc {
			acc[i] += a[i] + b[i] + c[i] + e[i]
		}
	}
	for _, r := range rows {
		for i, v := range d[r:][:len(acc)] {
			acc[i] += v
		}
	}
}

// roundShift returns q / 2^s rounded to the nearest integer, halves away
// from zero.
func roundShift(q int64, s int) int64 {
	if s == 0 {
		return q
	}
	half := int64(1) << (s - 1)
	if q >= 0 {
		return (q + half) >> s
	}
	return -((-q + half) >> s)
}

func setLane(row []uint64, c int, q int64) {
	sh := 16 * uint(c&3)
	row[c>>2] = row[c>>2]&^(0xffff<<sh) | uint64(q+laneBias)<<sh
}

// scoreBuf is the scratch space of table.score.
type scoreBuf struct {
	acc   []uint64          // lane sums, accWords(rowWords) words per scale
	wide  []uint64          // lane sums of all scales, 32 bits a lane (addRows)
	found []uint64          // slots of the features found
	rows  [nScales][]uint32 // offsets of dense rows to add, by scale
}

func newScoreBuf(rowWords int) scoreBuf {
	b := scoreBuf{
		acc:   make([]uint64, nScales*accWords(rowWords)),
		wide:  make([]uint64, 2*rowWords),
		found: make([]uint64, 0, maxFeatures),
	}
	for s := range b.rows {
		b.rows[s] = make([]uint32, 0, maxFeatures)
	}
	return b
}

// score sets scores to the sums of the weights of feats. It first loads
// the first slot of every feature, then finds every feature, then touches
// its weights, then adds them up, so that the memory loads of each pass do
// not wait on each other. It returns a value of no meaning that the caller
// must keep, so that the loads stay.
func (t *table) score(feats []uint64, buf *scoreBuf, scores []int32) uint64 {
	clear(scores)
	slots, size := t.slots, t.size
	if size == 0 {
		return 0
	}
	var touch uint64
	for _, k := range feats {
		touch += slots[t.home(k)]
	}
	found := buf.found[:0]
	for _, k := range feats {
		j, fp := t.home(k), fingerprint(k)
		for {
			sl := slots[j]
			if sl>>32 == fp {
				found = append(found, sl)
				break
			}
			if sl == 0 {
				break
			}
			if j++; j == size {
				j = 0
			}
		}
	}
	for _, sl := range found {
		if sl&slotDense != 0 {
			touch += t.dense[sl&offMask]
		} else {
			touch += uint64(t.sparse[sl&offMask])
		}
	}
	// Add up the sparse weights; list the dense rows by scale.
	d := t.dense
	for s := range buf.rows {
		buf.rows[s] = buf.rows[s][:0]
	}
	used := 0
	for _, sl := range found {
		off := uint32(sl & offMask)
		if sl&slotDense != 0 {
			s := d[off] & (nScales - 1)
			buf.rows[s] = append(buf.rows[s], off+1)
			used |= 1 << s
		} else {
			n := t.sparse[off]
			for _, e := range t.sparse[off+1 : off+1+n] {
				scores[e>>16] += int32(int16(e))
			}
		}
	}
	if used != 0 {
		t.addRows(buf, used, scores)
	}
	return touch
}

// addRows adds to scores the dense rows listed in buf.rows. The rows of each
// scale are summed (sumRows); each word of their 16-bit lane sums is
// then split into two words of two 32-bit lanes (classes 4i and 4i+2, 4i+1
// and 4i+3), shifted by the scale and added to buf.wide, so that the
// scales are summed a word at a time and the classes taken out once. No
// carry crosses a 32-bit lane: a lane sum is below 2^16, shifted by at most
// nScales-1 bits, and there are nScales of them.
func (t *table) addRows(buf *scoreBuf, used int, scores []int32) {
	const lanes02 = 0x0000ffff0000ffff
	rw, aw, d := t.rowWords, accWords(t.rowWords), t.dense
	wide := buf.wide[:2*rw]
	clear(wide)
	for s := range nScales {
		if used&(1<<s) == 0 {
			continue
		}
		lo := buf.acc[s*aw:][:aw]
		sumRows(lo, d, buf.rows[s])
		for i, v := range lo[:rw] {
			w := wide[2*i : 2*i+2]
			w[0] += (v & lanes02) << s
			w[1] += (v >> 16 & lanes02) << s
		}
	}
	n4 := len(scores) / 4
	for i := range n4 {
		a, b, sc := wide[2*i], wide[2*i+1], scores[4*i:4*i+4]
		sc[0] += int32(uint32(a))
		sc[1] += int32(uint32(b))
		sc[2] += int32(a >> 32)
		sc[3] += int32(b >> 32)
	}
	for c := 4 * n4; c < len(scores); c++ {
		w := wide[2*(c>>2)+(c&1)]
		scores[c] += int32(uint32(w >> (32 * uint(c>>1&1))))
	}
}
