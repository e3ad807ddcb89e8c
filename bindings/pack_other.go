//go:build !(goexperiment.simd && amd64)

package bindings

// putPositionsVector, putIndices16Vector and packColorsVector are never called in builds without vector
// kernels (simd.Enabled is false).
func putPositionsVector(dst []byte, pos []float32) (lo, hi [3]float32, ok bool) {
	putFloats(dst, pos, 0)
	return lo, hi, false
}

func putIndices16Vector(dst []byte, idx []int32) uint32 { return putIndices16Scalar(dst, idx, 0) }

func packColorsVector(dst []uint32, colors []float32) { packColorsScalar(dst, colors, 0) }
