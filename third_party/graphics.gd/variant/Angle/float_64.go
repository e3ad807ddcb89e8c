//go:build precision_double
// +build precision_double

package Angle

type float = float64
