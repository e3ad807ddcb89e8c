// Command erosion-train reproduces the learned erosion stage's weights and measures the
// pipeline's erosion elements against the reference droplet simulation.
//
// It generates training data deterministically: for each training seed, a 256×256 tile of
// the default world's unfiltered surface (world.Default(seed)) eroded by erosion.Droplets.
// It then trains the network (learned.NewNet, Adam, fixed crop order) until the validation
// error stops improving or -steps is reached, printing progress, writes the weights file,
// and evaluates on held-out seeds: RMSE against the simulation (as a fraction of relief) of
// the uneroded terrain, the hand-written erosion filter and the learned stage, slope and
// drainage statistics, cost per chunk, and a PNG triptych (input, simulation, learned).
//
//	go run ./cmd/erosion-train                 # train, write weights, evaluate
//	go run ./cmd/erosion-train -eval-only      # evaluate the shipped weights
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
	"time"

	"github.com/procgen-godot/procgen/procgen/erosion"
	"github.com/procgen-godot/procgen/procgen/learned"
	"github.com/procgen-godot/procgen/procgen/world"
)

const (
	tileN  = 256 // simulated tile side
	margin = 48  // samples kept away from the tile edge, where droplets lack upstream water
	cropO  = 48  // training crop output side
)

var arch = learned.Arch{Channels: 8, Dilations: []int{1, 2, 4, 8}}

type tile struct {
	seed       int64
	input, sim []float64
}

func makeTile(seed int64) tile {
	w, err := world.New(world.Default(seed))
	if err != nil {
		log.Fatal(err)
	}
	in := make([]float64, tileN*tileN)
	var s world.FilterScratch
	w.FilteredHeightGrid(0, 0, 1, tileN, tileN, in, &s)
	sim := append([]float64(nil), in...)
	if err := erosion.Droplets(sim, tileN, erosion.DefaultDropletParams(uint64(seed))); err != nil {
		log.Fatal(err)
	}
	return tile{seed: seed, input: in, sim: sim}
}

// crop returns the input window of side o+2a whose inner o×o samples start at (x, z), and
// the simulated change there.
func (t *tile) crop(x, z, o, a int) (in, target []float64) {
	n := o + 2*a
	in = make([]float64, n*n)
	for j := 0; j < n; j++ {
		copy(in[j*n:(j+1)*n], t.input[(z-a+j)*tileN+x-a:])
	}
	target = make([]float64, o*o)
	for j := 0; j < o; j++ {
		for i := 0; i < o; i++ {
			k := (z+j)*tileN + x + i
			target[j*o+i] = t.sim[k] - t.input[k]
		}
	}
	return in, target
}

// apply runs f over the tile's region [lo, hi)² and returns the output there.
func apply(f world.HeightFilter, t *tile, lo, hi int) []float64 {
	a := f.Apron()
	n := hi - lo + 2*a
	in := make([]float64, n*n)
	for j := 0; j < n; j++ {
		copy(in[j*n:(j+1)*n], t.input[(lo-a+j)*tileN+lo-a:])
	}
	out := make([]float64, (hi-lo)*(hi-lo))
	f.Filter(in, n, n, out)
	return out
}

func region(s []float64, lo, hi int) []float64 {
	out := make([]float64, 0, (hi-lo)*(hi-lo))
	for j := lo; j < hi; j++ {
		out = append(out, s[j*tileN+lo:j*tileN+hi]...)
	}
	return out
}

func rmse(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		d := a[i] - b[i]
		s += d * d
	}
	return math.Sqrt(s / float64(len(a)))
}

func relief(a []float64) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range a {
		lo, hi = min(lo, v), max(hi, v)
	}
	return hi - lo
}

// stats are slope and drainage statistics of an n×n field: mean and 90th-percentile
// slope (central differences), pits (samples lower than all 8 neighbours) per 1000 samples.
type stats struct{ meanSlope, p90Slope, pits float64 }

func fieldStats(h []float64, n int) stats {
	var slopes []float64
	pits := 0
	for j := 1; j < n-1; j++ {
		for i := 1; i < n-1; i++ {
			k := j*n + i
			dx, dz := (h[k+1]-h[k-1])/2, (h[k+n]-h[k-n])/2
			slopes = append(slopes, math.Hypot(dx, dz))
			pit := true
			for _, o := range []int{-n - 1, -n, -n + 1, -1, 1, n - 1, n, n + 1} {
				if h[k+o] <= h[k] {
					pit = false
				}
			}
			if pit {
				pits++
			}
		}
	}
	s := 0.0
	for _, v := range slopes {
		s += v
	}
	sorted := append([]float64(nil), slopes...)
	sortFloats(sorted)
	return stats{s / float64(len(slopes)), sorted[len(sorted)*9/10], 1000 * float64(pits) / float64(len(slopes))}
}

func sortFloats(s []float64) {
	// insertion-free: use the standard library through a tiny wrapper to keep imports short
	quick(s, 0, len(s)-1)
}

func quick(s []float64, lo, hi int) {
	for lo < hi {
		p := s[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for s[i] < p {
				i++
			}
			for s[j] > p {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		if j-lo < hi-i {
			quick(s, lo, j)
			lo = i
		} else {
			quick(s, i, hi)
			hi = j
		}
	}
}

func main() {
	out := flag.String("out", "procgen/learned/weights/erosion-v1.pgnn", "weights file to write")
	pngOut := flag.String("png", "docs/erosion-triptych.png", "triptych PNG to write")
	evalOnly := flag.Bool("eval-only", false, "evaluate the existing weights file without training")
	steps := flag.Int("steps", 600, "maximum training steps")
	trainSeeds := flag.Int("train-seeds", 6, "number of training seeds (1..N)")
	sweep := flag.Bool("sweep", false, "search the erosion filter's parameters on the validation seed and exit")
	flag.Parse()
	log.SetFlags(0)
	start := time.Now()
	if *sweep {
		sweepFilter(makeTile(50))
		return
	}

	var train []tile
	if !*evalOnly {
		for s := 1; s <= *trainSeeds; s++ {
			train = append(train, makeTile(int64(s)))
			log.Printf("data: seed %d simulated (%.1fs)", s, time.Since(start).Seconds())
		}
	}
	held := []tile{makeTile(101), makeTile(102), makeTile(103)}
	valid := makeTile(50)

	var net *learned.Net
	if *evalOnly {
		data, err := os.ReadFile(*out)
		if err != nil {
			log.Fatal(err)
		}
		if net, err = learned.Decode(data); err != nil {
			log.Fatal(err)
		}
	} else {
		net = trainNet(train, &valid, *steps, start)
		data := net.Encode()
		if err := os.WriteFile(*out, data, 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s: %d bytes, id %s", *out, len(data), learned.ID(data))
		// Evaluate exactly what ships: the float32 weights read back.
		var err error
		if net, err = learned.Decode(data); err != nil {
			log.Fatal(err)
		}
	}
	evaluate(net, held, *pngOut)
}

func trainNet(train []tile, valid *tile, steps int, start time.Time) *learned.Net {
	// Scales from the data: features ~ unit slopes, output ~ the change's spread.
	var ds []float64
	for _, t := range train {
		for k := range t.input {
			ds = append(ds, t.sim[k]-t.input[k])
		}
	}
	sd := 0.0
	for _, d := range ds {
		sd += d * d
	}
	sd = math.Sqrt(sd / float64(len(ds)))
	net := learned.NewNet(arch, 2024, 0.5, sd)
	a := net.Apron()
	tr := learned.NewTrainer(net, 0.003)
	lo, hi := margin, tileN-margin-cropO
	rng := uint64(7)
	next := func(n int) int {
		rng += 0x9E3779B97F4A7C15
		z := rng
		z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
		z = (z ^ (z >> 27)) * 0x94D049BB133111EB
		return int((z ^ (z >> 31)) % uint64(n))
	}
	validate := func() float64 {
		f := learned.NewFilter(net, 1)
		pred := apply(f, valid, margin, tileN-margin)
		return rmse(pred, region(valid.sim, margin, tileN-margin))
	}
	best, bestAt, patience := math.Inf(1), 0, 4
	var bestNet []byte
	log.Printf("train: %d seeds, receptive field %d, up to %d steps; baseline (no change) validation RMSE %.4f",
		len(train), a, steps, rmse(region(valid.input, margin, tileN-margin), region(valid.sim, margin, tileN-margin)))
	sse, cnt := 0.0, 0
	for step := 1; step <= steps; step++ {
		if step == steps*2/3 {
			tr.LR /= 3
		}
		for b := 0; b < 4; b++ {
			t := &train[next(len(train))]
			in, target := t.crop(lo+next(hi-lo), lo+next(hi-lo), cropO, a)
			s, c := tr.Accumulate(in, cropO+2*a, cropO+2*a, target)
			sse, cnt = sse+s, cnt+c
		}
		tr.Step()
		if step%50 == 0 || step == steps {
			v := validate()
			log.Printf("step %4d/%d  train RMSE %.4f  validation RMSE %.4f  (%.0fs)", step, steps, math.Sqrt(sse/float64(cnt)), v, time.Since(start).Seconds())
			sse, cnt = 0, 0
			if v < best {
				best, bestAt, bestNet = v, step, net.Encode()
			} else if step-bestAt >= 50*patience {
				log.Printf("validation has not improved for %d steps: stopping", step-bestAt)
				break
			}
		}
	}
	n, err := learned.Decode(bestNet)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("best validation RMSE %.4f at step %d", best, bestAt)
	return n
}

func evaluate(net *learned.Net, held []tile, pngOut string) {
	fl, err := erosion.NewFilter(erosion.DefaultParams())
	if err != nil {
		log.Fatal(err)
	}
	lf := learned.NewFilter(net, 1)
	lo, hi := margin, tileN-margin
	n := hi - lo
	var sumU, sumF, sumL, sumR float64
	var stU, stS, stF, stL stats
	for i := range held {
		t := &held[i]
		in, sim := region(t.input, lo, hi), region(t.sim, lo, hi)
		fo, lout := apply(fl, t, lo, hi), apply(lf, t, lo, hi)
		r := relief(in)
		u, f, l := rmse(in, sim)/r, rmse(fo, sim)/r, rmse(lout, sim)/r
		fmt.Printf("held-out seed %d (relief %.1f): RMSE/relief uneroded %.4f  filter %.4f  learned %.4f\n", t.seed, r, u, f, l)
		sumU, sumF, sumL, sumR = sumU+u, sumF+f, sumL+l, sumR+r
		add := func(a *stats, b stats) {
			a.meanSlope += b.meanSlope / 3
			a.p90Slope += b.p90Slope / 3
			a.pits += b.pits / 3
		}
		add(&stU, fieldStats(in, n))
		add(&stS, fieldStats(sim, n))
		add(&stF, fieldStats(fo, n))
		add(&stL, fieldStats(lout, n))
		if i == 1 && pngOut != "" { // the seed with the most relief
			writeTriptych(pngOut, n, in, sim, lout, fo)
		}
	}
	k := float64(len(held))
	fmt.Printf("\nmean over %d held-out seeds (%d×%d samples each, mean relief %.1f):\n", len(held), n, n, sumR/k)
	fmt.Printf("| terrain | RMSE vs simulation / relief | mean slope | p90 slope | pits per 1000 samples |\n|---|---|---|---|---|\n")
	for _, row := range []struct {
		name string
		e    float64
		s    stats
	}{{"uneroded input", sumU / k, stU}, {"droplet simulation (reference)", 0, stS}, {"erosion filter", sumF / k, stF}, {"learned stage", sumL / k, stL}} {
		fmt.Printf("| %s | %.4f | %.3f | %.3f | %.2f |\n", row.name, row.e, row.s.meanSlope, row.s.p90Slope, row.s.pits)
	}
	// Cost: the simulation of one tile per 64×64 chunk area, against the filters per chunk.
	t := &held[0]
	start := time.Now()
	sim := append([]float64(nil), t.input...)
	_ = erosion.Droplets(sim, tileN, erosion.DefaultDropletParams(1))
	simPerChunk := time.Since(start).Seconds() * 1000 / float64(tileN*tileN/(64*64))
	timeIt := func(f world.HeightFilter) float64 {
		start := time.Now()
		reps := 0
		for time.Since(start) < 500*time.Millisecond {
			apply(f, t, 96, 96+65)
			reps++
		}
		return time.Since(start).Seconds() * 1000 / float64(reps)
	}
	fmt.Printf("\ncost per 65×65-sample chunk (filter only, one core): simulation %.1f ms (its tile's cost per chunk area), erosion filter %.1f ms, learned %.1f ms\n",
		simPerChunk, timeIt(fl), timeIt(lf))
}

// writeTriptych draws, left to right, input | simulation | learned stage. The top row is
// the terrain, hill-shaded (slopes exaggerated 3×) and tinted by height on one scale for
// all three; the bottom row is each one's change from the input (blue: deposited, red:
// eroded, white: unchanged; ±2 units at full colour), with the hand-written erosion filter's
// change under the input.
func writeTriptych(path string, n int, input, sim, learnedOut, filter []float64) {
	fields := [][]float64{input, sim, learnedOut}
	changes := [][]float64{filter, sim, learnedOut}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, f := range fields {
		for _, v := range f {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	const gap, scale = 6, 2
	side := n * scale
	img := image.NewRGBA(image.Rect(0, 0, 3*(side+gap)-gap, 2*side+gap))
	for p := range img.Pix {
		img.Pix[p] = 255
	}
	for fi, f := range fields {
		for j := 0; j < side; j++ {
			for i := 0; i < side; i++ {
				x, z := max(min(i/scale, n-2), 1), max(min(j/scale, n-2), 1)
				k := z*n + x
				dx, dz := 3*(f[k+1]-f[k-1])/2, 3*(f[k+n]-f[k-n])/2
				nl := (0.6*dx + 0.6*dz + 0.55) / math.Sqrt(dx*dx+dz*dz+1) // light from -x, -z
				shade := math.Max(0.12, math.Min(1, 0.25+0.85*nl))
				t := (f[k] - lo) / (hi - lo)
				r, g, b := 0.25+0.6*t, 0.45+0.35*t, 0.2+0.6*t
				img.Set(fi*(side+gap)+i, j, color.RGBA{uint8(255 * r * shade), uint8(255 * g * shade), uint8(255 * b * shade), 255})
			}
		}
		c := changes[fi]
		for j := 0; j < side; j++ {
			for i := 0; i < side; i++ {
				k := (j/scale)*n + i/scale
				d := math.Max(-1, math.Min(1, (c[k]-input[k])/2))
				r, g, b := 1.0, 1.0, 1.0
				if d > 0 { // deposited
					r, g = 1-d, 1-0.6*d
				} else {
					g, b = 1+d, 1+d
				}
				img.Set(fi*(side+gap)+i, side+gap+j, color.RGBA{uint8(255 * r), uint8(255 * g), uint8(255 * b), 255})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s", path)
}

// sweepFilter grid-searches the hand-written filter's main parameters against the
// simulation on the validation tile (never on the held-out seeds).
func sweepFilter(t tile) {
	lo, hi := margin, tileN-margin
	sim := region(t.sim, lo, hi)
	best, bestP := math.Inf(1), erosion.DefaultParams()
	try := func(p erosion.Params) {
		f, err := erosion.NewFilter(p)
		if err != nil {
			log.Fatal(err)
		}
		if e := rmse(apply(f, &t, lo, hi), sim); e < best {
			best, bestP = e, p
			log.Printf("RMSE %.4f with %+v", e, p)
		}
	}
	// Hydraulic part, then the thermal (diffusion) part around the best hydraulic setting.
	for _, erode := range []float64{0.05, 0.15, 0.3, 0.6} {
		for _, dep := range []float64{0.1, 0.35, 0.8} {
			for _, settle := range []float64{0.3, 1, 3} {
				for _, flow := range []int{8, 14} {
					p := erosion.DefaultParams()
					p.Erode, p.MaxErode, p.Deposit, p.SettleSlope, p.FlowSteps = erode, 1, dep, settle, flow
					try(p)
				}
			}
		}
	}
	h := bestP
	for _, steps := range []int{2, 4, 8} {
		for _, talus := range []float64{0, 0.1, 0.3, 1.2} {
			for _, slide := range []float64{0.25, 0.5} {
				p := h
				p.ThermalSteps, p.Talus, p.Slide = steps, talus, slide
				try(p)
			}
		}
	}
	fmt.Printf("best %+v (RMSE %.4f; uneroded %.4f)\n", bestP, best, rmse(region(t.input, lo, hi), sim))
}
