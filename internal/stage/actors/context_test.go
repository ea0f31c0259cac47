package actors_test

import (
	"strings"
	"testing"
)

// TestContextEvidence covers the country evidence that the words around a
// phrase give: titled people with no country in their phrase, sector
// nouns after a demonym, coordinated demonyms, capitals as governments,
// Georgia the US state and "the North" and "the South" for the Koreas. It
// runs with and without the parser.
func TestContextEvidence(t *testing.T) {
	for _, c := range []struct {
		text string
		want []got
		not  []string
	}{
		// Titles without a known office, and office holders of the past.
		{
			text: "President Mugabe warned white farmers on Tuesday.",
			want: []got{{"President Mugabe", "ZWEGOV", "Robert Mugabe"}},
		},
		{
			text: "Kazakh Prime Minister Daulet Omarbekov resigned on Tuesday.",
			want: []got{{"Kazakh Prime Minister Daulet Omarbekov", "KAZGOV", "Daulet Omarbekov"}},
		},
		{
			text: "Kyrgyz President Temir Osmonov opened the new session.",
			want: []got{{"Kyrgyz President Temir Osmonov", "KGZGOV", "Temir Osmonov"}},
		},
		{
			text: "President Anselme Toure ordered a curfew in Bamako after the riots.",
			want: []got{{"President Anselme Toure", "MLIGOV", "Anselme Toure"}},
		},
		{
			text: "President Ines Mbeki broke her promise to the Namibian people, critics said.",
			want: []got{{"President Ines Mbeki", "NAMGOV", "Ines Mbeki"}},
		},
		{
			text: "President Anselme Toure condemned Russia for the raid.",
			want: []got{{"President Anselme Toure", "---GOV", "Anselme Toure"}, {"Russia", "RUS", "Russia"}},
		},
		{
			text: "President Anselme Toure arrived in Dakar for two days of talks.",
			want: []got{{"President Anselme Toure", "---GOV", "Anselme Toure"}},
		},
		{
			text: "President Anselme Toure hosted Chilean Foreign Minister Rosa Valdes.",
			want: []got{{"President Anselme Toure", "---GOV", "Anselme Toure"}, {"Chilean Foreign Minister Rosa Valdes", "CHLGOV", "Rosa Valdes"}},
		},
		// "The Democrats", "the Christian Democrats" name parties of
		// many countries: no evidence for a title, and the Christian
		// Democrats are not the US party.
		{
			text: "Prime Minister Anselme Toure said the Democrats would accept the pact.",
			want: []got{{"Prime Minister Anselme Toure", "---GOV", "Anselme Toure"}},
		},
		{
			text: "Prime Minister Anselme Toure met the Christian Democrats on Tuesday.",
			want: []got{{"Prime Minister Anselme Toure", "---GOV", "Anselme Toure"}},
			not:  []string{"Democrats"},
		},
		{
			text: "Students marched in Lima on Monday. Prime Minister Raul Quispe promised to meet them.",
			want: []got{{"Prime Minister Raul Quispe", "PERGOV", "Raul Quispe"}},
		},
		{
			text: "Farmers blocked roads to protest against Prime Minister Raul Quispe's government in Peru.",
			want: []got{{"Prime Minister Raul Quispe", "PERGOV", "Raul Quispe"}, {"government", "PERGOV", ""}},
		},
		{
			text: "Deposed President Nuri Haddad said he would return to Libya soon.",
			want: []got{{"Deposed President Nuri Haddad", "LBYELI", "Nuri Haddad"}},
		},
		{
			text: "Visiting President Anselme Toure laid a wreath in Warsaw.",
			want: []got{{"Visiting President Anselme Toure", "---GOV", "Anselme Toure"}},
		},
		{
			text: "Chile's visiting Foreign Minister Rosa Valdes met students in Lima.",
			want: []got{{"Chile's visiting Foreign Minister Rosa Valdes", "CHLGOV", "Rosa Valdes"}},
		},
		// A state's own bodies with no country in the phrase: the
		// government, the regime, the authorities, the police.
		{
			text: "Riot police broke up a sit-in in Yerevan, and the government promised an inquiry.",
			want: []got{{"Riot police", "ARMCOP", ""}, {"government", "ARMGOV", ""}},
		},
		{
			text: "The regime freed 40 detainees, Belarusian exiles said.",
			want: []got{{"regime", "BLRGOV", ""}},
		},
		{
			text: "Security forces fired on a crowd in Conakry, witnesses said.",
			want: []got{{"Security forces", "GINCOP", ""}},
		},
		{
			text: "Local authorities in Ecuador ordered the evacuation of two villages.",
			want: []got{{"Local authorities", "ECUGOV", ""}},
		},
		{
			text: "After talks in Lima and Quito, the government said the border would reopen.",
			want: []got{{"government", "---GOV", ""}},
		},
		// The Baath party: the country from the phrase, else the evidence.
		{
			text: "Iraq's Baath party lost its last seats.",
			want: []got{{"Iraq's Baath party", "IRQPTY", ""}},
		},
		{
			text: "The Syrian Baath party government closed the border.",
			want: []got{{"Syrian Baath party government", "SYRGOV", ""}},
		},
		{
			text: "The Baath party held rallies across Syria.",
			want: []got{{"Baath party", "SYRPTY", ""}},
		},
		{
			text: "A Houthi-run news agency and the Saba news agency both said the port was hit.",
			want: []got{{"Saba news agency", "YEMJRN", ""}},
		},
		{
			text: "Kurdish fighters shelled a village in northern Iraq.",
			want: []got{{"Kurdish fighters", "IRQREB", ""}},
		},
		// Pro-Russian separatists: the sentence's country, else Ukraine
		// when the document names it; Russia is no actor of the phrase.
		{
			text: "Ukraine's president said pro-Russian separatists fired on a checkpoint.",
			want: []got{{"separatists", "UKRREB", ""}},
		},
		{
			text: "Pro-Russian separatists in Moldova held a referendum.",
			want: []got{{"separatists", "MDAREB", ""}},
		},
		{
			text: "Pro-Russian rebels seized a police station overnight.",
			want: []got{{"rebels", "---REB", ""}},
		},
		// A body's spokesman speaks for it, with modifiers between.
		{
			text: "The Pakistani army's Urdu-language spokesman denied the report.",
			want: []got{{"spokesman", "PAKMIL", ""}},
		},
		{
			text: "The Thai navy's chief spokesman said the ship had sailed.",
			want: []got{{"chief spokesman", "THAMIL", ""}},
		},
		{
			text: "The Kenyan foreign ministry's spokeswoman said the envoy was recalled.",
			want: []got{{"spokeswoman", "KENGOV", ""}},
		},
		// The authorities alone are an actor; a sentence naming two
		// countries in any way does not say whose they are.
		{
			text: "The authorities blamed both Serbia and Kosovo for the clashes.",
			want: []got{{"authorities", "---GOV", ""}},
		},
		{
			text: "The authorities said the dam in Laos had been closed.",
			want: []got{{"authorities", "LAOGOV", ""}},
		},
		{
			text: "Egypt's interior minister said police would guard the polling stations.",
			want: []got{{"police", "EGYCOP", ""}},
		},
		// A capital after a part of it is a place, and evidence.
		{
			text: "Police chased students through the streets of Dhaka on Monday.",
			want: []got{{"Police", "BGDCOP", ""}},
			not:  []string{"Dhaka"},
		},
		{
			text: "Shells landed on the outskirts of Tripoli overnight.",
			not:  []string{"Tripoli"},
		},
		// Demonym + sector noun.
		{
			text: "Ukrainian intelligence said a depot was hit overnight.",
			want: []got{{"Ukrainian intelligence", "UKRSPY", ""}},
		},
		{
			text: "Lebanese officers stopped the convoy at dawn.",
			want: []got{{"Lebanese officers", "LBNMIL", ""}},
		},
		{
			text: "Norwegian negotiators left the talks early.",
			want: []got{{"Norwegian negotiators", "NORGOV", ""}},
		},
		{
			text: "The report relied on intelligence gathered by satellites.",
			not:  []string{"intelligence"},
		},
		{
			text: "Croat forces and Serb police exchanged prisoners.",
			want: []got{{"Croat forces", "HRVMIL", ""}, {"Serb police", "SRBCOP", ""}},
		},
		{
			text: "Chadian military police detained the reporters.",
			want: []got{{"Chadian military police", "TCDMIL", ""}},
		},
		{
			text: "Turkish helicopters and Afghan guerillas were seen near the pass.",
			want: []got{{"Turkish helicopters", "TURMIL", ""}, {"Afghan guerillas", "AFGREB", ""}},
		},
		{
			text: "Helicopters circled over the stadium.",
			not:  []string{"Helicopters"},
		},
		{
			text: "Egyptian army bulldozers flattened the tunnels, and a man died in Jordanian police custody.",
			want: []got{{"Egyptian army", "EGYMIL", ""}, {"Jordanian police", "JORCOP", ""}},
		},
		{
			text: "Rioters set fire to a Kenyan police station.",
			not:  []string{"Kenyan police", "police"},
		},
		{
			text: "The union insisted that the Malian government lift the ban at once.",
			want: []got{{"Malian government", "MLIGOV", ""}},
		},
		{
			text: "Zambian opposition candidates were barred from the vote.",
			want: []got{{"Zambian opposition candidates", "ZMBOPP", ""}},
		},
		{
			text: "Bosnian Serbs rejected the plan, and Kosovo Albanians welcomed it.",
			want: []got{{"Bosnian Serbs", "BIHETH", "Bosnian Serbs"}, {"Kosovo Albanians", "XKXETH", ""}},
		},
		// Coordinated demonyms share the role.
		{
			text: "Dutch and Belgian warships escorted the tanker.",
			want: []got{{"Dutch", "NLDMIL", ""}, {"Belgian warships", "BELMIL", ""}},
		},
		{
			text: "Polish, Czech and Slovak officials signed the accord.",
			want: []got{{"Polish", "POLGOV", ""}, {"Czech", "CZEGOV", ""}, {"Slovak officials", "SVKGOV", ""}},
		},
		{
			text: "U.K. and Irish police arrested four suspects.",
			want: []got{{"U.K.", "GBRCOP", ""}, {"Irish police", "IRLCOP", ""}},
		},
		{
			text: "Syria and Lebanese militants traded fire near the border.",
			want: []got{{"Syria", "SYR", "Syria"}, {"Lebanese militants", "LBNREB", ""}},
		},
		// Groups placed in their country.
		{
			text: "Insurgents in Mali attacked an army post.",
			want: []got{{"Insurgents", "MLIREB", ""}},
		},
		{
			text: "French troops in Mali attacked an insurgent camp.",
			want: []got{{"French troops", "FRAMIL", ""}},
		},
		{
			text: "Refugees in Jordan asked for more water.",
			want: []got{{"Refugees", "---REF", ""}},
		},
		{
			text: "Officials in Beijing said the tariffs would stay.",
			want: []got{{"Officials", "CHNGOV", ""}},
		},
		// Capitals as governments.
		{
			text: "Fresh pressure from Washington pushed the bank to close the accounts.",
			want: []got{{"Washington", "USAGOV", "Washington"}},
		},
		{
			text: "The delegation flew from Beijing to Hanoi.",
			not:  []string{"Beijing", "Hanoi"},
		},
		{
			text: "The minister fled to Minsk after the vote, and the opposition appealed to Moscow.",
			want: []got{{"Moscow", "RUSGOV", "Moscow"}},
			not:  []string{"Minsk"},
		},
		// A demonym before a non-actor noun is no actor.
		{
			text: "The patrol strayed into Azerbaijani airspace.",
			not:  []string{"Azerbaijani", "Azerbaijani airspace"},
		},
		// Georgia.
		{
			text: "The governor of Georgia vetoed the bill, his office in Atlanta said.",
			want: []got{{"governor of Georgia", "USAGOV", ""}},
		},
		{
			text: "Georgia accused Moscow of moving the border fence, the government in Tbilisi said.",
			want: []got{{"Georgia", "GEO", "Georgia"}},
		},
		// The two Koreas.
		{
			text: "North Korea tested a rocket, and South Korea raised its alert. The North called the test routine, while the South said it broke the truce.",
			want: []got{{"North", "PRK", "North Korea"}, {"South", "KOR", "South Korea"}},
		},
		{
			text: "South Korea and North Korea both claim the islands in the South China Sea.",
			not:  []string{"South"},
		},
		{
			text: "The South voted for the senator, while North Korea fired a rocket.",
			not:  []string{"South"},
		},
	} {
		for _, stages := range [][]string{{"segment", "ner"}, {"segment", "tag", "parse", "ner"}} {
			t.Run(strings.Join(stages, "+")+"/"+c.text[:min(40, len(c.text))], func(t *testing.T) {
				d := annotate(t, c.text, "2024-10-21", stages...)
				check(t, d, c.want, c.not)
			})
		}
	}
}

// TestAppositiveName joins a name the recognizer missed to the title in
// apposition after it; a sentence adverb before ", the <title>" is no name.
func TestAppositiveName(t *testing.T) {
	d := annotate(t, "Osmonova, the president of Kyrgyzstan, met the delegation. Later, the prime minister of Kyrgyzstan left.", "2024-10-21", "segment", "tag", "parse", "ner")
	if a := find(d, "Osmonova"); a == nil || a.Code != "KGZGOV" {
		t.Errorf("Osmonova not coded KGZGOV; actors:%s", describe(d))
	}
	if a := find(d, "president of Kyrgyzstan"); a == nil || a.Name != "Osmonova" {
		t.Errorf("the president is not named Osmonova; actors:%s", describe(d))
	}
	if a := find(d, "Later"); a != nil {
		t.Errorf("Later coded as %s", a.Code)
	}
}
