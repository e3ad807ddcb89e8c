package extension

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"graphics.gd/classdb/Engine"
	"graphics.gd/variant"
	"graphics.gd/variant/Callable"
	"graphics.gd/variant/Packed"
	"graphics.gd/variant/Vector2i"

	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/pipeline"
	"github.com/procgen-godot/procgen/procgen/world"
)

// User stages from GDScript.
//
// A GDScript height filter is a world.HeightFilter whose Go side hands each height grid to
// Godot's main thread: generation runs in worker goroutines, and GDScript may only run on
// the main thread. A worker queues a request on userStages.reqs and blocks until the main
// thread answers or the world it generates for is closed (its context: unloading, a new
// pipeline version, the node leaving the tree). Every ProcGen node drains the queue in
// _process within its frame budget; a main-thread query of a world that runs such a stage
// (get_height, sample_density, get_height_map) computes in a goroutine and drains the queue
// while it waits, so it sees exactly what chunks see and cannot deadlock.
//
// Stage names are process-wide, as every pipeline stage's (a world config names its stages
// and any node may run it), so the registry is one per process: the name, version and
// apron are fixed once registered; registering again with the same three rebinds the
// Callable (a new node or a reloaded scene).

// userStageTimeout bounds how long a worker of a world with no owner (nothing binds it to
// a node) waits for the main thread.
const userStageTimeout = 2 * time.Minute

// userStageRegistry holds the process's GDScript stages and the queue to the main thread.
type userStageRegistry struct {
	mu     sync.Mutex
	stages map[string]*scriptStage
	reqs   chan *scriptRequest
}

// userStages is the process's registry (see above for why it is process-wide).
var userStages = &userStageRegistry{stages: map[string]*scriptStage{}, reqs: make(chan *scriptRequest)}

// scriptStage is one registered GDScript height filter.
type scriptStage struct {
	name, version string
	apron         int

	mu     sync.Mutex
	fn     Callable.Function
	broken string // why the stage failed ("" while it works); it stays off until registered again
	calls  int
	callMs float64 // main-thread time spent in the Callable
}

// binding returns the stage's Callable and why it is broken.
func (s *scriptStage) binding() (Callable.Function, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fn, s.broken
}

func (s *scriptStage) fail(why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.broken == "" {
		s.broken = why
	}
}

// meanMs is the mean main-thread time of one call of the Callable.
func (s *scriptStage) meanMs() float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.calls == 0 {
		return 0
	}
	return s.callMs / float64(s.calls)
}

// register adds or rebinds GDScript stage name.
func (r *userStageRegistry) register(name, version string, apron int, fn Callable.Function) error {
	switch {
	case name == "" || len(name) > 64:
		return fmt.Errorf("the name must be 1 to 64 characters, got %q", name)
	case version == "" || len(version) > 64:
		return fmt.Errorf("stage %q: the version must be 1 to 64 characters (it joins the world's identity), got %q", name, version)
	case apron < 0 || apron > world.MaxApron:
		return fmt.Errorf("stage %q: apron %d out of range [0, %d]", name, apron, world.MaxApron)
	case fn == Callable.Nil || !Callable.IsValid(fn):
		return fmt.Errorf("stage %q: the Callable is not valid", name)
	}
	// The argument lives only as long as this call: keep a copy of our own.
	fn = Callable.Bind(fn)
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.stages[name]; ok {
		if s.version != version || s.apron != apron {
			return fmt.Errorf("stage %q is registered as version %q with apron %d; a stage's version and apron are fixed for the life of the process (use a new name)", name, s.version, s.apron)
		}
		s.mu.Lock()
		s.fn, s.broken = fn, ""
		s.mu.Unlock()
		return nil
	}
	if world.KnownStage(name) {
		return fmt.Errorf("%q is already a pipeline stage", name)
	}
	s := &scriptStage{name: name, version: version, apron: apron, fn: fn}
	world.RegisterFilter(world.FilterSpec{Name: name, Order: chunk.OrderUser, Version: version,
		New: func(map[string]float64, string) (world.HeightFilter, error) { return &scriptFilter{stage: s}, nil }})
	chunk.Register(chunk.FilterStage(name, chunk.OrderUser))
	r.stages[name] = s
	return nil
}

// errExpired: graphics.gd released the Callable (see keepAlive).
var errExpired = errors.New("its Callable expired: no ProcGen node ran for several frames to keep it alive; register it again")

// keepAlive uses every stage's Callable: graphics.gd frees engine values that go unused
// for a couple of frames, so every ProcGen node calls this each frame. A Callable already
// released breaks its stage instead of crashing.
func (r *userStageRegistry) keepAlive() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.stages {
		fn, broken := s.binding()
		if broken != "" || fn == Callable.Nil {
			continue
		}
		func() {
			defer func() {
				if recover() != nil {
					s.fail(errExpired.Error())
				}
			}()
			Callable.Method(fn)
		}()
	}
}

// anyBroken reports whether a GDScript stage has failed.
func (r *userStageRegistry) anyBroken() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.stages {
		if _, why := s.binding(); why != "" {
			return true
		}
	}
	return false
}

// lookup returns the GDScript stage named name.
func (r *userStageRegistry) lookup(name string) (*scriptStage, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.stages[name]
	return s, ok
}

// scriptFilter is a GDScript stage compiled for one world. ctx is the lifetime of the
// world state that runs it (set by bindUserStages before any generation starts).
type scriptFilter struct {
	stage *scriptStage
	ctx   context.Context
}

func (f *scriptFilter) Apron() int { return f.stage.apron }

func (f *scriptFilter) Filter(src []float64, nx, nz int, dst []float64) {
	f.FilterAt(0, 0, src, nx, nz, dst)
}

// maxBlock bounds the output side of one request: a full-detail chunk of up to 64 units is
// one call, while far tiles (thousands of samples a side) are cut into blocks, so that no
// single call holds the main thread long. A stage's output depends only on the inputs
// within its apron (its contract), so blocks give what one whole call would.
const maxBlock = 80

// FilterAt asks the main thread to run the stage's Callable over src, block by block, and
// waits for the answers. When the stage fails, or the world closes first, dst gets the
// unfiltered heights (the node switches a failed stage off, which regenerates every chunk).
func (f *scriptFilter) FilterAt(x0, z0 int64, src []float64, nx, nz int, dst []float64) {
	a := f.stage.apron
	done := false
	if _, broken := f.stage.binding(); broken == "" {
		ctx := f.ctx
		if ctx == nil {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(context.Background(), userStageTimeout)
			defer cancel()
		}
		done = forBlocks(nx, nz, a, maxBlock, src, dst, func(bx, bz int, sub []float64, snx, snz int) ([]float64, bool) {
			return f.ask(ctx, x0+int64(bx), z0+int64(bz), sub, snx, snz)
		})
	}
	if !done {
		w := nx - 2*a
		for j := range nz - 2*a {
			copy(dst[j*w:(j+1)*w], src[(j+a)*nx+a:(j+a)*nx+a+w])
		}
	}
}

// ask queues one grid for the main thread and waits for its answer or for ctx.
func (f *scriptFilter) ask(ctx context.Context, x0, z0 int64, src []float64, nx, nz int) ([]float64, bool) {
	r := &scriptRequest{stage: f.stage, x0: x0, z0: z0, nx: nx, nz: nz, src: src, done: make(chan struct{})}
	select {
	case userStages.reqs <- r:
	case <-ctx.Done():
		return nil, false
	}
	select {
	case <-r.done:
		return r.out, r.err == nil
	case <-ctx.Done():
		return nil, false
	}
}

// forBlocks filters an nx×nz grid with apron a as output blocks of at most block×block
// samples: run gets each block's own copy of its input window (offset bx, bz in src, size
// snx×snz) and returns the block's output. It reports false as soon as a run fails.
func forBlocks(nx, nz, a, block int, src, dst []float64, run func(bx, bz int, sub []float64, snx, snz int) ([]float64, bool)) bool {
	w, h := nx-2*a, nz-2*a
	for oz := 0; oz < h; oz += block {
		bh := min(block, h-oz)
		for ox := 0; ox < w; ox += block {
			bw := min(block, w-ox)
			snx, snz := bw+2*a, bh+2*a
			sub := make([]float64, snx*snz)
			for j := range snz {
				copy(sub[j*snx:(j+1)*snx], src[(oz+j)*nx+ox:(oz+j)*nx+ox+snx])
			}
			out, ok := run(ox, oz, sub, snx, snz)
			if !ok || len(out) != bw*bh {
				return false
			}
			for j := range bh {
				copy(dst[(oz+j)*w+ox:(oz+j)*w+ox+bw], out[j*bw:(j+1)*bw])
			}
		}
	}
	return true
}

// scriptRequest is one height grid waiting for the main thread.
type scriptRequest struct {
	stage    *scriptStage
	x0, z0   int64
	nx, nz   int
	src, out []float64
	err      error
	done     chan struct{}
}

// run calls the stage's Callable on the main thread: heights (PackedFloat64Array, nx×nz,
// x fastest), size (Vector2i(nx, nz)) and origin (Vector2i, the world x and z of
// heights[0]); it wants back the (nx-2·apron)×(nz-2·apron) heights inside the apron. A bad
// answer breaks the stage: it pushes an error and the nodes switch the stage off.
func (r *scriptRequest) run() {
	defer close(r.done)
	s := r.stage
	fn, broken := s.binding()
	if broken != "" {
		r.err = errors.New(broken)
		return
	}
	start := time.Now()
	r.out, r.err = r.call(fn)
	s.mu.Lock()
	s.calls++
	s.callMs += ms(time.Since(start))
	s.mu.Unlock()
	if r.err != nil {
		s.fail(r.err.Error())
		Engine.Raise(fmt.Errorf("ProcGen user stage %q: %w; the stage is switched off (register it again to retry)", s.name, r.err))
	}
}

func (r *scriptRequest) call(fn Callable.Function) (out []float64, err error) {
	defer func() {
		if recover() != nil {
			out, err = nil, errExpired
		}
	}()
	if !Callable.IsValid(fn) {
		return nil, errors.New("its Callable is no longer valid (was its object freed?)")
	}
	a := r.stage.apron
	want := (r.nx - 2*a) * (r.nz - 2*a)
	res := fn.Call(variant.New(r.src), variant.New(Vector2i.XY{X: int32(r.nx), Y: int32(r.nz)}),
		variant.New(Vector2i.XY{X: int32(r.x0), Y: int32(r.z0)}))
	switch v := res.Interface().(type) {
	case []float64:
		out = slices.Clone(v)
	case Packed.Array[float64]:
		out = make([]float64, 0, v.Len())
		for x := range v.Values() {
			out = append(out, x)
		}
	case nil:
		return nil, errors.New("the Callable returned null (did it fail with a script error?); want a PackedFloat64Array")
	default:
		kind := res.Type().String()
		if _, ok := asString(v); ok {
			kind = "String"
		}
		return nil, fmt.Errorf("the Callable returned a %s; want a PackedFloat64Array", kind)
	}
	if len(out) != want {
		return nil, fmt.Errorf("the Callable returned %d heights for a %dx%d grid with apron %d; want %d", len(out), r.nx, r.nz, a, want)
	}
	for i, h := range out {
		if math.IsNaN(h) || math.IsInf(h, 0) || math.Abs(h) > world.MaxCoord {
			return nil, fmt.Errorf("the Callable returned height %v at index %d; heights must be finite and within ±%d", h, i, world.MaxCoord)
		}
	}
	return out, nil
}

// runUserStages answers queued GDScript stage requests on the main thread while the frame
// budget allows, as frameBudget.next plans (the frame's first step always runs, so
// generation progresses however slow the stage is).
func runUserStages(b *frameBudget, cost *stepCost) {
	plan := time.Duration(float64(b.limit) * planFraction)
	for b.ran == 0 || time.Since(b.start)+time.Duration(cost.bound()*float64(time.Millisecond)) <= plan {
		select {
		case r := <-userStages.reqs:
			b.ran++
			start := time.Now()
			r.run()
			cost.add(ms(time.Since(start)))
		default:
			return
		}
	}
}

// usesUserStages reports whether st's world runs a GDScript stage.
func (st *worldState) usesUserStages() bool {
	for _, f := range st.w.HeightFilters() {
		if _, ok := f.(*scriptFilter); ok {
			return true
		}
	}
	return false
}

// bindUserStages ties the GDScript stages of st's world to st's lifetime.
func (st *worldState) bindUserStages() {
	for _, f := range st.w.HeightFilters() {
		if sf, ok := f.(*scriptFilter); ok {
			sf.ctx = st.ctx
		}
	}
}

// onMainThread runs f, a query of st's world made on the main thread. When the world runs
// a GDScript stage, f runs in a goroutine while this thread answers the stage's requests.
func (st *worldState) onMainThread(f func()) {
	if !st.usesUserStages() {
		f()
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	for {
		select {
		case <-done:
			return
		case r := <-userStages.reqs:
			r.run()
		}
	}
}

// switchOffBrokenStages switches off, in a new world config version, every GDScript stage
// the node's world enables that has failed.
func (p *ProcGen) switchOffBrokenStages() {
	if !userStages.anyBroken() || (p.netState != nil && p.netState.worldID != "") {
		return // a network client runs what its server decides
	}
	cfg := p.config()
	for _, name := range cfg.Stages {
		s, ok := userStages.lookup(name)
		if !ok {
			continue
		}
		if _, broken := s.binding(); broken == "" {
			continue
		}
		if next, err := pipeline.SetEnabled(cfg, name, false); err == nil && p.setPipeline("user stage "+name, next) {
			cfg = p.config()
		}
	}
}

// RegisterHeightFilter plugs a GDScript height filter into the pipeline under name (see
// userStages): callable(heights: PackedFloat64Array, size: Vector2i, origin: Vector2i) ->
// PackedFloat64Array. version names the callable's code in the world's identity; apron is
// how far, in world units, an output height may look. The stage starts off: switch it on
// with set_element_enabled.
func (p *ProcGen) RegisterHeightFilter(name, version string, callable Callable.Function, apron int) bool {
	if err := userStages.register(name, version, apron, callable); err != nil {
		Engine.Raise(fmt.Errorf("ProcGen.register_height_filter: %w", err))
		return false
	}
	p.emit("pipeline_changed")
	return true
}
