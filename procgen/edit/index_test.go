package edit

import (
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// randomEdits returns n valid edits scattered over a square of side span, radii up to
// MaxRadius, from a few origins, in shuffled order.
func randomEdits(r *rand.Rand, n int, span float64) []Delta {
	out := make([]Delta, n)
	for i := range out {
		out[i] = Delta{
			ID:   ID{Origin: uint64(r.IntN(3) + 1), Seq: uint64(i + 1)},
			Kind: Kind(r.IntN(int(Paint) + 1)),
			X:    r.Float64()*span - span/2, Y: r.Float64()*200 - 100, Z: r.Float64()*span - span/2,
			Radius: 0.5 + r.Float64()*r.Float64()*MaxRadius, Amount: 1,
		}
	}
	r.Shuffle(n, func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// near is the brute-force answer Index.Near must agree with once filtered by Touches.
func near(all []Delta, lo, hi [3]float64) []Delta {
	var out []Delta
	for _, d := range all {
		if d.Touches(lo, hi) {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, byOrder)
	return out
}

func touching(ds []Delta, lo, hi [3]float64) []Delta {
	return slices.DeleteFunc(slices.Clone(ds), func(d Delta) bool { return !d.Touches(lo, hi) })
}

func TestIndexNearMatchesAScan(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	ds := randomEdits(r, 3000, 4000)
	ix := NewIndex(64)
	half := len(ds) / 2
	if n := ix.Load(ds[:half]); n != half {
		t.Fatalf("loaded %d of %d", n, half)
	}
	for _, d := range ds[half:] {
		if !ix.Insert(d) {
			t.Fatalf("fresh edit %v refused", d.ID)
		}
	}
	if ix.Insert(ds[0]) || ix.Load(ds[:10]) != 0 || ix.Len() != len(ds) {
		t.Fatalf("duplicates must be skipped: len %d", ix.Len())
	}
	all := ix.All()
	if len(all) != len(ds) || !Sorted(all) {
		t.Fatalf("All: %d edits, sorted %v", len(all), Sorted(all))
	}
	for q := range 500 {
		x, z := r.Float64()*4400-2200, r.Float64()*4400-2200
		w := []float64{1, 33, 66, 130, 700}[q%5]
		lo, hi := [3]float64{x, -1e9, z}, [3]float64{x + w, 1e9, z + w}
		got := ix.Near(lo, hi)
		if !Sorted(got) {
			t.Fatalf("Near is not in replay order")
		}
		if want := near(ds, lo, hi); !slices.Equal(touching(got, lo, hi), want) {
			t.Fatalf("box %v-%v: %d touching edits, want %d", lo, hi, len(touching(got, lo, hi)), len(want))
		}
	}
	// A box too large for cells, and one that is not finite, still get every edit touching them.
	for _, box := range [][2][3]float64{{{-1e9, -1e9, -1e9}, {1e9, 1e9, 1e9}}, {{0, 0, 0}, {1, 1, math.Inf(1)}}} {
		if got, want := touching(ix.Near(box[0], box[1]), box[0], box[1]), near(ds, box[0], box[1]); !slices.Equal(got, want) {
			t.Fatalf("box %v: %d edits, want %d", box, len(got), len(want))
		}
	}
}

// TestIndexConcurrentReaders: readers see, at any moment, a consistent replay-ordered set
// (run with -race).
func TestIndexConcurrentReaders(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	ds := randomEdits(r, 2000, 500)
	ix := NewIndex(64)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				got := ix.Near([3]float64{-100, 0, -100}, [3]float64{100, 0, 100})
				if !Sorted(got) || len(slices.CompactFunc(slices.Clone(got), func(a, b Delta) bool { return a.ID == b.ID })) != len(got) {
					t.Error("a reader saw an unordered or duplicated list")
					return
				}
			}
		}()
	}
	for _, d := range ds {
		ix.Insert(d)
	}
	close(stop)
	wg.Wait()
	if ix.Len() != len(ds) {
		t.Fatalf("len %d", ix.Len())
	}
}

// BenchmarkIndexNear: the edits near one 64-unit chunk of a world with 100,000 edits.
func BenchmarkIndexNear(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	ix := NewIndex(64)
	ix.Load(randomEdits(r, 100000, 20000))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		x := float64(i%100) * 64
		ix.Near([3]float64{x - 4, 0, x - 4}, [3]float64{x + 68, 0, x + 68})
	}
}
