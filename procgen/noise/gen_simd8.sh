#!/bin/sh
# Writes the 8-lane (AVX-512) Simplex kernel from the 4-lane (AVX2) one: `go generate` in this
# directory (with GOEXPERIMENT=simd) runs it. (opensimplex_simd8.go is written by hand: it
# picks gradients with an AVX-512 permute.) Float64x8 has no VROUNDPD Floor; FloorScaled(0)
# (VRNDSCALEPD) rounds the same way.
set -e
for base in simplex; do
	sed -e 's/x4/x8/g' -e 's/\[4\]/[8]/g' -e 's/lanes4 = 4/lanes8 = 8/' -e 's/lanes4/lanes8/g' \
		-e 's/4-lane (AVX2)/8-lane (AVX-512)/' -e 's/on 4 points/on 8 points/' -e 's/in 4 lanes/in 8 lanes/' \
		-e 's/[.]Floor()/.FloorScaled(0)/g' \
		-e "1a // Code generated from ${base}_simd4.go by gen_simd8.sh; DO NOT EDIT." \
		"${base}_simd4.go" | gofmt >"${base}_simd8.go"
done
