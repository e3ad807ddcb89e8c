package storage

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// pullLimit is the page size per origin when polling for edits.
const pullLimit = 1000

// maxBatchesPerCycle bounds shipping per cycle so pulls stay responsive.
const maxBatchesPerCycle = 64

// opTimeout bounds one sync cycle's database work.
const opTimeout = 30 * time.Second

// Store is what the Godot extension uses: a local store that always works,
// plus (when a database is configured) a sync worker shipping own edits
// and pulling other servers' edits of loaded worlds.
//
// Lifecycle: Open, then Start(ctx) once, then Close. All methods are safe
// for concurrent use. Callbacks run on the sync goroutine.
type Store struct {
	cfg    Config
	local  *LocalStore
	remote *RemoteStore // nil: local mode only

	kick     chan struct{} // a Record happened
	pullKick chan struct{} // a world was loaded
	flushReq chan chan error

	mu        sync.Mutex
	loaded    map[string]bool
	connected bool
	lastSync  time.Time
	lastErr   string
	cfgErr    error
	started   bool
	closed    bool
	paused    bool // SetSyncPaused: the worker neither ships nor pulls
	cancel    context.CancelFunc
	done      chan struct{}

	// Owned by the sync goroutine.
	cursors    map[string]map[int64]int64
	seqChecked map[string]bool
	ready      bool
}

// Open opens the local store at cfg.LocalPath (an error here is fatal) and,
// if cfg.DatabaseURL is set, prepares the remote store. A malformed
// database URL does not fail Open: it is reported once through OnError and
// ConfigError (password redacted) and the store runs in local mode. An
// unreachable database is retried in the background by the sync worker.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	local, err := OpenLocal(cfg.LocalPath, cfg.OriginID)
	if err != nil {
		return nil, err
	}
	if cfg.LocalMaxBytes > 0 {
		if err := local.LimitSize(ctx, cfg.LocalMaxBytes); err != nil {
			local.Close()
			return nil, err
		}
	}
	s0 := &Store{}
	local.SetCommitFunc(func(es []Edit, err error) {
		if err == nil {
			s0.kickShip()
		}
		if cfg.OnCommit != nil {
			cfg.OnCommit(es, err)
		}
	})
	s := s0
	*s = Store{
		cfg:        cfg,
		local:      local,
		kick:       make(chan struct{}, 1),
		pullKick:   make(chan struct{}, 1),
		flushReq:   make(chan chan error),
		loaded:     map[string]bool{},
		cursors:    map[string]map[int64]int64{},
		seqChecked: map[string]bool{},
	}
	if cfg.DatabaseURL != "" {
		r, err := OpenRemote(ctx, cfg.DatabaseURL, cfg.ReadReplicaURLs)
		if err != nil {
			s.cfgErr = err
			s.reportErr(err)
		} else {
			s.remote = r
		}
	}
	return s, nil
}

// Local returns the underlying local store.
func (s *Store) Local() *LocalStore { return s.local }

// Origin returns this server's origin id.
func (s *Store) Origin() int64 { return s.local.Origin() }

// ConfigError returns the (redacted) error that forced local-only mode at
// Open, or nil.
func (s *Store) ConfigError() error { return s.cfgErr }

// Start launches the sync worker (no-op in local-only mode or if already
// started). It stops when ctx ends or Close is called.
func (s *Store) Start(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started || s.closed || s.remote == nil {
		return
	}
	s.started = true
	ctx, s.cancel = context.WithCancel(ctx)
	s.done = make(chan struct{})
	go s.run(ctx)
}

// Close stops the worker, makes a short best-effort attempt to ship what
// is pending, and closes the stores. Unshipped edits stay in the local
// store and are shipped by the next Start.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	cancel, done, connected := s.cancel, s.done, s.connected
	s.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	if s.remote != nil {
		if connected && s.local.PendingCount() > 0 {
			ctx, c := context.WithTimeout(context.Background(), 2*time.Second)
			_ = s.ship(ctx)
			c()
		}
		s.remote.Close()
	}
	return s.local.Close()
}

// Record durably stores an edit locally and returns it with its seq. It
// never waits for the network; shipping happens in the background.
func (s *Store) Record(ctx context.Context, world string, chunk ChunkKey, payload []byte) (Edit, error) {
	e, err := s.local.Record(ctx, world, chunk, payload)
	if err == nil {
		s.kickShip()
	}
	return e, err
}

// Submit queues an edit for the local store's next group commit and returns it with its
// seq at once, without waiting for the disk: Config.OnCommit hears when it is durable
// (and then it is shipped), or that the disk failed (then it stays queued and is retried).
func (s *Store) Submit(world string, chunk ChunkKey, payload []byte) (Edit, error) {
	return s.local.Submit(world, chunk, payload)
}

// WaitCommitted waits until every edit submitted so far is durable in the local store (or
// its commit failed and it waits for a retry).
func (s *Store) WaitCommitted(ctx context.Context) error { return s.local.WaitIdle(ctx) }

// Prepare makes the first Submit of world not wait for the disk.
func (s *Store) Prepare(ctx context.Context, world string) error { return s.local.Prepare(ctx, world) }

// kickShip wakes the sync worker: there is something to ship.
func (s *Store) kickShip() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// CreateWorld stores a new world locally (shipped in the background) and
// loads it. A different config under an existing id is ErrWorldConflict.
func (s *Store) CreateWorld(ctx context.Context, w World) error {
	if err := s.local.PutWorld(ctx, w, false); err != nil {
		return err
	}
	s.markLoaded(w.ID)
	select {
	case s.kick <- struct{}{}:
	default:
	}
	return nil
}

// LoadWorld returns a world from the local store or, failing that, from
// the database (stale-tolerant read), and starts pulling its edits.
func (s *Store) LoadWorld(ctx context.Context, id string) (World, error) {
	w, err := s.local.GetWorld(ctx, id)
	if errors.Is(err, ErrWorldNotFound) && s.remote != nil {
		w, err = s.remote.GetWorld(ctx, id)
		if err == nil {
			err = s.local.PutWorld(ctx, w, true)
		}
	}
	if err != nil {
		return World{}, err
	}
	s.markLoaded(id)
	return w, nil
}

// UnloadWorld stops pulling edits for a world.
func (s *Store) UnloadWorld(id string) {
	s.mu.Lock()
	delete(s.loaded, id)
	s.mu.Unlock()
}

func (s *Store) markLoaded(id string) {
	s.mu.Lock()
	s.loaded[id] = true
	s.mu.Unlock()
	select {
	case s.pullKick <- struct{}{}:
	default:
	}
}

// Edits returns every known edit of a world (own and pulled) from the
// local store, so a server always sees its own edits.
func (s *Store) Edits(ctx context.Context, world string) ([]Edit, error) {
	return s.local.Edits(ctx, world)
}

// ChunkEdits returns the known edits of one chunk from the local store.
func (s *Store) ChunkEdits(ctx context.Context, world string, k ChunkKey) ([]Edit, error) {
	return s.local.ChunkEdits(ctx, world, k)
}

// PutCheckpoint stores a chunk checkpoint in the database. Checkpoints are
// an optimisation, so they are not queued locally: in local mode (or while
// the database is unreachable) this returns an error and the caller keeps
// replaying edits.
func (s *Store) PutCheckpoint(ctx context.Context, c Checkpoint) error {
	if s.remote == nil {
		return ErrNoRemote
	}
	return s.remote.PutCheckpoint(ctx, c)
}

// GetCheckpoint reads a chunk checkpoint (stale-tolerant; replica first).
func (s *Store) GetCheckpoint(ctx context.Context, world string, k ChunkKey) (Checkpoint, bool, error) {
	if s.remote == nil {
		return Checkpoint{}, false, ErrNoRemote
	}
	return s.remote.GetCheckpoint(ctx, world, k)
}

// SetSyncPaused pauses (true) or resumes the sync worker: while paused it neither ships own
// edits nor pulls other servers'. Edits keep being recorded durably in the local store and
// count as pending; resuming ships them and pulls what was missed. Flush still runs.
func (s *Store) SetSyncPaused(paused bool) {
	s.mu.Lock()
	was := s.paused
	s.paused = paused
	s.mu.Unlock()
	if was && !paused {
		s.kickShip()
		select {
		case s.pullKick <- struct{}{}:
		default:
		}
	}
}

func (s *Store) syncPaused() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.paused
}

// Flush synchronously ships every pending edit and pulls once. It returns
// ErrNoRemote in local-only mode or before Start.
func (s *Store) Flush(ctx context.Context) error {
	s.mu.Lock()
	ok := s.started && !s.closed
	done := s.done
	s.mu.Unlock()
	if s.remote == nil || !ok {
		return ErrNoRemote
	}
	reply := make(chan error, 1)
	select {
	case s.flushReq <- reply:
	case <-done:
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-reply:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Status returns a snapshot of the sync state.
func (s *Store) Status() Status {
	s.mu.Lock()
	st := Status{Mode: ModeLocal, LastSync: s.lastSync, LastError: s.lastErr, Origin: s.local.Origin(), Paused: s.paused}
	if s.remote != nil && s.connected {
		st.Mode = ModeSynced
	}
	s.mu.Unlock()
	st.Pending = s.local.PendingCount()
	st.Uncommitted = int64(s.local.Queued())
	if st.Pending > 0 {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		if t, ok, err := s.local.OldestPending(ctx); err == nil && ok {
			st.Lag = time.Since(t)
		}
		cancel()
	}
	return st
}

// reportErr records err as the last error and calls OnError if the
// message changed (so an outage is reported once, not every retry).
func (s *Store) reportErr(err error) {
	msg := scrubText(err.Error())
	s.mu.Lock()
	changed := msg != s.lastErr
	s.lastErr = msg
	s.connected = false
	s.mu.Unlock()
	if changed {
		if s.cfg.Logger != nil {
			s.cfg.Logger.Warn("procgen storage", "error", msg)
		}
		if s.cfg.OnError != nil {
			s.cfg.OnError(&redactedError{msg: msg})
		}
	}
}

func (s *Store) reportOK() {
	s.mu.Lock()
	if s.lastErr != "" && s.cfg.Logger != nil {
		s.cfg.Logger.Info("procgen storage: database reachable again")
	}
	s.lastErr = ""
	s.connected = true
	s.lastSync = time.Now()
	s.mu.Unlock()
}

func (s *Store) loadedWorlds() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.loaded))
	for w := range s.loaded {
		out = append(out, w)
	}
	return out
}

// run is the sync worker: the only goroutine that ships and pulls.
func (s *Store) run(ctx context.Context) {
	defer close(s.done)
	poll := time.NewTicker(s.cfg.PollInterval)
	defer poll.Stop()
	batch := time.NewTimer(time.Hour)
	batch.Stop()
	batchArmed := false
	attempt := 0
	var retryAt time.Time
	first := true
	for {
		var doShip, doPull bool
		var flush chan error
		if first {
			doShip, doPull, first = true, true, false
		} else {
			select {
			case <-ctx.Done():
				return
			case <-s.kick:
				if s.local.PendingCount() >= int64(s.cfg.BatchSize) {
					doShip = true
				} else if !batchArmed {
					batch.Reset(s.cfg.BatchDelay)
					batchArmed = true
				}
			case <-batch.C:
				batchArmed = false
				doShip = true
			case <-s.pullKick:
				doPull = true
			case <-poll.C:
				doPull = true
				doShip = s.local.PendingCount() > 0
			case flush = <-s.flushReq:
				doShip, doPull = true, true
			}
		}
		if !doShip && !doPull {
			continue
		}
		if flush == nil && s.syncPaused() {
			continue // resumed by SetSyncPaused(false), which kicks both
		}
		if flush == nil && time.Now().Before(retryAt) {
			continue
		}
		err := s.cycle(ctx, doShip, doPull, flush != nil)
		if ctx.Err() != nil {
			if flush != nil {
				flush <- ctx.Err()
			}
			return
		}
		if err != nil {
			attempt++
			retryAt = time.Now().Add(backoff(attempt, 100*time.Millisecond, s.cfg.MaxBackoff))
			s.reportErr(err)
		} else {
			attempt = 0
			retryAt = time.Time{}
			s.reportOK()
		}
		if flush != nil {
			flush <- err
		}
		if doShip && err == nil && s.local.PendingCount() > 0 {
			// More than a cycle's worth (or new records): go again soon.
			select {
			case s.kick <- struct{}{}:
			default:
			}
		}
	}
}

func (s *Store) cycle(ctx context.Context, doShip, doPull, all bool) error {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	if !s.ready {
		if err := s.remote.Init(ctx); err != nil {
			return err
		}
		s.ready = true
	}
	if doShip {
		// A flush ships what was pending when it started (bounded, so
		// that continuous recording cannot keep it busy forever).
		rounds := 1
		if all {
			rounds += int(s.local.PendingCount()) / (s.cfg.BatchSize * maxBatchesPerCycle)
		}
		for i := 0; i < rounds; i++ {
			if err := s.ship(ctx); err != nil {
				return err
			}
			if s.local.PendingCount() == 0 {
				break
			}
		}
	}
	if doPull {
		if err := s.pull(ctx); err != nil {
			return err
		}
	}
	return nil
}

// ship sends unsynced worlds, then pending edits in batches, marking them
// synced locally after each committed batch.
func (s *Store) ship(ctx context.Context) error {
	worlds, err := s.local.UnsyncedWorlds(ctx)
	if err != nil {
		return err
	}
	for _, w := range worlds {
		err := s.remote.PutWorld(ctx, w)
		if errors.Is(err, ErrWorldConflict) {
			s.reportErr(err) // keep the local copy; stop retrying it
		} else if err != nil {
			return err
		}
		if err := s.local.MarkWorldSynced(ctx, w.ID); err != nil {
			return err
		}
	}
	if err := s.shipEdits(ctx); err != nil {
		return err
	}
	// Versions after edits: an edit made before a pipeline change reaches other servers no
	// later than the change.
	return s.shipVersions(ctx)
}

type pendingBatch struct {
	edits []Edit
	last  int64
	err   error
}

// shipEdits ships pending edits batch by batch, overlapping the local read
// of the next batch and the local "synced" mark of the previous one with
// the database insert of the current one. Batches are committed remotely
// strictly in order, which keeps each origin's shipped seqs a prefix.
func (s *Store) shipEdits(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fetch := func(after int64) <-chan pendingBatch {
		ch := make(chan pendingBatch, 1)
		go func() {
			e, last, err := s.local.PendingEditsAfter(ctx, after, s.cfg.BatchSize)
			ch <- pendingBatch{e, last, err}
		}()
		return ch
	}
	var marking chan error
	waitMark := func() error {
		if marking == nil {
			return nil
		}
		err := <-marking
		marking = nil
		return err
	}
	next := fetch(0)
	for i := 0; i < maxBatchesPerCycle; i++ {
		b := <-next
		if b.err != nil || len(b.edits) == 0 {
			return errors.Join(b.err, waitMark())
		}
		full := len(b.edits) >= s.cfg.BatchSize
		if full && i+1 < maxBatchesPerCycle {
			next = fetch(b.last)
		}
		if err := s.remote.InsertEdits(ctx, b.edits); err != nil {
			return errors.Join(err, waitMark())
		}
		if err := waitMark(); err != nil {
			return err
		}
		marking = make(chan error, 1)
		go func(last int64, ch chan error) { ch <- s.local.MarkSynced(ctx, last) }(b.last, marking)
		if !full {
			break
		}
	}
	return waitMark()
}

// pull polls every loaded world for other origins' edits past the local
// cursors, stores them locally and delivers the new ones.
func (s *Store) pull(ctx context.Context) error {
	own := s.local.Origin()
	for _, w := range s.loadedWorlds() {
		if err := s.pullVersion(ctx, w); err != nil {
			return err
		}
		if !s.seqChecked[w] {
			// Never reuse a seq the database already has for this origin.
			m, err := s.remote.MaxSeq(ctx, w, own)
			if err != nil {
				return err
			}
			if last, err := s.local.LastSeq(ctx, w); err != nil {
				return err
			} else if m > last {
				if err := s.local.EnsureSeqAtLeast(ctx, w, m); err != nil {
					return err
				}
			}
			s.seqChecked[w] = true
		}
		cur, ok := s.cursors[w]
		if !ok {
			c, err := s.local.Cursors(ctx, w)
			if err != nil {
				return err
			}
			cur = c
			s.cursors[w] = cur
		}
		advanced := false
		for page := 0; page < 16; page++ {
			edits, err := s.remote.EditsSince(ctx, w, cur, own, pullLimit)
			if err != nil {
				return err
			}
			if len(edits) == 0 {
				break
			}
			fresh, err := s.local.ApplyRemote(ctx, edits)
			if err != nil {
				return err
			}
			perOrigin := map[int64]int{}
			for _, e := range edits {
				perOrigin[e.Origin]++
				if e.Seq > cur[e.Origin] {
					cur[e.Origin] = e.Seq
				}
			}
			advanced = true
			if len(fresh) > 0 && s.cfg.OnRemoteEdits != nil {
				s.cfg.OnRemoteEdits(fresh)
			}
			full := false
			for _, n := range perOrigin {
				full = full || n >= pullLimit
			}
			if !full {
				break
			}
		}
		if advanced {
			if err := s.remote.SaveCursors(ctx, w, own, cur); err != nil {
				return fmt.Errorf("save cursors: %w", err)
			}
		}
	}
	return nil
}
