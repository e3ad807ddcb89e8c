//go:build goexperiment.simd && amd64

package world

import (
	"simd/archsimd"
	"unsafe"

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

// colPassVector is colPassScalar on 8 (AVX-512) or 4 (AVX2) node columns a at once: each
// lane computes interp4's float64(w0*n0) + float64(w1*n1) + float64(w2*n2) + float64(w3*n3),
// left to right, with separate multiplies and adds. The results go to cols column-major (a
// stride of nz) through an integer copy of their bits, so that no SSE instruction runs while
// the vector registers' upper halves are dirty; the columns past the last full vector are
// done by the scalar code after they are cleared.
func colPassVector(cols, nodes []float64, wz [][4]float64, bz []int, na int) {
	nz := len(wz)
	lanes := 4
	wide := simd.Wide()
	if wide {
		lanes = 8
	}
	done := na - na%lanes
	colBits := unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(cols))), len(cols))
	var v [8]uint64
	for j := range wz {
		w, r := &wz[j], bz[j]
		n0, n1, n2, n3 := nodes[r*na:(r+1)*na], nodes[(r+1)*na:(r+2)*na], nodes[(r+2)*na:(r+3)*na], nodes[(r+3)*na:(r+4)*na]
		if wide {
			w0, w1 := archsimd.BroadcastFloat64x8(w[0]), archsimd.BroadcastFloat64x8(w[1])
			w2, w3 := archsimd.BroadcastFloat64x8(w[2]), archsimd.BroadcastFloat64x8(w[3])
			for a := 0; a < done; a += 8 {
				w0.Mul(archsimd.LoadFloat64x8Slice(n0[a:])).
					Add(w1.Mul(archsimd.LoadFloat64x8Slice(n1[a:]))).
					Add(w2.Mul(archsimd.LoadFloat64x8Slice(n2[a:]))).
					Add(w3.Mul(archsimd.LoadFloat64x8Slice(n3[a:]))).AsUint64x8().Store(&v)
				for l := range 8 {
					colBits[(a+l)*nz+j] = v[l]
				}
			}
		} else {
			w0, w1 := archsimd.BroadcastFloat64x4(w[0]), archsimd.BroadcastFloat64x4(w[1])
			w2, w3 := archsimd.BroadcastFloat64x4(w[2]), archsimd.BroadcastFloat64x4(w[3])
			v4 := (*[4]uint64)(v[:4])
			for a := 0; a < done; a += 4 {
				w0.Mul(archsimd.LoadFloat64x4Slice(n0[a:])).
					Add(w1.Mul(archsimd.LoadFloat64x4Slice(n1[a:]))).
					Add(w2.Mul(archsimd.LoadFloat64x4Slice(n2[a:]))).
					Add(w3.Mul(archsimd.LoadFloat64x4Slice(n3[a:]))).AsUint64x4().Store(v4)
				for l := range 4 {
					colBits[(a+l)*nz+j] = v4[l]
				}
			}
		}
	}
	archsimd.ClearAVXUpperBits()
	if done < na {
		colPassScalar(cols, nodes, wz, bz, na, done)
	}
}

// addLayerVector is addLayerScalar on 8 (AVX-512) or 4 (AVX2) samples at once, each lane
// computing acc + float64(amp * ((bands + exact) / norm)) with separate operations in the
// same order (adding +0 where addLayerScalar does); the tail past the last full vector is
// done by the scalar code after the upper halves are cleared.
func addLayerVector(acc, bands, exact []float64, amp, norm float64) {
	n := len(acc)
	done := 0
	if simd.Wide() {
		done = n - n%8
		a, d, zero := archsimd.BroadcastFloat64x8(amp), archsimd.BroadcastFloat64x8(norm), archsimd.BroadcastFloat64x8(0)
		for k := 0; k < done; k += 8 {
			b, e := zero, zero
			if bands != nil {
				b = archsimd.LoadFloat64x8Slice(bands[k:])
			}
			if exact != nil {
				e = archsimd.LoadFloat64x8Slice(exact[k:])
			}
			if bands == nil {
				archsimd.LoadFloat64x8Slice(acc[k:]).Add(a.Mul(e.Div(d))).StoreSlice(acc[k:])
			} else {
				archsimd.LoadFloat64x8Slice(acc[k:]).Add(a.Mul(b.Add(e).Div(d))).StoreSlice(acc[k:])
			}
		}
	} else {
		done = n - n%4
		a, d, zero := archsimd.BroadcastFloat64x4(amp), archsimd.BroadcastFloat64x4(norm), archsimd.BroadcastFloat64x4(0)
		for k := 0; k < done; k += 4 {
			b, e := zero, zero
			if bands != nil {
				b = archsimd.LoadFloat64x4Slice(bands[k:])
			}
			if exact != nil {
				e = archsimd.LoadFloat64x4Slice(exact[k:])
			}
			if bands == nil {
				archsimd.LoadFloat64x4Slice(acc[k:]).Add(a.Mul(e.Div(d))).StoreSlice(acc[k:])
			} else {
				archsimd.LoadFloat64x4Slice(acc[k:]).Add(a.Mul(b.Add(e).Div(d))).StoreSlice(acc[k:])
			}
		}
	}
	archsimd.ClearAVXUpperBits()
	addLayerScalar(acc, bands, exact, amp, norm, done)
}
