// Package schedule runs chunk generation on a worker pool. Requests are served from a
// byte-bounded LRU cache when possible; otherwise they join or create a job in a
// priority queue ordered by distance to the nearest viewer (viewers can move at any
// time). Duplicate requests for a key share one job; a job nobody waits for any more is
// cancelled (removed from the queue, or its context cancelled if running). Close, or
// cancelling the context given to New, stops every worker: no goroutine is left behind.
//
// Scheduling affects only when chunks are produced, never their contents: generation
// is a pure function of the key (see package chunk).
package schedule

import (
	"container/heap"
	"context"
	"errors"
	"math"
	"runtime"
	"sync"
)

// Kind is the chunk kind of a key.
type Kind uint8

// Chunk kinds.
const (
	Heightmap Kind = iota
	Voxel
)

// Key names a chunk. Step is the heightmap LOD step (ignored, use 1, for voxels). For a
// heightmap, Y > 0 names a far tile covering 2^Y×2^Y chunks, X and Z counting tiles (see
// chunk.Heightmap.GenerateTile); ordinary chunks have Y = 0.
type Key struct {
	Kind    Kind
	X, Y, Z int32
	Step    uint8
}

// Value is a generated chunk; SizeBytes is its cache cost.
type Value interface{ SizeBytes() int64 }

// Func generates the value for k. It should return promptly with ctx.Err() when ctx is
// cancelled. It must be safe for concurrent use.
type Func func(ctx context.Context, k Key) (Value, error)

// ErrClosed is returned for requests made to, or pending in, a closed scheduler.
var ErrClosed = errors.New("schedule: scheduler closed")

// Options configure a Scheduler.
type Options struct {
	Generate Func
	// Workers defaults to runtime.NumCPU().
	Workers int
	// CacheBytes bounds the result cache; default 256 MiB. Negative disables caching.
	CacheBytes int64
	// HeightmapSize and VoxelSize are chunk edges in world units, for distances
	// (defaults 64 and 32). Heightmap distance is horizontal; voxel distance is 3D.
	HeightmapSize, VoxelSize int
	// Yield, if set, is asked after every job; when it returns true the worker yields its
	// processor (runtime.Gosched) so that a goroutine waiting for one, such as an engine
	// callback returning from C, gets it at once instead of after a preemption.
	Yield func() bool
	// Nice, when positive, runs each worker on its own OS thread with this niceness (Linux;
	// ignored elsewhere), so an interactive thread such as Godot's main thread keeps its core
	// while workers use the rest. Nice never changes what is generated, only when.
	Nice int
}

// Future is the pending result of a request.
type Future struct {
	done chan struct{}
	val  Value
	err  error
}

// Done is closed when the result is ready.
func (f *Future) Done() <-chan struct{} { return f.done }

// Result returns the value and error; it blocks until Done.
func (f *Future) Result() (Value, error) {
	<-f.done
	return f.val, f.err
}

// Wait waits for the result or for ctx.
func (f *Future) Wait(ctx context.Context) (Value, error) {
	select {
	case <-f.done:
		return f.val, f.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func resolved(v Value, err error) *Future {
	f := &Future{done: make(chan struct{}), val: v, err: err}
	close(f.done)
	return f
}

type job struct {
	key     Key
	fut     *Future
	refs    int
	prio    float64 // squared distance to the nearest viewer
	seq     uint64  // FIFO tie-break
	index   int     // heap index, -1 when not queued
	running bool
	// stale: invalidated while running, so its result may predate the invalidation. A stale
	// job is detached from Scheduler.jobs: it still answers the requests it already has, but
	// no later request joins it, and its result is never cached.
	stale    bool
	finished bool // resolved: a late release is a no-op
	ctx      context.Context
	cancel   context.CancelFunc
	stops    []func() bool
}

type jobHeap []*job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if h[i].prio != h[j].prio {
		return h[i].prio < h[j].prio
	}
	return h[i].seq < h[j].seq
}
func (h jobHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *jobHeap) Push(x any) {
	j := x.(*job)
	j.index = len(*h)
	*h = append(*h, j)
}
func (h *jobHeap) Pop() any {
	old := *h
	j := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	j.index = -1
	return j
}

// Stats are counters for tests and monitoring.
type Stats struct {
	Queued, Running, Cached int
	CacheBytes              int64
	Generated, Shared, Hits uint64
	Cancelled               uint64
}

// Scheduler is a chunk generation worker pool. All methods are safe for concurrent use.
type Scheduler struct {
	opt     Options
	mu      sync.Mutex
	cond    *sync.Cond
	queue   jobHeap
	jobs    map[Key]*job
	viewers map[int][3]float64
	cache   *lru
	seq     uint64
	closed  bool
	stats   Stats
	running map[*job]struct{} // taken by workers and not finished, stale ones included
	wg      sync.WaitGroup
	stopCtx func() bool
}

// New starts a scheduler. Cancelling ctx closes it (as Close does).
func New(ctx context.Context, opt Options) *Scheduler {
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.CacheBytes == 0 {
		opt.CacheBytes = 256 << 20
	}
	if opt.HeightmapSize <= 0 {
		opt.HeightmapSize = 64
	}
	if opt.VoxelSize <= 0 {
		opt.VoxelSize = 32
	}
	s := &Scheduler{opt: opt, jobs: map[Key]*job{}, running: map[*job]struct{}{}, viewers: map[int][3]float64{}, cache: newLRU(max(opt.CacheBytes, 0))}
	s.cond = sync.NewCond(&s.mu)
	s.wg.Add(opt.Workers)
	for i := 0; i < opt.Workers; i++ {
		go s.worker()
	}
	stop := context.AfterFunc(ctx, func() { s.Close() })
	s.mu.Lock()
	s.stopCtx = stop
	s.mu.Unlock()
	return s
}

// Close cancels all pending and running jobs and waits for the workers to exit.
// It is idempotent.
func (s *Scheduler) Close() {
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		for _, j := range s.queue {
			j.index = -1
			s.finishLocked(j, nil, ErrClosed)
		}
		s.queue = nil
		for _, j := range s.jobs {
			j.cancel()
		}
		for j := range s.running {
			j.cancel() // stale jobs are in running only
		}
		s.cond.Broadcast()
	}
	stop := s.stopCtx
	s.mu.Unlock()
	s.wg.Wait()
	if stop != nil {
		stop()
	}
}

// center returns the centre of k's chunk in world units.
func (s *Scheduler) center(k Key) [3]float64 {
	if k.Kind == Heightmap {
		n := float64(s.opt.HeightmapSize << max(k.Y, 0)) // Y > 0: a far tile of 2^Y chunks
		return [3]float64{(float64(k.X) + 0.5) * n, 0, (float64(k.Z) + 0.5) * n}
	}
	n := float64(s.opt.VoxelSize)
	return [3]float64{(float64(k.X) + 0.5) * n, (float64(k.Y) + 0.5) * n, (float64(k.Z) + 0.5) * n}
}

func (s *Scheduler) priorityLocked(k Key) float64 {
	if len(s.viewers) == 0 {
		return 0
	}
	c := s.center(k)
	best := math.Inf(1)
	for _, v := range s.viewers {
		dx, dy, dz := c[0]-v[0], c[1]-v[1], c[2]-v[2]
		if k.Kind == Heightmap {
			dy = 0
		}
		best = min(best, float64(dx*dx)+float64(dy*dy)+float64(dz*dz)) // rounded: no FMA

	}
	return best
}

// SetViewer adds or moves viewer id; queued jobs are re-prioritised.
func (s *Scheduler) SetViewer(id int, pos [3]float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.viewers[id] = pos
	s.reprioritiseLocked()
}

// TrySetViewer is SetViewer for a caller that must never wait (see TryRequest); it reports
// false, changing nothing, when the scheduler is busy.
func (s *Scheduler) TrySetViewer(id int, pos [3]float64) bool {
	if !s.mu.TryLock() {
		return false
	}
	defer s.mu.Unlock()
	s.viewers[id] = pos
	s.reprioritiseLocked()
	return true
}

// RemoveViewer removes viewer id.
func (s *Scheduler) RemoveViewer(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.viewers, id)
	s.reprioritiseLocked()
}

func (s *Scheduler) reprioritiseLocked() {
	for _, j := range s.queue {
		j.prio = s.priorityLocked(j.key)
	}
	heap.Init(&s.queue)
}

// Request asks for k. The future resolves with the cached value, the result of the
// (possibly shared) job, ctx.Err() if every requester of the job gave up before it ran,
// or ErrClosed.
func (s *Scheduler) Request(ctx context.Context, k Key) *Future {
	if err := ctx.Err(); err != nil {
		return resolved(nil, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requestLocked(ctx, k)
}

// TryRequest is Request for a caller that must never wait, such as a game engine's main
// thread: when a worker holds the scheduler (and may itself be waiting for a CPU, being
// niced), it returns ok false at once, and the caller asks again later.
func (s *Scheduler) TryRequest(ctx context.Context, k Key) (f *Future, ok bool) {
	if err := ctx.Err(); err != nil {
		return resolved(nil, err), true
	}
	if !s.mu.TryLock() {
		return nil, false
	}
	defer s.mu.Unlock()
	return s.requestLocked(ctx, k), true
}

func (s *Scheduler) requestLocked(ctx context.Context, k Key) *Future {
	if s.closed {
		return resolved(nil, ErrClosed)
	}
	if v, ok := s.cache.get(k); ok {
		s.stats.Hits++
		return resolved(v, nil)
	}
	j, ok := s.jobs[k]
	if ok {
		s.stats.Shared++
	} else {
		jctx, cancel := context.WithCancel(context.Background())
		s.seq++
		j = &job{key: k, fut: &Future{done: make(chan struct{})}, prio: s.priorityLocked(k), seq: s.seq, ctx: jctx, cancel: cancel}
		s.jobs[k] = j
		heap.Push(&s.queue, j)
		s.cond.Signal()
	}
	j.refs++
	j.stops = append(j.stops, context.AfterFunc(ctx, func() { s.release(j, ctx.Err()) }))
	return j.fut
}

// release drops one requester of j; the last one out cancels the job.
func (s *Scheduler) release(j *job, cause error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if j.finished {
		return
	}
	j.refs--
	if j.refs > 0 {
		return
	}
	s.stats.Cancelled++
	j.cancel()
	if s.jobs[j.key] == j {
		delete(s.jobs, j.key) // a new request for the key starts a fresh job
	}
	if j.index >= 0 {
		heap.Remove(&s.queue, j.index)
		s.finishLocked(j, nil, cause)
	}
	// A running job finishes in its worker, which sees the cancelled context.
}

// finishLocked resolves j and forgets it. j must not be in the queue.
func (s *Scheduler) finishLocked(j *job, v Value, err error) {
	if s.jobs[j.key] == j {
		delete(s.jobs, j.key)
	}
	for _, stop := range j.stops {
		stop()
	}
	j.stops = nil
	j.cancel()
	j.finished = true
	j.fut.val, j.fut.err = v, err
	close(j.fut.done)
}

// Invalidate drops k from the cache (for example after an edit touched it). A request made
// after Invalidate returns never receives a result whose generation started before it:
// a job for k that is already running is detached, so it delivers its result only to the
// requests it already had and never caches it, and the next request for k starts a fresh
// job. A queued job has not started, so it stays shared.
func (s *Scheduler) Invalidate(keys ...Key) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		s.cache.remove(k)
		if j, ok := s.jobs[k]; ok && j.running {
			j.stale = true
			delete(s.jobs, k)
		}
	}
}

// Stats returns a snapshot of the counters.
func (s *Scheduler) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.stats
	st.Queued = len(s.queue)
	st.Running = len(s.running)
	st.Cached = s.cache.len()
	st.CacheBytes = s.cache.used
	return st
}

func (s *Scheduler) worker() {
	defer s.wg.Done()
	if s.opt.Nice > 0 {
		// The thread stays locked until the goroutine exits, and Go then ends it, so the
		// niceness never leaks to other goroutines.
		runtime.LockOSThread()
		lowerThreadPriority(s.opt.Nice)
	}
	s.mu.Lock()
	for {
		for len(s.queue) == 0 && !s.closed {
			s.cond.Wait()
		}
		if s.closed {
			s.mu.Unlock()
			return
		}
		j := heap.Pop(&s.queue).(*job)
		j.running = true
		s.running[j] = struct{}{}
		s.mu.Unlock()

		var v Value
		err := j.ctx.Err()
		if err == nil {
			v, err = s.opt.Generate(j.ctx, j.key)
			if s.opt.Yield != nil && s.opt.Yield() {
				runtime.Gosched()
			}
		}

		s.mu.Lock()
		delete(s.running, j)
		s.stats.Generated++
		if err == nil && !j.stale && !s.closed && j.ctx.Err() == nil {
			s.cache.put(j.key, v)
		}
		if err == nil && j.ctx.Err() != nil {
			// Everyone gave up or the scheduler closed: report that, not a value.
			v, err = nil, j.ctx.Err()
			if s.closed {
				err = ErrClosed
			}
		}
		s.finishLocked(j, v, err)
	}
}
