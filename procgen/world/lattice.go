package world

import "math"

// Low-octave resampling. Octaves whose wavelength is at least LowBandWavelength world
// units vary so slowly that evaluating them at every vertex wastes most of the noise
// budget. A layer without domain warp therefore defines its height as
//
//	amp * (lowBand(x, z) + highOctaves(x, z)) / norm
//
// where lowBand is the Catmull-Rom (C1) interpolation of the low octaves sampled on a
// world-aligned lattice of spacing LatticeSpacing. It is still a pure function of world
// coordinates, so chunks agree at borders bit for bit; point queries (SurfaceHeight)
// and grids (BaseHeightGrid) share the arithmetic exactly. Interpolation error is below
// 1% of the low band's amplitude.
const (
	LatticeSpacing    = 4
	LowBandWavelength = 64
)

// lowOctaves returns how many leading octaves of l are resampled on the lattice.
func lowOctaves(l NoiseLayer, freqs func(int) float64) int {
	if l.WarpAmplitude > 0 {
		return 0
	}
	n := 0
	for n < l.Octaves && freqs(n)*LowBandWavelength <= 1 {
		n++
	}
	return n
}

// cubicWeights are the Catmull-Rom weights for t in [0, 1), with explicit conversions
// against FMA fusion.
func cubicWeights(t float64) (w [4]float64) {
	t2 := float64(t * t)
	t3 := float64(t2 * t)
	w[0] = 0.5 * (float64(2*t2) - t - t3)
	w[1] = 0.5 * (2 - float64(5*t2) + float64(3*t3))
	w[2] = 0.5 * (t + float64(4*t2) - float64(3*t3))
	w[3] = 0.5 * (t3 - t2)
	return w
}

func interp4(p0, p1, p2, p3 float64, w *[4]float64) float64 {
	return float64(w[0]*p0) + float64(w[1]*p1) + float64(w[2]*p2) + float64(w[3]*p3)
}

// latticeCell returns the lattice cell of coordinate v and the fraction inside it.
func latticeCell(v float64) (int64, float64) {
	c := math.Floor(v / LatticeSpacing)
	return int64(c), (v - float64(c*LatticeSpacing)) / LatticeSpacing
}

func (l *layer) node(a, b int64) float64 {
	return l.fbm.Partial2(float64(a*LatticeSpacing), float64(b*LatticeSpacing), 0, l.lowN)
}

// lowBand interpolates the low octaves at (x, z) from the 4×4 surrounding nodes.
func (l *layer) lowBand(x, z float64) float64 {
	a, tx := latticeCell(x)
	b, tz := latticeCell(z)
	wx, wz := cubicWeights(tx), cubicWeights(tz)
	var col [4]float64
	for i := int64(0); i < 4; i++ {
		ai := a - 1 + i
		col[i] = interp4(l.node(ai, b-1), l.node(ai, b), l.node(ai, b+1), l.node(ai, b+2), &wz)
	}
	return interp4(col[0], col[1], col[2], col[3], &wx)
}

// GridScratch holds reusable buffers for BaseHeightGrid.
type GridScratch struct {
	nodes []float64
	cols  []float64
	wx    [][4]float64
	ax    []int
	row   []float64
}

func growF(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// BaseHeightGrid writes BaseHeight(x0+i*step, z0+j*step) into out[j*nx+i] for i < nx,
// j < nz, bit for bit, evaluating each layer's low band once per lattice node instead of
// once per sample.
func (w *World) BaseHeightGrid(x0, z0 int64, step, nx, nz int, out []float64, s *GridScratch) {
	out = out[:nx*nz]
	for k := range out {
		out[k] = w.cfg.BaseY
	}
	for li := range w.layers {
		l := &w.layers[li]
		if l.lowN == 0 {
			for j := 0; j < nz; j++ {
				z := float64(z0 + int64(j*step))
				for i := 0; i < nx; i++ {
					out[j*nx+i] += l.eval2(float64(x0+int64(i*step)), z)
				}
			}
			continue
		}
		// Lattice nodes covering the grid with the Catmull-Rom margin.
		a0, _ := latticeCell(float64(x0))
		a1, _ := latticeCell(float64(x0 + int64((nx-1)*step)))
		b0, _ := latticeCell(float64(z0))
		b1, _ := latticeCell(float64(z0 + int64((nz-1)*step)))
		a0, a1, b0, b1 = a0-1, a1+2, b0-1, b1+2
		na, nb := int(a1-a0+1), int(b1-b0+1)
		s.nodes = growF(s.nodes, na*nb)
		for b := 0; b < nb; b++ {
			for a := 0; a < na; a++ {
				s.nodes[b*na+a] = l.node(a0+int64(a), b0+int64(b))
			}
		}
		// Column pass: for each sample row j and node column a, interpolate along z.
		s.cols = growF(s.cols, nz*na)
		for j := 0; j < nz; j++ {
			b, tz := latticeCell(float64(z0 + int64(j*step)))
			wz := cubicWeights(tz)
			r := int(b - 1 - b0)
			for a := 0; a < na; a++ {
				s.cols[j*na+a] = interp4(s.nodes[r*na+a], s.nodes[(r+1)*na+a], s.nodes[(r+2)*na+a], s.nodes[(r+3)*na+a], &wz)
			}
		}
		if cap(s.wx) < nx {
			s.wx = make([][4]float64, nx)
			s.ax = make([]int, nx)
		}
		s.wx, s.ax = s.wx[:nx], s.ax[:nx]
		for i := 0; i < nx; i++ {
			a, tx := latticeCell(float64(x0 + int64(i*step)))
			s.wx[i] = cubicWeights(tx)
			s.ax[i] = int(a - 1 - a0)
		}
		amp, norm, oct := l.amp, l.fbm.Norm(), l.fbm.Params().Octaves
		for j := 0; j < nz; j++ {
			z := float64(z0 + int64(j*step))
			cols := s.cols[j*na : (j+1)*na]
			for i := 0; i < nx; i++ {
				c := cols[s.ax[i]:]
				low := interp4(c[0], c[1], c[2], c[3], &s.wx[i])
				high := l.fbm.Partial2(float64(x0+int64(i*step)), z, l.lowN, oct)
				out[j*nx+i] += float64(amp * ((low + high) / norm))
			}
		}
	}
}
