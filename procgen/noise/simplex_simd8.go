//go:build goexperiment.simd && amd64

// Code generated from simplex_simd4.go by gen_simd8.sh; DO NOT EDIT.

package noise

import (
	"simd/archsimd"
	"unsafe"
)

// This file is the 8-lane (AVX-512) kernel; simplex_simd8.go, the 8-lane (AVX-512) one, is
// generated from it by `go generate` (see simd_kernels.go). Edit this one.

// eval2x8 is Simplex.Eval2 on 8 points per step, for the full steps of xs/ys, in eval2Row's
// form (coordinates scaled by fr; out[i] = v, or out[i] += amp*v when acc), and returns how
// many points it did. Each lane performs Eval2's float operations in Eval2's order with
// separate multiplies and adds; the middle corner is chosen with a blend, as Eval2 chooses it
// without a branch. The hash stays scalar per lane on integers only, copying each
// gradient's bits with integer moves (see OpenSimplex.eval2x8); floors are exact within
// ±2^30, and a step with any lane outside that, or NaN, is done by Eval2 itself.
func (s *Simplex) eval2x8(xs, ys, out []float64, fr, amp float64, acc bool) int {
	grad := (*[12][3]uint64)(unsafe.Pointer(&grad3)) // the gradients' bits
	var (
		ib, jb, o1 [lanes8]int32
		gx, gy     [3][lanes8]uint64 // gradients of the 3 corners, as bits
	)
	f2C := archsimd.BroadcastFloat64x8(f2)
	g2C := archsimd.BroadcastFloat64x8(g2)
	g22C := archsimd.BroadcastFloat64x8(2 * g2)
	zero := archsimd.BroadcastFloat64x8(0)
	half := archsimd.BroadcastFloat64x8(0.5)
	one := archsimd.BroadcastFloat64x8(1)
	minus1 := archsimd.BroadcastFloat64x8(-1)
	seventy := archsimd.BroadcastFloat64x8(70)
	lim := archsimd.BroadcastFloat64x8(1 << 30)
	nlim := archsimd.BroadcastFloat64x8(-(1 << 30))
	frV, ampV := archsimd.BroadcastFloat64x8(fr), archsimd.BroadcastFloat64x8(amp)
	done := len(out) - len(out)%lanes8
	for i := 0; i < done; i += lanes8 {
		x := archsimd.LoadFloat64x8Slice(xs[i:]).Mul(frV)
		y := archsimd.LoadFloat64x8Slice(ys[i:]).Mul(frV)
		sk := x.Add(y).Mul(f2C)
		fx, fy := x.Add(sk).FloorScaled(0), y.Add(sk).FloorScaled(0)
		if fx.GreaterEqual(nlim).And(fx.LessEqual(lim)).And(fy.GreaterEqual(nlim)).And(fy.LessEqual(lim)).ToBits() != 1<<lanes8-1 {
			archsimd.ClearAVXUpperBits()
			s.eval2Tail(xs[i:i+lanes8], ys[i:i+lanes8], out[i:i+lanes8], fr, amp, acc)
			continue
		}
		xi, yi := fx.ConvertToInt32(), fy.ConvertToInt32()
		fi, fj := xi.ConvertToFloat64(), yi.ConvertToFloat64()
		t := fi.Add(fj).Mul(g2C)
		x0, y0 := x.Sub(fi.Sub(t)), y.Sub(fj.Sub(t))
		i1 := one.Masked(x0.Greater(y0))
		j1 := one.Sub(i1)
		x1, y1 := x0.Sub(i1).Add(g2C), y0.Sub(j1).Add(g2C)
		x2, y2 := x0.Sub(one).Add(g22C), y0.Sub(one).Add(g22C)

		xi.Store(&ib)
		yi.Store(&jb)
		i1.ConvertToInt32().Store(&o1)
		for l := range lanes8 {
			ii, jj, a := int(ib[l]&255), int(jb[l]&255), int(o1[l])
			k := s.mod[(ii+int(s.perm[jj]))&511]
			gx[0][l], gy[0][l] = grad[k][0], grad[k][1]
			k = s.mod[(ii+a+int(s.perm[(jj+1-a)&511]))&511]
			gx[1][l], gy[1][l] = grad[k][0], grad[k][1]
			k = s.mod[(ii+1+int(s.perm[(jj+1)&511]))&511]
			gx[2][l], gy[2][l] = grad[k][0], grad[k][1]
		}

		n := corner2x8(x0, y0, &gx[0], &gy[0], half, zero).
			Add(corner2x8(x1, y1, &gx[1], &gy[1], half, zero)).
			Add(corner2x8(x2, y2, &gx[2], &gy[2], half, zero))
		n = n.Mul(seventy).Min(one).Max(minus1)
		if acc {
			n = archsimd.LoadFloat64x8Slice(out[i:]).Add(ampV.Mul(n))
		}
		n.StoreSlice(out[i:])
	}
	archsimd.ClearAVXUpperBits()
	return done
}

// corner2x8 is one corner's term of Simplex.Eval2 in 8 lanes, given each lane's gradient
// bits: t^4 * (g . d) with t = max(0.5 - dx^2 - dy^2, 0).
func corner2x8(dx, dy archsimd.Float64x8, gx, gy *[lanes8]uint64, half, zero archsimd.Float64x8) archsimd.Float64x8 {
	t := half.Sub(dx.Mul(dx)).Sub(dy.Mul(dy)).Max(zero)
	t = t.Mul(t)
	ggx := archsimd.LoadUint64x8(gx).AsFloat64x8()
	ggy := archsimd.LoadUint64x8(gy).AsFloat64x8()
	return t.Mul(t).Mul(ggx.Mul(dx).Add(ggy.Mul(dy)))
}
