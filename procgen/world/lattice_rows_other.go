//go:build !(goexperiment.simd && amd64)

package world

// rowPassVector is never called in builds without vector kernels (simd.Enabled is false).
func rowPassVector(bands, cols []float64, wx [][4]float64, ax []int, nz int) {
	rowPassScalar(bands, cols, wx, ax, nz)
}

// colPassVector is never called in builds without vector kernels (simd.Enabled is false).
func colPassVector(cols, nodes []float64, wz [][4]float64, bz []int, na int) {
	colPassScalar(cols, nodes, wz, bz, na, 0)
}

// addLayerVector is never called in builds without vector kernels (simd.Enabled is false).
func addLayerVector(acc, bands, exact []float64, amp, norm float64) {
	addLayerScalar(acc, bands, exact, amp, norm, 0)
}
