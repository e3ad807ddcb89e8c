// Package erosion holds two hydraulic erosion models of a height field on the unit
// lattice:
//
//   - Filter, a local, chunk-seamless approximation used as the pipeline's "erosion"
//     element: water and sediment are routed downhill by a fixed number of Jacobi sweeps,
//     so each output sample depends only on input samples within Apron() units;
//   - Droplets, the classic particle (droplet) simulation, run over a large tile: the
//     reference the filter and the learned stage are measured against, and the source of
//     the learned stage's training data.
//
// Both are deterministic on every architecture: fixed operation order, integer-seeded
// randomness (SplitMix64) and no fused multiply-adds (every product that feeds a sum is
// converted explicitly).
package erosion

import (
	"fmt"
	"math"
	"sync"
)

// Params of the local filter. The zero value is not useful: start from DefaultParams.
type Params struct {
	FlowSteps     int     // sweeps that route water downhill: how far upstream flow is gathered
	SedimentSteps int     // sweeps that carry eroded sediment downhill before it settles
	ThermalSteps  int     // talus relaxation sweeps
	Erode         float64 // erosion per unit of sqrt(flow)·slope
	MaxErode      float64 // cap on erosion per sample, as a fraction of the steepest drop
	Deposit       float64 // fraction of carried sediment that settles per sweep on flat ground
	SettleSlope   float64 // slope above which sediment stays suspended
	Talus         float64 // height difference beyond which material slides (thermal)
	Slide         float64 // fraction of the excess that slides per sweep
}

// DefaultParams were chosen by a grid search against Droplets on a validation seed that is
// neither a training nor a held-out evaluation seed (go run ./cmd/erosion-train -sweep).
func DefaultParams() Params {
	return Params{FlowSteps: 14, SedimentSteps: 6, ThermalSteps: 8, Erode: 0.6, MaxErode: 1,
		Deposit: 0.1, SettleSlope: 0.3, Talus: 0, Slide: 0.5}
}

// Validate reports parameters outside their documented ranges.
func (p Params) Validate() error {
	switch {
	case p.FlowSteps < 1 || p.FlowSteps > 32:
		return fmt.Errorf("erosion: flow_steps %d out of range [1, 32]", p.FlowSteps)
	case p.SedimentSteps < 0 || p.SedimentSteps > 16:
		return fmt.Errorf("erosion: sediment_steps %d out of range [0, 16]", p.SedimentSteps)
	case p.ThermalSteps < 0 || p.ThermalSteps > 8:
		return fmt.Errorf("erosion: thermal_steps %d out of range [0, 8]", p.ThermalSteps)
	}
	for _, f := range []struct {
		n      string
		v, max float64
	}{{"erode", p.Erode, 1}, {"max_erode", p.MaxErode, 1}, {"deposit", p.Deposit, 1}, {"settle_slope", p.SettleSlope, 16}, {"talus", p.Talus, 64}, {"slide", p.Slide, 0.5}} {
		if math.IsNaN(f.v) || f.v < 0 || f.v > f.max {
			return fmt.Errorf("erosion: %s %v out of range [0, %v]", f.n, f.v, f.max)
		}
	}
	return nil
}

// Filter is the local erosion filter (a world.HeightFilter).
type Filter struct {
	p    Params
	pool sync.Pool // *buffers
}

// NewFilter returns the filter for p.
func NewFilter(p Params) (*Filter, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	f := &Filter{p: p}
	f.pool.New = func() any { return new(buffers) }
	return f, nil
}

// Apron is the filter's reach: one sample for the flow fractions, one per flow sweep, one
// per sediment sweep and one per thermal sweep.
func (f *Filter) Apron() int { return 1 + f.p.FlowSteps + f.p.SedimentSteps + f.p.ThermalSteps }

// neighbour offsets (dx, dz), in the fixed order every loop uses; diagonal drops are
// weighted by 1/sqrt(2).
var (
	ndx = [8]int{-1, 0, 1, -1, 1, -1, 0, 1}
	ndz = [8]int{-1, -1, -1, 0, 0, 1, 1, 1}
	nwt = [8]float64{math.Sqrt2 / 2, 1, math.Sqrt2 / 2, 1, 1, math.Sqrt2 / 2, 1, math.Sqrt2 / 2}
)

type buffers struct {
	frac            []float64 // 8 per sample: share of the sample's outflow to neighbour d
	slope           []float64 // steepest weighted drop
	water, water2   []float64
	erode           []float64
	carry, carry2   []float64
	deposit         []float64
	height, height2 []float64
}

func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// Filter erodes src (nx×nz) into dst ((nx-2A)×(nz-2A)). Every sweep is computed over the
// whole buffer with neighbours outside it ignored; the error this makes at the buffer's
// edge travels inward one sample per sweep, so the samples Apron() or more inside are
// exact: the same as on an unbounded lattice.
//
// The work buffers carry a ring of one sample around src: NaN heights (every comparison
// with them is false, so they are never downhill and never slide) and zero water, sediment
// and outflow (they add exact zeros), so the loops need no bounds tests.
func (f *Filter) Filter(src []float64, nx, nz int, dst []float64) {
	b := f.pool.Get().(*buffers)
	defer f.pool.Put(b)
	p := f.p
	w, h := nx+2, nz+2
	n := w * h
	var off [8]int
	for d := range off {
		off[d] = ndz[d]*w + ndx[d]
	}
	nan := math.NaN()
	b.height, b.height2 = grow(b.height, n), grow(b.height2, n)
	for k := range b.height {
		b.height[k], b.height2[k] = nan, nan
	}
	for j := 0; j < nz; j++ {
		copy(b.height[(j+1)*w+1:(j+1)*w+1+nx], src[j*nx:(j+1)*nx])
	}
	b.frac, b.slope = grow(b.frac, 8*n), grow(b.slope, n)
	clear(b.frac)
	clear(b.slope)
	hs := b.height
	// Outflow fractions and slope from the input heights (reach 1).
	for j := 1; j < h-1; j++ {
		for k := j*w + 1; k < j*w+w-1; k++ {
			hk := hs[k]
			var drops [8]float64
			sum, steep := 0.0, 0.0
			for d := 0; d < 8; d++ {
				if dh := hk - hs[k+off[d]]; dh > 0 {
					v := float64(dh * nwt[d])
					drops[d] = v
					sum += v
					steep = max(steep, v)
				}
			}
			if sum > 0 {
				fr := b.frac[8*k : 8*k+8]
				for d := 0; d < 8; d++ {
					fr[d] = drops[d] / sum
				}
			}
			b.slope[k] = steep
		}
	}
	// Water: one unit of rain per sample, routed downhill FlowSteps times (reach 1 each).
	b.water, b.water2 = grow(b.water, n), grow(b.water2, n)
	clear(b.water2)
	for k := range b.water {
		b.water[k] = 0
	}
	for j := 1; j < h-1; j++ {
		for k := j*w + 1; k < j*w+w-1; k++ {
			b.water[k] = 1
		}
	}
	for s := 0; s < p.FlowSteps; s++ {
		route(b.water, b.water2, b.frac, w, h, &off, 1)
		b.water, b.water2 = b.water2, b.water
	}
	// Erosion: stream power sqrt(flow)·slope, at most MaxErode of the steepest drop.
	b.erode = grow(b.erode, n)
	for k := range b.erode {
		e := float64(float64(p.Erode*math.Sqrt(b.water[k])) * b.slope[k])
		b.erode[k] = min(e, float64(p.MaxErode*b.slope[k]))
	}
	// Sediment: eroded material is carried downhill and settles where the ground is flat.
	b.carry, b.carry2 = grow(b.carry, n), grow(b.carry2, n)
	b.deposit = grow(b.deposit, n)
	clear(b.deposit)
	clear(b.carry2)
	copy(b.carry, b.erode)
	for s := 0; s < p.SedimentSteps; s++ {
		for k := range b.carry {
			d := b.carry[k] // a pit keeps all it receives
			if b.slope[k] > 0 {
				settle := 0.0
				if p.SettleSlope > 0 {
					settle = max(0, 1-b.slope[k]/p.SettleSlope)
				}
				d = float64(float64(p.Deposit*settle) * b.carry[k])
			}
			b.deposit[k] += d
			b.carry[k] -= d
		}
		route(b.carry, b.carry2, b.frac, w, h, &off, 0)
		b.carry, b.carry2 = b.carry2, b.carry
	}
	for j := 1; j < h-1; j++ {
		for k := j*w + 1; k < j*w+w-1; k++ {
			// Sediment still moving at the end settles where it is.
			hs[k] = hs[k] - b.erode[k] + b.deposit[k] + b.carry[k]
		}
	}
	// Thermal: material above the talus slope slides to lower neighbours (reach 1 each).
	for s := 0; s < p.ThermalSteps; s++ {
		thermal(b.height, b.height2, w, h, &off, p.Talus, p.Slide)
		b.height, b.height2 = b.height2, b.height
	}
	a := f.Apron()
	ow := nx - 2*a
	for j := 0; j < nz-2*a; j++ {
		o := (j+a+1)*w + a + 1
		copy(dst[j*ow:(j+1)*ow], b.height[o:o+ow])
	}
}

// route sets out[k] = rain plus what every neighbour sends to k: its amount times its
// outflow fraction towards k, gathered in neighbour order (padded buffers: interior only).
func route(in, out, frac []float64, w, h int, off *[8]int, rain float64) {
	for j := 1; j < h-1; j++ {
		for k := j*w + 1; k < j*w+w-1; k++ {
			v := rain
			for d := 0; d < 8; d++ {
				m := k + off[d]
				// Neighbour m's direction towards k is the opposite of d: 7-d.
				v += float64(in[m] * frac[8*m+7-d])
			}
			out[k] = v
		}
	}
}

// thermal moves, from each sample to each lower neighbour, slide × the height difference
// beyond talus (divided among the 8 neighbours), in gather form (padded buffers).
func thermal(hs, out []float64, w, h int, off *[8]int, talus, slide float64) {
	for j := 1; j < h-1; j++ {
		for k := j*w + 1; k < j*w+w-1; k++ {
			v := hs[k]
			for d := 0; d < 8; d++ {
				dh := hs[k+off[d]] - hs[k]
				if dh > talus {
					v += float64(float64(float64(dh-talus)*slide) / 8)
				} else if dh < -talus {
					v -= float64(float64(float64(-dh-talus)*slide) / 8)
				}
			}
			out[k] = v
		}
	}
}
