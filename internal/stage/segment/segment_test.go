package segment

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// tok is an expected token: its byte span, its text (checked against the
// span, so the table is self-verifying) and its Norm.
type tok struct {
	start, end int
	text, norm string
}

func TestTokenizeOffsets(t *testing.T) {
	tests := []struct {
		text string
		want []tok
	}{
		{"Lt. Col. Kim met Gen. Park.", []tok{
			{0, 3, "Lt.", ""},
			{4, 8, "Col.", ""},
			{9, 12, "Kim", ""},
			{13, 16, "met", ""},
			{17, 21, "Gen.", ""},
			{22, 26, "Park", ""},
			{26, 27, ".", ""},
		}},
		{"Russia’s envoy didn’t “go”.", []tok{
			{0, 6, "Russia", ""},
			{6, 10, "’s", "'s"},
			{11, 16, "envoy", ""},
			{17, 20, "did", ""},
			{20, 25, "n’t", "n't"},
			{26, 29, "“", `"`},
			{29, 31, "go", ""},
			{31, 34, "”", `"`},
			{34, 35, ".", ""},
		}},
		{"Seoul (21) — 12,000 troops, $1.5bn.", []tok{
			{0, 5, "Seoul", ""},
			{6, 7, "(", ""},
			{7, 9, "21", ""},
			{9, 10, ")", ""},
			{11, 14, "—", "--"},
			{15, 21, "12,000", ""},
			{22, 28, "troops", ""},
			{28, 29, ",", ""},
			{30, 31, "$", ""},
			{31, 34, "1.5", ""},
			{34, 36, "bn", ""},
			{36, 37, ".", ""},
		}},
		{"Kim Hong-kyun, 24-year-old, North -Koreans", []tok{
			{0, 3, "Kim", ""},
			{4, 8, "Hong", ""},
			{8, 9, "-", ""},
			{9, 13, "kyun", ""},
			{13, 14, ",", ""},
			{15, 17, "24", ""},
			{17, 18, "-", ""},
			{18, 22, "year", ""},
			{22, 23, "-", ""},
			{23, 26, "old", ""},
			{26, 27, ",", ""},
			{28, 33, "North", ""},
			{34, 35, "-", ""},
			{35, 42, "Koreans", ""},
		}},
		{"서울 (연합뉴스) 한국은 “러시아”를", []tok{
			{0, 6, "서울", ""},
			{7, 8, "(", ""},
			{8, 20, "연합뉴스", ""},
			{20, 21, ")", ""},
			{22, 31, "한국은", ""},
			{32, 35, "“", `"`},
			{35, 44, "러시아", ""},
			{44, 47, "”", `"`},
			{47, 50, "를", ""},
		}},
		{"Москва… Café résumé 👍🏽!", []tok{
			{0, 12, "Москва", ""},
			{12, 15, "…", "..."},
			{16, 21, "Café", ""},
			{22, 30, "résumé", ""},
			{31, 39, "👍🏽", ""},
			{39, 40, "!", ""},
		}},
		// A sentence-final abbreviation gives up its period, as in EWT.
		{"in the U.S.", []tok{
			{0, 2, "in", ""},
			{3, 6, "the", ""},
			{7, 10, "U.S", ""},
			{10, 11, ".", ""},
		}},
		// No-break space, zero-width space and a byte-order mark are white space.
		{"\ufeff10\u00a0km\u200bof ＃", []tok{
			{3, 5, "10", ""},
			{7, 9, "km", ""},
			{12, 14, "of", ""},
			{15, 18, "＃", "#"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, w := range tt.want {
				if got := tt.text[w.start:w.end]; got != w.text {
					t.Fatalf("bad table: [%d,%d) is %q, not %q", w.start, w.end, got, w.text)
				}
			}
			got := Tokenize(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d tokens %s, want %d", len(got), show(tt.text, got), len(tt.want))
			}
			for i, g := range got {
				w := tt.want[i]
				if g.Start != w.start || g.End != w.end || g.Norm != w.norm {
					t.Errorf("token %d: got [%d,%d) %q norm %q, want [%d,%d) %q norm %q",
						i, g.Start, g.End, tt.text[g.Start:g.End], g.Norm, w.start, w.end, w.text, w.norm)
				}
				if g.Sentence != 0 || g.Head != -1 {
					t.Errorf("token %d: sentence %d head %d, want 0 and -1", i, g.Sentence, g.Head)
				}
			}
		})
	}
}

// show renders tokens as "a|b|c" for failure messages.
func show(text string, toks []doc.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = text[t.Start:t.End]
	}
	return strings.Join(parts, "|")
}

func TestTokenizeConventions(t *testing.T) {
	tests := []struct {
		name, text, want string // want: tokens joined by "|"
	}{
		{"titles", "Lt. Col. Smith, Dr. Lee, Mr. Park and Gen. Kim", "Lt.|Col.|Smith|,|Dr.|Lee|,|Mr.|Park|and|Gen.|Kim"},
		{"acronyms", "the U.S. and U.N. envoys", "the|U.S.|and|U.N.|envoys"},
		{"acronym before hyphen", "a U.S.-led force", "a|U.S.|-|led|force"},
		{"number abbreviation", "No. 2 and Vol. 3", "No.|2|and|Vol.|3"},
		{"no is a word", "He said No. Then", "He|said|No|.|Then"},
		{"months", "Oct. 21 and Jan. 6", "Oct.|21|and|Jan.|6"},
		{"company", "Apple Inc. and Acme Corp. shares", "Apple|Inc.|and|Acme|Corp.|shares"},
		{"versus", "Roe vs. Wade", "Roe|vs.|Wade"},
		{"initials", "George W. Bush and J. K. Rowling", "George|W.|Bush|and|J.|K.|Rowling"},
		{"latin", "e.g. this, i.e. that", "e.g.|this|,|i.e.|that"},
		{"final etc", "taxes, etc.", "taxes|,|etc|."},
		{"time", "at 10:30 a.m. Monday", "at|10:30|a.m.|Monday"},
		{"parenthesized number", "Monday (21)", "Monday|(|21|)"},
		{"thousands", "12,000 and 1,500 and 1,250,000", "12,000|and|1,500|and|1,250,000"},
		{"list commas", "1,2,3", "1|,|2|,|3"},
		{"decimal", "2.5 times .45 caliber", "2.5|times|.45|caliber"},
		{"money", "$1.5bn and US$5 and €20m", "$|1.5|bn|and|US|$|5|and|€|20|m"},
		{"percent", "10% and 5.5%", "10|%|and|5.5|%"},
		{"decades and ordinals", "1990s, '90s, ’90s, 21st, 2nd, 3rd, 4th", "1990s|,|'90s|,|’90s|,|21st|,|2nd|,|3rd|,|4th"},
		{"units", "5pm and 10km and 3D and 5G", "5|pm|and|10|km|and|3D|and|5G"},
		{"hyphenated name", "Kim Hong-kyun and Yoon Suk-yeol", "Kim|Hong|-|kyun|and|Yoon|Suk|-|yeol"},
		{"age", "a 24-year-old man", "a|24|-|year|-|old|man"},
		{"translation artefact", "the North -Koreans", "the|North|-|Koreans"},
		{"kept prefixes", "non-human e-mail anti-war pre-2008 mid-1990s co-operate", "non-human|e-mail|anti-war|pre-2008|mid-1990s|co-operate"},
		{"split compounds", "self-made Al-Qaeda F-16 COVID-19", "self|-|made|Al|-|Qaeda|F|-|16|COVID|-|19"},
		{"ranges and phones", "1969-1970 and 713-853-3989 on 2024-10-21", "1969|-|1970|and|713-853-3989|on|2024-10-21"},
		{"unicode hyphen", "Hong‐kyun non‐human", "Hong|‐|kyun|non‐human"},
		{"negation", "don't can't won't ain't isn't", "do|n't|ca|n't|wo|n't|ai|n't|is|n't"},
		{"curly negation", "don’t", "do|n’t"},
		{"clitics", "I'm you're we've she'll he'd it's", "I|'m|you|'re|we|'ve|she|'ll|he|'d|it|'s"},
		{"possessives", "Russia's, Russia’s and Koreans' troops", "Russia|'s|,|Russia|’s|and|Koreans|'|troops"},
		{"apostrophe names", "O'Brien's rock'n'roll o'clock", "O'Brien|'s|rock'n'roll|o'clock"},
		{"them", "get 'em", "get|'em"},
		{"joined words", "cannot gonna wanna gotta Cannot", "can|not|gon|na|wan|na|got|ta|Can|not"},
		{"url", "see https://example.com/a_(b)?x=1. Then", "see|https://example.com/a_(b)?x=1|.|Then"},
		{"url in parens", "(www.example.org/x)", "(|www.example.org/x|)"},
		{"bare domain", "Amazon.com and Znak.com.", "Amazon.com|and|Znak.com|."},
		{"email", "mail john.smith@example.co.uk, jane-doe@ex.org.", "mail|john.smith@example.co.uk|,|jane-doe@ex.org|."},
		{"not email", "user@localhost", "user|@localhost"},
		{"handles and tags", "@sitrep_news on #Breaking #서울 #1", "@sitrep_news|on|#Breaking|#서울|#|1"},
		{"ampersand", "AT&T and S&P 500 and R & D", "AT&T|and|S&P|500|and|R|&|D"},
		{"terminal runs", "Really?! Yes!!! No...", "Really|?!|Yes|!!!|No|..."},
		{"spaced ellipsis", "so . . . yes", "so|.|.|.|yes"},
		{"dashes", "a--b — c – d", "a|--|b|—|c|–|d"},
		{"latex quotes", "``Hi''", "``|Hi|''"},
		{"missing space", "sanctions.The talks", "sanctions|.|The|talks"},
		{"emoji", "ok 👍🏽 🇰🇷 👨‍👩‍👧 done", "ok|👍🏽|🇰🇷|👨‍👩‍👧|done"},
		{"fullwidth", "（２１）ﬁnance", "（|２１|）|ﬁnance"},
		{"soft hyphen", "co\u00adoperation", "co\u00adoperation"},
		{"accents", "Café résumé naïve", "Café|résumé|naïve"},
		{"cyrillic", "Москва заявила «Нет».", "Москва|заявила|«|Нет|»|."},
		{"slashes", "June/July 10/21/2024 24/7", "June|/|July|10/21/2024|24/7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(tt.text, Tokenize(tt.text)); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"’s", "'s"},
		{"n’t", "n't"},
		{"“", `"`},
		{"”", `"`},
		{"‘", "'"},
		{"«", `"`},
		{"``", `"`},
		{"''", `"`},
		{"—", "--"},
		{"–", "-"},
		{"‐", "-"},
		{"…", "..."},
		{"O’Brien", "O'Brien"},
		{"co\u00adoperation", "cooperation"},
		{"ﬁnance", "finance"},
		{"２１", "21"},
		{"（", "("},
		{"。", "."},
		{"Café", "Café"},
		{"plain", "plain"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// sentences returns the text of each sentence Split finds.
func sentences(text string) []string {
	sents, _ := Split(text)
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"titles", "Lt. Col. Kim met Gen. Park and Dr. Lee. Mr. Cho left.", []string{"Lt. Col. Kim met Gen. Park and Dr. Lee.", "Mr. Cho left."}},
		{"acronym then opener", "He lives in the U.S. The next day he left.", []string{"He lives in the U.S.", "The next day he left."}},
		{"acronym then name", "The U.S. Army and the U.N. Security Council met.", []string{"The U.S. Army and the U.N. Security Council met."}},
		{"initial", "George W. Bush spoke. So did Plan B. The end.", []string{"George W. Bush spoke.", "So did Plan B.", "The end."}},
		{"number abbreviation", "He was ranked No. 2 in the world.", []string{"He was ranked No. 2 in the world."}},
		{"date", "It happened on Oct. 21 in Seoul. Jan. 6 was different.", []string{"It happened on Oct. 21 in Seoul.", "Jan. 6 was different."}},
		{"company", "Apple Inc. Chief Executive Tim Cook said so. Shares of Acme Inc. The company fell.",
			[]string{"Apple Inc. Chief Executive Tim Cook said so.", "Shares of Acme Inc.", "The company fell."}},
		{"versus", "It was Roe vs. Wade. Then came more.", []string{"It was Roe vs. Wade.", "Then came more."}},
		{"quote after stop", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"curly quote after stop", "It acted “within the law.” Zinoviev added more.", []string{"It acted “within the law.”", "Zinoviev added more."}},
		{"nested quotes", `She said: "He told me 'stop.'" Then silence.`, []string{`She said: "He told me 'stop.'"`, "Then silence."}},
		{"quote then lowercase", `"Stop!" he said. "Why?" she asked.`, []string{`"Stop!" he said.`, `"Why?" she asked.`}},
		{"quote opens next", `He agreed. "We will go," he said.`, []string{"He agreed.", `"We will go," he said.`}},
		{"spaced closing quote at line end", "He said \"it ends. \"\n\nThen more.", []string{"He said \"it ends. \"", "Then more."}},
		{"initials after initial", "Wayne A. I. Frederick wrote.", []string{"Wayne A. I. Frederick wrote."}},
		{"abbreviation before bracket", "Acme Inc. (NYSE: ACM) rose at 10 a.m. (CDT) today.", []string{"Acme Inc. (NYSE: ACM) rose at 10 a.m. (CDT) today."}},
		{"emoticon", "I love her. :) Bye.", []string{"I love her. :)", "Bye."}},
		{"bracket after stop", "(He left.) Then we ate.", []string{"(He left.)", "Then we ate."}},
		{"question and exclamation", "Why? Because! Done.", []string{"Why?", "Because!", "Done."}},
		{"lowercase after stop", "He used approx. five units.", []string{"He used approx. five units."}},
		{"number after stop", "It rose in 2023. 1,500 more came.", []string{"It rose in 2023.", "1,500 more came."}},
		{"missing space", "It ended.The talks resumed.", []string{"It ended.", "The talks resumed."}},
		{"ellipsis", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
		{"korean", "한국은 비판했다. 러시아는 부인했다.", []string{"한국은 비판했다.", "러시아는 부인했다."}},
		{"headline", "Seoul summons envoy\n\nThe ministry acted.", []string{"Seoul summons envoy", "The ministry acted."}},
		{"byline", "The ministry acted.\n\nBy Editor", []string{"The ministry acted.", "By Editor"}},
		{"byline after single newline", "The ministry acted.\nBy Editor", []string{"The ministry acted.", "By Editor"}},
		{"blank line ends abbreviation", "He met Gen.\n\nKim left.", []string{"He met Gen.", "Kim left."}},
		{"paragraph per line", "Talks ended without a deal\nBoth sides left the room.", []string{"Talks ended without a deal", "Both sides left the room."}},
		{"line continues lowercase", "Talks ended without\na deal.", []string{"Talks ended without\na deal."}},
		{"line ends in preposition", "Talks between Seoul and\nMoscow ended.", []string{"Talks between Seoul and\nMoscow ended."}},
		{"dateline reuters", "SEOUL, Oct 21 (Reuters) - South Korea summoned the envoy.",
			[]string{"SEOUL, Oct 21 (Reuters) -", "South Korea summoned the envoy."}},
		{"dateline ap", "WASHINGTON (AP) — The U.S. said so.", []string{"WASHINGTON (AP) —", "The U.S. said so."}},
		{"dateline state", "SPRINGFIELD, Ill. (AP) — Lawmakers met.", []string{"SPRINGFIELD, Ill. (AP) —", "Lawmakers met."}},
		{"dateline bare", "NEW YORK — Prices rose.", []string{"NEW YORK —", "Prices rose."}},
		{"dateline cnn", "Kyiv, Ukraine (CNN)— Sirens sounded.", []string{"Kyiv, Ukraine (CNN)—", "Sirens sounded."}},
		{"dateline after headline", "Seoul summons envoy\nSEOUL, Oct 21 (Reuters) - It acted.",
			[]string{"Seoul summons envoy", "SEOUL, Oct 21 (Reuters) -", "It acted."}},
		{"not a dateline", "The Foreign Ministry (MOFA) - which acted - said so.", []string{"The Foreign Ministry (MOFA) - which acted - said so."}},
		{"not a dateline mid-paragraph", "He said WASHINGTON — not Seoul.", []string{"He said WASHINGTON — not Seoul."}},
		{"list", "Demands:\n1. The withdrawal of troops.\n2. An apology.", []string{"Demands:", "1. The withdrawal of troops.", "2. An apology."}},
		{"crlf", "First one.\r\n\r\nSecond one.", []string{"First one.", "Second one."}},
		{"empty", "", []string{}},
		{"white space only", " \n\t\u00a0 ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(tt.text)
			if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			sents, toks := Split(tt.text)
			if err := checkInvariants(tt.text, sents, toks); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	// "서울" is 6 bytes, "“" and "”" 3 each.
	text := "서울 said “no.” Kim left.\n\nBy Editor"
	sents, toks := Split(text)
	want := []doc.Sentence{
		{Span: doc.Span{Start: 0, End: 21}, TokenStart: 0, TokenEnd: 6},
		{Span: doc.Span{Start: 22, End: 31}, TokenStart: 6, TokenEnd: 9},
		{Span: doc.Span{Start: 33, End: 42}, TokenStart: 9, TokenEnd: 11},
	}
	if len(sents) != len(want) {
		t.Fatalf("got %d sentences %+v, want %d", len(sents), sents, len(want))
	}
	for i := range want {
		if sents[i] != want[i] {
			t.Errorf("sentence %d: got %+v %q, want %+v", i, sents[i], text[sents[i].Start:sents[i].End], want[i])
		}
	}
	wantToks := []tok{
		{0, 6, "서울", ""}, {7, 11, "said", ""}, {12, 15, "“", `"`}, {15, 17, "no", ""}, {17, 18, ".", ""}, {18, 21, "”", `"`},
		{22, 25, "Kim", ""}, {26, 30, "left", ""}, {30, 31, ".", ""},
		{33, 35, "By", ""}, {36, 42, "Editor", ""},
	}
	// Offsets above, as spans of the text: the table checks itself.
	for _, w := range wantToks {
		if text[w.start:w.end] != w.text {
			t.Fatalf("bad table: [%d,%d) is %q", w.start, w.end, text[w.start:w.end])
		}
	}
	if len(toks) != len(wantToks) {
		t.Fatalf("got %d tokens %s", len(toks), show(text, toks))
	}
	for i, w := range wantToks {
		g := toks[i]
		if g.Start != w.start || g.End != w.end || g.Norm != w.norm {
			t.Errorf("token %d: got [%d,%d) norm %q, want [%d,%d) norm %q", i, g.Start, g.End, g.Norm, w.start, w.end, w.norm)
		}
	}
}

func TestSpaceAfterAndLinks(t *testing.T) {
	text := "Russia’s (21) ok.  Next"
	sents, toks := Split(text)
	var got []bool
	for _, tk := range toks {
		got = append(got, tk.SpaceAfter)
	}
	// Russia ’s ( 21 ) ok . Next
	want := []bool{false, true, false, false, true, false, true, false}
	if len(got) != len(want) {
		t.Fatalf("tokens %s", show(text, toks))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d %q: SpaceAfter %v, want %v", i, text[toks[i].Start:toks[i].End], got[i], want[i])
		}
	}
	for si, s := range sents {
		for ti := s.TokenStart; ti < s.TokenEnd; ti++ {
			if toks[ti].Sentence != si {
				t.Errorf("token %d: sentence %d, want %d", ti, toks[ti].Sentence, si)
			}
		}
	}
}

func TestMaxSentenceTokens(t *testing.T) {
	text := strings.Repeat("word ", 2*MaxSentenceTokens+10)
	sents, toks := Split(text)
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	for _, s := range sents {
		if n := s.TokenEnd - s.TokenStart; n > MaxSentenceTokens {
			t.Errorf("sentence of %d tokens", n)
		}
	}
	if err := checkInvariants(text, sents, toks); err != nil {
		t.Error(err)
	}
	// A sentence full at its last word keeps no more: the stop starts the next.
	text2 := strings.Repeat("word ", MaxSentenceTokens-1) + "U.S.\" Then it went on."
	sents, toks = Split(text2)
	if err := checkInvariants(text2, sents, toks); err != nil {
		t.Error(err)
	}
	if got := Tokenize(text); len(got) != 2*MaxSentenceTokens+10 {
		t.Errorf("Tokenize: %d tokens", len(got))
	}
}

func TestHardWrapped(t *testing.T) {
	// Old wire copy: wrapped at about 60 columns, paragraphs indented.
	text := "Standard Oil Co and BP North America\n" +
		"Inc said they plan to form a venture to manage the money\n" +
		"market borrowing and investment activities of both companies.\n" +
		"    The venture will be called BP Standard Financial Trading\n" +
		"and will be operated by Standard Oil under the oversight of\n" +
		"a joint management committee, the companies said today.\n" +
		"    Arvin Industries Inc said L.K. Evans has been elected\n" +
		"President Succeeding James Baker who remains chairman there.\n"
	want := []string{
		"Standard Oil Co and BP North America\nInc said they plan to form a venture to manage the money\nmarket borrowing and investment activities of both companies.",
		"The venture will be called BP Standard Financial Trading\nand will be operated by Standard Oil under the oversight of\na joint management committee, the companies said today.",
		"Arvin Industries Inc said L.K. Evans has been elected\nPresident Succeeding James Baker who remains chairman there.",
	}
	got := sentences(text)
	if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestASCIITable(t *testing.T) {
	for c := 0; c < 128; c++ {
		b := byte(c)
		want := bOther
		switch {
		case c < 32 || c == 127 || b == ' ':
			want = bSpace
		case isLower(b):
			want = bLower
		case isUpper(b):
			want = bUpper
		case isDigit(b):
			want = bDigit
		case b == '_':
			want = bUnder
		}
		if asciiTab[c] != want {
			t.Errorf("asciiTab[%q] = %d, want %d", b, asciiTab[c], want)
		}
	}
}

func TestProcess(t *testing.T) {
	d := doc.New("test", "Seoul summons envoy\n\nThe ministry acted. Russia’s envoy left.")
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 3 || len(d.Tokens) != 12 {
		t.Fatalf("got %d sentences, %d tokens", len(d.Sentences), len(d.Tokens))
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New().Process(ctx, d); !errors.Is(err, context.Canceled) {
		t.Errorf("Process with a done context: %v", err)
	}
}

func TestRegister(t *testing.T) {
	r := pipeline.NewRegistry()
	if err := Register(r); err != nil {
		t.Fatal(err)
	}
	if err := Register(r); !errors.Is(err, pipeline.ErrDuplicate) {
		t.Errorf("second Register: %v", err)
	}
	p, err := r.Build("segment")
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	specs := p.Specs()
	if len(specs) != 1 || specs[0].Name != "segment/v1" || len(specs[0].Requires) != 0 {
		t.Fatalf("specs %+v", specs)
	}
	d := doc.New("test", "It works. Really.")
	if err := pipeline.NewRunner(p, nil).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 || len(d.Provenance) != 1 || d.Provenance[0].Stage != Name {
		t.Errorf("sentences %d, provenance %+v", len(d.Sentences), d.Provenance)
	}
}
