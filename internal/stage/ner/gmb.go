package ner

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/models"
)

// GMBFile is the GMB NER file TrainGMB and the evaluation read, relative to
// the shared data folder.
const GMBFile = "gmb_ner/ner_dataset.jsonl.gz"

// GMBSentence is one sentence of the GMB NER data: its id, tokens and GMB
// BIO tags (geo, gpe, org, per, tim, art, eve, nat). The gold POS column
// is not kept: the model must not see it.
type GMBSentence struct {
	ID     int
	Tokens []string
	Tags   []string
}

// Part is a part of the GMB split.
type Part int

// The parts of the GMB split.
const (
	PartTrain Part = iota
	PartDev
	PartTest
)

func (p Part) String() string { return [...]string{"train", "dev", "test"}[p] }

// SplitOf returns the part of the GMB split that sentence id belongs to.
//
// The GMB file has sentence ids but no document ids, and its sentences run
// in document order, so the split is by contiguous blocks of 100 sentences,
// which keeps most of each document on one side: block b = (id-1)/100 is
// test when b mod 10 = 9 (ids 901–1000, 1901–2000, …), dev when b mod 10 = 8
// (ids 801–900, …), and train otherwise. That is 10% test, 10% dev, 80%
// train. The test part is never trained on; the shipped model trains on
// train and dev.
func SplitOf(id int) Part {
	switch ((id - 1) / 100) % 10 {
	case 9:
		return PartTest
	case 8:
		return PartDev
	}
	return PartTrain
}

// SplitDescription is the split recorded in model files.
const SplitDescription = "GMB blocks of 100 sentence ids: (id-1)/100 mod 10 = 9 test, = 8 dev, else train"

// ReadGMB reads ner_dataset.jsonl.gz from the GMB folder path.
func ReadGMB(path string) ([]GMBSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading gmb: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading gmb %s: %w", path, err)
	}
	out, err := ParseGMB(zr)
	if err != nil {
		return nil, fmt.Errorf("reading gmb %s: %w", path, err)
	}
	return out, nil
}

// ParseGMB parses GMB NER sentences, one JSON object a line:
// {"id": "1", "tokens": [...], "pos": [...], "tags": [...]}.
func ParseGMB(r io.Reader) ([]GMBSentence, error) {
	var out []GMBSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var j struct {
			ID     string   `json:"id"`
			Tokens []string `json:"tokens"`
			Tags   []string `json:"tags"`
		}
		if err := json.Unmarshal(b, &j); err != nil {
			return nil, fmt.Errorf("line %d: %w: %w", line, ErrBadData, err)
		}
		id, err := strconv.Atoi(j.ID)
		if err != nil || len(j.Tokens) != len(j.Tags) {
			return nil, fmt.Errorf("line %d: %w: bad id or %d tokens for %d tags", line, ErrBadData, len(j.Tokens), len(j.Tags))
		}
		out = append(out, GMBSentence{ID: id, Tokens: j.Tokens, Tags: j.Tags})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// ConvertGMB maps a GMB sentence's tags to this package's classes. The
// mapping, applied the same way to training and evaluation data:
//
//   - tim is dropped (a separate timex stage handles time expressions);
//   - per is PERSON, without leading titles: "President Hugo Chavez" and
//     "Mr. Chavez" become "Hugo Chavez" and "Chavez" (GMB includes titles,
//     OntoNotes and the seed article's gold do not); a span of titles only
//     ("President") is dropped;
//   - org is ORG;
//   - geo is GPE (Refine later makes natural features and world regions LOC,
//     structures FAC);
//   - gpe, which GMB uses mostly for nationalities and adjectives
//     ("British", "Iraqis"), is NORP, except a span the gazetteer lists as
//     a country or place and not as a demonym ("Nepal"), which is GPE; a
//     compass word before a NORP span that no other span covers, or that is
//     a one-word span of its own, joins it ("South/O Korean/gpe" becomes
//     "South Korean" NORP);
//   - eve is EVENT, art is ART, nat is NAT (diseases, storms).
func ConvertGMB(s GMBSentence, g *Gazetteer) Example {
	spans := bioSpans(s.Tags)
	var out []Mention
	for _, sp := range spans {
		switch sp.Type {
		case "tim":
			continue
		case "per":
			k := titlePrefix(s.Tokens[sp.Start:sp.End])
			if sp.Start+k >= sp.End {
				continue
			}
			sp.Start += k
			sp.Type = "PERSON"
		case "org":
			sp.Type = "ORG"
			// GMB sometimes tags a titled person as org ("General/B-org
			// Ratko/I-org Mladic/I-org"): a title, then a name with no
			// organization word, is a PERSON; a title alone is dropped.
			ws := s.Tokens[sp.Start:sp.End]
			if titleSet[strings.ToLower(ws[0])] {
				k := titlePrefix(ws)
				if k == len(ws) {
					continue
				}
				if r := ws[k]; startsUpper(r) && !orgCueSet[strings.ToLower(r)] && !orgAfterTitle[strings.ToLower(r)] {
					sp.Start += k
					sp.Type = "PERSON"
				}
			}
		case "geo":
			sp.Type = "GPE"
		case "gpe":
			sp.Type = "NORP"
			if g != nil && isPlaceName(g, s.Tokens[sp.Start:sp.End]) {
				sp.Type = "GPE"
			}
		case "eve":
			sp.Type = "EVENT"
		case "art":
			sp.Type = "ART"
		case "nat":
			sp.Type = "NAT"
		default:
			continue
		}
		out = append(out, sp)
	}
	// Compass words join the NORP span after them.
	for i := range out {
		e := &out[i]
		if e.Type != "NORP" || e.Start == 0 || !compass[s.Tokens[e.Start-1]] {
			continue
		}
		if i > 0 && out[i-1].End == e.Start {
			if out[i-1].End-out[i-1].Start != 1 {
				continue
			}
			out[i-1].Type = "" // absorbed
		}
		e.Start--
	}
	kept := out[:0]
	for _, e := range out {
		if e.Type != "" {
			kept = append(kept, e)
		}
	}
	return Example{Words: s.Tokens, Mentions: kept}
}

var compass = map[string]bool{"North": true, "South": true, "East": true, "West": true}

// bioSpans reads BIO tags into spans the CoNLL way: an I- tag that does not
// continue a span of its type starts one.
func bioSpans(tags []string) []Mention {
	var out []Mention
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if len(t) < 3 || t[1] != '-' {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Mention{Start: i, End: j, Type: typ})
		i = j - 1
	}
	return out
}

var titleSet, titleLink = func() (map[string]bool, map[string]bool) {
	t := map[string]bool{}
	for _, s := range personTitles {
		t[strings.ToLower(s)] = true
	}
	link := map[string]bool{}
	for _, s := range []string{"of", "the", "for", "and", "-", "state", "affairs", "general", "staff", "army", "military", "national", "security", "adviser", "advisor", "council", "house", "minority", "majority", "whip", "economy", "trade", "energy", "oil", "health", "education", "justice", "home", "external", "information", "communications", "agriculture", "labor", "labour", "industry", "transport", "environment", "intelligence", "joint", "chiefs", "supreme", "first", "lady", "elect", "designate", "high", "special", "u.n.", "u.s.", "un", "us", "european", "union", "treasury", "commerce", "enlargement", "war", "navy", "air", "force", "police", "party", "assistant", "associate", "senior", "executive", "managing", "presidential", "press", "coordinator", "secretary-general", "nations", "united", "affairs", "interior", "culture", "veterans", "homeland", "emergency", "relief", "development", "human", "rights", "refugees", "prosecutor", "attorney", "court", "chief", "minister", "laureate", "nobel", "private", "class", "sergeant", "corporal", "specialist", "officer"} {
		link[s] = true
	}
	return t, link
}()

var orgCueSet = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range orgCues {
		m[strings.ToLower(s)] = true
	}
	return m
}()

// orgAfterTitle are words that make a title word part of an organization
// name ("General Motors").
var orgAfterTitle = map[string]bool{"motors": true, "electric": true, "dynamics": true, "mills": true, "atomics": true, "accounting": true, "staff": true, "prosecutor's": true}

// titlePrefix returns how many leading words of a person span are a title
// ("Secretary of State", "Prime Minister", "Mr."). A span of titles only
// returns its length.
func titlePrefix(ws []string) int {
	all := true
	for _, w := range ws {
		l := strings.ToLower(w)
		all = all && (titleSet[l] || titleLink[l])
	}
	if all {
		return len(ws)
	}
	k := 0
	for k < len(ws) {
		l := strings.ToLower(ws[k])
		if titleSet[l] || titleLink[l] && k+1 < len(ws) {
			k++
			continue
		}
		break
	}
	return k
}

// isPlaceName reports whether words are listed as a country or place and
// not as a demonym.
func isPlaceName(g *Gazetteer, ws []string) bool {
	bits := g.phrases[phraseHash(ws, false)]
	if bits&(1<<listDemonym) != 0 {
		return false
	}
	return bits&(1<<listCountry|1<<listCapital|1<<listCityBig|1<<listCity|1<<listAdmin1) != 0
}

// TrainGMB builds the gazetteer from the shared data folder dataDir, reads
// the GMB training parts (train and dev, or train only with HoldDev),
// converts them with ConvertGMB and trains a model, recording the sha256
// of every file read. log may be nil.
func TrainGMB(ctx context.Context, dataDir string, opts TrainOptions, log *slog.Logger) (*Model, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	gaz, sums, err := BuildGazetteer(dataDir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dataDir, GMBFile)
	sum, err := fileSHA256(path)
	if err != nil {
		return nil, fmt.Errorf("training ner model: %w", err)
	}
	sums[GMBFile] = sum
	sents, err := ReadGMB(path)
	if err != nil {
		return nil, err
	}
	var exs []Example
	for _, s := range sents {
		p := SplitOf(s.ID)
		if p == PartTest || p == PartDev && opts.HoldDev {
			continue
		}
		exs = append(exs, ConvertGMB(s, gaz))
	}
	log.Info("ner training data", "sentences", len(exs), "hold_dev", opts.HoldDev)
	m, err := Train(ctx, exs, gaz, opts, log)
	if err != nil {
		return nil, err
	}
	m.Meta.Data = sums
	m.Meta.Split = SplitDescription
	if opts.HoldDev {
		m.Meta.Split += "; trained on train only"
	} else {
		m.Meta.Split += "; trained on train and dev"
	}
	m.Meta.Attribution = Attribution
	return m, nil
}

// Attribution credits the data inside the model's gazetteer.
const Attribution = "NER model trained on the Groningen Meaning Bank (Bos et al. 2017). Gazetteer contains data from GeoNames (geonames.org, CC BY 4.0) and from mledoze/countries (github.com/mledoze/countries, ODbL 1.0); the gazetteer lists inside this file are a derived database under ODbL 1.0."

func fileSHA256(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return models.Checksum(b), nil
}
