//go:build !(goexperiment.simd && amd64)

package simd

const (
	available = false
	wide      = false
)
