package noise

// Batched evaluation. A terrain grid evaluates the same octaves at many points; calling
// Sampler.Eval2 through an interface for each point and octave costs a dynamic call per
// sample and keeps the compiler from seeing the loop. The batch methods below evaluate many
// points per call, each point with exactly the operations of its per-point twin in the same
// order, so out[i] has the bits Eval2(xs[i], ys[i]) (or Partial2, Octave) would give; on
// amd64 builds with GOEXPERIMENT=simd the bases run vector kernels (see package simd),
// which keep those bits too.

// Eval2Batch sets out[i] = s.Eval2(xs[i], ys[i]) for i < len(out), bit for bit; xs and ys
// must be at least as long as out. This package's bases evaluate the whole batch in one call
// (vector kernels where the build has them); any other Sampler is called point by point.
func Eval2Batch(s Sampler, xs, ys, out []float64) {
	eval2Row(s, xs, ys, out, 1, 1, false)
}

// eval2Row is the loop every batch method runs: v = s.Eval2(float64(xs[i]*fr),
// float64(ys[i]*fr)), then out[i] += float64(amp*v) when acc, else out[i] = v. (Scaling by
// fr = 1 changes no coordinate.) Vector kernels fold the octave's scaling and weighted sum
// into the same pass. The dispatch is a type switch rather than an interface method so that
// callers' stack buffers do not escape to the heap.
func eval2Row(s Sampler, xs, ys, out []float64, fr, amp float64, acc bool) {
	xs, ys = xs[:len(out)], ys[:len(out)]
	switch s := s.(type) {
	case *OpenSimplex:
		done := s.eval2Vector(xs, ys, out, fr, amp, acc)
		s.eval2Tail(xs[done:], ys[done:], out[done:], fr, amp, acc)
	case *Simplex:
		done := s.eval2Vector(xs, ys, out, fr, amp, acc)
		s.eval2Tail(xs[done:], ys[done:], out[done:], fr, amp, acc)
	default:
		for i := range out {
			v := s.Eval2(float64(xs[i]*fr), float64(ys[i]*fr))
			if acc {
				out[i] += float64(amp * v)
			} else {
				out[i] = v
			}
		}
	}
}

// eval2Tail is eval2Row's scalar loop for OpenSimplex.
func (n *OpenSimplex) eval2Tail(xs, ys, out []float64, fr, amp float64, acc bool) {
	if !acc {
		for i := range out {
			out[i] = n.Eval2(float64(xs[i]*fr), float64(ys[i]*fr))
		}
		return
	}
	for i := range out {
		out[i] += float64(amp * n.Eval2(float64(xs[i]*fr), float64(ys[i]*fr)))
	}
}

// eval2Tail is eval2Row's scalar loop for Simplex.
func (s *Simplex) eval2Tail(xs, ys, out []float64, fr, amp float64, acc bool) {
	if !acc {
		for i := range out {
			out[i] = s.Eval2(float64(xs[i]*fr), float64(ys[i]*fr))
		}
		return
	}
	for i := range out {
		out[i] += float64(amp * s.Eval2(float64(xs[i]*fr), float64(ys[i]*fr)))
	}
}

// Eval2Batch sets out[i] = Eval2(xs[i], ys[i]) for i < len(out), bit for bit.
func (n *OpenSimplex) Eval2Batch(xs, ys, out []float64) { eval2Row(n, xs, ys, out, 1, 1, false) }

// Eval2Batch sets out[i] = Eval2(xs[i], ys[i]) for i < len(out), bit for bit.
func (s *Simplex) Eval2Batch(xs, ys, out []float64) { eval2Row(s, xs, ys, out, 1, 1, false) }

// Partial2Batch sets out[i] = Partial2(xs[i], zs[i], from, to) for i < len(out), bit for
// bit: octave by octave, each point's sum is accumulated in the same order. out must not
// overlap xs or zs.
func (f *FBM) Partial2Batch(xs, zs []float64, from, to int, out []float64) {
	clear(out)
	for k := from; k < to; k++ {
		eval2Row(f.layers[k], xs, zs, out, f.freqs[k], f.amps[k], true)
	}
}

// Octave2Batch sets out[i] = Octave(k, xs[i], zs[i]) for i < len(out), bit for bit.
func (f *FBM) Octave2Batch(k int, xs, zs []float64, out []float64) {
	eval2Row(f.layers[k], xs, zs, out, f.freqs[k], 1, false)
}

// Eval2Batch sets out[i] = Eval2(xs[i], zs[i]) for i < len(out), bit for bit.
func (f *FBM) Eval2Batch(xs, zs []float64, out []float64) {
	f.Partial2Batch(xs, zs, 0, len(f.layers), out)
	for i := range out {
		out[i] /= f.norm
	}
}
