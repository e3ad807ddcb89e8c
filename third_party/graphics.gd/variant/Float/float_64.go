//go:build precision_double
// +build precision_double

package Float

type X = float64
