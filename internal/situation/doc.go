// Package situation decides when two claims are about the same situation
// and how they relate: one denies the other, contradicts it, gives a
// different figure for it, or supports it.
//
// A claim is reduced to its Facts — who says it, with which stance, and a
// self-contained summary (Item) of each event it carries: CAMEO code and
// situation family, source and target countries, status, date bounds and
// figure. Facts hold no offsets into a Doc, so the claims stage compares
// claims within one document and a store compares a new document's claims
// with stored ones from other documents with the same code (Compare), and
// neither depends on the other.
package situation
