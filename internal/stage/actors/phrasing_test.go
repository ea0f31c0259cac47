package actors_test

import (
	"testing"
)

// TestPhrasing codes wire-style phrasings of titles, governments and armed
// groups that once lost an actor or its country: portfolios after "for",
// political adjectives and day words around a government, "the country's"
// bodies, appositions, and armed groups named by a people.
func TestPhrasing(t *testing.T) {
	for _, c := range []struct {
		date, text string
		want       []got
		not        []string
	}{
		// A day word after the body is when it acted, not a noun it modifies.
		{date: "1988-03-01", text: "Nicaragua's government yesterday closed the border.",
			want: []got{{"Nicaragua's government", "NICGOV", ""}}},
		{date: "2019-05-01", text: "Venezuela's socialist government on Monday expelled the diplomats.",
			want: []got{{"Venezuela's socialist government", "VENGOV", ""}}},
		// Political adjectives and a party between the country and its body.
		{date: "1991-05-01", text: "Ethiopia's ruling council named a new prime minister.",
			want: []got{{"Ethiopia's ruling council", "ETHGOV", ""}}},
		{date: "1988-03-01", text: "Nicaragua's ruling Sandinista government closed the radio station.",
			want: []got{{"Nicaragua's ruling Sandinista government", "NICGOV", ""}}},
		{date: "1979-05-01", text: "Ghana's military government banned the party.",
			want: []got{{"Ghana's military government", "GHAGOV", ""}}},
		{date: "1979-05-01", text: "Ghana's military government today banned the party.",
			want: []got{{"Ghana's military government", "GHAGOV", ""}}},
		// A government "in" a capital is that capital's.
		{date: "1995-06-01", text: "The Communist government in Moscow rejected the demand.",
			want: []got{{"government", "RUSGOV", ""}}},
		{date: "1998-06-01", text: "The regime in Pyongyang fired a missile.",
			want: []got{{"regime", "PRKGOV", ""}}},
		// A seat of power is country evidence, as an organization is.
		{date: "2024-10-21", text: "The Kremlin said the president would attend.",
			want: []got{{"Kremlin", "RUSGOV", ""}, {"president", "RUSGOV", "Vladimir Putin"}}},
		// "The country's" body: the country of the sentence's evidence.
		{date: "1990-05-01", text: "The country's military government freed the protesters in Khartoum.",
			want: []got{{"military government", "SDNGOV", ""}}},
		// Portfolios after "for", ministers of state, federal ministers.
		{date: "2005-05-01", text: "The Pakistani Federal Minister for Information spoke.",
			want: []got{{"Pakistani Federal Minister for Information", "PAKGOV", ""}}},
		{date: "2024-05-01", text: "Nigeria's Minister of State for Foreign Affairs met the envoys.",
			want: []got{{"Nigeria's Minister of State for Foreign Affairs", "NGAGOV", ""}}},
		// A name in apposition says who holds the office, not the
		// dictionary's holder on the date.
		{date: "2024-10-21", text: "Ali Bagheri, Iran's acting foreign minister, met the envoy.",
			want: []got{{"Ali Bagheri", "IRNGOV", ""}, {"Iran's acting foreign minister", "IRNGOV", "Ali Bagheri"}}},
		// A spokesman "for" a principal speaks for the principal's country.
		{date: "2024-10-21", text: "A spokesman for the Iraqi prime minister denied the report.",
			want: []got{{"spokesman", "IRQGOV", ""}, {"Iraqi prime minister", "IRQGOV", ""}}},
		{date: "2024-10-21", text: "A spokesman for the UN said aid was blocked.",
			want: []got{{"spokesman", "IGOUNO", ""}}},
		// An organization's coordinator or chief is the organization's.
		{date: "2005-05-01", text: "Jan Egeland, the UN coordinator for humanitarian affairs, visited the camps.",
			want: []got{{"Jan Egeland", "IGOUNO", ""}, {"UN coordinator", "IGOUNO", ""}}},
		{date: "2012-05-01", text: "IAEA chief Yukiya Amano visited the site.",
			want: []got{{"IAEA chief Yukiya Amano", "IGOUNOIAE", ""}}},
		{date: "2024-10-21", text: "WHO Director-General Tedros Adhanom Ghebreyesus warned of an outbreak.",
			want: []got{{"WHO Director-General Tedros Adhanom Ghebreyesus", "IGOUNOHLHWHO", ""}}},
		// A body's parts and people are its country's.
		{date: "2024-10-21", text: "The Ukrainian army's General Staff said 12 clashes took place.",
			want: []got{{"Ukrainian army", "UKRMIL", ""}, {"General Staff", "UKRMIL", ""}}},
		{date: "2024-10-21", text: "The Russian Foreign Ministry's spokeswoman criticized the decision.",
			want: []got{{"spokeswoman", "RUSGOV", ""}}},
		{date: "2012-05-01", text: "The coordinator left early.",
			not: []string{"coordinator"}},
		// Armed groups named by a people: the adjective's country.
		{date: "2001-05-01", text: "Albanian rebels seized the village.",
			want: []got{{"Albanian rebels", "ALBREB", ""}}},
		{date: "2001-05-01", text: "Macedonian troops shelled ethnic Albanian guerrillas.",
			want: []got{{"Macedonian troops", "MKDMIL", ""}, {"Albanian guerrillas", "ALBREB", ""}}},
		{date: "1996-05-01", text: "Tamil guerrillas attacked an army camp near Jaffna.",
			want: []got{{"Tamil guerrillas", "LKAREB", ""}}},
		// A people without a state: the country where the sentence puts them.
		{date: "1995-01-01", text: "Kurdish rebels attacked a village in southeastern Turkey.",
			want: []got{{"Kurdish rebels", "TURREB", ""}}},
		{date: "1995-01-01", text: "Kurdish rebels attacked a village.",
			want: []got{{"Kurdish rebels", "---REB", ""}}},
		// Troops and rebels with no country take the sentence's one country.
		{date: "1993-05-01", text: "Rwandan rebels said troops attacked their positions.",
			want: []got{{"Rwandan rebels", "RWAREB", ""}, {"troops", "RWAMIL", ""}}},
		// A country that names a body is evidence, as its demonym is.
		{date: "1995-01-01", text: "The Mozambique government on Thursday accepted demands from the rebels.",
			want: []got{{"Mozambique government", "MOZGOV", ""}, {"rebels", "MOZREB", ""}}},
		{date: "1995-01-01", text: "Colombia's leftist government today announced talks with the rebels.",
			want: []got{{"Colombia's leftist government", "COLGOV", ""}, {"rebels", "COLREB", ""}}},
		{date: "1995-01-01", text: "Egyptian police dispersed fundamentalists in the city.",
			want: []got{{"Egyptian police", "EGYCOP", ""}, {"fundamentalists", "EGYRAD", ""}}},
		{date: "2003-01-01", text: "Opposition leaders agreed to postpone the rally in Baku.",
			want: []got{{"Opposition leaders", "AZEOPP", ""}}},
		{date: "2024-10-21", text: "Serbia's president Aleksandar Vucic said the army was on alert.",
			want: []got{{"army", "SRBMIL", ""}}},
		{date: "2024-10-21", text: "Armed gangs attacked a police station in Port-au-Prince.",
			want: []got{{"gangs", "HTICRM", ""}}},
		{date: "2024-10-21", text: "Ethiopia's federal government signed a truce with Tigrayan forces.",
			want: []got{{"Ethiopia's federal government", "ETHGOV", ""}, {"Tigrayan forces", "ETHREB", ""}}},
		// A finite verb or participle between a role noun and the noun the
		// parse makes it modify is a misparse.
		{date: "2024-10-21", text: "The Taliban-led administration banned girls from universities.",
			want: []got{{"Taliban-led administration", "AFGGOV", ""}}},
		// Civilians are not placed: hostages and protesters are often foreign.
		{date: "1995-01-01", text: "Egyptian police freed the hostages.",
			want: []got{{"hostages", "---CVL", ""}}},
		{date: "2024-10-21", text: "Turkish Defence Minister Yasar Guler visited the troops.",
			want: []got{{"troops", "TURMIL", ""}}},
		{date: "2024-10-21", text: "Israeli Prime Minister Benjamin Netanyahu said militants fired rockets.",
			want: []got{{"militants", "---REB", ""}}},
		{date: "1993-05-01", text: "Guerrillas attacked a village.",
			want: []got{{"Guerrillas", "---REB", ""}}},
		// A role coordinated with a modified one shares its country, unless
		// it is as often the other side.
		{date: "2024-10-21", text: "Danish media and government warned the minister.",
			want: []got{{"Danish media", "DNKJRN", ""}, {"government", "DNKGOV", ""}}},
		{date: "2024-10-21", text: "Israeli troops and militants exchanged fire.",
			want: []got{{"Israeli troops", "ISRMIL", ""}, {"militants", "---REB", ""}}},
		// What a country backs is not its own; what it runs is.
		{date: "2024-10-21", text: "Iran-backed militias in Iraq fired drones at the base.",
			want: []got{{"militias", "IRQREB", ""}}, not: []string{"Iran"}},
		{date: "2024-10-21", text: "The Hamas-run health ministry said 40 people were killed.",
			want: []got{{"Hamas-run health ministry", "PSEGOV", ""}}},
		{date: "2024-10-21", text: "Kremlin-controlled media denied the report.",
			want: []got{{"Kremlin-controlled media", "RUSJRN", ""}}},
		{date: "2016-10-21", text: "The Saudi-led coalition struck the airport.",
			want: []got{{"Saudi-led coalition", "SAUMIL", ""}}},
		{date: "2016-10-21", text: "Israel's ruling coalition approved the budget.",
			want: []got{{"Israel's ruling coalition", "ISRGOV", ""}}},
		// A known person out of his dated office keeps the title the text
		// gives him with an organization.
		{date: "2024-10-21", text: "Hezbollah's leader Hassan Nasrallah vowed revenge.",
			want: []got{{"Hezbollah's leader Hassan Nasrallah", "LBNREB", ""}}},
		// A group word before an organization's name is the organization.
		{date: "1995-01-01", text: "Israel's Cabinet barred candidates from the militant group Hamas.",
			want: []got{{"Israel's Cabinet", "ISRGOV", ""}, {"militant group Hamas", "PSEREB", ""}}},
		{date: "1995-01-01", text: "The rebel group UNITA attacked the town.",
			want: []got{{"rebel group UNITA", "AGOREB", ""}}},
		// The kind of force between an organization and its troops.
		{date: "1995-12-01", text: "NATO peacekeeping troops have arrived in Bosnia.",
			want: []got{{"NATO peacekeeping troops", "IGOWSTNAT", ""}}},
		// A part of a city is a place, not the government.
		{date: "2005-01-01", text: "A journalist was killed in a residential sector of eastern Beirut.",
			not: []string{"Beirut"}},
		{date: "2005-01-01", text: "Cairo's security chief warned the protesters.",
			want: []got{{"Cairo's security chief", "EGYCOP", ""}}},
		{date: "1989-07-01", text: "A coup toppled the civilian government.",
			want: []got{{"civilian government", "---GOV", ""}}},
		// An article before a capitalized body is no part of its name.
		{date: "2024-10-21", text: "The Interior Ministry of Iraq said five people were killed.",
			want: []got{{"Interior Ministry of Iraq", "IRQGOV", ""}}},
		// A role before "-led" modifies the role after it.
		{date: "2024-10-21", text: "The junta-led government of Mali expelled the UN mission.",
			want: []got{{"junta-led government of Mali", "MLIGOV", ""}}, not: []string{"junta"}},
		{date: "2024-10-21", text: "M23 rebels seized the town of Goma.",
			want: []got{{"M23 rebels", "CODREB", ""}}},
		{date: "2024-10-21", text: "Republican lawmakers blocked the aid bill.",
			want: []got{{"Republican lawmakers", "USALEG", ""}}},
		// People at home in a capital are its country's.
		{date: "2005-01-01", text: "Demonstrators in Baghdad blocked a road.",
			want: []got{{"Demonstrators", "IRQCVL", ""}}, not: []string{"Baghdad"}},
		{date: "2005-01-01", text: "Diplomats in Baghdad left.",
			want: []got{{"Diplomats", "---GOV", ""}}},
		// Media of the opposition are media.
		{date: "1988-03-01", text: "The opposition newspaper was closed.",
			want: []got{{"opposition newspaper", "---JRN", ""}}},
	} {
		t.Run(c.date+"/"+c.text[:min(40, len(c.text))], func(t *testing.T) {
			d := annotate(t, c.text, c.date, "segment", "tag", "parse", "ner")
			check(t, d, c.want, c.not)
		})
	}
}
