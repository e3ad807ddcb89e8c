package erosion

import (
	"fmt"
	"math"
)

// DropletParams of the reference particle simulation (the classic droplet model: Hans
// Beyer 2015, popularised by Sebastian Lague), in world units on the unit lattice.
type DropletParams struct {
	Seed        uint64  // start positions
	PerSample   float64 // droplets per lattice sample of the tile
	Lifetime    int     // steps per droplet
	Inertia     float64 // how much a droplet keeps its direction
	Capacity    float64 // sediment capacity per unit of drop·speed·water
	MinCapacity float64
	ErodeSpeed  float64
	DepositRate float64
	Evaporate   float64
	Gravity     float64
	Radius      int // erosion brush radius
}

// DefaultDropletParams are Lague's published defaults, with speed gained downhill.
func DefaultDropletParams(seed uint64) DropletParams {
	return DropletParams{Seed: seed, PerSample: 1.5, Lifetime: 30, Inertia: 0.05, Capacity: 4,
		MinCapacity: 0.01, ErodeSpeed: 0.3, DepositRate: 0.3, Evaporate: 0.01, Gravity: 4, Radius: 3}
}

// splitmix is SplitMix64: the same sequence on every machine.
type splitmix uint64

func (s *splitmix) next() uint64 {
	*s += 0x9E3779B97F4A7C15
	z := uint64(*s)
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// unit returns a float64 in [0, 1) from 53 random bits.
func (s *splitmix) unit() float64 { return float64(float64(s.next()>>11) / (1 << 53)) }

// Droplets erodes h (n×n, row-major) in place with round(PerSample·n²) droplets, one after
// another. A droplet's sediment settles where it stops (at the end of its lifetime, on flat
// ground, or before it would leave the tile), so material is conserved. Samples near the
// tile's edge lack upstream water: measure away from it.
func Droplets(h []float64, n int, p DropletParams) error {
	if len(h) != n*n || n < 4 {
		return fmt.Errorf("erosion: droplets need an n×n tile, n >= 4 (got %d samples, n %d)", len(h), n)
	}
	// Brush: weights max(0, r - dist), normalised, in row-major offset order.
	type tap struct {
		dx, dz int
		w      float64
	}
	var brush []tap
	sum := 0.0
	r := p.Radius
	for dz := -r; dz <= r; dz++ {
		for dx := -r; dx <= r; dx++ {
			d := math.Sqrt(float64(dx*dx + dz*dz))
			if w := float64(r) - d; w > 0 {
				brush = append(brush, tap{dx, dz, w})
				sum += w
			}
		}
	}
	for i := range brush {
		brush[i].w /= sum
	}
	// heightGrad returns the bilinear height and gradient at (x, z).
	heightGrad := func(x, z float64) (float64, float64, float64) {
		ix, iz := int(x), int(z)
		u, v := x-float64(ix), z-float64(iz)
		k := iz*n + ix
		h00, h10, h01, h11 := h[k], h[k+1], h[k+n], h[k+n+1]
		gx := float64((h10-h00)*(1-v)) + float64((h11-h01)*v)
		gz := float64((h01-h00)*(1-u)) + float64((h11-h10)*u)
		hh := float64(float64(h00*(1-u))*(1-v)) + float64(float64(h10*u)*(1-v)) + float64(float64(h01*(1-u))*v) + float64(float64(h11*u)*v)
		return hh, gx, gz
	}
	rng := splitmix(p.Seed)
	drops := int(math.Round(float64(p.PerSample * float64(n*n))))
	lim := float64(n - 1)
	for range drops {
		x, z := float64(rng.unit()*lim), float64(rng.unit()*lim)
		dx, dz, speed, water, sed := 0.0, 0.0, 1.0, 1.0, 0.0
		for step := 0; step < p.Lifetime; step++ {
			ix, iz := int(x), int(z)
			u, v := x-float64(ix), z-float64(iz)
			height, gx, gz := heightGrad(x, z)
			dx = float64(dx*p.Inertia) - float64(gx*(1-p.Inertia))
			dz = float64(dz*p.Inertia) - float64(gz*(1-p.Inertia))
			l := math.Sqrt(float64(dx*dx) + float64(dz*dz))
			if l == 0 {
				break
			}
			dx, dz = dx/l, dz/l
			nx, nz := x+dx, z+dz
			if nx < 0 || nz < 0 || nx >= lim || nz >= lim {
				break
			}
			nh, _, _ := heightGrad(nx, nz)
			dh := nh - height
			capacity := max(float64(float64(float64(-dh*speed)*water)*p.Capacity), p.MinCapacity)
			k := iz*n + ix
			if sed > capacity || dh > 0 {
				dep := float64((sed - capacity) * p.DepositRate)
				if dh > 0 {
					dep = min(dh, sed)
				}
				sed -= dep
				h[k] += float64(float64(dep*(1-u)) * (1 - v))
				h[k+1] += float64(float64(dep*u) * (1 - v))
				h[k+n] += float64(float64(dep*(1-u)) * v)
				h[k+n+1] += float64(float64(dep*u) * v)
			} else {
				amount := min(float64((capacity-sed)*p.ErodeSpeed), -dh)
				for _, t := range brush {
					bx, bz := ix+t.dx, iz+t.dz
					if bx < 0 || bz < 0 || bx >= n || bz >= n {
						continue
					}
					b := bz*n + bx
					e := float64(amount * t.w)
					h[b] -= e
					sed += e
				}
			}
			speed = math.Sqrt(max(0, float64(speed*speed)-float64(dh*p.Gravity)))
			water = float64(water * (1 - p.Evaporate))
			x, z = nx, nz
		}
		// The droplet dies where it stops: its sediment settles there, so the simulation
		// moves material but neither creates nor destroys it.
		ix, iz := int(x), int(z)
		u, v := x-float64(ix), z-float64(iz)
		k := iz*n + ix
		h[k] += float64(float64(sed*(1-u)) * (1 - v))
		h[k+1] += float64(float64(sed*u) * (1 - v))
		h[k+n] += float64(float64(sed*(1-u)) * v)
		h[k+n+1] += float64(float64(sed*u) * v)
	}
	return nil
}
