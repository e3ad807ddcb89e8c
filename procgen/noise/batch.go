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
// (vector kernels where the build has them); any other Sampler is called point by point. The
// dispatch is a type switch rather than an interface method so that callers' stack buffers
// do not escape to the heap.
func Eval2Batch(s Sampler, xs, ys, out []float64) {
	switch s := s.(type) {
	case *OpenSimplex:
		s.Eval2Batch(xs, ys, out)
	case *Simplex:
		s.Eval2Batch(xs, ys, out)
	default:
		for i := range out {
			out[i] = s.Eval2(xs[i], ys[i])
		}
	}
}

// batchBlock is how many points the fBm batch methods scale at once, in stack arrays.
const batchBlock = 64

// Eval2Batch sets out[i] = Eval2(xs[i], ys[i]) for i < len(out), bit for bit.
func (n *OpenSimplex) Eval2Batch(xs, ys, out []float64) {
	xs, ys = xs[:len(out)], ys[:len(out)]
	done := n.eval2Vector(xs, ys, out)
	for i := done; i < len(out); i++ {
		out[i] = n.Eval2(xs[i], ys[i])
	}
}

// Eval2Batch sets out[i] = Eval2(xs[i], ys[i]) for i < len(out), bit for bit.
func (s *Simplex) Eval2Batch(xs, ys, out []float64) {
	xs, ys = xs[:len(out)], ys[:len(out)]
	done := s.eval2Vector(xs, ys, out)
	for i := done; i < len(out); i++ {
		out[i] = s.Eval2(xs[i], ys[i])
	}
}

// Partial2Batch sets out[i] = Partial2(xs[i], zs[i], from, to) for i < len(out), bit for
// bit: octave by octave, each point's sum is accumulated in the same order. out must not
// overlap xs or zs.
func (f *FBM) Partial2Batch(xs, zs []float64, from, to int, out []float64) {
	var sx, sz, v [batchBlock]float64
	for lo := 0; lo < len(out); lo += batchBlock {
		o := out[lo:min(lo+batchBlock, len(out))]
		bx, bz := xs[lo:lo+len(o)], zs[lo:lo+len(o)]
		clear(o)
		for k := from; k < to; k++ {
			fr, amp := f.freqs[k], f.amps[k]
			for i := range o {
				sx[i], sz[i] = float64(bx[i]*fr), float64(bz[i]*fr)
			}
			Eval2Batch(f.layers[k], sx[:len(o)], sz[:len(o)], v[:len(o)])
			for i := range o {
				o[i] += float64(amp * v[i])
			}
		}
	}
}

// Octave2Batch sets out[i] = Octave(k, xs[i], zs[i]) for i < len(out), bit for bit.
func (f *FBM) Octave2Batch(k int, xs, zs []float64, out []float64) {
	var sx, sz [batchBlock]float64
	fr := f.freqs[k]
	for lo := 0; lo < len(out); lo += batchBlock {
		o := out[lo:min(lo+batchBlock, len(out))]
		bx, bz := xs[lo:lo+len(o)], zs[lo:lo+len(o)]
		for i := range o {
			sx[i], sz[i] = float64(bx[i]*fr), float64(bz[i]*fr)
		}
		Eval2Batch(f.layers[k], sx[:len(o)], sz[:len(o)], o)
	}
}

// Eval2Batch sets out[i] = Eval2(xs[i], zs[i]) for i < len(out), bit for bit.
func (f *FBM) Eval2Batch(xs, zs []float64, out []float64) {
	f.Partial2Batch(xs, zs, 0, len(f.layers), out)
	for i := range out {
		out[i] /= f.norm
	}
}
