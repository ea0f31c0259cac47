// Package claims is the claims/v1 pipeline stage: it groups a document's
// coded events into claims — who asserts or denies what, and when they
// said it — and links claims about the same situation: a denial to what
// it denies, and claims by different speakers that contradict each other,
// give different figures, or support each other.
//
// # Claims
//
// A claim is one reported assertion. The events coder (events/v1) marks
// reported speech with Event.SaidBy; an event whose said-by actor is not
// its own source ("the NIS stated that Pyongyang plans to send troops"),
// or whose status is "claimed", belongs to an assertion by that actor.
// Events told through one speaker mention are one claim per complement
// clause of the reporting verb: "stated that Pyongyang plans to send around
// 12,000 troops and that 1,500 of them were already transferred" is two
// claims, split where the dependency tree attaches a clause by ccomp, conj
// or parataxis, and where the text coordinates a second complement clause
// ("and that", "but that", ", that"), which holds when the parse
// attaches that clause wrongly or there is no parse. An event
// a speaker reports about itself ("the ministry summoned the ambassador,
// according to a statement from the ministry") is attributed, but is no
// claim.
//
// A denial is a claim with stance "deny": the CAMEO 016 events of one
// speaker in one sentence (the said-by actor, else the source: "Russia has
// denied such allegations" is Russia's denial), together with the events
// that speaker denies there (status "denied", said by the denier or by
// no one).
//
// Claim.When is the time expression of the reporting clause ("Last Friday,
// the NIS stated…" → the Friday before publication), else for a denial the
// day of the denying event, else the publication date. Claim IDs are "c1",
// "c2", … in the text order of each claim's first event, so the same
// events always give the same IDs.
//
// # Same situation
//
// Claims are compared through situation.Facts, a self-contained summary (situation.Summarize)
// that a store keeps to link claims of different documents. Two events are
// about the same situation (SameSituation) when they share a source or
// target country, have the same situation family — the CAMEO root, except
// that military cooperation (062), military aid such as sending troops
// (072), force posture and mobilization (15) and military de-escalation
// (087) are one family, "military" — or figures of the same kind (troops
// and troops), and their dates lie within Window days (unknown dates do not
// keep them apart). situation.Compare then decides the relation; claims by the same
// speaker are never related.
//
// Across documents, a store compares the Facts of a new claim with those
// of stored claims (see internal/store). A denial's Facts carry the events
// of the claims it denies in its own document, so "Russia has denied such
// allegations" in one article also denies the same allegations stored from
// another; a denial that names no content and denies nothing in its own
// document is linked to nothing.
//
// # Denials that name no content
//
// "Russia has denied such allegations" denies nothing by its words alone.
// A denial whose denying verb has an anaphoric object ("such allegations",
// "the reports", "these claims", "it") is resolved to the assertions by
// other speakers just before it: those that involve the denier's country
// (as a source or target), and those about the same situation as one
// already taken, as long as no more than MaxGap sentences separate each
// from the denial or from a later one taken. A
// denial that names its content ("denied sending troops", coded as a
// denied event) denies every assertion of the document about the same
// situation instead.
package claims
