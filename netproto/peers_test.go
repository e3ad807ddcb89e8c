package netproto

import (
	"sync"
	"testing"
	"time"
)

// fakeClock is a Clock that moves only when told.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Unix(1_700_000_000, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newTestLimiter(t *testing.T, rate float64, burst, maxPeers int) (*RateLimiter, *fakeClock) {
	t.Helper()
	clk := newFakeClock()
	l, err := NewRateLimiter(RateConfig{Rate: rate, Burst: burst, MaxPeers: maxPeers, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	return l, clk
}

func allowN(l *RateLimiter, peer PeerID, n int) int {
	ok := 0
	for range n {
		if l.Allow(peer) {
			ok++
		}
	}
	return ok
}

func TestRateLimiterBurstAndRefill(t *testing.T) {
	l, clk := newTestLimiter(t, 10, 5, 0)
	if got := allowN(l, 1, 8); got != 5 {
		t.Fatalf("burst allowed %d, want 5", got)
	}
	clk.Advance(99 * time.Millisecond) // 0.99 token
	if l.Allow(1) {
		t.Fatal("allowed before a token refilled")
	}
	clk.Advance(time.Millisecond) // 1.0 token (the denied call cost nothing)
	if !l.Allow(1) || l.Allow(1) {
		t.Fatal("one token after 100 ms at 10/s")
	}
	clk.Advance(250 * time.Millisecond)
	if got := allowN(l, 1, 5); got != 2 {
		t.Fatalf("after 250 ms allowed %d, want 2", got)
	}
	clk.Advance(time.Hour) // refill caps at burst
	if got := allowN(l, 1, 10); got != 5 {
		t.Fatalf("after an hour allowed %d, want 5", got)
	}
	// Sustained: 10/s over 10 s of steady polling at 100 Hz.
	total := 0
	for range 1000 {
		clk.Advance(10 * time.Millisecond)
		total += allowN(l, 1, 1)
	}
	if total < 99 || total > 101 {
		t.Fatalf("sustained %d in 10 s, want ~100", total)
	}
}

func TestRateLimiterPeersIndependent(t *testing.T) {
	l, _ := newTestLimiter(t, 1, 2, 0)
	if allowN(l, 1, 3) != 2 || allowN(l, 2, 3) != 2 || allowN(l, -7, 1) != 1 {
		t.Fatal("peers share buckets")
	}
	if l.Len() != 3 {
		t.Fatalf("Len %d", l.Len())
	}
	l.Forget(1)
	l.Forget(12345) // unknown: no-op
	if l.Len() != 2 || allowN(l, 1, 3) != 2 {
		t.Fatal("Forget did not reset peer 1")
	}
}

func TestRateLimiterForgetsIdle(t *testing.T) {
	l, clk := newTestLimiter(t, 2, 4, 0) // refills in 2 s
	for p := range PeerID(100) {
		l.Allow(p)
	}
	if l.Len() != 100 {
		t.Fatalf("Len %d", l.Len())
	}
	clk.Advance(1999 * time.Millisecond)
	l.Allow(1000)
	if l.Len() != 101 {
		t.Fatalf("peers forgotten before their bucket refilled: Len %d", l.Len())
	}
	clk.Advance(time.Millisecond + 1)
	l.Allow(1000)
	if l.Len() != 1 {
		t.Fatalf("idle peers kept: Len %d", l.Len())
	}
	// A forgotten peer is indistinguishable from one remembered: full bucket.
	if allowN(l, 5, 10) != 4 {
		t.Fatal("forgotten peer's bucket not full")
	}
}

func TestRateLimiterMaxPeers(t *testing.T) {
	l, clk := newTestLimiter(t, 1, 1, 3)
	for p := range PeerID(3) {
		l.Allow(p) // buckets empty
		clk.Advance(time.Millisecond)
	}
	l.Allow(0) // 0 becomes most recent; 1 is least recent
	l.Allow(3) // evicts 1
	if l.Len() != 3 {
		t.Fatalf("Len %d", l.Len())
	}
	if l.Allow(0) || l.Allow(2) {
		t.Fatal("remembered peers got tokens back")
	}
	if !l.Allow(1) { // evicted 1 comes back fresh, evicting 3
		t.Fatal("evicted peer not fresh")
	}
	if l.Len() != 3 {
		t.Fatalf("Len %d", l.Len())
	}
}

func TestRateLimiterClockBackwards(t *testing.T) {
	l, clk := newTestLimiter(t, 1, 1, 0)
	l.Allow(1)
	clk.Advance(-time.Hour)
	if l.Allow(1) {
		t.Fatal("time going backwards refilled the bucket")
	}
	clk.Advance(time.Hour + time.Second)
	if !l.Allow(1) {
		t.Fatal("no refill after the clock caught up")
	}
}

func TestRateLimiterConfig(t *testing.T) {
	for _, c := range []RateConfig{{}, {Rate: 1}, {Burst: 1}, {Rate: -1, Burst: 1}, {Rate: 1, Burst: 1, MaxPeers: -1}, {Rate: 2e9, Burst: 1}} {
		if _, err := NewRateLimiter(c); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	l, err := NewRateLimiter(RateConfig{Rate: 1, Burst: 1}) // real clock
	if err != nil || !l.Allow(1) {
		t.Fatal(err)
	}
}

func TestRateLimiterConcurrent(t *testing.T) {
	l, clk := newTestLimiter(t, 1000, 10, 64)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 2000 {
				l.Allow(PeerID(g*100 + i%100))
				if i%50 == 0 {
					clk.Advance(time.Millisecond)
					l.Forget(PeerID(i))
				}
			}
		})
	}
	wg.Wait()
	if n := l.Len(); n > 64 {
		t.Fatalf("Len %d over MaxPeers", n)
	}
}

func newTestFlood(t *testing.T, maxRejects int, window time.Duration, maxPeers int) (*FloodDetector, *fakeClock) {
	t.Helper()
	clk := newFakeClock()
	f, err := NewFloodDetector(FloodConfig{MaxRejects: maxRejects, Window: window, MaxPeers: maxPeers, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	return f, clk
}

func TestFloodDetectorThreshold(t *testing.T) {
	f, clk := newTestFlood(t, 3, time.Second, 0)
	for i := range 3 {
		if f.Reject(1) {
			t.Fatalf("kicked after %d rejects", i+1)
		}
		clk.Advance(100 * time.Millisecond)
	}
	if !f.Reject(1) {
		t.Fatal("4 rejects in 300 ms not a flood")
	}
	if f.Reject(2) {
		t.Fatal("peers share counts")
	}
}

func TestFloodDetectorWindowSlides(t *testing.T) {
	f, clk := newTestFlood(t, 3, time.Second, 0)
	// One reject every 334 ms: never 4 within a second, forever (ring wraps).
	for i := range 100 {
		if f.Reject(1) {
			t.Fatalf("kicked at reject %d", i)
		}
		clk.Advance(334 * time.Millisecond)
	}
	// A burst right after the steady rejects is a flood.
	kicked := false
	for range 3 {
		kicked = f.Reject(1) || kicked
		clk.Advance(time.Millisecond)
	}
	if !kicked {
		t.Fatal("burst after steady rejects not a flood")
	}
}

func TestFloodDetectorExactBoundary(t *testing.T) {
	f, clk := newTestFlood(t, 1, time.Second, 0)
	f.Reject(1)
	clk.Advance(time.Second)
	if f.Reject(1) {
		t.Fatal("rejects exactly one window apart counted together")
	}
	clk.Advance(time.Second - 1)
	if !f.Reject(1) {
		t.Fatal("rejects 1 ns inside the window not counted together")
	}
}

func TestFloodDetectorMemory(t *testing.T) {
	f, clk := newTestFlood(t, 2, time.Second, 10)
	for p := range PeerID(50) {
		f.Reject(p)
	}
	if f.Len() != 10 {
		t.Fatalf("Len %d, want MaxPeers 10", f.Len())
	}
	clk.Advance(time.Second)
	f.Reject(999)
	if f.Len() != 1 {
		t.Fatalf("idle peers kept: Len %d", f.Len())
	}
	f.Forget(999)
	if f.Len() != 0 {
		t.Fatal("Forget")
	}
	// Forgetting a kicked peer resets it.
	for range 3 {
		f.Reject(5)
	}
	f.Forget(5)
	if f.Reject(5) {
		t.Fatal("forgotten peer still flooding")
	}
}

func TestFloodDetectorConfig(t *testing.T) {
	for _, c := range []FloodConfig{{}, {MaxRejects: 1}, {Window: time.Second}, {MaxRejects: MaxFloodRejects + 1, Window: 1},
		{MaxRejects: 1, Window: -1}, {MaxRejects: 1, Window: 1, MaxPeers: -1}} {
		if _, err := NewFloodDetector(c); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	f, err := NewFloodDetector(FloodConfig{MaxRejects: MaxFloodRejects, Window: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	for i := range MaxFloodRejects {
		if f.Reject(1) {
			t.Fatalf("kicked at %d", i)
		}
	}
	if !f.Reject(1) {
		t.Fatal("no kick at MaxFloodRejects+1 with the real clock")
	}
}

func TestFloodDetectorConcurrent(t *testing.T) {
	f, clk := newTestFlood(t, 5, time.Second, 32)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 2000 {
				f.Reject(PeerID(g*50 + i%50))
				if i%100 == 0 {
					clk.Advance(10 * time.Millisecond)
					f.Forget(PeerID(i))
				}
			}
		})
	}
	wg.Wait()
	if n := f.Len(); n > 32 {
		t.Fatalf("Len %d over MaxPeers", n)
	}
}
