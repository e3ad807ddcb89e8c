package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"
)

// maxGroupCommit bounds how many queued edits share one local transaction (one fsync).
const maxGroupCommit = 512

// Retry delays of a group commit that failed (a full or failing disk): the edits stay
// queued and are committed, in order, once the disk takes them again.
const (
	minCommitRetry = 50 * time.Millisecond
	maxCommitRetry = 5 * time.Second
)

// writeQueue holds what waits for the writer goroutine, in sequence order, and hands out
// sequence numbers: both happen under one lock, so the queue's order is the order of the
// seqs and commits never reorder an origin's edits.
type writeQueue struct {
	mu       sync.Mutex
	reqs     []*recordReq
	assigned map[string]int64 // world → last seq handed out (committed or queued)
	closed   bool
	wake     chan struct{} // capacity 1: something was queued
	idle     *sync.Cond    // signalled whenever the queue empties
}

func (q *writeQueue) init() {
	q.assigned = map[string]int64{}
	q.wake = make(chan struct{}, 1)
	q.idle = sync.NewCond(&q.mu)
}

// recordReq is one queued write: an edit with its seq already assigned, or a bump of a
// world's seq counter (see EnsureSeqAtLeast).
type recordReq struct {
	edit  Edit
	bump  int64      // > 0: not an edit; make the stored counter at least this
	reply chan error // synchronous callers (Record, EnsureSeqAtLeast): the outcome, once
	tries int        // failed commit attempts so far
}

// CommitFunc receives the outcome of the local store's group commits of submitted edits,
// on the writer goroutine: err nil means the edits are durable; otherwise the commit
// failed, the edits stay queued and are retried (they are reported again, with nil, once
// they commit). It must not block.
type CommitFunc func(edits []Edit, err error)

// SetCommitFunc sets where Submit's outcomes go. Call it before the first Submit.
func (l *LocalStore) SetCommitFunc(f CommitFunc) {
	l.queue.mu.Lock()
	defer l.queue.mu.Unlock()
	l.onCommit = f
}

// Prepare reads world's last seq so that the first Submit for it does not wait for the
// disk. Submit calls it itself when needed.
func (l *LocalStore) Prepare(ctx context.Context, world string) error {
	l.queue.mu.Lock()
	_, ok := l.queue.assigned[world]
	closed := l.queue.closed
	l.queue.mu.Unlock()
	if closed {
		return ErrClosed
	}
	if ok {
		return nil
	}
	last, err := l.storedLastSeq(ctx, world)
	if err != nil {
		return err
	}
	l.queue.mu.Lock()
	defer l.queue.mu.Unlock()
	if _, ok := l.queue.assigned[world]; !ok {
		l.queue.assigned[world] = last
	}
	return nil
}

// Submit gives an edit of this origin its seq and queues it for the writer's next group
// commit; it returns at once, without waiting for the disk (except the first time a world
// is used without Prepare). The edit is durable when the CommitFunc reports it without an
// error; a failing disk never drops it: it is reported with the error and retried.
func (l *LocalStore) Submit(world string, chunk ChunkKey, payload []byte) (Edit, error) {
	if err := l.Prepare(context.Background(), world); err != nil {
		return Edit{}, err
	}
	e, _, err := l.enqueue(world, chunk, payload, nil)
	return e, err
}

// Record durably stores an edit of this origin and returns it with its assigned sequence
// number. It returns only after the local transaction has committed (fsync'd); concurrent
// calls share commits. It never touches the network. A failed Record leaves its seq unused.
func (l *LocalStore) Record(ctx context.Context, world string, chunk ChunkKey, payload []byte) (Edit, error) {
	if err := l.Prepare(ctx, world); err != nil {
		return Edit{}, err
	}
	e, reply, err := l.enqueue(world, chunk, payload, make(chan error, 1))
	if err != nil {
		return Edit{}, err
	}
	// Once queued the request is committed or failed promptly; wait for the outcome so
	// that a nil error always means durable.
	if err := <-reply; err != nil {
		return Edit{}, err
	}
	return e, nil
}

func (l *LocalStore) enqueue(world string, chunk ChunkKey, payload []byte, reply chan error) (Edit, chan error, error) {
	if payload == nil {
		payload = []byte{}
	}
	q := &l.queue
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return Edit{}, nil, ErrClosed
	}
	q.assigned[world]++
	e := Edit{WorldID: world, Chunk: chunk, Origin: l.origin, Seq: q.assigned[world], Payload: payload, Created: time.Now()}
	q.reqs = append(q.reqs, &recordReq{edit: e, reply: reply})
	q.mu.Unlock()
	q.signal()
	return e, reply, nil
}

func (q *writeQueue) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// EnsureSeqAtLeast makes the next seq of this origin in world exceed min. The sync worker
// uses it when the database already holds higher seqs of this origin (e.g. the local file
// was lost and restored from a backup), so new edits never collide with shipped ones. It
// is ordered with Record and Submit.
func (l *LocalStore) EnsureSeqAtLeast(ctx context.Context, world string, min int64) error {
	if err := l.Prepare(ctx, world); err != nil {
		return err
	}
	q := &l.queue
	reply := make(chan error, 1)
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return ErrClosed
	}
	q.assigned[world] = max(q.assigned[world], min)
	q.reqs = append(q.reqs, &recordReq{edit: Edit{WorldID: world}, bump: min, reply: reply})
	q.mu.Unlock()
	q.signal()
	select {
	case err := <-reply:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Queued is the number of submitted edits not yet durable.
func (l *LocalStore) Queued() int {
	l.queue.mu.Lock()
	defer l.queue.mu.Unlock()
	n := 0
	for _, r := range l.queue.reqs {
		if r.bump == 0 {
			n++
		}
	}
	return n
}

// WaitIdle waits until every queued write has been committed (or, for Record, failed).
func (l *LocalStore) WaitIdle(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		l.queue.mu.Lock()
		for len(l.queue.reqs) > 0 && !l.queue.closed {
			l.queue.idle.Wait()
		}
		l.queue.mu.Unlock()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		l.queue.mu.Lock()
		l.queue.idle.Broadcast() // let the waiter see it is no longer wanted
		l.queue.mu.Unlock()
		return ctx.Err()
	}
}

// storedLastSeq is the last seq of this origin in world that the file holds.
func (l *LocalStore) storedLastSeq(ctx context.Context, world string) (int64, error) {
	var s int64
	err := l.r.QueryRowContext(ctx, `SELECT last_seq FROM seqs WHERE world_id = ? AND origin_id = ?`, world, l.origin).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("storage: last seq: %w", err)
	}
	return s, nil
}

// writer is the goroutine that owns local writes of edits: it commits what is queued in
// groups of up to maxGroupCommit (one fsync each), in order. A failed group's synchronous
// requests get the error and leave the queue; submitted edits stay at its head, are reported
// through the CommitFunc and retried with a growing delay. On Close it commits what is
// queued once more, then stops.
func (l *LocalStore) writer() {
	defer close(l.done)
	q := &l.queue
	delay := minCommitRetry
	for {
		q.mu.Lock()
		empty := len(q.reqs) == 0
		q.mu.Unlock()
		if empty {
			select {
			case <-l.quit:
				l.finish()
				return
			case <-q.wake:
			}
			continue
		}
		if l.commitHead() {
			delay = minCommitRetry
			continue
		}
		select {
		case <-l.quit:
			l.finish()
			return
		case <-time.After(delay):
		}
		delay = min(2*delay, maxCommitRetry)
	}
}

// finish runs at Close: one last attempt at what is queued, then every waiter is answered.
func (l *LocalStore) finish() {
	q := &l.queue
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	for l.commitHead() {
		q.mu.Lock()
		empty := len(q.reqs) == 0
		q.mu.Unlock()
		if empty {
			break
		}
	}
	q.mu.Lock()
	left := q.reqs
	q.reqs = nil
	q.idle.Broadcast()
	q.mu.Unlock()
	var lost []Edit
	for _, r := range left {
		if r.reply != nil {
			r.reply <- ErrClosed
		} else if r.bump == 0 {
			lost = append(lost, r.edit)
		}
	}
	if len(lost) > 0 && l.onCommit != nil {
		l.onCommit(lost, fmt.Errorf("storage: store closed before %d edits could be written: %w", len(lost), ErrClosed))
	}
}

// commitHead commits the head of the queue and reports whether it succeeded.
func (l *LocalStore) commitHead() bool {
	q := &l.queue
	q.mu.Lock()
	batch := q.reqs[:min(len(q.reqs), maxGroupCommit):min(len(q.reqs), maxGroupCommit)]
	q.mu.Unlock()
	if len(batch) == 0 {
		return true
	}
	err := l.commitRecords(batch)
	var submitted []Edit
	for _, r := range batch {
		if r.bump == 0 && r.reply == nil {
			submitted = append(submitted, r.edit)
		}
	}
	q.mu.Lock()
	if err == nil {
		q.reqs = q.reqs[len(batch):]
	} else {
		// Synchronous callers hear of the failure and leave; submitted edits stay.
		kept := make([]*recordReq, 0, len(q.reqs))
		for _, r := range batch {
			if r.reply == nil {
				r.tries++
				kept = append(kept, r)
			}
		}
		q.reqs = append(kept, q.reqs[len(batch):]...)
	}
	if len(q.reqs) == 0 {
		q.idle.Broadcast()
	}
	q.mu.Unlock()
	for _, r := range batch {
		if r.reply != nil {
			r.reply <- err
		}
	}
	if len(submitted) > 0 && l.onCommit != nil {
		l.onCommit(submitted, err)
	}
	return err == nil
}

// commitRecords writes batch in one transaction: its edits, and each world's seq counter.
func (l *LocalStore) commitRecords(batch []*recordReq) error {
	ctx := context.Background()
	tx, err := l.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: record: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO edits (world_id, origin_id, seq, cx, cy, cz, payload, created_at, synced)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`)
	if err != nil {
		return fmt.Errorf("storage: record: %w", err)
	}
	defer stmt.Close()
	last := map[string]int64{}
	recorded := 0
	for _, r := range batch {
		e := r.edit
		if r.bump > 0 {
			last[e.WorldID] = max(last[e.WorldID], r.bump)
			continue
		}
		recorded++
		last[e.WorldID] = max(last[e.WorldID], e.Seq)
		if _, err := stmt.ExecContext(ctx, e.WorldID, e.Origin, e.Seq, e.Chunk.X, e.Chunk.Y, e.Chunk.Z, e.Payload, e.Created.UnixNano()); err != nil {
			return fmt.Errorf("storage: record: %w", err)
		}
	}
	for w, s := range last {
		if _, err := tx.ExecContext(ctx, `INSERT INTO seqs (world_id, origin_id, last_seq) VALUES (?, ?, ?)
			ON CONFLICT (world_id, origin_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`, w, l.origin, s); err != nil {
			return fmt.Errorf("storage: record: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: record commit: %w", err)
	}
	l.pending.Add(int64(recorded))
	return nil
}
