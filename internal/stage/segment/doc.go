// Package segment is the segment/v1 pipeline stage: it splits English news
// text into sentences and tokens, with normalized token forms, without ever
// changing the text. Every sentence and token is a half-open byte span into
// doc.Doc.Text.
//
// # Use
//
// The stage (New, Register) fills doc.Doc.Sentences and doc.Doc.Tokens.
// The same work is available as pure functions: Split for running text,
// Tokenize for text that is already one sentence (a treebank sentence in a
// parser evaluation), and Normalize for the normalized form of one token.
//
// # Tokens
//
// Tokens follow the conventions of UD English EWT, which the tagger and
// parser are trained on, so that they see the same units at run time:
//
//   - Punctuation is split off words: "(21)" is "(" "21" ")"; "$1.5bn" is
//     "$" "1.5" "bn"; "10%" is "10" "%". A number keeps its separators
//     ("12,000", "2.5", "5:00") and an ordinal or decade suffix ("21st",
//     "1990s", "'90s"); a unit written against it is split ("5pm" is "5" "pm").
//   - Hyphens are split: "Hong-kyun" is "Hong" "-" "kyun" and "24-year-old"
//     is "24" "-" "year" "-" "old", except after the prefixes EWT keeps
//     attached ("non-human", "e-mail", "anti-war", "mid-1990s") and in
//     telephone numbers and ISO dates. The translation artefact "North
//     -Koreans" is therefore "North" "-" "Koreans", like any other hyphen.
//   - Clitics are split: "don't" is "do" "n't", "can't" is "ca" "n't",
//     "Russia's" is "Russia" "'s", "Russia’s" is "Russia" "’s" with Norm
//     "'s"; "cannot", "gonna", "wanna" and "gotta" are split like EWT does.
//     "Koreans'" is "Koreans" "'".
//   - An abbreviation keeps its period ("Gen.", "U.S.", "No. 2", "W."),
//     except at the end of a sentence, where the period is its own token
//     ("U.S" "."), as in EWT.
//   - URLs, e-mail addresses, @handles, #hashtags, telephone numbers and ISO
//     dates ("713-853-3989", "2024-10-21") are single tokens, and so are an
//     emoji with its modifiers and an emoticon (":-)"). Ranges are split
//     ("1969" "-" "1970"). Runs of ! and ? are one token ("?!", ".?"), as
//     are "...", "--" and "$$$".
//
// Norm holds the normalized form where it differs from the text:
// typographic quotes become ' and ", the em dash "--", en dashes, minus
// signs and Unicode hyphens "-", "…" "...", fullwidth ASCII becomes ASCII,
// ligatures are spelled out and soft hyphens dropped.
//
// White space is Unicode white space, control characters and invisible
// separators (no-break and other odd spaces, zero-width space, byte-order
// mark); it is never part of a token. Invalid UTF-8 never moves a span
// off a character boundary: a stray continuation byte is absorbed into
// the token or white space before it.
//
// # Sentences
//
// A sentence ends:
//
//   - at a full stop, question or exclamation mark or ellipsis followed by
//     a capitalized or caseless word, a number or a symbol, possibly
//     behind opening quotes or brackets; closing quotes and brackets right
//     after the mark stay in the sentence (He said "no." | Then …);
//   - at an abbreviation only when the abbreviation can end a sentence
//     ("Inc.", "U.S.", "Oct.", an initial) and a common sentence opener
//     follows ("in the U.S. | The next day", but "the U.S. Army",
//     "Oct. 21", "George W. Bush"); never after titles and other
//     prefixes ("Gen.", "Lt. Col.", "Dr.", "vs.") or "No." before a number;
//   - at a blank line, always, so a headline without final punctuation and
//     a byline ("By Editor") are sentences of their own;
//   - at a single line break, unless the sentence visibly goes on (the
//     line ends in a comma, hyphen, article, preposition or conjunction,
//     or the next line starts in lowercase or with "Inc"), or the text is
//     hard-wrapped (as old wire copy is) and the line is long enough to
//     have been wrapped or opens its paragraph; an indented line starts a
//     paragraph where indentation is not on every line;
//   - before and after a dateline that opens a line: "SEOUL, Oct 21
//     (Reuters) -", "WASHINGTON (AP) —", "NEW YORK —" and "Kyiv, Ukraine
//     (CNN)—" are sentences of their own;
//   - after MaxSentenceTokens tokens without any other boundary.
//
// Sentence spans run from their first token's start to their last token's
// end; the white space between sentences belongs to none.
//
// # Known limits
//
// Chinese and Japanese text, which has no spaces, comes out as long
// tokens. An ambiguous abbreviation followed by a capitalized word that
// is not a common sentence opener ("… of Acme Inc. Rivals fell") does not
// end a sentence. A straight quote glued to both neighbours is taken as
// closing after a full stop. EWT's few one-token exceptions to its own
// rules ("DM's" as a plural, "cost-effective") are split. Web-style
// lowercase sentences ("ok. see you") are not split.
package segment
