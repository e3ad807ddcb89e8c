package world

import "github.com/procgen-godot/procgen/procgen/simd"

// rowPass adds to bands (column-major, bands[i*nz+j]) the Catmull-Rom interpolation along x
// of the column-interpolated lattice values cols (cols[a*nz+j]): sample i reads node columns
// ax[i]..ax[i]+3 with weights wx[i]. It runs the vector kernel when simd.Enabled; both
// kernels compute interp4 lane by lane, in the same order, so they agree bit for bit.
func rowPass(bands, cols []float64, wx [][4]float64, ax []int, nz int) {
	if simd.Enabled() {
		rowPassVector(bands, cols, wx, ax, nz)
		return
	}
	rowPassScalar(bands, cols, wx, ax, nz)
}

// rowPassScalar is rowPass for every CPU.
func rowPassScalar(bands, cols []float64, wx [][4]float64, ax []int, nz int) {
	for i := range wx {
		w, a := &wx[i], ax[i]
		c0, c1, c2, c3 := cols[a*nz:(a+1)*nz], cols[(a+1)*nz:(a+2)*nz], cols[(a+2)*nz:(a+3)*nz], cols[(a+3)*nz:(a+4)*nz]
		out := bands[i*nz : (i+1)*nz]
		for j := range out {
			out[j] += interp4(c0[j], c1[j], c2[j], c3[j], w)
		}
	}
}

// colPass sets cols[a*nz+j] (column-major, nz = len(wz)) to the Catmull-Rom interpolation
// along z of the node rows bz[j]..bz[j]+3 (nodes[r*na+a]) with weights wz[j], for every node
// column a < na. It runs the vector kernel when simd.Enabled; both compute interp4 lane by
// lane, in the same order, so they agree bit for bit.
func colPass(cols, nodes []float64, wz [][4]float64, bz []int, na int) {
	if simd.Enabled() {
		colPassVector(cols, nodes, wz, bz, na)
		return
	}
	colPassScalar(cols, nodes, wz, bz, na, 0)
}

// colPassScalar is colPass for every CPU, for node columns a >= from.
func colPassScalar(cols, nodes []float64, wz [][4]float64, bz []int, na, from int) {
	nz := len(wz)
	for j := range wz {
		w, r := &wz[j], bz[j]
		n0, n1, n2, n3 := nodes[r*na:(r+1)*na], nodes[(r+1)*na:(r+2)*na], nodes[(r+2)*na:(r+3)*na], nodes[(r+3)*na:(r+4)*na]
		for a := from; a < na; a++ {
			cols[a*nz+j] = interp4(n0[a], n1[a], n2[a], n3[a], w)
		}
	}
}

// addLayer adds one layer to the column-major sums acc: acc[k] += amp * ((bands[k] +
// exact[k]) / norm), with 0 for a nil bands (the layer's fbm sum is then exact[k] alone) or
// a nil exact (all its octaves are in bands), as BaseHeight computes each sample. It runs the
// vector kernel when simd.Enabled; both agree bit for bit.
func addLayer(acc, bands, exact []float64, amp, norm float64) {
	if simd.Enabled() {
		addLayerVector(acc, bands, exact, amp, norm)
		return
	}
	addLayerScalar(acc, bands, exact, amp, norm, 0)
}

// addLayerScalar is addLayer for every CPU, for k >= from.
func addLayerScalar(acc, bands, exact []float64, amp, norm float64, from int) {
	switch {
	case bands == nil:
		for k := from; k < len(acc); k++ {
			acc[k] += float64(amp * (exact[k] / norm))
		}
	case exact == nil:
		for k := from; k < len(acc); k++ {
			acc[k] += float64(amp * ((bands[k] + 0) / norm))
		}
	default:
		for k := from; k < len(acc); k++ {
			acc[k] += float64(amp * ((bands[k] + exact[k]) / norm))
		}
	}
}
