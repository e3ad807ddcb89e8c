//go:build goexperiment.simd && amd64

package world

import (
	"simd/archsimd"

	"github.com/procgen-godot/procgen/procgen/simd"
)

// rowPassVector is rowPassScalar on 8 (AVX-512) or 4 (AVX2) rows j at once: each lane
// computes float64(w0*c0) + float64(w1*c1) + float64(w2*c2) + float64(w3*c3), left to
// right, with separate multiplies and adds (no FMA), as interp4 does. The rows past the last
// full vector are done by the scalar code after the upper vector registers are cleared: Go's
// scalar float code uses SSE instructions, which run slowly after AVX code leaves them dirty.
func rowPassVector(bands, cols []float64, wx [][4]float64, ax []int, nz int) {
	wide := simd.Wide()
	lanes := 4
	if wide {
		lanes = 8
	}
	done := nz - nz%lanes
	for i := range wx {
		w, a := &wx[i], ax[i]
		c0, c1, c2, c3 := cols[a*nz:(a+1)*nz], cols[(a+1)*nz:(a+2)*nz], cols[(a+2)*nz:(a+3)*nz], cols[(a+3)*nz:(a+4)*nz]
		out := bands[i*nz : (i+1)*nz]
		j := 0
		if wide {
			w0, w1 := archsimd.BroadcastFloat64x8(w[0]), archsimd.BroadcastFloat64x8(w[1])
			w2, w3 := archsimd.BroadcastFloat64x8(w[2]), archsimd.BroadcastFloat64x8(w[3])
			for ; j+8 <= nz; j += 8 {
				v := w0.Mul(archsimd.LoadFloat64x8Slice(c0[j:])).
					Add(w1.Mul(archsimd.LoadFloat64x8Slice(c1[j:]))).
					Add(w2.Mul(archsimd.LoadFloat64x8Slice(c2[j:]))).
					Add(w3.Mul(archsimd.LoadFloat64x8Slice(c3[j:])))
				archsimd.LoadFloat64x8Slice(out[j:]).Add(v).StoreSlice(out[j:])
			}
		} else {
			w0, w1 := archsimd.BroadcastFloat64x4(w[0]), archsimd.BroadcastFloat64x4(w[1])
			w2, w3 := archsimd.BroadcastFloat64x4(w[2]), archsimd.BroadcastFloat64x4(w[3])
			for ; j+4 <= nz; j += 4 {
				v := w0.Mul(archsimd.LoadFloat64x4Slice(c0[j:])).
					Add(w1.Mul(archsimd.LoadFloat64x4Slice(c1[j:]))).
					Add(w2.Mul(archsimd.LoadFloat64x4Slice(c2[j:]))).
					Add(w3.Mul(archsimd.LoadFloat64x4Slice(c3[j:])))
				archsimd.LoadFloat64x4Slice(out[j:]).Add(v).StoreSlice(out[j:])
			}
		}
	}
	archsimd.ClearAVXUpperBits()
	if done == nz {
		return
	}
	for i := range wx {
		w, a := &wx[i], ax[i]
		c0, c1, c2, c3 := cols[a*nz:(a+1)*nz], cols[(a+1)*nz:(a+2)*nz], cols[(a+2)*nz:(a+3)*nz], cols[(a+3)*nz:(a+4)*nz]
		out := bands[i*nz : (i+1)*nz]
		for j := done; j < nz; j++ {
			out[j] += interp4(c0[j], c1[j], c2[j], c3[j], w)
		}
	}
}
