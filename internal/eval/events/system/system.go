package system

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/actors"
	actorspetrarch "github.com/sitrep/sitrep/internal/actors/petrarch"
	"github.com/sitrep/sitrep/internal/doc"
	evalevents "github.com/sitrep/sitrep/internal/eval/events"
	"github.com/sitrep/sitrep/internal/events"
	verbspetrarch "github.com/sitrep/sitrep/internal/events/petrarch"
	"github.com/sitrep/sitrep/internal/pipeline"
	stageactors "github.com/sitrep/sitrep/internal/stage/actors"
	stageevents "github.com/sitrep/sitrep/internal/stage/events"
	"github.com/sitrep/sitrep/internal/stage/geo"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/internal/stage/parse"
	"github.com/sitrep/sitrep/internal/stage/quantity"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
	"github.com/sitrep/sitrep/internal/stage/timex"
)

// The validation dictionaries, in the PETRARCH2 folder of the shared data.
const (
	VerbFile    = "PETR.Validate.verbs.txt"
	ActorFile   = "PETR.Validate.actors.txt"
	AgentFile   = "PETR.Validate.agents.txt"
	DiscardFile = "PETR.Validate.discards.txt"
)

// System is a coder with the pipeline behind it. Close releases the
// pipeline. A System is used from one goroutine at a time.
type System struct {
	Code evalevents.Coder
	p    *pipeline.Pipeline
	more []*pipeline.Pipeline
}

// Close releases the pipelines.
func (s *System) Close() error {
	err := s.p.Close()
	for _, p := range s.more {
		if e := p.Close(); err == nil {
			err = e
		}
	}
	return err
}

// GSR returns the default pipeline with the events stage and the shipped
// lexicon, as "sitrep extract" runs it.
func GSR() (*System, error) {
	lex, err := events.Shipped()
	if err != nil {
		return nil, err
	}
	p, err := Pipeline(lex, nil)
	if err != nil {
		return nil, err
	}
	return &System{Code: Coder(p), p: p}, nil
}

// Petrarch is the PETRARCH2 validation system: the coder and what the
// verb dictionary became.
type Petrarch struct {
	System
	Verbs *verbspetrarch.Dict
	// Conversion is the verb dictionary mapped into the lexicon.
	Conversion verbspetrarch.Conversion
	Discards   verbspetrarch.Discards
}

// PETRARCH builds the validation system from the dictionaries in dir
// (the petrarch2_validation folder): a lexicon of the verb dictionary
// alone (converted with private codes for its non-CAMEO codes and code
// pairs, which the coder maps back: an "[A:B]" pattern gives the source →
// target event A and the target → source event B), the actors and agents
// alone as actor dictionary, and the discard list (a sentence holding a
// discard phrase is not coded). "_" joining the words of a name in the
// text is read as a space (Underscores); words between the words of an
// actor phrase written with blanks are read past (Loose.Gaps). Where the record's require_dyad option is
// off (evalevents.RequireDyadOf), events without a target are added from a
// second pipeline whose patterns need no target, where the verb has a noun
// phrase after it (NounAfter). The comma-delimited
// clauses the record's comma options drop (evalevents.CommaOf,
// DropCommaClauses) are dropped before coding; a subject phrase with an
// agent and no actor is the agent's ("---GOV", AgentPhrases); under the
// record's new_actor_length (evalevents.NewActorLengthOf) short noun
// phrases no dictionary codes are actors of their own (NewActors). The events of an
// adverbial clause are folded into the event of the verb it hangs on
// (AbsorbAdverbialClauses).
func PETRARCH(dir string) (*Petrarch, error) {
	verbs, err := verbspetrarch.LoadVerbs(filepath.Join(dir, VerbFile))
	if err != nil {
		return nil, err
	}
	shipped, err := events.Shipped()
	if err != nil {
		return nil, err
	}
	lex := events.New(shipped.Codebook())
	opt := verbspetrarch.ConvertOptions{Origin: "petrarch:" + VerbFile, Alias: true}
	if tm, err := tag.Shipped(); err == nil {
		opt.Lemma = func(w string, noun bool) string {
			if noun {
				return tm.Lemma(w, "NNS")
			}
			return tm.Lemma(w, "VB")
		}
		opt.FormLemma = func(w string) string { return tm.Lemma(w, "VBD") }
	}
	conv, err := verbs.AddTo(lex, opt)
	if err != nil {
		return nil, err
	}
	// Where require_dyad is off PETRARCH also writes events without a
	// target: a second lexicon whose patterns need none finds them. Only
	// its events without a target are taken, so it also reads inflected
	// dictionary verbs by their lemma (SAID [023] on "say", MET on
	// "meet"): in the first lexicon that costs more than it gains, as the
	// coder finds a target for "a senior official said" deep in the
	// reported clause, where PETRARCH finds none.
	lexOpt := events.New(shipped.Codebook())
	optOpt := opt
	optOpt.TargetOptional = true
	if tm, err := tag.Shipped(); err == nil {
		optOpt.Lemma = func(w string, noun bool) string {
			if noun {
				return tm.Lemma(w, "NNS")
			}
			if l := tm.Lemma(w, "VB"); l != w {
				return l
			}
			return tm.Lemma(w, "VBD")
		}
	}
	convOpt, err := verbs.AddTo(lexOpt, optOpt)
	if err != nil {
		return nil, err
	}
	dict, err := actorspetrarch.Load(nil, []string{filepath.Join(dir, ActorFile)}, []string{filepath.Join(dir, AgentFile)})
	if err != nil {
		return nil, err
	}
	discards, err := verbspetrarch.LoadDiscards(filepath.Join(dir, DiscardFile))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	prefixes, agents, err := prefixAgents(filepath.Join(dir, AgentFile))
	if err != nil {
		return nil, err
	}
	// PETRARCH reads the words after a verb whatever the phrase: a
	// that-clause's predicate and subject too (Options.ClauseArgs).
	// So is the subject of a finite passive without an agent its source.
	evOpt := stageevents.Options{ClauseArgs: true, PassiveSource: true}
	p, err := pipelineWith(lex, dict, evOpt, agents)
	if err != nil {
		return nil, err
	}
	pOpt, err := pipelineWith(lexOpt, dict, evOpt, agents)
	if err != nil {
		p.Close()
		return nil, err
	}
	fix := func(d *doc.Doc) {
		PrefixAgents(d, prefixes)
		AbsorbAdverbialClauses(d)
	}
	run, runOpt := runner(p, fix), runner(pOpt, fix)
	s := &Petrarch{System: System{p: p, more: []*pipeline.Pipeline{pOpt}}, Verbs: verbs, Conversion: conv, Discards: discards}
	loose, err := looseNames(filepath.Join(dir, ActorFile))
	if err != nil {
		p.Close()
		pOpt.Close()
		return nil, err
	}
	s.Code = func(ctx context.Context, text, date string) ([]evalevents.Event, error) {
		text = loose.Gaps(Underscores(text))
		if discards.Match(text) {
			return nil, nil // PETRARCH drops the sentence (or the story)
		}
		d, err := run(ctx, text, date)
		if err != nil {
			return nil, err
		}
		// PETRARCH drops comma-delimited clauses before coding
		// (evalevents.CommaOf): the parse finds the clause commas, and
		// what is left is coded.
		if c, ok := evalevents.CommaOf(ctx); ok {
			if t, ok := DropCommaClauses(d, c); ok {
				text = t
				if d, err = run(ctx, text, date); err != nil {
					return nil, err
				}
			}
		}
		evs := evalevents.FromDoc(d.Events)
		evs = Resolve(evs, conv)
		if on, ok := evalevents.RequireDyadOf(ctx); ok && !on {
			d, err := runOpt(ctx, text, date)
			if err != nil {
				return nil, err
			}
			d.Events = slices.DeleteFunc(d.Events, func(e doc.Event) bool { return len(e.Target) == 0 && !NounAfter(d, e) })
			for _, e := range Resolve(evalevents.FromDoc(d.Events), convOpt) {
				if len(e.Target) == 0 {
					evs = append(evs, e)
				}
			}
		}
		return evs, nil
	}
	return s, nil
}

// Underscores reads "_" between two letters as a space, as PETRARCH
// reads its input: the words of a name may be joined with "_" in the text
// ("the Prince of Dol_Amroth") as they are in its dictionaries. The text
// keeps its length, so spans stay valid.
func Underscores(text string) string {
	if !strings.Contains(text, "_") {
		return text
	}
	b := []byte(text)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '_' && isLetter(b[i-1]) && isLetter(b[i+1]) {
			b[i] = ' '
		}
	}
	return string(b)
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// Resolve gives events coded with a private code the dictionary's code,
// exchanges source and target for a pattern that names the target before
// the verb (verbspetrarch.Alias.Reversed), adds the reverse event of a code pair ("[032:033]": the target does
// 033 to the source), and makes an actor whose dictionary code names
// several ("[ELR/GAL]") one source or target for each
// (actorspetrarch.SplitCodes), as PETRARCH writes an event for each.
func Resolve(evs []evalevents.Event, conv verbspetrarch.Conversion) []evalevents.Event {
	out := evs[:0:0]
	for _, e := range evs {
		e.Source, e.Target = splitActors(e.Source), splitActors(e.Target)
		a := conv.Resolve(e.CAMEO)
		e.CAMEO = a.Code
		if a.Reversed {
			// "+ * IN $": the subject is the target
			e.Source, e.Target = e.Target, e.Source
		}
		out = append(out, e)
		if a.Alt != "" && a.Alt != "---" && len(e.Target) > 0 {
			r := e
			r.CAMEO, r.Source, r.Target = a.Alt, e.Target, e.Source
			out = append(out, r)
		}
	}
	return out
}

// splitActors returns as with each actor whose code names several
// actors replaced by one actor for each code.
func splitActors(as []evalevents.Actor) []evalevents.Actor {
	var out []evalevents.Actor
	for i, a := range as {
		codes := actorspetrarch.SplitCodes(a.Code)
		if len(codes) == 1 && out == nil {
			continue
		}
		if out == nil {
			out = append(out, as[:i]...)
		}
		for _, c := range codes {
			b := a
			b.Code = c
			out = append(out, b)
		}
	}
	if out == nil {
		return as
	}
	return out
}

// Pipeline builds the default pipeline (segment, tag, parse, ner, timex,
// quantity, actors, geo) and the events stage coding with lex; a non-nil
// dict replaces the shipped actor dictionary.
func Pipeline(lex *events.Lexicon, dict *actors.Dict) (*pipeline.Pipeline, error) {
	return pipelineWith(lex, dict, stageevents.Options{}, nil)
}

// pipelineWith is Pipeline with the events stage's options; with a dict,
// agents (AgentIndex) are the agents AgentPhrases finds.
func pipelineWith(lex *events.Lexicon, dict *actors.Dict, opt stageevents.Options, agents map[string]actors.Entry) (*pipeline.Pipeline, error) {
	r := pipeline.NewRegistry()
	for _, reg := range []func(*pipeline.Registry) error{
		segment.Register, tag.Register, parse.Register, ner.Register, timex.Register, quantity.Register, geo.Register,
	} {
		if err := reg(r); err != nil {
			return nil, err
		}
	}
	if dict == nil {
		if err := stageactors.Register(r); err != nil {
			return nil, err
		}
	} else {
		spec := stageactors.Spec()
		spec.Models = map[string]string{"actors": "petrarch validation dictionaries"}
		// PETRARCH's readings of agents in uncoded noun phrases
		// (AgentPhrases) and of new_actor_length (NewActors) follow the
		// dictionary's actors.
		stage := func() (pipeline.Stage, error) { return petrarchActors{stageactors.New(dict), agents}, nil }
		if err := r.Register(spec, stage); err != nil {
			return nil, err
		}
	}
	if err := stageevents.RegisterWithOptions(r, lex, opt); err != nil {
		return nil, err
	}
	return r.Build("segment", "tag", "parse", "ner", "timex", "quantity", "actors", "geo", "events")
}

// prefixAgents returns the codes of the agents an agent dictionary puts
// before the actor's code ("MSF [NGO~]"), and its agents by name
// (AgentIndex).
func prefixAgents(path string) (map[string]bool, map[string]actors.Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading agents: %w", err)
	}
	defer f.Close()
	es, err := actorspetrarch.ReadAgents(f, filepath.Base(path))
	if err != nil {
		return nil, nil, err
	}
	out := map[string]bool{}
	for _, e := range es {
		if e.Prefix {
			out[e.Code] = true
		}
	}
	return out, AgentIndex(es), nil
}

// PrefixAgents composes PETRARCH prefix agents with the actor they stand
// before: an actor mention without a country whose code is "---" and a
// prefix agent code ("MSF" → "---NGO"), followed by nothing but spaces
// and then an actor with a country ("Arnor" ARN, "Arnor diplomat"
// ARNGOV), makes that actor's code the agent's code before the actor's
// ("NGOARN", "NGOARNGOV"), as PETRARCH codes "MSF Arnor". The actors stage
// composes "NGO~" agents only with a country inside the agent's own
// phrase; this does it across adjacent mentions, in the actors and in the
// events' sources and targets. The agent's own mention is then dropped
// from the events.
func PrefixAgents(d *doc.Doc, prefixes map[string]bool) {
	if len(prefixes) == 0 {
		return
	}
	byStart := map[int]string{}
	agent := map[doc.Span]bool{}
	for _, a := range d.Actors {
		code, ok := strings.CutPrefix(a.Code, "---")
		if !ok || a.Country != "" || !prefixes[code] {
			continue
		}
		for _, b := range d.Actors {
			if b.Country == "" || b.Start < a.End || strings.TrimSpace(d.Text[a.End:b.Start]) != "" {
				continue
			}
			byStart[b.Start] = code + b.Code
			agent[a.Span] = true
		}
	}
	if len(byStart) == 0 {
		return
	}
	for i := range d.Actors {
		if c, ok := byStart[d.Actors[i].Start]; ok {
			d.Actors[i].Code = c
		}
	}
	fixActors := func(as []doc.Actor) []doc.Actor {
		out := as[:0]
		for _, a := range as {
			if agent[a.Span] {
				continue
			}
			if c, ok := byStart[a.Start]; ok {
				a.Code = c
			}
			out = append(out, a)
		}
		return out
	}
	for i := range d.Events {
		d.Events[i].Source = fixActors(d.Events[i].Source)
		d.Events[i].Target = fixActors(d.Events[i].Target)
	}
}

// Coder codes one sentence with p, as a document of its own dated date.
// A stage failing on a sentence leaves it with what the other stages gave.
func Coder(p *pipeline.Pipeline) evalevents.Coder {
	return coder(p, nil)
}

// coder is Coder with a step run on each coded document.
func coder(p *pipeline.Pipeline, after func(*doc.Doc)) evalevents.Coder {
	run := runner(p, after)
	return func(ctx context.Context, text, date string) ([]evalevents.Event, error) {
		d, err := run(ctx, text, date)
		if err != nil {
			return nil, err
		}
		return evalevents.FromDoc(d.Events), nil
	}
}

// runner returns a function that runs p on one sentence, as a document of
// its own dated date, and then after on the document. A stage failing on
// a sentence leaves it with what the other stages gave.
func runner(p *pipeline.Pipeline, after func(*doc.Doc)) func(ctx context.Context, text, date string) (*doc.Doc, error) {
	run := pipeline.NewRunner(p, nil)
	n := 0
	return func(ctx context.Context, text, date string) (*doc.Doc, error) {
		n++
		d := doc.New(fmt.Sprintf("eval-%d", n), text)
		if day, err := doc.ParseDate(date); err == nil {
			d.Published = day
		}
		if err := run.Run(ctx, d); err != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if after != nil {
			after(d)
		}
		return d, nil
	}
}

// looseNames reads the loose phrases of an actor dictionary
// (actorspetrarch.LooseNames).
func looseNames(path string) (*Loose, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading actors: %w", err)
	}
	defer f.Close()
	names, err := actorspetrarch.LooseNames(f, filepath.Base(path))
	if err != nil {
		return nil, err
	}
	return NewLoose(names), nil
}
