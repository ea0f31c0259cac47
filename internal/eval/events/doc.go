// Package events scores sitrep's event coder against two gold sets: the
// PLOVER gold standard records (PLOVER_GSR_CAMEO, 322 sentences from the
// CAMEO manual's examples, CC BY-SA 4.0, Open Event Data Alliance) and the
// PETRARCH2 unit-test records (284 sentences, MIT, Open Event Data).
//
// It reads both files (ReadGSR, ReadPETR: bounded, fuzzed), scores what a
// Coder produced (ScoreGSR, ScorePETR) and runs a Coder over them
// (EvaluateGSR, EvaluatePETR). It does not depend on the coder: "sitrep
// eval events" joins the two. No gold sentence is copied into the
// repository; the tests use hand-made records and read the shared data
// folder when it is there.
//
// # PLOVER labels: 0.5b1 to 2021
//
// The GSR is labelled with PLOVER 0.5b1 types; sitrep's codebook gives
// PLOVER 2021 types (CAMEO2PLOVER-2021.txt, 16 types). MapPLOVER maps the
// four labels that 2021 dropped, checked against the 2021 table's rows
// for the CAMEO codes each old label covered:
//
//   - DEMAND → REQUEST: CAMEO 10 (demand, 100-108) is REQUEST in 2021
//     ("Demand material cooperation" … "Demand mediation").
//   - DISAPPROVE → ACCUSE: CAMEO 11 (110 disapprove, 111 criticize, 112
//     accuse, 113-116) is ACCUSE, mode disapprove or allege.
//   - INVESTIGATE → ACCUSE: CAMEO 09 (090-094) is ACCUSE, mode
//     investigate.
//   - FIGHT → ASSAULT: CAMEO 19 (fight, 190-196) and 20 are ASSAULT; 0.5b1
//     had split them off 18 (assault).
//
// The other 0.5b1 labels of the GSR (AGREE, ASSAULT, COERCE, CONCEDE,
// CONSULT, COOPERATE, AID, MOBILIZE, PROTEST, REJECT, RETREAT, SANCTION,
// SUPPORT, THREATEN) keep their names in 2021. After mapping the gold set
// has all 16 types: ACCUSE 25, ASSAULT 32, REQUEST 34 and the rest as in
// SOURCE.md.
//
// # PLOVER GSR scores
//
// Each sentence is coded alone with the placeholder date 2000-01-01.
//
//   - Predicted type: the PLOVER 2021 type (TypeOf: the event's PLOVER
//     field, else the type of its CAMEO root) of the sentence's event of
//     highest confidence among those that have a type (the first on
//     ties); NONE when there is no such event. Root 01 (public
//     statements) has no PLOVER type and is never the prediction.
//   - Type accuracy: sentences whose predicted type equals the gold type,
//     over all sentences.
//   - Type macro-F1: for each gold type T, precision = sentences predicted
//     T and gold T / sentences predicted T, recall = the same / sentences
//     gold T, F1 their harmonic mean (0 when both are 0); the mean of the
//     F1 over the gold types (types only predicted, and NONE, lower the
//     gold types' recall or precision but are not averaged).
//   - Source (target) country accuracy: on the sentences where the gold
//     source (target) has at least one country code (ISO alpha-3; IGO,
//     NGO and the like are not countries; the GSR's JAP is read as JPN)
//     and the predicted top event's source (target) has at least one actor
//     with a country, the share where the two sets of countries meet. The
//     counts (SourceN of SourceGold) give the coverage. The country is
//     scored whatever the predicted type.
//
// # PETRARCH2 scores
//
// Each record is coded alone with its own date. Each event becomes one
// triple (source code, target code, CAMEO code) per source × target actor
// (Triples; "---" for an event without a target). PETRARCH writes such a
// triple only where its require_dyad option is off: the records switch it
// with <Config option="require_dyad" value="false"> … value="true"> (on
// by default), and every expected "---" target lies in a stretch where it
// is off. So, as PETRARCH does, produced triples whose source or target is
// exactly "---" are dropped where require_dyad is on (Dyads; an anonymous
// agent "---GOV" is not "---"), and kept where it is off. Before this the
// scorer counted them as extra everywhere, which PETRARCH's own
// convention does not. Per sentence the expected and the produced triples
// are sets. The records' other coding options, comma_min … comma_emax and
// new_actor_length, are read the same way (PETRRecord.Comma,
// PETRRecord.NewActorLength) and handed to the coder in the context
// (CommaOf, NewActorLengthOf).
// Recall is expected triples produced / expected triples; the extra rate is
// produced triples not expected / produced triples. Records with
// noevents="True" or an error attribute expect nothing, so whatever is
// coded there is extra, except error="bad_input_parse": those records
// test PETRARCH's reading of a malformed <Parse>, which sitrep never reads
// (their text is well-formed, and the same text is expected to code an
// event in other records), so they are left out of the scores and counted
// as unscored; before, a correct coding of them counted as extra. The scores are reported overall and per category
// (DEMO, SYNSET, COMPOUND, ...).
package events
