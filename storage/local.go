package storage

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite"
)

var localSchema = []string{
	`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS worlds (
		id TEXT PRIMARY KEY,
		name TEXT NOT NULL,
		config BLOB NOT NULL,
		config_hash BLOB NOT NULL,
		format_version INTEGER NOT NULL,
		created_at INTEGER NOT NULL,
		synced INTEGER NOT NULL DEFAULT 0)`,
	`CREATE TABLE IF NOT EXISTS edits (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		world_id TEXT NOT NULL,
		origin_id INTEGER NOT NULL,
		seq INTEGER NOT NULL,
		cx INTEGER NOT NULL,
		cy INTEGER NOT NULL,
		cz INTEGER NOT NULL,
		payload BLOB NOT NULL,
		created_at INTEGER NOT NULL,
		synced INTEGER NOT NULL,
		UNIQUE (world_id, origin_id, seq))`,
	`CREATE INDEX IF NOT EXISTS edits_pending ON edits (id) WHERE synced = 0`,
	`CREATE INDEX IF NOT EXISTS edits_chunk ON edits (world_id, cx, cy, cz)`,
	`CREATE TABLE IF NOT EXISTS seqs (
		world_id TEXT NOT NULL,
		origin_id INTEGER NOT NULL,
		last_seq INTEGER NOT NULL,
		PRIMARY KEY (world_id, origin_id))`,
	`CREATE TABLE IF NOT EXISTS cursors (
		world_id TEXT NOT NULL,
		source_origin INTEGER NOT NULL,
		last_seq INTEGER NOT NULL,
		PRIMARY KEY (world_id, source_origin))`,
	localVersionSchema,
}

// LocalStore is the durable local outbox and the default store: a SQLite
// database in WAL mode with synchronous=FULL. It holds worlds, this
// server's own edits (with a synced flag), edits pulled from other origins,
// and pull cursors, and it assigns per-(world, origin) sequence numbers.
type LocalStore struct {
	w      *sql.DB // single writer connection
	r      *sql.DB // readers (WAL allows them alongside the writer)
	origin int64

	quit     chan struct{}
	done     chan struct{}
	closeMu  sync.Once
	closeErr error

	pending  atomic.Int64
	queue    writeQueue // edits waiting for the writer's next group commit (local_writer.go)
	onCommit CommitFunc // where Submit's outcomes go; set before the first Submit
}

func sqliteDSN(path string, extra string) (string, error) {
	if path == "" {
		return "", errors.New("storage: empty local store path")
	}
	if strings.ContainsAny(path, "?#") {
		return "", fmt.Errorf("storage: local store path %q must not contain '?' or '#'", path)
	}
	return "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)" + extra, nil
}

// OpenLocal opens (creating if needed) the local store at path. If origin
// is 0 the origin persisted in the file is used, or a random positive one
// is generated and persisted on first open.
func OpenLocal(path string, origin int64) (*LocalStore, error) {
	wdsn, err := sqliteDSN(path, "&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	rdsn, _ := sqliteDSN(path, "")
	w, err := sql.Open("sqlite", wdsn)
	if err != nil {
		return nil, fmt.Errorf("storage: open local store: %w", err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	l := &LocalStore{w: w, quit: make(chan struct{}), done: make(chan struct{})}
	l.queue.init()
	if err := l.init(origin); err != nil {
		w.Close()
		return nil, err
	}
	l.r, err = sql.Open("sqlite", rdsn)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("storage: open local store: %w", err)
	}
	l.r.SetMaxOpenConns(4)
	go l.writer()
	return l, nil
}

func (l *LocalStore) init(origin int64) error {
	ctx := context.Background()
	var mode string
	if err := l.w.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("storage: open local store: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("storage: local store journal_mode is %q, want wal", mode)
	}
	tx, err := l.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: open local store: %w", err)
	}
	defer tx.Rollback()
	for _, s := range localSchema {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("storage: local schema: %w", err)
		}
	}
	var stored string
	err = tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'origin_id'`).Scan(&stored)
	switch {
	case origin != 0:
	case err == nil:
		origin, err = strconv.ParseInt(stored, 10, 64)
		if err != nil {
			return fmt.Errorf("storage: corrupt origin id %q", stored)
		}
	case errors.Is(err, sql.ErrNoRows):
		origin = randomOrigin()
	default:
		return fmt.Errorf("storage: read origin: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('origin_id', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.FormatInt(origin, 10)); err != nil {
		return fmt.Errorf("storage: write origin: %w", err)
	}
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM edits WHERE synced = 0`).Scan(&n); err != nil {
		return fmt.Errorf("storage: count pending: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: open local store: %w", err)
	}
	l.origin = origin
	l.pending.Store(n)
	return nil
}

func randomOrigin() int64 {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return time.Now().UnixNano() & (1<<62 - 1)
	}
	v := int64(binary.LittleEndian.Uint64(b[:]) & (1<<63 - 1))
	if v == 0 {
		v = 1
	}
	return v
}

// Origin returns this store's origin id.
func (l *LocalStore) Origin() int64 { return l.origin }

// PendingCount returns the number of own edits not yet marked synced.
func (l *LocalStore) PendingCount() int64 { return l.pending.Load() }

// Close stops the writer and closes the database. Record calls after
// Close fail with ErrClosed.
func (l *LocalStore) Close() error {
	l.closeMu.Do(func() {
		close(l.quit)
		<-l.done
		l.closeErr = errors.Join(l.r.Close(), l.w.Close())
	})
	return l.closeErr
}

// LimitSize caps the file at about limit bytes (never below its current size): writes that
// would grow it further fail as on a full disk.
func (l *LocalStore) LimitSize(ctx context.Context, limit int64) error {
	var page int64
	if err := l.w.QueryRowContext(ctx, "PRAGMA page_size").Scan(&page); err != nil {
		return fmt.Errorf("storage: limit size: %w", err)
	}
	if _, err := l.w.ExecContext(ctx, "PRAGMA max_page_count = "+strconv.FormatInt(max(1, limit/page), 10)); err != nil {
		return fmt.Errorf("storage: limit size: %w", err)
	}
	return nil
}

// LastSeq returns the last seq assigned to this origin in world (committed or queued).
func (l *LocalStore) LastSeq(ctx context.Context, world string) (int64, error) {
	if err := l.Prepare(ctx, world); err != nil {
		return 0, err
	}
	l.queue.mu.Lock()
	defer l.queue.mu.Unlock()
	return l.queue.assigned[world], nil
}

// PutWorld stores w locally if absent. synced marks whether the database
// already has it. A different config under the same id is ErrWorldConflict.
func (l *LocalStore) PutWorld(ctx context.Context, w World, synced bool) error {
	if len(w.ConfigHash) == 0 {
		w.ConfigHash = ConfigHash(w.Config)
	}
	if w.Created.IsZero() {
		w.Created = time.Now()
	}
	if w.Config == nil {
		w.Config = []byte{}
	}
	tx, err := l.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: put world: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO worlds (id, name, config, config_hash, format_version, created_at, synced)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		w.ID, w.Name, w.Config, w.ConfigHash, w.FormatVersion, w.Created.UnixNano(), boolInt(synced)); err != nil {
		return fmt.Errorf("storage: put world: %w", err)
	}
	var h []byte
	if err := tx.QueryRowContext(ctx, `SELECT config_hash FROM worlds WHERE id = ?`, w.ID).Scan(&h); err != nil {
		return fmt.Errorf("storage: put world: %w", err)
	}
	if string(h) != string(w.ConfigHash) {
		return fmt.Errorf("%w: %q", ErrWorldConflict, w.ID)
	}
	if synced {
		if _, err := tx.ExecContext(ctx, `UPDATE worlds SET synced = 1 WHERE id = ?`, w.ID); err != nil {
			return fmt.Errorf("storage: put world: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: put world: %w", err)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

const worldCols = `id, name, config, config_hash, format_version, created_at`

func scanWorld(sc interface{ Scan(...any) error }) (World, error) {
	var w World
	var created int64
	err := sc.Scan(&w.ID, &w.Name, &w.Config, &w.ConfigHash, &w.FormatVersion, &created)
	w.Created = time.Unix(0, created)
	return w, err
}

// GetWorld returns a locally stored world or ErrWorldNotFound.
func (l *LocalStore) GetWorld(ctx context.Context, id string) (World, error) {
	w, err := scanWorld(l.r.QueryRowContext(ctx, `SELECT `+worldCols+` FROM worlds WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return World{}, fmt.Errorf("%w: %q", ErrWorldNotFound, id)
	}
	if err != nil {
		return World{}, fmt.Errorf("storage: get world: %w", err)
	}
	return w, nil
}

// UnsyncedWorlds lists worlds not yet stored in the database.
func (l *LocalStore) UnsyncedWorlds(ctx context.Context) ([]World, error) {
	rows, err := l.r.QueryContext(ctx, `SELECT `+worldCols+` FROM worlds WHERE synced = 0`)
	if err != nil {
		return nil, fmt.Errorf("storage: unsynced worlds: %w", err)
	}
	defer rows.Close()
	var out []World
	for rows.Next() {
		w, err := scanWorld(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: unsynced worlds: %w", err)
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// MarkWorldSynced records that the database has world id.
func (l *LocalStore) MarkWorldSynced(ctx context.Context, id string) error {
	_, err := l.w.ExecContext(ctx, `UPDATE worlds SET synced = 1 WHERE id = ?`, id)
	return err
}

const editCols = `world_id, origin_id, seq, cx, cy, cz, payload, created_at`

func scanEdit(sc interface{ Scan(...any) error }, extra ...any) (Edit, error) {
	var e Edit
	var created int64
	dst := append([]any{&e.WorldID, &e.Origin, &e.Seq, &e.Chunk.X, &e.Chunk.Y, &e.Chunk.Z, &e.Payload, &created}, extra...)
	err := sc.Scan(dst...)
	e.Created = time.Unix(0, created)
	return e, err
}

// PendingEdits returns up to limit unshipped own edits in record order and
// the local id of the last one (for MarkSynced).
func (l *LocalStore) PendingEdits(ctx context.Context, limit int) ([]Edit, int64, error) {
	return l.PendingEditsAfter(ctx, 0, limit)
}

// PendingEditsAfter is PendingEdits restricted to local ids > after, so
// the next batch can be read while the previous one is being shipped.
func (l *LocalStore) PendingEditsAfter(ctx context.Context, after int64, limit int) ([]Edit, int64, error) {
	rows, err := l.r.QueryContext(ctx, `SELECT `+editCols+`, id FROM edits WHERE synced = 0 AND id > ? ORDER BY id LIMIT ?`, after, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("storage: pending edits: %w", err)
	}
	defer rows.Close()
	out := make([]Edit, 0, min(limit, 1024))
	var last int64
	for rows.Next() {
		e, err := scanEdit(rows, &last)
		if err != nil {
			return nil, 0, fmt.Errorf("storage: pending edits: %w", err)
		}
		out = append(out, e)
	}
	return out, last, rows.Err()
}

// MarkSynced marks every pending edit with local id <= upTo as shipped.
func (l *LocalStore) MarkSynced(ctx context.Context, upTo int64) error {
	res, err := l.w.ExecContext(ctx, `UPDATE edits SET synced = 1 WHERE synced = 0 AND id <= ?`, upTo)
	if err != nil {
		return fmt.Errorf("storage: mark synced: %w", err)
	}
	n, _ := res.RowsAffected()
	l.pending.Add(-n)
	return nil
}

// OldestPending returns the creation time of the oldest unshipped edit.
func (l *LocalStore) OldestPending(ctx context.Context) (time.Time, bool, error) {
	var c int64
	err := l.r.QueryRowContext(ctx, `SELECT created_at FROM edits WHERE synced = 0 ORDER BY id LIMIT 1`).Scan(&c)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, err
	}
	return time.Unix(0, c), true, nil
}

// ApplyRemote stores edits pulled from other origins (idempotent) and
// advances their cursors in the same transaction. It returns the edits
// that were new.
func (l *LocalStore) ApplyRemote(ctx context.Context, edits []Edit) ([]Edit, error) {
	if len(edits) == 0 {
		return nil, nil
	}
	tx, err := l.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("storage: apply remote: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO edits (`+editCols+`, synced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
		ON CONFLICT (world_id, origin_id, seq) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("storage: apply remote: %w", err)
	}
	defer stmt.Close()
	type wo struct {
		w string
		o int64
	}
	maxSeq := map[wo]int64{}
	var fresh []Edit
	for _, e := range edits {
		if e.Payload == nil {
			e.Payload = []byte{}
		}
		res, err := stmt.ExecContext(ctx, e.WorldID, e.Origin, e.Seq, e.Chunk.X, e.Chunk.Y, e.Chunk.Z, e.Payload, e.Created.UnixNano())
		if err != nil {
			return nil, fmt.Errorf("storage: apply remote: %w", err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			fresh = append(fresh, e)
		}
		k := wo{e.WorldID, e.Origin}
		if e.Seq > maxSeq[k] {
			maxSeq[k] = e.Seq
		}
	}
	for k, s := range maxSeq {
		if _, err := tx.ExecContext(ctx, `INSERT INTO cursors (world_id, source_origin, last_seq) VALUES (?, ?, ?)
			ON CONFLICT (world_id, source_origin) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`, k.w, k.o, s); err != nil {
			return nil, fmt.Errorf("storage: apply remote: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("storage: apply remote: %w", err)
	}
	return fresh, nil
}

// Cursors returns the pull cursor (last applied seq) per source origin.
func (l *LocalStore) Cursors(ctx context.Context, world string) (map[int64]int64, error) {
	rows, err := l.r.QueryContext(ctx, `SELECT source_origin, last_seq FROM cursors WHERE world_id = ?`, world)
	if err != nil {
		return nil, fmt.Errorf("storage: cursors: %w", err)
	}
	defer rows.Close()
	out := map[int64]int64{}
	for rows.Next() {
		var o, s int64
		if err := rows.Scan(&o, &s); err != nil {
			return nil, err
		}
		out[o] = s
	}
	return out, rows.Err()
}

// Edits returns every edit of world known locally (own and pulled), in a
// deterministic order: creation time, then origin, then seq.
func (l *LocalStore) Edits(ctx context.Context, world string) ([]Edit, error) {
	return l.queryEdits(ctx, `SELECT `+editCols+` FROM edits WHERE world_id = ? ORDER BY created_at, origin_id, seq`, world)
}

// ChunkEdits returns the edits of one chunk in the same order as Edits.
func (l *LocalStore) ChunkEdits(ctx context.Context, world string, k ChunkKey) ([]Edit, error) {
	return l.queryEdits(ctx, `SELECT `+editCols+` FROM edits WHERE world_id = ? AND cx = ? AND cy = ? AND cz = ?
		ORDER BY created_at, origin_id, seq`, world, k.X, k.Y, k.Z)
}

func (l *LocalStore) queryEdits(ctx context.Context, q string, args ...any) ([]Edit, error) {
	rows, err := l.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: edits: %w", err)
	}
	defer rows.Close()
	var out []Edit
	for rows.Next() {
		e, err := scanEdit(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: edits: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
