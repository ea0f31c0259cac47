// Package geo reads the geoparsing gold sets of ../shared/data — LGL,
// GeoWebNews, TR-News and GeoVirus — and scores a geoparser on them:
// accuracy within 161 km (100 miles), exact GeoNames-id match where the gold
// has ids, country accuracy, mean and median error in kilometres; with the
// gold toponym spans given (resolution only) and end to end (the system
// finds the spans; precision and recall of spans, exact and overlapping).
//
// Gold offsets are in code points; the readers turn them into byte offsets
// and check that the phrase is there, taking the nearest occurrence within
// 60 characters when a corpus drifts (GeoVirus is one character off
// throughout). Toponyms scored are those with gold coordinates: LGL and
// TR-News gaztags, GeoWebNews spans of any type that carry coordinates,
// every GeoVirus location. Gold countries come from LGL's and TR-News' own
// country ids, else from the gazetteer entry with the gold GeoNames id, else
// from the gazetteer place nearest the gold point.
//
// Part splits each corpus into fixed dev and test halves by a hash of the
// corpus name and article id; anything tuned on a corpus is tuned on its
// dev half, and Evaluate reports the test half beside the whole file.
//
// The corpora are research data under their own terms (see each SOURCE.md);
// nothing of them is copied into the repository. testdata holds small files
// written by hand in their formats.
package geo
