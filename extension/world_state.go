package extension

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/procgen-godot/procgen/bindings"
	"github.com/procgen-godot/procgen/procgen/chunk"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/schedule"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// worldState is everything a ProcGen node runs for one world config: the compiled world, the
// worker pool that generates its chunks, the edits, and what is loaded in the scene. It holds
// no engine values except through the loaded chunks, which stream.go manages.
type worldState struct {
	cfg   world.WorldConfig
	w     *world.World
	size  int
	ctx   context.Context
	stop  context.CancelFunc
	sched *schedule.Scheduler

	heightMaps sync.Pool // *heightMapScratch: get_height_map's buffers, reused across calls

	edits    *editLog     // the node's memory log, or this world's recorded edits
	persist  *persistence // nil: edits live in memory only
	opt      worldOptions
	storeErr string // why storage is off for this world, if it is
	// durableSeq is the highest seq of this server's own edits known durable (commits.go);
	// every own edit recorded before this world opened is durable too
	durableSeq uint64

	// streaming is true while the main thread runs stream(): workers then yield between
	// chunks so the main thread never waits long for a Go processor.
	streaming atomic.Bool

	loaded  map[chunkKey]*loadedChunk
	pending map[chunkKey]*pendingChunk
	wanted  map[chunkKey]wantedChunk
	// spareWanted is the wanted map before last, refilled by the next updateWanted, and
	// wantedFor what wanted was computed from.
	spareWanted map[chunkKey]wantedChunk
	wantedFor   wantedInputs
	chunks      sync.Pool    // *chunk.Heightmap buffers for synchronous generation
	voxels      sync.Pool    // *chunk.Voxel buffers likewise
	viewers     [][3]float64 // viewer positions last given to the scheduler
	readySent   bool
	// loaded once: world_ready was emitted at least once, so the loading budget is over.
	everReady bool
	// changed is set when the wanted, pending or loaded chunks change: stream then makes
	// its requests again.
	changed bool
	stats   streamStats
	horizon horizon // the far ring of coarse tiles (horizon.go)
}

// workerNice is the niceness of generation workers: Godot's main thread (niceness 0) then
// keeps its core while they use whatever is left.
const workerNice = 10

// chunkKey names a chunk: a heightmap column (Y = 0) or a voxel cube.
type chunkKey struct{ X, Y, Z int32 }

// Streaming modes of a ProcGen node.
const (
	modeHeightmap = 0
	modeVoxel     = 1
)

// worldOptions are the node's settings that a world is started with, besides its config.
type worldOptions struct {
	mode    int    // modeHeightmap or modeVoxel
	workers int    // generation goroutines; 0: one per core
	worldID string // names the stored world; "" keeps edits in memory
	path    string // local store file
	output  chunkOutput
}

// chunkOutput is what the workers make of each generated chunk.
type chunkOutput int

const (
	// outputArrays: mesh arrays, which the engine converts to meshes on the main thread.
	outputArrays chunkOutput = iota
	// outputSurfaces: meshes already in the engine's surface layout (see readyChunk).
	outputSurfaces
	// outputCollision: only what collision shapes need; no meshes are shown.
	outputCollision
)

// newWorldState compiles cfg and starts its worker pool.
func newWorldState(cfg world.WorldConfig, memory *editLog, opt worldOptions) (*worldState, error) {
	w, err := world.New(cfg)
	if err != nil {
		return nil, err
	}
	st := &worldState{
		cfg: cfg, w: w, size: cfg.Chunk.Heightmap, edits: memory, opt: opt,
		loaded:  map[chunkKey]*loadedChunk{},
		pending: map[chunkKey]*pendingChunk{},
		wanted:  map[chunkKey]wantedChunk{},
	}
	if opt.worldID != "" {
		p, recorded, err := openPersistence(opt.path, opt.worldID, cfg)
		if err != nil {
			// The world runs in memory; get_storage_status reports why.
			st.storeErr = err.Error()
		} else {
			st.persist = p
			st.edits = newEditLog(0)
			st.edits.replace(recorded)
			for _, d := range recorded {
				if d.ID.Origin == p.origin {
					st.durableSeq = max(st.durableSeq, d.ID.Seq)
				}
			}
		}
	}
	st.chunks.New = func() any { return new(chunk.Heightmap) }
	st.voxels.New = func() any { return new(chunk.Voxel) }
	st.ctx, st.stop = context.WithCancel(context.Background())
	if opt.output != outputCollision && settingBool(prefaultSetting, true) {
		prefaultHeap(st.ctx)
	}
	st.bindUserStages()
	out := map[chunkOutput]schedule.Output{outputArrays: nil, outputSurfaces: encodeSurface, outputCollision: keepCollisionData}[opt.output]
	st.sched = schedule.NewForWorld(st.ctx, w, st.edits.near, out,
		schedule.Options{CacheBytes: 64 << 20, Nice: workerNice, Workers: opt.workers, Yield: st.streaming.Load})
	return st, nil
}

// readyChunk is a generated chunk whose mesh a worker already laid out in the engine's
// surface format: installing it on the main thread is a copy of bytes, not a conversion.
type readyChunk struct {
	*schedule.Mesh // positions, and a voxel chunk's indices, kept for collision shapes
	surface        bindings.Surface
}

// SizeBytes is the memory the chunk holds.
func (r *readyChunk) SizeBytes() int64 { return r.Mesh.SizeBytes() + r.surface.SizeBytes() }

// encodeSurface is the workers' schedule.Output when the engine's surface layout is known:
// it encodes the chunk's mesh straight from the generator's buffers and keeps copies only
// of what collision shapes need.
func encodeSurface(view *schedule.Mesh) (schedule.Value, error) {
	kept := collisionData(view)
	if len(view.Indices) == 0 {
		return kept, nil // nothing to show
	}
	s, err := bindings.EncodeSurface(bindings.MeshArrays{Positions: view.Positions, Normals: view.Normals, Colors: view.Colors, UVs: view.UVs, Weights: view.Weights, Indices: view.Indices})
	if err != nil {
		return nil, fmt.Errorf("chunk %v: %w", view.Key, err)
	}
	return &readyChunk{Mesh: kept, surface: s}, nil
}

// keepCollisionData is the workers' schedule.Output when no meshes are shown.
func keepCollisionData(view *schedule.Mesh) (schedule.Value, error) {
	return collisionData(view), nil
}

// collisionData copies what a chunk's collision shape is built from: its positions, and a
// voxel chunk's triangles.
func collisionData(view *schedule.Mesh) *schedule.Mesh {
	kept := &schedule.Mesh{Key: view.Key, Origin: view.Origin, Positions: slices.Clone(view.Positions)}
	if view.Key.Kind == schedule.Voxel {
		kept.Indices = slices.Clone(view.Indices)
	}
	return kept
}

// sameConfig reports whether this world runs cfg with opt.
func (st *worldState) sameConfig(cfg world.WorldConfig, opt worldOptions) bool {
	return configEqual(st.cfg, cfg) && st.opt == opt
}

// configEqual compares every field of two configs (biomes, caves, climate, materials and
// pipeline included), cheaply enough for every frame; adopting a world uses world.Same, the
// exact hash comparison, and world.DiffError to name what differs.
func configEqual(a, b world.WorldConfig) bool { return reflect.DeepEqual(a, b) }

// close stops the worker pool; it waits for running jobs to end.
func (st *worldState) close() {
	st.stop()
	st.sched.Close()
	if st.persist != nil {
		st.persist.close()
		st.persist = nil
	}
}

// addEdit rounds d to the edit quantum, validates it, hands it to the store (when the world
// is stored) and adds it, without waiting for the disk. durable is true when the edit is
// already durable (procgen/storage/synchronous_commit) or can never be (no storage); else
// the store's commit is reported later through the inbox (see commits.go).
func (st *worldState) addEdit(d edit.Delta) (out edit.Delta, durable bool, err error) {
	d.Quantize()
	if err := d.Validate(); err != nil {
		return d, false, err
	}
	d.Time = st.edits.clock.Now() // after every edit this node has seen
	if st.persist != nil {
		if d, durable, err = st.persist.submit(d); err != nil {
			return d, false, err
		}
		if durable {
			st.persist.box.mu.Lock()
			st.persist.box.committed = append(st.persist.box.committed, storage.Edit{WorldID: st.persist.worldID, Origin: int64(d.ID.Origin), Seq: int64(d.ID.Seq)})
			st.persist.box.mu.Unlock()
		}
	} else {
		d.ID = st.edits.nextID()
		durable = true
	}
	st.edits.insert(d)
	return d, durable, nil
}

// height is the surface height at (x, z) with every edit applied, in replay order.
func (st *worldState) height(x, z float64) float64 {
	h := st.w.SurfaceHeight(x, z)
	for _, d := range st.edits.near([3]float64{x, math.Inf(-1), z}, [3]float64{x, math.Inf(1), z}) {
		if d.Kind.Column() {
			h = d.ApplyHeight(x, z, h)
		}
	}
	return h
}

// editCell is the side, in world units, of the cells edits are filed under.
const editCell = 64

// editLog holds a node's edits in an edit.Index: generation workers read the edits near
// their chunk without locks while the main thread adds more, and neither scans the whole
// world's edits.
type editLog struct {
	ix      atomic.Pointer[edit.Index]
	mu      sync.Mutex
	origin  uint64
	seq     uint64
	journal []edit.Delta // every edit in the order it came, for since
	clock   edit.Clock   // hybrid logical clock: observes every edit, stamps new ones
}

func newEditLog(origin uint64) *editLog {
	l := &editLog{origin: origin}
	l.ix.Store(edit.NewIndex(editCell))
	return l
}

// all returns every edit in replay order (gathered from the index: not for every frame).
func (l *editLog) all() []edit.Delta { return l.ix.Load().All() }

// len is the number of edits.
func (l *editLog) len() int { return l.ix.Load().Len() }

// near returns, in replay order, the edits that may touch the box from lo to hi (a
// schedule.Edits).
func (l *editLog) near(lo, hi [3]float64) []edit.Delta { return l.ix.Load().Near(lo, hi) }

// nextID returns the identity of this node's next unrecorded edit.
func (l *editLog) nextID() edit.ID {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq++
	return edit.ID{Origin: l.origin, Seq: l.seq}
}

// insert adds d, which has its identity; it reports false for an edit already present
// (the same edit may arrive twice from storage).
func (l *editLog) insert(d edit.Delta) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.ix.Load().Insert(d) {
		return false
	}
	l.clock.Observe(d.Time)
	l.journal = append(l.journal, d)
	if d.ID.Origin == l.origin && d.ID.Seq > l.seq {
		l.seq = d.ID.Seq // never hand out an identity that is already taken
	}
	return true
}

// replace makes ds, in any order, the log's edits.
func (l *editLog) replace(ds []edit.Delta) {
	l.mu.Lock()
	defer l.mu.Unlock()
	ix := edit.NewIndex(editCell)
	ix.Load(ds)
	l.ix.Store(ix)
	for _, d := range ds {
		l.clock.Observe(d.Time)
	}
	l.journal = slices.Clone(ds)
}

// since returns the edits that came after the first n, in the order they came, and how
// many have come in all. A log that was replaced starts over.
func (l *editLog) since(n int) ([]edit.Delta, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n = min(n, len(l.journal))
	return slices.Clone(l.journal[n:]), len(l.journal)
}

// affected returns the loaded or pending chunks an edit touches.
func (st *worldState) affected(d edit.Delta) []chunkKey {
	size := st.size
	if st.opt.mode == modeVoxel {
		size = st.cfg.Chunk.Voxel
	}
	var out []chunkKey
	shown := func(k chunkKey) bool {
		_, loaded := st.loaded[k]
		_, pending := st.pending[k]
		return loaded || pending
	}
	for _, c := range d.AffectedChunks(size) {
		if st.opt.mode == modeVoxel && d.Kind.Column() {
			// A column edit changes every voxel chunk of the column.
			for k := range st.loaded {
				if k.X == c.X && k.Z == c.Z {
					out = append(out, k)
				}
			}
			for k := range st.pending {
				if _, dup := st.loaded[k]; !dup && k.X == c.X && k.Z == c.Z {
					out = append(out, k)
				}
			}
			continue
		}
		if k := (chunkKey{c.X, c.Y, c.Z}); shown(k) {
			out = append(out, k)
		}
	}
	return out
}

// streamStats keeps the recent timings get_stats reports.
type streamStats struct {
	genMs     ring
	frameMs   ring
	installMs ring
	// installCPUMs is the main thread's CPU time per install: without the time other
	// processes held the core, it compares builds on a loaded machine.
	installCPUMs ring
	frameCPUMs   ring    // likewise per frame of streaming
	budgetMs     float64 // the last frame's streaming budget (loading or frame budget)
	collisionMs  ring
	// install estimates the cost of installing a chunk at each LOD step (see lodIndex), to
	// plan each frame's budget: a full-detail chunk has up to 16 times the vertices of a far one.
	install   [3]stepCost
	collision stepCost // likewise for building a chunk's collision
	unload    stepCost // and for freeing a chunk
	userStage stepCost // and for answering a GDScript stage's request (script_stage.go)
	bytes     int64
}

// ring is a fixed window of recent samples for percentiles.
type ring struct {
	buf  [512]float64
	n    int
	next int
}

func (r *ring) add(v float64) {
	r.buf[r.next] = v
	r.next = (r.next + 1) % len(r.buf)
	if r.n < len(r.buf) {
		r.n++
	}
}

// last returns the latest sample, 0 when empty.
func (r *ring) last() float64 {
	if r.n == 0 {
		return 0
	}
	return r.buf[(r.next+len(r.buf)-1)%len(r.buf)]
}

// percentile returns the q-quantile (0..1) of the window, 0 when empty.
func (r *ring) percentile(q float64) float64 {
	if r.n == 0 {
		return 0
	}
	s := slices.Clone(r.buf[:r.n])
	slices.Sort(s)
	i := int(q * float64(len(s)-1))
	return s[i]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func (k chunkKey) String() string { return fmt.Sprintf("(%d, %d)", k.X, k.Z) }
