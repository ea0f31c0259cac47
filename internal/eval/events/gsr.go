package events

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// MaxInput bounds what the readers read from one file (the PLOVER GSR is
// about 250 KB and the PETRARCH records about 400 KB).
const MaxInput = 32 << 20

// GSRDir and GSRFile locate the PLOVER gold standard records in the shared
// data folder; PETRDir and PETRFile the PETRARCH2 validation records.
const (
	GSRDir   = "plover_gsr"
	GSRFile  = "PLOVER_GSR_CAMEO.json"
	PETRDir  = "petrarch2_validation"
	PETRFile = "PETR.UnitTest.records.xml"
)

// GSRActor is one source or target actor of a PLOVER gold record.
type GSRActor struct {
	// Text is the actor's words in the sentence.
	Text string `json:"actorText"`
	// Code is an ISO 3166 alpha-3 country code or IGO, NGO and the like.
	Code string `json:"code"`
	// Sector is GOV, MIL, CVL, ...
	Sector string `json:"sector"`
}

// GSRRecord is one coded sentence of the PLOVER gold standard records
// (PLOVER 0.5b1 labels).
type GSRRecord struct {
	ID string
	// Event is the PLOVER 0.5b1 type (AGREE, DEMAND, FIGHT, ...); see
	// MapPLOVER for the 2021 type.
	Event   string
	Mode    string
	Context string
	// Date is the placeholder date, 2000-01-01.
	Date   string
	Text   string
	Source []GSRActor
	Target []GSRActor
}

type gsrJSON struct {
	ID      string          `json:"id"`
	Event   string          `json:"event"`
	Mode    string          `json:"mode"`
	Context string          `json:"context"`
	Date    string          `json:"date"`
	Text    string          `json:"text"`
	Source  json.RawMessage `json:"source"`
	Target  json.RawMessage `json:"target"`
}

// ReadGSR reads the PLOVER GSR file (a JSON array of records). The
// DOCUMENT header record is skipped, as are records without text. A source
// or target that is not a list (the file has a few empty strings) reads
// as no actors. Input over MaxInput fails with ErrTooLarge, anything not
// such an array with ErrFormat.
func ReadGSR(r io.Reader) ([]GSRRecord, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return nil, fmt.Errorf("reading PLOVER GSR: %w", err)
	}
	if len(b) > MaxInput {
		return nil, fmt.Errorf("reading PLOVER GSR: %w", ErrTooLarge)
	}
	var raw []gsrJSON
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("decoding PLOVER GSR: %w: %w", ErrFormat, err)
	}
	out := make([]GSRRecord, 0, len(raw))
	for _, g := range raw {
		if g.Event == "DOCUMENT" || strings.TrimSpace(g.Text) == "" {
			continue
		}
		out = append(out, GSRRecord{
			ID: g.ID, Event: strings.ToUpper(strings.TrimSpace(g.Event)), Mode: g.Mode, Context: g.Context,
			Date: g.Date, Text: g.Text, Source: gsrActors(g.Source), Target: gsrActors(g.Target),
		})
	}
	return out, nil
}

// gsrActors decodes a list of actors, or nothing when the value is not a list.
func gsrActors(raw json.RawMessage) []GSRActor {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '[' {
		return nil
	}
	var as []GSRActor
	if json.Unmarshal(raw, &as) != nil {
		return nil
	}
	keep := as[:0]
	for _, a := range as {
		a.Code = strings.ToUpper(strings.TrimSpace(a.Code))
		if a.Code != "" || a.Text != "" {
			keep = append(keep, a)
		}
	}
	return keep
}

// LoadGSR reads GSRFile from dir/GSRDir, dir being the shared data folder.
func LoadGSR(dir string) ([]GSRRecord, error) {
	f, err := os.Open(filepath.Join(dir, GSRDir, GSRFile))
	if err != nil {
		return nil, fmt.Errorf("loading PLOVER GSR: %w", err)
	}
	defer f.Close()
	return ReadGSR(f)
}

// GSRHalf tells the fixed half of a PLOVER GSR record by the numeric
// suffix of its id: even is "dev", the half whose misses may be read while
// writing the lexicon; odd (or no number) is "test", held out.
func GSRHalf(id string) string {
	i := strings.LastIndexByte(id, '-')
	n, err := strconv.Atoi(id[i+1:])
	if err != nil || n%2 == 1 {
		return "test"
	}
	return "dev"
}
