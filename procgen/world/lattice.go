package world

import "math"

// Lattice resampling. Octaves vary so smoothly relative to the vertex spacing that
// evaluating each at every vertex wastes most of the noise budget. A layer without domain
// warp therefore samples each octave of wavelength λ >= 2*SamplesPerWavelength on a
// world-aligned lattice whose spacing is the largest power of two <= λ/SamplesPerWavelength
// (capped at MaxLatticeSpacing), groups octaves of equal spacing into bands, and defines
//
//	amp * ((band_1 + band_2 + ... ) + highOctaves(x, z)) / norm
//
// where each band is the Catmull-Rom (C1) interpolation of its octaves' sum on its lattice
// and highOctaves are evaluated exactly. Every octave is thus sampled at least
// SamplesPerWavelength times per wavelength, so the relative interpolation error is the same
// for all of them. It is still a pure function of world coordinates, so chunks agree at
// borders bit for bit; point queries (SurfaceHeight) and grids (BaseHeightGrid) share the
// arithmetic and the summation order exactly. Interpolation error is below 1% of the
// layer's amplitude (TestLowBandAccuracy).
const (
	SamplesPerWavelength = 16
	MaxLatticeSpacing    = 16
	// WarpStretch is how much denser a domain-warped layer's lattices are: its nodes hold
	// the warped field, whose wavelengths the warp shortens by up to 1 + warp_amplitude *
	// warp_frequency * |gradient|, well below 2 for the warps worth resampling (steeper
	// warps leave octaves exact).
	WarpStretch = 2.0
)

// band is a run of octaves [from, to) resampled on a lattice of the given spacing.
type band struct {
	from, to int
	spacing  int64
}

// latticeBands returns the lattice bands of l: leading octaves grouped by lattice spacing.
// A domain-warped layer's nodes sample the warped field, which the warp compresses in
// places: its lattices are twice as dense (see WarpStretch).
func latticeBands(l NoiseLayer, freqs func(int) float64) []band {
	stretch := 1.0
	if l.WarpAmplitude > 0 {
		stretch = WarpStretch
	}
	var bands []band
	for i := 0; i < l.Octaves; i++ {
		sp := int64(0)
		for s := int64(MaxLatticeSpacing); s >= 2; s /= 2 {
			if float64(freqs(i)*stretch)*float64(s*SamplesPerWavelength) <= 1 {
				sp = s
				break
			}
		}
		if sp == 0 {
			break // this and all higher octaves are evaluated exactly
		}
		if n := len(bands); n > 0 && bands[n-1].spacing == sp {
			bands[n-1].to = i + 1
		} else {
			bands = append(bands, band{from: i, to: i + 1, spacing: sp})
		}
	}
	return bands
}

// exactFrom is the first octave evaluated exactly.
func (l *layer) exactFrom() int {
	if n := len(l.bands); n > 0 {
		return l.bands[n-1].to
	}
	return 0
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

// latticeCell returns the cell of coordinate v on a lattice of spacing sp and the fraction
// inside it.
func latticeCell(v float64, sp int64) (int64, float64) {
	c := math.Floor(v / float64(sp))
	return int64(c), (v - float64(c*float64(sp))) / float64(sp)
}

// node is band bd's octave sum at lattice node (a, b), at the node's warped point.
func (l *layer) node(bd *band, a, b int64) float64 {
	x, z := l.warp(float64(a*bd.spacing), float64(b*bd.spacing))
	return l.partial(x, z, bd.from, bd.to)
}

// bandAt interpolates band bd at (x, z) from the 4×4 surrounding nodes.
func (l *layer) bandAt(bd *band, x, z float64) float64 {
	a, tx := latticeCell(x, bd.spacing)
	b, tz := latticeCell(z, bd.spacing)
	wx, wz := cubicWeights(tx), cubicWeights(tz)
	var col [4]float64
	for i := int64(0); i < 4; i++ {
		ai := a - 1 + i
		col[i] = interp4(l.node(bd, ai, b-1), l.node(bd, ai, b), l.node(bd, ai, b+1), l.node(bd, ai, b+2), &wz)
	}
	return interp4(col[0], col[1], col[2], col[3], &wx)
}

// resampled is the layer's value at (x, z) with its bands interpolated: the point form of
// what BaseHeightGrid computes, in the same summation order.
func (l *layer) resampled(x, z float64) float64 {
	sum := 0.0
	for i := range l.bands {
		sum += l.bandAt(&l.bands[i], x, z)
	}
	high := 0.0
	if from, oct := l.exactFrom(), l.fbm.Params().Octaves; from < oct {
		wx, wz := l.warp(x, z)
		high = l.partial(wx, wz, from, oct)
	}
	return float64(l.amp * ((sum + high) / l.fbm.Norm()))
}

// GridScratch holds reusable buffers for BaseHeightGrid.
type GridScratch struct {
	bands []float64 // per-sample sum of the interpolated bands, column-major: bands[i*nz+j]
	nodes []float64
	cols  []float64
	wx    [][4]float64
	ax    []int
	row   []float64
	wz    [][4]float64
	bz    []int
	xs    []float64 // a row's sample (or node) coordinates, for layer.partialBatch
	zs    []float64
	high  []float64 // a row's exact octaves
	exact []float64 // a layer's exact octaves at every sample, column-major
	acc   []float64 // the sum of the layers so far, column-major
}

// rowCoords fills s.xs with x0+i*step (as BaseHeightGrid converts it) and s.zs with z, for
// i < n.
func (s *GridScratch) rowCoords(x0 int64, step, n int, z float64) {
	s.xs, s.zs = growF(s.xs, n), growF(s.zs, n)
	for i := range n {
		s.xs[i], s.zs[i] = float64(x0+int64(i*step)), z
	}
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
//
// Layers are summed in a column-major buffer (s.acc[i*nz+j], the layout the band passes
// leave their results in, so the sums run contiguously, in vector lanes where the build has
// them), then transposed into out: each sample still gets BaseY plus the layers in
// BaseHeight's order, each layer as amp * ((bands + exact octaves) / norm).
func (w *World) BaseHeightGrid(x0, z0 int64, step, nx, nz int, out []float64, s *GridScratch) {
	out = out[:nx*nz]
	s.acc = growF(s.acc, nx*nz)
	for k := range s.acc {
		s.acc[k] = w.cfg.BaseY
	}
	for li := range w.layers {
		l := &w.layers[li]
		amp, norm, from, oct := l.amp, l.fbm.Norm(), l.exactFrom(), l.fbm.Params().Octaves
		var exact []float64 // octaves [from, oct) evaluated at every sample, column-major
		if from < oct {
			s.exact, s.high = growF(s.exact, nx*nz), growF(s.high, nx)
			for j := 0; j < nz; j++ {
				s.rowCoords(x0, step, nx, float64(z0+int64(j*step)))
				l.partialBatch(s.xs, s.zs, from, oct, s.high)
				for i, h := range s.high {
					s.exact[i*nz+j] = h
				}
			}
			exact = s.exact
		}
		if len(l.bands) == 0 {
			// l.eval2: amp * (fbm sum / norm), as FBM.Eval2 and the ridged sum.
			addLayer(s.acc, nil, exact, amp, norm)
			continue
		}
		s.bands = growF(s.bands, nx*nz)
		clear(s.bands)
		for bi := range l.bands {
			s.addBand(l, &l.bands[bi], x0, z0, step, nx, nz)
		}
		addLayer(s.acc, s.bands, exact, amp, norm)
	}
	// Transpose in tiles of 8 columns, so that reads and writes both stay in cache lines.
	for i0 := 0; i0 < nx; i0 += 8 {
		i1 := min(i0+8, nx)
		for j := 0; j < nz; j++ {
			row := out[j*nx : (j+1)*nx]
			for i := i0; i < i1; i++ {
				row[i] = s.acc[i*nz+j]
			}
		}
	}
}

// addBand adds band bd of layer l, interpolated at every grid sample, to s.bands.
func (s *GridScratch) addBand(l *layer, bd *band, x0, z0 int64, step, nx, nz int) {
	sp := bd.spacing
	// Lattice nodes covering the grid with the Catmull-Rom margin.
	a0, _ := latticeCell(float64(x0), sp)
	a1, _ := latticeCell(float64(x0+int64((nx-1)*step)), sp)
	b0, _ := latticeCell(float64(z0), sp)
	b1, _ := latticeCell(float64(z0+int64((nz-1)*step)), sp)
	a0, a1, b0, b1 = a0-1, a1+2, b0-1, b1+2
	na, nb := int(a1-a0+1), int(b1-b0+1)
	s.nodes = growF(s.nodes, na*nb)
	for b := 0; b < nb; b++ {
		// l.node by rows: the nodes' world points, warped, summed over the band's octaves.
		s.rowCoords(a0*sp, int(sp), na, float64((b0+int64(b))*sp))
		l.partialBatch(s.xs, s.zs, bd.from, bd.to, s.nodes[b*na:(b+1)*na])
	}
	// Column pass: for each sample row j and node column a, interpolate along z. The result
	// is stored column-major (cols[a*nz+j]) so the row pass reads runs of j contiguously.
	s.cols = growF(s.cols, na*nz)
	if cap(s.wz) < nz {
		s.wz = make([][4]float64, nz)
		s.bz = make([]int, nz)
	}
	s.wz, s.bz = s.wz[:nz], s.bz[:nz]
	for j := 0; j < nz; j++ {
		b, tz := latticeCell(float64(z0+int64(j*step)), sp)
		s.wz[j] = cubicWeights(tz)
		s.bz[j] = int(b - 1 - b0)
	}
	colPass(s.cols, s.nodes, s.wz, s.bz, na)
	if cap(s.wx) < nx {
		s.wx = make([][4]float64, nx)
		s.ax = make([]int, nx)
	}
	s.wx, s.ax = s.wx[:nx], s.ax[:nx]
	for i := 0; i < nx; i++ {
		a, tx := latticeCell(float64(x0+int64(i*step)), sp)
		s.wx[i] = cubicWeights(tx)
		s.ax[i] = int(a - 1 - a0)
	}
	// Row pass, summed in band order like layer.resampled.
	rowPass(s.bands, s.cols, s.wx, s.ax, nz)
}
