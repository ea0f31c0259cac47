package events

import "strings"

// NoneType is the predicted type of a sentence for which the coder
// produced no event.
const NoneType = "NONE"

// labelMap maps the PLOVER 0.5b1 labels of the GSR that the 2021 ontology
// dropped to their 2021 types; every other label is kept. See the package
// documentation for why each holds.
var labelMap = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// Types2021 lists the 16 PLOVER 2021 event types of CAMEO2PLOVER-2021.txt.
var Types2021 = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// MapPLOVER maps a PLOVER 0.5b1 event label of the GSR to the PLOVER 2021
// type: DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT →
// ASSAULT; the other labels are the same in both versions.
func MapPLOVER(label string) string {
	l := strings.ToUpper(strings.TrimSpace(label))
	if m, ok := labelMap[l]; ok {
		return m
	}
	return l
}

// LabelMapping returns the 0.5b1 → 2021 label changes, for reports.
func LabelMapping() map[string]string {
	out := make(map[string]string, len(labelMap))
	for k, v := range labelMap {
		out[k] = v
	}
	return out
}

// rootPLOVER is CAMEO2PLOVER-2021's type of each CAMEO root, used only for
// events that carry a CAMEO code and no PLOVER type. Root 08 is split in
// the table (080-083 CONCEDE, 084-087 and 0813-0814 RETREAT): see
// plover2021.
var rootPLOVER = map[string]string{
	"01": "", "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
	"07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
	"13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
	"18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}

// plover2021 gives the PLOVER 2021 type of a CAMEO code by its root, or ""
// when the code has none (root 01, public statements, and codes that are
// not CAMEO). In root 08, 084-087, 0813 and 0814 are RETREAT.
func plover2021(cameo string) string {
	if len(cameo) < 2 {
		return ""
	}
	if strings.HasPrefix(cameo, "08") && len(cameo) >= 3 && (cameo[2] >= '4' && cameo[2] <= '7' || strings.HasPrefix(cameo, "0813") || strings.HasPrefix(cameo, "0814")) {
		return "RETREAT"
	}
	return rootPLOVER[cameo[:2]]
}
