// Package system builds the coders that "sitrep eval events" scores: the
// default pipeline with the events/v1 stage and the shipped lexicon for the
// PLOVER GSR (GSR), and for the PETRARCH2 validation records a pipeline
// whose lexicon is the validation verb dictionary alone and whose actor
// dictionary is the validation actors and agents alone, with PETRARCH's
// discard list (PETRARCH). For the latter it composes PETRARCH prefix
// agents ("MSF [NGO~]") with the actor right after them ("MSF Arnor" →
// NGOARN: PrefixAgents), which the actors stage does not do across
// mentions. Where a record turns PETRARCH's require_dyad option off, it
// adds the events without a target that PETRARCH then writes ("a senior
// official said on Saturday": ---GOV --- 023). It also reads the records'
// comma options (DropCommaClauses) and new_actor_length (NewActors), an
// agent in an uncoded subject phrase (AgentPhrases), loose actor phrases
// (Loose), and folds the events of adverbial clauses into their verb's
// (AbsorbAdverbialClauses).
//
// It is apart from package events so that the scorers do not depend on
// the coder.
package system
