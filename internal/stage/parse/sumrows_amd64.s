//go:build amd64 && !purego

#include "textflag.h"

// func sumRowsAVX2(acc, d *uint64, rows *uint32, n, blocks int)
//
// For each block of four words: two accumulators take the rows in turn,
// then their sum is stored. Words are added as 64-bit integers, as in
// sumRowsGo.
TEXT ·sumRowsAVX2(SB), NOSPLIT, $0-40
	MOVQ acc+0(FP), DI
	MOVQ d+8(FP), SI
	MOVQ rows+16(FP), BX
	MOVQ n+24(FP), CX
	MOVQ blocks+32(FP), DX

block:
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	XORQ  R9, R9
	MOVQ  CX, R12
	CMPQ  R12, $2
	JLT   last

pair:
	MOVL   (BX)(R9*4), R10
	MOVL   4(BX)(R9*4), R11
	VPADDQ (SI)(R10*8), Y0, Y0
	VPADDQ (SI)(R11*8), Y1, Y1
	ADDQ   $2, R9
	SUBQ   $2, R12
	CMPQ   R12, $2
	JGE    pair

last:
	TESTQ  R12, R12
	JZ     store
	MOVL   (BX)(R9*4), R10
	VPADDQ (SI)(R10*8), Y0, Y0

store:
	VPADDQ  Y1, Y0, Y0
	VMOVDQU Y0, (DI)
	ADDQ    $32, DI
	ADDQ    $32, SI
	DECQ    DX
	JNZ     block
	VZEROUPPER
	RET
