package schedule

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/internal/cputime"
	"github.com/procgen-godot/procgen/procgen/world"
)

var _ = flag.Bool("update", false, "re-bless golden files (used in package procgen)")

type sized int64

func (s sized) SizeBytes() int64 { return int64(s) }

// noLeak checks that the goroutine count returns to base (with retries: exiting
// goroutines take a moment to be reaped).
func noLeak(t *testing.T, base int) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if runtime.NumGoroutine() <= base {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	buf := make([]byte, 1<<16)
	t.Fatalf("goroutines: %d, want <= %d\n%s", runtime.NumGoroutine(), base, buf[:runtime.Stack(buf, true)])
}

func key(x int32) Key { return Key{Kind: Heightmap, X: x, Step: 1} }

func TestWorldGeneratorMatchesChunk(t *testing.T) {
	base := runtime.NumGoroutine()
	w, _ := world.New(world.Default(4))
	ds := []edit.Delta{{ID: edit.ID{Origin: 1, Seq: 1}, Kind: edit.Raise, X: 70, Z: 5, Radius: 9, Amount: 5}}
	s := NewForWorld(context.Background(), w, func(lo, hi [3]float64) []edit.Delta { return ds }, nil, Options{Workers: 2})
	v, err := s.Request(context.Background(), Key{Kind: Heightmap, X: 1, Z: 0, Step: 1}).Result()
	if err != nil {
		t.Fatal(err)
	}
	var c chunk.Heightmap
	c.Generate(w, 1, 0, 1, ds)
	m := v.(*Mesh)
	if len(m.Positions) != len(c.Positions) || m.Origin != [3]float64{64, 0, 0} {
		t.Fatal("mesh differs from direct generation")
	}
	for i := range m.Positions {
		if m.Positions[i] != c.Positions[i] {
			t.Fatal("positions differ")
		}
	}
	vv, err := s.Request(context.Background(), Key{Kind: Voxel, X: 0, Y: 0, Z: 0, Step: 1}).Result()
	if err != nil || vv.(*Mesh).SizeBytes() <= 64 {
		t.Fatalf("voxel: %v", err)
	}
	if _, err := s.Request(context.Background(), Key{Kind: Heightmap, Step: 3}).Result(); !errors.Is(err, chunk.ErrStep) {
		t.Fatalf("bad step: %v", err)
	}
	if st := s.Stats(); st.Cached != 2 {
		t.Fatalf("stats %+v", st)
	}
	s.Close()
	noLeak(t, base)
}

func TestDuplicatesShareOneJob(t *testing.T) {
	base := runtime.NumGoroutine()
	var calls atomic.Int32
	gate := make(chan struct{})
	s := New(context.Background(), Options{Workers: 2, Generate: func(ctx context.Context, k Key) (Value, error) {
		calls.Add(1)
		<-gate
		return sized(10), nil
	}})
	var fs []*Future
	for i := 0; i < 20; i++ {
		fs = append(fs, s.Request(context.Background(), key(7)))
	}
	close(gate)
	for _, f := range fs {
		if v, err := f.Result(); err != nil || v != sized(10) {
			t.Fatal(v, err)
		}
	}
	if calls.Load() != 1 {
		t.Fatalf("%d generations for one key", calls.Load())
	}
	if v, _ := s.Request(context.Background(), key(7)).Result(); v != sized(10) || s.Stats().Hits != 1 {
		t.Fatal("second request not served from cache")
	}
	s.Close()
	noLeak(t, base)
}

func TestPriorityFollowsViewers(t *testing.T) {
	base := runtime.NumGoroutine()
	gate := make(chan struct{})
	var mu sync.Mutex
	var order []int32
	s := New(context.Background(), Options{Workers: 1, HeightmapSize: 10, Generate: func(ctx context.Context, k Key) (Value, error) {
		if k.X == -100 {
			<-gate // hold the only worker while the queue fills
		}
		mu.Lock()
		order = append(order, k.X)
		mu.Unlock()
		return sized(1), nil
	}})
	first := s.Request(context.Background(), key(-100))
	for s.Stats().Running != 1 {
		time.Sleep(time.Millisecond)
	}
	s.SetViewer(1, [3]float64{0, 0, 0})
	var fs []*Future
	for _, x := range []int32{9, 3, 7, 1, 5} {
		fs = append(fs, s.Request(context.Background(), key(x)))
	}
	s.SetViewer(1, [3]float64{95, 0, 0}) // nearest is now x=9, then 7, 5, 3, 1
	s.SetViewer(2, [3]float64{1e6, 0, 0})
	close(gate)
	first.Result()
	for _, f := range fs {
		f.Result()
	}
	want := []int32{-100, 9, 7, 5, 3, 1}
	if fmt.Sprint(order) != fmt.Sprint(want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	s.RemoveViewer(1)
	s.RemoveViewer(2)
	s.Close()
	noLeak(t, base)
}

func TestCancellation(t *testing.T) {
	base := runtime.NumGoroutine()
	gate := make(chan struct{})
	var ran sync.Map
	sawCancel := make(chan struct{})
	s := New(context.Background(), Options{Workers: 1, Generate: func(ctx context.Context, k Key) (Value, error) {
		ran.Store(k.X, true)
		if k.X == 0 {
			<-gate
		}
		if k.X == 2 {
			<-ctx.Done() // a running job sees cancellation
			close(sawCancel)
			return nil, ctx.Err()
		}
		return sized(1), nil
	}})
	blocker := s.Request(context.Background(), key(0))
	for s.Stats().Running != 1 {
		time.Sleep(time.Millisecond)
	}
	ctx1, cancel1 := context.WithCancel(context.Background())
	ctx2, cancel2 := context.WithCancel(context.Background())
	a := s.Request(ctx1, key(1))
	b := s.Request(ctx2, key(1)) // shares the job
	cancel1()
	time.Sleep(10 * time.Millisecond)
	select {
	case <-a.Done():
		t.Fatal("job cancelled while a requester still wants it")
	default:
	}
	cancel2()
	if _, err := b.Result(); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled job: %v", err)
	}
	close(gate)
	blocker.Result()
	if _, ok := ran.Load(int32(1)); ok {
		t.Fatal("cancelled queued job ran")
	}
	// Cancel a running job.
	ctx3, cancel3 := context.WithCancel(context.Background())
	c := s.Request(ctx3, key(2))
	for s.Stats().Running != 1 {
		time.Sleep(time.Millisecond)
	}
	cancel3()
	<-sawCancel
	if _, err := c.Result(); !errors.Is(err, context.Canceled) {
		t.Fatalf("running job: %v", err)
	}
	// A fresh request after cancellation starts a new job and succeeds.
	if v, err := s.Request(context.Background(), key(1)).Result(); err != nil || v != sized(1) {
		t.Fatal(v, err)
	}
	s.Close()
	noLeak(t, base)
}

func TestLRUBytes(t *testing.T) {
	c := newLRU(250)
	c.put(key(1), sized(100))
	c.put(key(2), sized(100))
	c.get(key(1)) // 2 is now least recent
	c.put(key(3), sized(100))
	if _, ok := c.get(key(2)); ok || c.used != 200 || c.len() != 2 {
		t.Fatalf("used %d len %d", c.used, c.len())
	}
	c.put(key(4), sized(1000)) // too large: not cached
	if _, ok := c.get(key(4)); ok {
		t.Fatal("oversized value cached")
	}
	c.put(key(1), sized(50))
	if c.used != 150 {
		t.Fatalf("used %d after resize", c.used)
	}
}

func TestCloseAndContextShutdown(t *testing.T) {
	base := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	gate := make(chan struct{})
	s := New(ctx, Options{Workers: 3, Generate: func(ctx context.Context, k Key) (Value, error) {
		select {
		case <-gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return sized(1), nil
	}})
	var fs []*Future
	for i := int32(0); i < 20; i++ {
		fs = append(fs, s.Request(context.Background(), key(i)))
	}
	cancel()
	for _, f := range fs {
		if _, err := f.Result(); err == nil {
			t.Fatal("pending request succeeded after shutdown")
		}
	}
	if _, err := s.Request(context.Background(), key(99)).Result(); !errors.Is(err, ErrClosed) {
		t.Fatalf("request after close: %v", err)
	}
	s.Close() // idempotent
	close(gate)
	noLeak(t, base)
}

// TestStress exercises every path concurrently; run with -race.
func TestStress(t *testing.T) {
	base := runtime.NumGoroutine()
	w, _ := world.New(world.Default(2))
	s := NewForWorld(context.Background(), w, nil, nil, Options{Workers: 2, CacheBytes: 2 << 20})
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				ctx, cancel := context.WithCancel(context.Background())
				k := Key{Kind: Heightmap, X: int32(i % 7), Z: int32(g), Step: uint8(1 << (i % 3))}
				f := s.Request(ctx, k)
				if i%3 == 0 {
					cancel()
				}
				s.SetViewer(g, [3]float64{float64(i), 0, float64(g)})
				if i%5 == 0 {
					s.Invalidate(k)
				}
				f.Result()
				cancel()
			}
		}(g)
	}
	wg.Wait()
	s.Close()
	noLeak(t, base)
}

// TestWorkerCountIndependent: results do not depend on the number of workers.
func TestWorkerCountIndependent(t *testing.T) {
	w, _ := world.New(world.Default(8))
	get := func(workers int) []*Mesh {
		s := NewForWorld(context.Background(), w, nil, nil, Options{Workers: workers, CacheBytes: -1})
		defer s.Close()
		var fs []*Future
		for i := int32(0); i < 6; i++ {
			fs = append(fs, s.Request(context.Background(), Key{Kind: Voxel, X: i % 3, Y: 0, Z: i / 3, Step: 1}))
		}
		var out []*Mesh
		for _, f := range fs {
			v, err := f.Result()
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, v.(*Mesh))
		}
		return out
	}
	a, b := get(1), get(2)
	for i := range a {
		if fmt.Sprint(a[i].Positions) != fmt.Sprint(b[i].Positions) || fmt.Sprint(a[i].Indices) != fmt.Sprint(b[i].Indices) {
			t.Fatalf("chunk %d differs between 1 and 2 workers", i)
		}
	}
}

// BenchmarkSchedulerHeightmap measures chunks/s for 64×64 heightmap chunks (65×65
// vertices) through the scheduler with 1 and 2 workers, for the default pipeline (5-octave
// fBm, biomes, normals, mesh with skirts) and the yardstick pipeline (5-octave fBm
// + normals + mesh). Caching is off, so every request generates.
func BenchmarkSchedulerHeightmap(b *testing.B) {
	plain := world.Default(1)
	plain.Stages = []string{world.StageHeight, world.StageMesh}
	for _, p := range []struct {
		name string
		cfg  world.WorldConfig
	}{{"default", world.Default(1)}, {"fbm5+normals+mesh", plain}} {
		w, err := world.New(p.cfg)
		if err != nil {
			b.Fatal(err)
		}
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/workers=%d", p.name, workers), func(b *testing.B) {
				s := NewForWorld(context.Background(), w, nil, nil, Options{Workers: workers, CacheBytes: -1})
				defer s.Close()
				b.ReportAllocs()
				b.ResetTimer()
				cpu0 := cputime.Now()
				fs := make([]*Future, 0, b.N)
				for i := 0; i < b.N; i++ {
					fs = append(fs, s.Request(context.Background(), Key{Kind: Heightmap, X: int32(i % 64), Z: int32(i / 64), Step: 1}))
				}
				for _, f := range fs {
					if _, err := f.Result(); err != nil {
						b.Fatal(err)
					}
				}
				cputime.ReportRate(b, cpu0)
			})
		}
	}
}

// BenchmarkSchedulerVoxel: 32³ voxel chunks at the surface with mesh, 1 and 2 workers.
func BenchmarkSchedulerVoxel(b *testing.B) {
	w, _ := world.New(world.Default(1))
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			s := NewForWorld(context.Background(), w, nil, nil, Options{Workers: workers, CacheBytes: -1})
			defer s.Close()
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cputime.Now()
			fs := make([]*Future, 0, b.N)
			for i := 0; i < b.N; i++ {
				fs = append(fs, s.Request(context.Background(), Key{Kind: Voxel, X: int32(i % 16), Y: 0, Z: int32(i / 16), Step: 1}))
			}
			for _, f := range fs {
				if _, err := f.Result(); err != nil {
					b.Fatal(err)
				}
			}
			cputime.ReportRate(b, cpu0)
		})
	}
}

func TestSharedTopologyEqualsChunk(t *testing.T) {
	w, _ := world.New(world.Default(6))
	gen := WorldGenerator(w, nil)
	for _, step := range []uint8{1, 2, 1, 4} {
		for x := int32(-1); x <= 1; x++ {
			v, err := gen(context.Background(), Key{Kind: Heightmap, X: x, Z: 2, Step: step})
			if err != nil {
				t.Fatal(err)
			}
			var c chunk.Heightmap
			c.Generate(w, x, 2, int(step), nil)
			m := v.(*Mesh)
			if fmt.Sprint(m.UVs) != fmt.Sprint(c.UVs) || fmt.Sprint(m.Indices) != fmt.Sprint(c.Indices) {
				t.Fatalf("step %d: shared topology differs", step)
			}
		}
	}
}

// TestNiceWorkers: workers on lowered-priority threads that yield between jobs produce the
// same chunks and exit cleanly (their locked threads end with them).
func TestNiceWorkers(t *testing.T) {
	base := runtime.NumGoroutine()
	w, err := world.New(world.Default(9))
	if err != nil {
		t.Fatal(err)
	}
	plain := WorldGenerator(w, nil)
	var asked atomic.Int64
	s := NewForWorld(context.Background(), w, nil, nil, Options{Workers: 2, Nice: 10, Yield: func() bool { return asked.Add(1)%2 == 0 }})
	for i := int32(0); i < 4; i++ {
		k := Key{Kind: Heightmap, X: i, Z: -i, Step: 1}
		got, err := s.Request(context.Background(), k).Result()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := plain(context.Background(), k)
		if !slices.Equal(got.(*Mesh).Positions, want.(*Mesh).Positions) {
			t.Fatalf("chunk %v differs on nice workers", k)
		}
	}
	if asked.Load() < 4 {
		t.Fatalf("Yield asked %d times for 4 jobs", asked.Load())
	}
	s.Close()
	noLeak(t, base)
}

// TestTryRequestNeverWaits: while another goroutine holds the scheduler, TryRequest and
// TrySetViewer return at once without changing anything; once it is free they work like
// Request and SetViewer.
func TestTryRequestNeverWaits(t *testing.T) {
	gen := func(ctx context.Context, k Key) (Value, error) { return sized(k.X), nil }
	s := New(context.Background(), Options{Generate: gen, Workers: 1})
	defer s.Close()

	s.mu.Lock() // a worker holding the scheduler
	if f, ok := s.TryRequest(context.Background(), key(1)); ok || f != nil {
		s.mu.Unlock()
		t.Fatal("TryRequest must not wait for, or enter, a held scheduler")
	}
	if s.TrySetViewer(0, [3]float64{1, 2, 3}) {
		s.mu.Unlock()
		t.Fatal("TrySetViewer must not wait for a held scheduler")
	}
	if len(s.jobs) != 0 || len(s.viewers) != 0 {
		s.mu.Unlock()
		t.Fatalf("a refused call changed the scheduler: %d jobs, %d viewers", len(s.jobs), len(s.viewers))
	}
	s.mu.Unlock()

	// An idle worker takes the scheduler only for moments: a retry gets in.
	var f *Future
	deadline := time.Now().Add(time.Second)
	for ok := false; !ok; {
		if f, ok = s.TryRequest(context.Background(), key(7)); !ok && time.Now().After(deadline) {
			t.Fatal("TryRequest refused an idle scheduler for 1 s")
		}
		runtime.Gosched()
	}
	if v, err := f.Result(); err != nil || v.(sized) != 7 {
		t.Fatalf("result %v, %v", v, err)
	}
	// The worker resolves a future while it still holds the scheduler: it lets go at once.
	deadline = time.Now().Add(time.Second)
	for !s.TrySetViewer(0, [3]float64{1, 2, 3}) {
		if time.Now().After(deadline) {
			t.Fatal("TrySetViewer refused an idle scheduler for 1 s")
		}
		runtime.Gosched()
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if f, ok := s.TryRequest(ctx, key(8)); !ok {
		t.Fatal("a cancelled request resolves at once")
	} else if _, err := f.Result(); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled request: %v", err)
	}
}

// TestWorldGeneratorWithOutput: a custom Output sees the chunk just generated (the same
// arrays as generating it directly) and its value is what the scheduler returns.
func TestWorldGeneratorWithOutput(t *testing.T) {
	w, _ := world.New(world.Default(6))
	type kept struct {
		sized
		positions []float32
		indices   int
	}
	out := func(v *Mesh) (Value, error) {
		return kept{sized: 1, positions: slices.Clone(v.Positions), indices: len(v.Indices)}, nil
	}
	s := New(context.Background(), Options{Generate: WorldGeneratorWith(w, nil, out), Workers: 2})
	defer s.Close()
	v, err := s.Request(context.Background(), Key{Kind: Heightmap, X: -2, Z: 3, Step: 2}).Result()
	if err != nil {
		t.Fatal(err)
	}
	var c chunk.Heightmap
	if err := c.Generate(w, -2, 3, 2, nil); err != nil {
		t.Fatal(err)
	}
	got := v.(kept)
	if !slices.Equal(got.positions, c.Positions) || got.indices != len(c.Indices) || got.indices == 0 {
		t.Fatalf("output saw %d positions and %d indices, want the chunk's %d and %d", len(got.positions), got.indices, len(c.Positions), len(c.Indices))
	}
}
