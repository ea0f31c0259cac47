// Package geo is the geoparser stage (geo/v1): it finds the toponyms of a
// document, resolves each to an entry of the gazetteer (internal/gazetteer)
// from the document's own evidence, and fills Doc.Places with the ones that
// name locations.
//
// # Toponyms
//
// Candidates are the GPE, LOC and FAC entities (a division word after one is
// joined: "Kursk" + "region"), plus runs of capitalized tokens that name a
// gazetteer entry the entity layer missed or typed otherwise ("Minnesota
// State Patrol" tagged ORG, "Fargo" tagged PERSON): kept when the entry is a
// country, first-level division, region or city of 100,000 or more, or when
// the words around make it a location ("in Fargo", "Alexandria, La.", a
// dateline). NORP entities are not places; they are evidence of the
// countries a document is about.
//
// # Resolution
//
// Each toponym's candidates are the gazetteer entries its key names (with a
// division word stripped and the candidates limited to divisions: "the Kursk
// region" is Kursk Oblast, not the city); a name the gazetteer lacks tries
// its parts ("Bank of Japan" → Japan). Every candidate is scored, on a log
// scale, by:
//   - priors: how the name names it (own, alternate, abbreviation, demonym),
//     its feature (country, division, capital, seat) and its population; a
//     country's own name beats other places' alternate names ("Mexico"), and
//     a capital beats a same-named division far from it ("Washington");
//   - the words around it: "X, Y" where Y contains the candidate ("Alexandria,
//     La."), "the city of X", "the regions of X, Y and Z" (shared by a
//     coordinated list), a country adjective in the same noun phrase ("the
//     Russian port city of Vladivostok");
//   - the document: the countries and first-level divisions of the other
//     toponyms' current choices and of the demonyms in the text, the
//     distance to the other places chosen, the level of list siblings
//     ("Primorye, Khabarovsk and Amur" are all regions), and a division
//     another mention names by its abbreviation ("Wash." in a dateline,
//     then "at home in Washington").
//
// Mentions with the same key share one sense per document: their evidence is
// pooled and one entry chosen. Choices are revised over four rounds, each
// leaning on the others' previous choices weighted by their confidence.
// Four more rounds then weigh how widely each populated place is known (the
// number of alternate names GeoNames gives it): where the words around, the
// other places and the countries the text names give a place no more
// support than the best-known place of its name, it loses by how much less
// known it is. So "Florence", "Antwerp" (GeoNames' Antwerpen) or "Calcutta"
// alone are the Italian, Belgian and Indian cities, not the towns of
// Alabama, Ohio and South Africa; "Florence, Alabama", or Florence in a text
// about northern Alabama, stays in Alabama; and a namesake chosen wrongly
// does not drag the next name to its country, since the country of another
// place does not count as such support (a country the text names does).
// Weights (Weights, DefaultWeights) were set by hand, then tuned by
// coordinate ascent on the dev halves of LGL, GeoWebNews, TR-News and
// GeoVirus (internal/eval/geo.Part; TestTuneWeights); the test halves and
// the published scores were not used.
//
// # Metonymy
//
// A country or capital used as an actor — the subject of a speech or
// decision verb ("Pyongyang has ignored the issue", "Seoul and Moscow have
// opposing positions", "Seoul recalls"), the owner of a stance or envoy
// ("Seoul's dissatisfaction", "Russia's ambassador"), and for capitals and
// seats of power the object of support or pressure ("supporting Moscow",
// "sanctions against Pyongyang") — stands for its government, not for where
// something happened. The schema has no role for places, so the stage leaves
// such mentions out of Doc.Places (Toponyms reports them with RoleActor);
// after a locative preposition ("in Moscow", "to Russia") a toponym is
// always a place. When the actors stage has run, a government actor coded at
// the same span of a capital is taken as evidence too; the actors layer is
// read, never required.
//
// # Output
//
// A Place carries the span and text, the entry's name, the ISO alpha-3
// country, the first-level division as the GeoNames key "CC.code"
// ("RU.59"), coordinates, the GeoNames id (0 for a hand-written region) and
// the GeoNames feature code.
//
// # Toponyms the gazetteer lacks
//
// A street, building, venue or small area the gazetteer does not hold is
// placed in the place the document puts it in, and says so: its Place
// carries the container's name, id, feature and coordinates, and
// Resolution tells how it was found — doc.ResolutionContainedIn when the
// text says it ("Oulton Park, Cheshire", "Collins Avenue in Miami Beach",
// "X at Y" with Y placed; "Croft, Yorkshire" when no Croft of the
// gazetteer is in Yorkshire), else doc.ResolutionDocument for the
// document's main place (in the country, then the first-level division,
// that most toponyms name, the city named most). A name resolved only from a part of it ("Turtle Point" → Turtle)
// is kept only when another place of the document lies within 150 km;
// otherwise it too is placed in its container. The stage does this only
// for FAC and LOC entities with a capitalized word (an unknown GPE is
// rather a misread person or company); Options.NoContainers turns it off.
//
// A Geoparser is safe for concurrent use; its gazetteer is loaded once
// (gazetteer.Shipped) and shared read-only.
//
// # Licences
//
// The gazetteer contains data from GeoNames (geonames.org), CC BY 4.0, and
// from the Countries States Cities Database (dr5hn) and mledoze/countries,
// ODbL 1.0; see internal/gazetteer.
package geo
