//go:build goexperiment.simd && amd64

package noise

import (
	"simd/archsimd"
	"unsafe"
)

// This file is the 4-lane (AVX2) kernel; opensimplex_simd8.go is its 8-lane (AVX-512) twin,
// which picks gradients with a permute. Change both together.

const lanes4 = 4

// eval2x4 is OpenSimplex.Eval2 on 4 points per step, for the full steps of xs/ys, in
// eval2Row's form (coordinates scaled by fr; out[i] = v, or out[i] += amp*v when acc), and
// returns how many points it did. Each lane performs Eval2's float operations in Eval2's
// order, with separate multiplies and adds: the region (triangle and extra vertex) is chosen
// with masks and blends instead of branches, which select among values Eval2 computes the
// same way. The lattice hash stays scalar per lane (the table has 256 entries; AVX2 cannot
// permute that many), on integers only, and copies each gradient's bits with integer moves, so
// no SSE instruction meets the dirty upper halves of the vector registers; they are cleared
// before any scalar float code runs.
//
// Floors are taken with VROUNDPD and converted to int32 and back, which equals floor32 (and
// gives +0, not -0, as float64(int32) does) while the skewed coordinates are within ±2^30. A
// step with any lane outside that, or NaN, is done by Eval2 itself.
func (n *OpenSimplex) eval2x4(xs, ys, out []float64, fr, amp float64, acc bool) int {
	grad := (*[256][2]uint64)(unsafe.Pointer(&n.grad2)) // the gradients' bits
	var (
		ib, jb, oo, ex, ey [lanes4]int32
		gx, gy             [vertices2][lanes4]uint64 // gradients of the vertices, as bits
	)
	stretch := archsimd.BroadcastFloat64x4(osStretch2)
	squishC := archsimd.BroadcastFloat64x4(osSquish2)
	squish2C := archsimd.BroadcastFloat64x4(2 * osSquish2)
	zero := archsimd.BroadcastFloat64x4(0)
	one := archsimd.BroadcastFloat64x4(1)
	two := archsimd.BroadcastFloat64x4(2)
	minus1 := archsimd.BroadcastFloat64x4(-1)
	lim := archsimd.BroadcastFloat64x4(1 << 30)
	nlim := archsimd.BroadcastFloat64x4(-(1 << 30))
	norm := archsimd.BroadcastFloat64x4(osNorm2)
	frV, ampV := archsimd.BroadcastFloat64x4(fr), archsimd.BroadcastFloat64x4(amp)
	done := len(out) - len(out)%lanes4
	for i := 0; i < done; i += lanes4 {
		x := archsimd.LoadFloat64x4Slice(xs[i:]).Mul(frV)
		y := archsimd.LoadFloat64x4Slice(ys[i:]).Mul(frV)
		st := x.Add(y).Mul(stretch)
		xsk, ysk := x.Add(st), y.Add(st)
		fx, fy := xsk.Floor(), ysk.Floor()
		if fx.GreaterEqual(nlim).And(fx.LessEqual(lim)).And(fy.GreaterEqual(nlim)).And(fy.LessEqual(lim)).ToBits() != 1<<lanes4-1 {
			archsimd.ClearAVXUpperBits()
			n.eval2Tail(xs[i:i+lanes4], ys[i:i+lanes4], out[i:i+lanes4], fr, amp, acc)
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
		for l := range lanes4 {
			xsv, ysv := ib[l], jb[l]
			k := (int32(n.perm[(xsv+1)&0xFF]) + ysv) & 0xFF
			gx[0][l], gy[0][l] = grad[k][0], grad[k][1]
			k = (int32(n.perm[xsv&0xFF]) + ysv + 1) & 0xFF
			gx[1][l], gy[1][l] = grad[k][0], grad[k][1]
			k = (int32(n.perm[(xsv+oo[l])&0xFF]) + ysv + oo[l]) & 0xFF
			gx[2][l], gy[2][l] = grad[k][0], grad[k][1]
			k = (int32(n.perm[(xsv+ex[l])&0xFF]) + ysv + ey[l]) & 0xFF
			gx[3][l], gy[3][l] = grad[k][0], grad[k][1]
		}

		v := zero
		v = v.Add(contrib2x4(dx0m1.Sub(squishC), dy0.Sub(squishC), &gx[0], &gy[0], two, zero))
		v = v.Add(contrib2x4(dx0.Sub(squishC), dy0m1.Sub(squishC), &gx[1], &gy[1], two, zero))
		v = v.Add(contrib2x4(dxo, dyo, &gx[2], &gy[2], two, zero))
		v = v.Add(contrib2x4(dxe, dye, &gx[3], &gy[3], two, zero))
		v = v.Div(norm)
		if acc {
			v = archsimd.LoadFloat64x4Slice(out[i:]).Add(ampV.Mul(v))
		}
		v.StoreSlice(out[i:])
	}
	archsimd.ClearAVXUpperBits()
	return done
}

// contrib2x4 is contrib2 in 4 lanes, given each lane's gradient bits: attn^4 * (g . d)
// where attn = 2 - dx^2 - dy^2 is positive, +0 elsewhere (as adding contrib2's 0 does).
func contrib2x4(dx, dy archsimd.Float64x4, gx, gy *[lanes4]uint64, two, zero archsimd.Float64x4) archsimd.Float64x4 {
	attn := two.Sub(dx.Mul(dx)).Sub(dy.Mul(dy))
	a2 := attn.Mul(attn)
	ggx := archsimd.LoadUint64x4(gx).AsFloat64x4()
	ggy := archsimd.LoadUint64x4(gy).AsFloat64x4()
	c := a2.Mul(a2).Mul(ggx.Mul(dx).Add(ggy.Mul(dy)))
	return c.Masked(attn.Greater(zero))
}
