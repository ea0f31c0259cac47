package tag

import (
	"bytes"
	"testing"
)

// FuzzDecode checks that no model file, however damaged, makes Decode
// panic, and that what it accepts can be used. The seed corpus is a model
// trained on the toy treebank. Run it with go test -fuzz=FuzzDecode.
func FuzzDecode(f *testing.F) {
	m, _ := trainToy(f)
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	raw := gunzip(f, b.Bytes())
	f.Add(gzipped(f, raw[:len(raw)/2]))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Decode(data)
		if err != nil {
			return
		}
		d.Tag([]string{"The", "Rebels", "attacked", "unseenword", "2024", "."})
	})
}
