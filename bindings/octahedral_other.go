//go:build !(goexperiment.simd && amd64)

package bindings

// encodeNormalsVector is never called in builds without vector kernels (simd.Enabled is
// false).
func encodeNormalsVector(dst []byte, normals []float32) { encodeNormalsScalar(dst, normals) }
