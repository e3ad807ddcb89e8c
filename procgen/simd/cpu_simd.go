//go:build goexperiment.simd && amd64

package simd

import "simd/archsimd"

var (
	available = archsimd.X86.AVX2()
	wide      = archsimd.X86.AVX512()
)
