package schedule

import (
	"context"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// versioned is a generated value that remembers the edit version its generation started from.
type versioned struct{ ver int64 }

func (versioned) SizeBytes() int64 { return 8 }

// TestRequestAfterInvalidateIsFresh checks the scheduler's promise to edits: once an edit is
// applied (the version bumped) and its chunk invalidated, every later request gets a value
// whose generation started after the edit, never the result of a job that was already
// running. Requests are cancelled and re-made at once the way the engine's refresh does,
// on several goroutines and keys; run with -race.
func TestRequestAfterInvalidateIsFresh(t *testing.T) {
	base := runtime.NumGoroutine()
	var version atomic.Int64
	gen := func(ctx context.Context, k Key) (Value, error) {
		v := version.Load() // the edits this generation sees
		for i := range 1 + int(k.X)%3 {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			time.Sleep(time.Duration(50*(i+1)) * time.Microsecond)
		}
		return versioned{v}, nil
	}
	s := New(context.Background(), Options{Generate: gen, Workers: 3, CacheBytes: 1 << 10})
	defer s.Close()
	rounds := 300
	if testing.Short() {
		rounds = 60
	}
	var wg sync.WaitGroup
	var stale atomic.Int64
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 1))
			var pending []context.CancelFunc
			for range rounds {
				k := key(int32(r.IntN(3)))
				// Someone may be waiting for k already (a streamed chunk).
				ctx, cancel := context.WithCancel(context.Background())
				s.Request(ctx, k)
				pending = append(pending, cancel)
				// An edit lands: bump the version, invalidate, cancel the old request and
				// ask again at once (its release runs later, on another goroutine).
				want := version.Add(1)
				s.Invalidate(k)
				if r.IntN(2) == 0 {
					cancel()
				}
				ctx2, cancel2 := context.WithTimeout(context.Background(), 10*time.Second)
				v, err := s.Request(ctx2, k).Result()
				cancel2()
				if err != nil {
					t.Errorf("request after invalidate: %v", err)
					return
				}
				if got := v.(versioned).ver; got < want {
					stale.Add(1)
					t.Errorf("key %v: request after the edit of version %d got a value generated from version %d", k, want, got)
				}
				if len(pending) > 4 {
					pending[0]()
					pending = pending[1:]
				}
			}
			for _, c := range pending {
				c()
			}
		}()
	}
	wg.Wait()
	if n := stale.Load(); n > 0 {
		t.Fatalf("%d stale results", n)
	}
	st := s.Stats()
	t.Logf("generated %d, shared %d, cache hits %d, cancelled %d", st.Generated, st.Shared, st.Hits, st.Cancelled)
	s.Close()
	if st := s.Stats(); st.Running != 0 || st.Queued != 0 {
		t.Fatalf("after Close: %+v", st)
	}
	noLeak(t, base)
}

// TestStaleJobStillAnswersItsRequesters: a job invalidated while running still resolves the
// requests it had (they asked before the edit; the caller re-requests), is not cached, and
// is cancelled when its requesters give up.
func TestStaleJobStillAnswersItsRequesters(t *testing.T) {
	started, gate := make(chan struct{}, 4), make(chan struct{})
	var calls atomic.Int64
	gen := func(ctx context.Context, k Key) (Value, error) {
		n := calls.Add(1)
		started <- struct{}{}
		select {
		case <-gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return sized(n), nil
	}
	s := New(context.Background(), Options{Generate: gen, Workers: 2})
	defer s.Close()
	old := s.Request(context.Background(), key(1))
	<-started
	s.Invalidate(key(1))
	fresh := s.Request(context.Background(), key(1))
	<-started // a second job: the fresh request did not join the stale one
	close(gate)
	if v, err := old.Result(); err != nil || v.(sized) != 1 {
		t.Fatalf("stale job's requester: %v, %v", v, err)
	}
	if v, err := fresh.Result(); err != nil || v.(sized) != 2 {
		t.Fatalf("fresh request: %v, %v", v, err)
	}
	if v, err := s.Request(context.Background(), key(1)).Result(); err != nil || v.(sized) != 2 {
		t.Fatalf("cached value is %v, %v; want the fresh job's", v, err)
	}

	// A stale job whose requesters all leave is cancelled.
	gate2 := make(chan struct{})
	s2 := New(context.Background(), Options{Generate: func(ctx context.Context, k Key) (Value, error) {
		started <- struct{}{}
		select {
		case <-gate2:
			return sized(1), nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}, Workers: 1})
	defer s2.Close()
	ctx, cancel := context.WithCancel(context.Background())
	f := s2.Request(ctx, key(5))
	<-started
	s2.Invalidate(key(5))
	cancel()
	if _, err := f.Result(); err == nil {
		t.Fatal("cancelled stale job delivered a value")
	}
	close(gate2)
}
