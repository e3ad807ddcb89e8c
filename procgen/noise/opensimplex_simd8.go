//go:build goexperiment.simd && amd64

package noise

import "simd/archsimd"

// This file is the 8-lane (AVX-512) twin of opensimplex_simd4.go: the same operations in the
// same order, except that each vertex's gradient is picked in the vector by Permute from the
// 8 gradients (VPERMPD, which AVX2 lacks), given its number (perm >> 1 & 7, as NewOpenSimplex
// fills grad2), instead of copying its bits lane by lane: 9% faster in BenchmarkFBM5Paths.
// Change both files together.

const lanes8 = 8

// eval2x8 is eval2x4 (see there) on 8 points per step. The lattice hash stays scalar per
// lane, on integers only, and yields each vertex's gradient number; the upper halves of the
// vector registers are cleared before any scalar float code runs.
func (n *OpenSimplex) eval2x8(xs, ys, out []float64, fr, amp float64, acc bool) int {
	var gxa, gya [8]float64
	for j := range gxa {
		gxa[j], gya[j] = float64(osGradients2[2*j]), float64(osGradients2[2*j+1])
	}
	var (
		ib, jb, oo, ex, ey [lanes8]int32
		gi                 [vertices2][lanes8]uint64 // gradient numbers (0-7) of the vertices
	)
	gxT, gyT := archsimd.LoadFloat64x8(&gxa), archsimd.LoadFloat64x8(&gya)
	stretch := archsimd.BroadcastFloat64x8(osStretch2)
	squishC := archsimd.BroadcastFloat64x8(osSquish2)
	squish2C := archsimd.BroadcastFloat64x8(2 * osSquish2)
	zero := archsimd.BroadcastFloat64x8(0)
	one := archsimd.BroadcastFloat64x8(1)
	two := archsimd.BroadcastFloat64x8(2)
	minus1 := archsimd.BroadcastFloat64x8(-1)
	lim := archsimd.BroadcastFloat64x8(1 << 30)
	nlim := archsimd.BroadcastFloat64x8(-(1 << 30))
	norm := archsimd.BroadcastFloat64x8(osNorm2)
	frV, ampV := archsimd.BroadcastFloat64x8(fr), archsimd.BroadcastFloat64x8(amp)
	done := len(out) - len(out)%lanes8
	for i := 0; i < done; i += lanes8 {
		x := archsimd.LoadFloat64x8Slice(xs[i:]).Mul(frV)
		y := archsimd.LoadFloat64x8Slice(ys[i:]).Mul(frV)
		st := x.Add(y).Mul(stretch)
		xsk, ysk := x.Add(st), y.Add(st)
		fx, fy := xsk.FloorScaled(0), ysk.FloorScaled(0)
		if fx.GreaterEqual(nlim).And(fx.LessEqual(lim)).And(fy.GreaterEqual(nlim)).And(fy.LessEqual(lim)).ToBits() != 1<<lanes8-1 {
			archsimd.ClearAVXUpperBits()
			n.eval2Tail(xs[i:i+lanes8], ys[i:i+lanes8], out[i:i+lanes8], fr, amp, acc)
			continue
		}
		xi, yi := fx.ConvertToInt32(), fy.ConvertToInt32()
		xsb, ysb := xi.ConvertToFloat64(), yi.ConvertToFloat64()
		sq := xsb.Add(ysb).Mul(squishC)
		xb, yb := xsb.Add(sq), ysb.Add(sq)
		xins, yins := xsk.Sub(xsb), ysk.Sub(ysb)
		inSum := xins.Add(yins)
		dx0, dy0 := x.Sub(xb), y.Sub(yb)

		// The point's own corner and extra vertex, as Eval2 picks them.
		low := inSum.LessEqual(one)
		xgt := xins.Greater(yins)
		zl := one.Sub(inSum)
		condL := zl.Greater(xins).Or(zl.Greater(yins))
		zh := two.Sub(inSum)
		condH := zh.Less(xins).Or(zh.Less(yins))
		dx0m1, dy0m1 := dx0.Sub(one), dy0.Sub(one)
		// Low triangle: (+1,-1), (-1,+1) or (+1,+1).
		lxe := one.Merge(minus1, xgt).Merge(one, condL)
		lye := minus1.Merge(one, xgt).Merge(one, condL)
		ldx := dx0m1.Merge(dx0.Add(one), xgt).Merge(dx0m1.Sub(squish2C), condL)
		ldy := dy0.Add(one).Merge(dy0m1, xgt).Merge(dy0m1.Sub(squish2C), condL)
		// High triangle: (2,0), (0,2) or (0,0); its own corner is (1,1).
		hxe := two.Merge(zero, xgt).Masked(condH)
		hye := zero.Merge(two, xgt).Masked(condH)
		hdx := dx0.Sub(two).Sub(squish2C).Merge(dx0.Sub(squish2C), xgt).Merge(dx0, condH)
		hdy := dy0.Sub(squish2C).Merge(dy0.Sub(two).Sub(squish2C), xgt).Merge(dy0, condH)
		xe, ye := lxe.Merge(hxe, low), lye.Merge(hye, low)
		dxe, dye := ldx.Merge(hdx, low), ldy.Merge(hdy, low)
		own := zero.Merge(one, low)
		dxo := dx0.Merge(dx0m1.Sub(squish2C), low)
		dyo := dy0.Merge(dy0m1.Sub(squish2C), low)

		xi.Store(&ib)
		yi.Store(&jb)
		own.ConvertToInt32().Store(&oo)
		xe.ConvertToInt32().Store(&ex)
		ye.ConvertToInt32().Store(&ey)
		for l := range lanes8 {
			xsv, ysv := ib[l], jb[l]
			k := (int32(n.perm[(xsv+1)&0xFF]) + ysv) & 0xFF
			gi[0][l] = uint64(n.perm[k] >> 1 & 7)
			k = (int32(n.perm[xsv&0xFF]) + ysv + 1) & 0xFF
			gi[1][l] = uint64(n.perm[k] >> 1 & 7)
			k = (int32(n.perm[(xsv+oo[l])&0xFF]) + ysv + oo[l]) & 0xFF
			gi[2][l] = uint64(n.perm[k] >> 1 & 7)
			k = (int32(n.perm[(xsv+ex[l])&0xFF]) + ysv + ey[l]) & 0xFF
			gi[3][l] = uint64(n.perm[k] >> 1 & 7)
		}

		v := zero
		v = v.Add(contrib2x8(dx0m1.Sub(squishC), dy0.Sub(squishC), &gi[0], gxT, gyT, two, zero))
		v = v.Add(contrib2x8(dx0.Sub(squishC), dy0m1.Sub(squishC), &gi[1], gxT, gyT, two, zero))
		v = v.Add(contrib2x8(dxo, dyo, &gi[2], gxT, gyT, two, zero))
		v = v.Add(contrib2x8(dxe, dye, &gi[3], gxT, gyT, two, zero))
		v = v.Div(norm)
		if acc {
			v = archsimd.LoadFloat64x8Slice(out[i:]).Add(ampV.Mul(v))
		}
		v.StoreSlice(out[i:])
	}
	archsimd.ClearAVXUpperBits()
	return done
}

// contrib2x8 is contrib2 in 8 lanes, given each lane's gradient number: attn^4 * (g . d)
// where attn = 2 - dx^2 - dy^2 is positive, +0 elsewhere (as adding contrib2's 0 does); the
// gradient is gxT, gyT permuted by the numbers.
func contrib2x8(dx, dy archsimd.Float64x8, gi *[lanes8]uint64, gxT, gyT, two, zero archsimd.Float64x8) archsimd.Float64x8 {
	attn := two.Sub(dx.Mul(dx)).Sub(dy.Mul(dy))
	a2 := attn.Mul(attn)
	idx := archsimd.LoadUint64x8(gi)
	ggx, ggy := gxT.Permute(idx), gyT.Permute(idx)
	c := a2.Mul(a2).Mul(ggx.Mul(dx).Add(ggy.Mul(dy)))
	return c.Masked(attn.Greater(zero))
}
