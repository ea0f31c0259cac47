package geo

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Article is one gold document: its text and its annotated toponyms.
type Article struct {
	// ID is the document id (LGL, TR-News docid; GeoWebNews file number;
	// GeoVirus position), unique within its file.
	ID    string
	Title string
	// Date is the download date where the corpus gives one (YYYY-MM-DD).
	Date string
	Text string
	// Toponyms are in file order, with byte spans into Text.
	Toponyms []Toponym
	// Dropped counts gold toponyms whose phrase could not be found at or
	// near their offsets (see Align).
	Dropped int

	offsets []int // code point → byte offset, while reading
}

// Toponym is one gold toponym.
type Toponym struct {
	// Start and End are byte offsets into Article.Text.
	Start, End int
	Phrase     string
	// GeonameID is the gold GeoNames id, 0 when the corpus gives none.
	GeonameID int
	// HasCoords reports whether Lat and Lon are given.
	HasCoords bool
	Lat, Lon  float64
	// Feature is the gold GeoNames feature code, when given (LGL, TR-News).
	Feature string
	// CountryID is the GeoNames id of the gold country, when given (LGL,
	// TR-News).
	CountryID int
	// Type is GeoWebNews' pragmatic type (Literal, Metonymic, Demonym, ...).
	Type string
}

// Align turns code-point offsets into byte offsets and checks that the
// phrase is there. Some corpora drift by a few characters (GeoVirus by one
// throughout, TR-News in places); Align then takes the nearest occurrence
// of the phrase within 60 characters. It returns false when there is none.
func Align(text string, start, end int, phrase string) (bs, be int, ok bool) {
	return alignWith(text, runeOffsets(text), start, end, phrase)
}

// alignWith is Align with the code points' byte offsets precomputed.
func alignWith(text string, off []int, start, end int, phrase string) (bs, be int, ok bool) {
	if phrase == "" || start < 0 || end < start {
		return 0, 0, false
	}
	n := len(off) - 1
	at := func(s int) (int, int, bool) {
		e := s + utf8.RuneCountInString(phrase)
		if s < 0 || e > n {
			return 0, 0, false
		}
		if text[off[s]:off[e]] == phrase {
			return off[s], off[e], true
		}
		return 0, 0, false
	}
	for d := 0; d <= 60; d++ {
		if b, e, ok := at(start - d); ok {
			return b, e, true
		}
		if d > 0 {
			if b, e, ok := at(start + d); ok {
				return b, e, true
			}
		}
	}
	return 0, 0, false
}

func runeOffsets(text string) []int {
	off := make([]int, 0, len(text)+1)
	for i := range text {
		off = append(off, i)
	}
	return append(off, len(text))
}

// LGL and TR-News share one layout.
type xmlLGL struct {
	Articles []struct {
		DocID    string `xml:"docid,attr"`
		Title    string `xml:"title"`
		DLTime   string `xml:"dltime"`
		Text     string `xml:"text"`
		Toponyms []struct {
			Start  string `xml:"start"`
			End    string `xml:"end"`
			Phrase string `xml:"phrase"`
			Gaztag *struct {
				ID      string `xml:"geonameid,attr"`
				FCode   string `xml:"fcode"`
				Lat     string `xml:"lat"`
				Lon     string `xml:"lon"`
				Country struct {
					ID string `xml:"geonameid,attr"`
				} `xml:"country"`
			} `xml:"gaztag"`
		} `xml:"toponyms>toponym"`
	} `xml:"article"`
}

// ReadLGL reads the LGL or TR-News XML layout: <article docid> with
// <text> and <toponyms><toponym> holding start, end, phrase and a
// <gaztag geonameid> with fcode, lat, lon and country.
func ReadLGL(r io.Reader) ([]Article, error) {
	var x xmlLGL
	if err := decodeXML(r, &x); err != nil {
		return nil, err
	}
	out := make([]Article, 0, len(x.Articles))
	for i, a := range x.Articles {
		art := Article{ID: strings.TrimSpace(a.DocID), Title: strings.TrimSpace(a.Title), Date: date(a.DLTime), Text: a.Text}
		if art.ID == "" {
			art.ID = strconv.Itoa(i)
		}
		for _, t := range a.Toponyms {
			tp := Toponym{Phrase: t.Phrase}
			if !place(&art, &tp, t.Start, t.End) {
				continue
			}
			if g := t.Gaztag; g != nil {
				tp.GeonameID = atoi(g.ID)
				tp.Feature = strings.TrimSpace(g.FCode)
				tp.CountryID = atoi(g.Country.ID)
				tp.Lat, tp.Lon, tp.HasCoords = coords(g.Lat, g.Lon)
			}
			art.Toponyms = append(art.Toponyms, tp)
		}
		art.offsets = nil
		out = append(out, art)
	}
	return out, nil
}

type xmlGWN struct {
	Articles []struct {
		File     string `xml:"file,attr"`
		Title    string `xml:"title"`
		Text     string `xml:"text"`
		Toponyms []struct {
			Name  string `xml:"extractedName"`
			Type  string `xml:"type"`
			Start string `xml:"start"`
			End   string `xml:"end"`
			ID    string `xml:"geonamesID"`
			Lat   string `xml:"latitude"`
			Lon   string `xml:"longitude"`
		} `xml:"toponyms>toponym"`
	} `xml:"article"`
}

// ReadGWN reads GeoWebNews' GWN.xml: <article file> with <text> and
// <toponyms><toponym> holding extractedName, type, start, end, geonamesID,
// latitude and longitude.
func ReadGWN(r io.Reader) ([]Article, error) {
	var x xmlGWN
	if err := decodeXML(r, &x); err != nil {
		return nil, err
	}
	out := make([]Article, 0, len(x.Articles))
	for i, a := range x.Articles {
		art := Article{ID: strings.TrimSpace(a.File), Title: strings.TrimSpace(a.Title), Text: a.Text}
		if art.ID == "" {
			art.ID = strconv.Itoa(i)
		}
		for _, t := range a.Toponyms {
			tp := Toponym{Phrase: t.Name, Type: strings.TrimSpace(t.Type), GeonameID: atoi(t.ID)}
			if !place(&art, &tp, t.Start, t.End) {
				continue
			}
			tp.Lat, tp.Lon, tp.HasCoords = coords(t.Lat, t.Lon)
			art.Toponyms = append(art.Toponyms, tp)
		}
		art.offsets = nil
		out = append(out, art)
	}
	return out, nil
}

type xmlGeoVirus struct {
	Articles []struct {
		Source    string `xml:"source"`
		Text      string `xml:"text"`
		Locations []struct {
			Name  string `xml:"name"`
			Start string `xml:"start"`
			End   string `xml:"end"`
			Lat   string `xml:"lat"`
			Lon   string `xml:"lon"`
		} `xml:"locations>location"`
	} `xml:"article"`
}

// ReadGeoVirus reads GeoVirus.xml: <article> with <source>, <text> and
// <locations><location> holding name, start, end, lat and lon. There are
// no GeoNames ids. Article IDs are positions in the file.
func ReadGeoVirus(r io.Reader) ([]Article, error) {
	var x xmlGeoVirus
	if err := decodeXML(r, &x); err != nil {
		return nil, err
	}
	out := make([]Article, 0, len(x.Articles))
	for i, a := range x.Articles {
		art := Article{ID: strconv.Itoa(i), Title: strings.TrimSpace(a.Source), Text: a.Text}
		for _, l := range a.Locations {
			tp := Toponym{Phrase: l.Name}
			if !place(&art, &tp, l.Start, l.End) {
				continue
			}
			tp.Lat, tp.Lon, tp.HasCoords = coords(l.Lat, l.Lon)
			art.Toponyms = append(art.Toponyms, tp)
		}
		art.offsets = nil
		out = append(out, art)
	}
	return out, nil
}

func decodeXML(r io.Reader, v any) error {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return nil
}

// place sets tp's byte span from code-point offsets, or counts the toponym
// as dropped and returns false.
func place(a *Article, tp *Toponym, start, end string) bool {
	if a.offsets == nil {
		a.offsets = runeOffsets(a.Text)
	}
	tp.Phrase = strings.TrimSpace(tp.Phrase)
	s, err1 := strconv.Atoi(strings.TrimSpace(start))
	e, err2 := strconv.Atoi(strings.TrimSpace(end))
	if err1 != nil || err2 != nil {
		a.Dropped++
		return false
	}
	bs, be, ok := alignWith(a.Text, a.offsets, s, e, tp.Phrase)
	if !ok {
		a.Dropped++
		return false
	}
	tp.Start, tp.End = bs, be
	return true
}

func atoi(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0
	}
	return n
}

func coords(lat, lon string) (float64, float64, bool) {
	la, err1 := strconv.ParseFloat(strings.TrimSpace(lat), 64)
	lo, err2 := strconv.ParseFloat(strings.TrimSpace(lon), 64)
	if err1 != nil || err2 != nil || la < -90 || la > 90 || lo < -180 || lo > 180 {
		return 0, 0, false
	}
	return la, lo, true
}

func date(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		return s[:10]
	}
	return ""
}
