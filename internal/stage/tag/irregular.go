package tag

import (
	"strings"
	"sync"
)

// irregularVerbs lists English verbs whose past tense or past participle
// the suffix rules cannot derive, one per line: base, past, participle,
// with variants separated by "/". Training adds those missing from the
// treebank to the lexicon (as VBD and VBN of VERB), so that news words
// the treebank lacks ("fled", "overran") get their lemmas; at run time a
// past or participle of the list the model's lexicon lacks (added since
// training) gets its lemma from the list, and the tag constraints
// (constrain.go) read the list too. Written for sitrep from general
// knowledge of English.
const irregularVerbs = `
arise arose arisen
awake awoke awoken
bear bore borne/born
beat beat beaten
become became become
befall befell befallen
begin began begun
bend bent bent
beset beset beset
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burnt burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
dream dreamt dreamt
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
forgo forwent forgone
forsake forsook forsaken
freeze froze frozen
get got gotten/got
give gave given
go went gone
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
kneel knelt knelt
know knew known
lay laid laid
lead led led
lean leant leant
leap leapt leapt
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
mistake mistook mistaken
outbid outbid outbid
outdo outdid outdone
overcome overcame overcome
overfly overflew overflown
override overrode overridden
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
prove proved proven
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
retake retook retaken
rewrite rewrote rewritten
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shed shed shed
shine shone shone
shoot shot shot
show showed shown
shrink shrank shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
sling slung slung
slit slit slit
speak spoke spoken
speed sped sped
spend spent spent
spin spun spun
spit spat spat
split split split
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stink stank stunk
stride strode stridden
strike struck struck/stricken
string strung strung
strive strove striven
swear swore sworn
sweep swept swept
swell swelled swollen
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
thrust thrust thrust
tread trod trodden
undercut undercut undercut
undergo underwent undergone
understand understood understood
undertake undertook undertaken
underwrite underwrote underwritten
uphold upheld upheld
upset upset upset
wake woke woken
wear wore worn
weave wove woven
weep wept wept
win won won
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written
`

// irregularForms returns (form, lemma) pairs of past tenses and past
// participles.
func irregularForms() (past, participle [][2]string) {
	for _, line := range strings.Split(irregularVerbs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		for _, p := range strings.Split(f[1], "/") {
			past = append(past, [2]string{p, f[0]})
		}
		for _, p := range strings.Split(f[2], "/") {
			participle = append(participle, [2]string{p, f[0]})
		}
	}
	return past, participle
}

// irregularLemmas maps the irregular past forms, and then the past and
// participle forms, to their lemmas (the first verb listed wins).
var irregularLemmas = sync.OnceValues(func() (past, any map[string]string) {
	ps, pp := irregularForms()
	past, any = map[string]string{}, map[string]string{}
	for _, f := range ps {
		if _, ok := past[f[0]]; !ok {
			past[f[0]] = f[1]
		}
	}
	for _, f := range append(ps, pp...) {
		if _, ok := any[f[0]]; !ok {
			any[f[0]] = f[1]
		}
	}
	return past, any
})

// IrregularPast returns the lemma of an irregular simple past form
// ("overran" → "overrun", "shot" → "shoot"), from the same list that gives
// the tagger those lemmas, and whether form is one.
func IrregularPast(form string) (string, bool) {
	past, _ := irregularLemmas()
	l, ok := past[form]
	return l, ok
}

// IrregularForm is IrregularPast for past participles too ("frozen" →
// "freeze").
func IrregularForm(form string) (string, bool) {
	_, any := irregularLemmas()
	l, ok := any[form]
	return l, ok
}
