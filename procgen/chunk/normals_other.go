//go:build !(goexperiment.simd && amd64)

package chunk

// gridNormalsVector is never called in builds without vector kernels (simd.Enabled is
// false).
func gridNormalsVector(dst []float32, h []float64, g, m int, inv2s float64) {
	gridNormalsScalar(dst, h, g, m, inv2s, 0)
}
