package extension

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"graphics.gd/classdb/ProjectSettings"

	"github.com/procgen-godot/procgen/internal/worldsrc"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// defaultStorePath is the local store when neither the node nor the project names one.
const defaultStorePath = "user://procgen_store.sqlite"

// storageSettings are the project settings the storage layer reads.
var storageSettings = []string{
	storage.SettingDatabaseURL, storage.SettingReadReplicaURLs, storage.SettingLocalPath,
	storage.SettingOriginID, storage.SettingPollIntervalMS, storage.SettingBatchSize, storage.SettingBatchDelayMS,
	storage.SettingLocalMaxBytes,
}

// stores shares one storage.Store per local file among the ProcGen nodes of a process: the
// file holds one origin (this server's identity) and only one Store may own it. Nodes are
// created by the engine independently, so this registry is the one process-wide value.
var stores = &storeRegistry{open: map[string]*sharedStore{}}

type storeRegistry struct {
	mu   sync.Mutex
	open map[string]*sharedStore
}

// sharedStore is an open store and the nodes' inboxes per world id.
type sharedStore struct {
	path  string
	store *storage.Store
	stop  context.CancelFunc
	refs  int

	mu      sync.Mutex
	inboxes map[string]map[*inbox]struct{}
	paused  map[*inbox]bool // nodes with the storage sink off (sinks.go)
}

// inbox collects what the store's goroutines deliver for one node, for its main-thread
// Process: other servers' edits, errors, and the outcome of local commits.
type inbox struct {
	mu        sync.Mutex
	edits     []storage.Edit
	errors    []string
	committed []storage.Edit         // own edits now durable
	failed    []commitFailure        // commits that failed (the edits stay queued and are retried)
	versions  []storage.WorldVersion // other servers' config versions (pipeline_store.go)
}

// commitFailure is a group commit of own edits that failed.
type commitFailure struct {
	seqs []int64
	err  string
}

// delivery is what an inbox held.
type delivery struct {
	edits     []storage.Edit
	errors    []string
	committed []storage.Edit
	failed    []commitFailure
}

func (b *inbox) take() delivery {
	b.mu.Lock()
	defer b.mu.Unlock()
	d := delivery{b.edits, b.errors, b.committed, b.failed}
	b.edits, b.errors, b.committed, b.failed = nil, nil, nil, nil
	return d
}

// acquire opens (or shares) the store at the Godot path p.
func (r *storeRegistry) acquire(p string) (*sharedStore, error) {
	if p == "" {
		p = settingString(storage.SettingLocalPath, defaultStorePath)
	}
	path := ProjectSettings.GlobalizePath(p)
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.open[path]; ok {
		s.refs++
		return s, nil
	}
	settings := map[string]any{}
	for _, k := range storageSettings {
		if ProjectSettings.HasSetting(k) {
			settings[k] = ProjectSettings.GetSetting(k, nil)
		}
	}
	cfg, err := storage.LoadConfig(settings)
	if err != nil {
		return nil, fmt.Errorf("storage settings: %w", err)
	}
	cfg.LocalPath = path
	s := &sharedStore{path: path, refs: 1, inboxes: map[string]map[*inbox]struct{}{}}
	cfg.OnRemoteEdits = s.deliver
	cfg.OnWorldVersion = s.deliverVersion
	cfg.OnError = s.fail
	cfg.OnCommit = s.commit
	ctx, stop := context.WithCancel(context.Background())
	st, err := storage.Open(ctx, cfg)
	if err != nil {
		stop()
		return nil, fmt.Errorf("opening local store %s: %w", path, err)
	}
	st.Start(ctx)
	s.store, s.stop = st, stop
	r.open[path] = s
	return s, nil
}

// release drops one reference; the last closes the store (shipping what it can first).
func (r *storeRegistry) release(s *sharedStore) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s.refs--
	if s.refs > 0 {
		return
	}
	delete(r.open, s.path)
	s.store.Close()
	s.stop()
}

func (s *sharedStore) subscribe(worldID string, b *inbox) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inboxes[worldID] == nil {
		s.inboxes[worldID] = map[*inbox]struct{}{}
	}
	s.inboxes[worldID][b] = struct{}{}
}

func (s *sharedStore) unsubscribe(worldID string, b *inbox) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.inboxes[worldID], b)
	if s.paused[b] {
		delete(s.paused, b)
		s.store.SetSyncPaused(len(s.paused) > 0)
	}
	if len(s.inboxes[worldID]) == 0 {
		delete(s.inboxes, worldID)
		s.store.UnloadWorld(worldID)
	}
}

// deliver runs on the sync goroutine: it hands other servers' edits to the nodes' inboxes.
func (s *sharedStore) deliver(es []storage.Edit) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range es {
		for b := range s.inboxes[e.WorldID] {
			b.mu.Lock()
			b.edits = append(b.edits, e)
			b.mu.Unlock()
		}
	}
}

// commit runs on the local store's writer goroutine: it tells the nodes of each world which
// of their edits are durable now, or that a commit failed.
func (s *sharedStore) commit(es []storage.Edit, err error) {
	byWorld := map[string][]storage.Edit{}
	for _, e := range es {
		byWorld[e.WorldID] = append(byWorld[e.WorldID], e)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for w, es := range byWorld {
		var f commitFailure
		if err != nil {
			f.err = err.Error()
			for _, e := range es {
				f.seqs = append(f.seqs, e.Seq)
			}
		}
		for b := range s.inboxes[w] {
			b.mu.Lock()
			if err == nil {
				b.committed = append(b.committed, es...)
			} else {
				b.failed = append(b.failed, f)
			}
			b.mu.Unlock()
		}
	}
}

// fail runs on the sync goroutine: every node using the store hears of the error.
func (s *sharedStore) fail(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, boxes := range s.inboxes {
		for b := range boxes {
			b.mu.Lock()
			b.errors = append(b.errors, err.Error())
			b.mu.Unlock()
		}
	}
}

// persistence binds one world of a node to the shared store.
type persistence struct {
	shared    *sharedStore
	chunkSize int
	worldID   string
	box       *inbox
	// synchronous: submit waits for the commit (procgen/storage/synchronous_commit)
	synchronous bool
	origin      uint64 // the store's origin: this server's own edits
}

// openPersistence registers world cfg under worldID in the store at path and returns its
// recorded edits, in replay order.
func openPersistence(path, worldID string, cfg world.WorldConfig) (*persistence, []edit.Delta, error) {
	enc, err := cfg.Encode()
	if err != nil {
		return nil, nil, err
	}
	shared, err := stores.acquire(path)
	if err != nil {
		return nil, nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = shared.store.CreateWorld(ctx, storage.World{ID: worldID, Name: worldID, Config: enc, FormatVersion: world.ConfigFormat})
	if errors.Is(err, storage.ErrWorldConflict) && isLatestVersion(shared.store, worldID, enc) {
		err = nil // a later version of the stored world (its pipeline changed)
	}
	if errors.Is(err, storage.ErrWorldConflict) {
		stores.release(shared)
		return nil, nil, fmt.Errorf("world %q is already stored with other settings; use another world_id or the stored settings", worldID)
	}
	if err != nil {
		stores.release(shared)
		return nil, nil, err
	}
	p := &persistence{shared: shared, chunkSize: cfg.Chunk.Heightmap, worldID: worldID, box: &inbox{},
		synchronous: settingBool(submitSetting, false), origin: uint64(shared.store.Origin())}
	shared.subscribe(worldID, p.box)
	if err := shared.store.Prepare(ctx, worldID); err != nil {
		p.close()
		return nil, nil, err
	}
	// Another node of this process may have edits of this world on their way to the disk:
	// read the file once they are there (best effort: a failing disk is reported to it).
	waitCtx, waitCancel := context.WithTimeout(ctx, 2*time.Second)
	_ = shared.store.WaitCommitted(waitCtx)
	waitCancel()
	recorded, err := shared.store.Edits(ctx, worldID)
	if err != nil {
		p.close()
		return nil, nil, err
	}
	ds, err := worldsrc.Decode(recorded)
	if err != nil {
		p.close()
		return nil, nil, err
	}
	return p, ds, nil
}

// storedConfig returns the config of world id from the store at path (its local file, else
// the database); ok is false when no such world is stored. The store stays open until the
// caller calls release, so that opening the world right after does not close and reopen it.
func storedConfig(path, id string) (cfg world.WorldConfig, ok bool, release func(), err error) {
	shared, err := stores.acquire(path)
	if err != nil {
		return cfg, false, func() {}, err
	}
	release = func() { stores.release(shared) }
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	w, err := shared.store.LoadWorld(ctx, id)
	if errors.Is(err, storage.ErrWorldNotFound) {
		return cfg, false, release, nil
	}
	if err != nil {
		return cfg, false, release, err
	}
	enc := w.Config
	if latest, ok := latestStoredConfig(shared.store, id); ok {
		enc = latest
	}
	cfg, err = world.Decode(enc)
	if err != nil {
		return cfg, false, release, fmt.Errorf("stored config: %w", err)
	}
	return cfg, true, release, nil
}

// submitSetting makes apply_edit and accepted client edits wait for their local commit
// (the behaviour before group commits moved off the main thread) when true.
const submitSetting = "procgen/storage/synchronous_commit"

// submit queues d for the store's next group commit and returns it with the identity the
// store assigned, at once: the inbox hears when it is durable. With
// procgen/storage/synchronous_commit it waits for the commit instead (durable is true).
func (p *persistence) submit(d edit.Delta) (out edit.Delta, durable bool, err error) {
	d.ID = edit.ID{}
	payload, err := d.MarshalBinary()
	if err != nil {
		return d, false, err
	}
	cx, cz := chunkOf(d.X, d.Z, p.chunkSize)
	var e storage.Edit
	if p.synchronous {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		e, err = p.shared.store.Record(ctx, p.worldID, storage.ChunkKey{X: cx, Z: cz}, payload)
		durable = err == nil
	} else {
		e, err = p.shared.store.Submit(p.worldID, storage.ChunkKey{X: cx, Z: cz}, payload)
	}
	if err != nil {
		return d, false, fmt.Errorf("recording edit: %w", err)
	}
	d.ID = edit.ID{Origin: uint64(e.Origin), Seq: uint64(e.Seq)}
	return d, durable, nil
}

func (p *persistence) status() storage.Status { return p.shared.store.Status() }

func (p *persistence) close() {
	p.shared.unsubscribe(p.worldID, p.box)
	stores.release(p.shared)
}

// chunkOf is the heightmap chunk an edit is filed under: the chunk of its centre.
func chunkOf(x, z float64, size int) (int32, int32) {
	n := float64(size)
	return int32(math.Floor(x / n)), int32(math.Floor(z / n))
}

// settingBool is the project setting name when it is a bool, else def.
func settingBool(name string, def bool) bool {
	if !ProjectSettings.HasSetting(name) {
		return def
	}
	if b, ok := ProjectSettings.GetSetting(name, def).(bool); ok {
		return b
	}
	return def
}

// settingString is the project setting name when it is a non-empty string, else def.
func settingString(name, def string) string {
	if !ProjectSettings.HasSetting(name) {
		return def
	}
	if s, ok := ProjectSettings.GetSetting(name, def).(string); ok && s != "" {
		return s
	}
	return def
}
