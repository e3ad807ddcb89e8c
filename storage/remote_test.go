package storage

import (
	"bytes"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

func TestMigrateTwiceAndConcurrently(t *testing.T) {
	t.Parallel()
	url := pgtest.SchemaURL(t)
	ctx := testCtx(t, 60*time.Second)
	// Several processes' worth of pools racing on a fresh schema.
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := OpenRemote(ctx, url, nil)
			if err != nil {
				errs <- err
				return
			}
			defer r.Close()
			errs <- r.Init(ctx)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("concurrent migrate: %v", err)
		}
	}
	// And twice in a row on the same pool.
	r := newRemote(t, url)
	if err := r.Init(ctx); err != nil {
		t.Fatalf("second migrate: %v", err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n, maxV int
	if err := conn.QueryRow(ctx, "SELECT count(*), max(version) FROM schema_migrations").Scan(&n, &maxV); err != nil {
		t.Fatal(err)
	}
	if n != len(migrations) || maxV != SchemaVersion {
		t.Fatalf("schema_migrations: %d rows, max %d", n, maxV)
	}
}

func TestRemoteRoundTripAndHostileData(t *testing.T) {
	t.Parallel()
	r := newRemote(t, pgtest.SchemaURL(t))
	ctx := testCtx(t, 60*time.Second)
	hostile := "w'); DROP TABLE edits; --\x01 \"ünï\" $1 %s"
	w := World{ID: hostile, Name: "Robert'); DROP TABLE worlds;--", Config: []byte{0, 1, 2, '\'', 0}, FormatVersion: 3}
	if err := r.PutWorld(ctx, w); err != nil {
		t.Fatal(err)
	}
	if err := r.PutWorld(ctx, w); err != nil { // idempotent
		t.Fatal(err)
	}
	w2 := w
	w2.Config = []byte("other")
	w2.ConfigHash = nil
	if err := r.PutWorld(ctx, w2); !errors.Is(err, ErrWorldConflict) {
		t.Fatalf("conflicting world: %v", err)
	}
	got, err := r.GetWorld(ctx, hostile)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != w.Name || !bytes.Equal(got.Config, w.Config) || got.FormatVersion != 3 || !bytes.Equal(got.ConfigHash, ConfigHash(w.Config)) {
		t.Fatalf("world round trip: %+v", got)
	}
	if _, err := r.GetWorld(ctx, "missing"); !errors.Is(err, ErrWorldNotFound) {
		t.Fatalf("missing world: %v", err)
	}
	now := time.Now().UTC().Truncate(time.Microsecond)
	var edits []Edit
	for i := 1; i <= 5; i++ {
		edits = append(edits, Edit{WorldID: hostile, Chunk: ChunkKey{int32(-i), 0, 1 << 20}, Origin: 7, Seq: int64(i),
			Payload: []byte("'; DELETE FROM edits; --\x00" + string(rune('a'+i))), Created: now})
	}
	edits = append(edits, Edit{WorldID: hostile, Origin: 9, Seq: 1, Payload: nil, Created: now})
	if err := r.InsertEdits(ctx, edits); err != nil {
		t.Fatal(err)
	}
	if err := r.InsertEdits(ctx, edits[:3]); err != nil { // re-ship is a no-op
		t.Fatal(err)
	}
	got2, err := r.EditsSince(ctx, hostile, map[int64]int64{7: 2}, 9, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(got2) != 3 || got2[0].Seq != 3 || got2[2].Seq != 5 {
		t.Fatalf("EditsSince: %+v", got2)
	}
	for i, e := range got2 {
		want := edits[i+2]
		if !bytes.Equal(e.Payload, want.Payload) || e.Chunk != want.Chunk || !e.Created.Equal(now) {
			t.Fatalf("edit %d: got %+v want %+v", i, e, want)
		}
	}
	all, err := r.EditsSince(ctx, hostile, nil, 0, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 { // limit is per origin: 2 of origin 7, 1 of origin 9
		t.Fatalf("per-origin limit: %d edits", len(all))
	}
	if m, err := r.MaxSeq(ctx, hostile, 7); err != nil || m != 5 {
		t.Fatalf("MaxSeq = %d, %v", m, err)
	}
	if err := r.SaveCursors(ctx, hostile, 9, map[int64]int64{7: 5}); err != nil {
		t.Fatal(err)
	}
	if err := r.SaveCursors(ctx, hostile, 9, map[int64]int64{7: 3}); err != nil {
		t.Fatal(err)
	}
	cp := Checkpoint{WorldID: hostile, Chunk: ChunkKey{1, 2, 3}, Covered: map[int64]int64{7: 5, 9: 1}, Payload: []byte("snap")}
	if err := r.PutCheckpoint(ctx, cp); err != nil {
		t.Fatal(err)
	}
	old := Checkpoint{WorldID: hostile, Chunk: ChunkKey{1, 2, 3}, Covered: map[int64]int64{7: 4}, Payload: []byte("older")}
	if err := r.PutCheckpoint(ctx, old); err != nil {
		t.Fatal(err)
	}
	gc, found, err := r.GetCheckpoint(ctx, hostile, ChunkKey{1, 2, 3})
	if err != nil || !found || string(gc.Payload) != "snap" || gc.Covered[7] != 5 || gc.Covered[9] != 1 {
		t.Fatalf("checkpoint: %+v %v %v", gc, found, err)
	}
}

func TestRemoteBadURLIsRedacted(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t, 30*time.Second)
	_, err := OpenRemote(ctx, "postgres://bob:s3cr3t-pw@127.0.0.1:notaport/db", nil)
	if err == nil || bytes.Contains([]byte(err.Error()), []byte("s3cr3t")) {
		t.Fatalf("malformed URL error: %v", err)
	}
	r, err := OpenRemote(ctx, "postgres://bob:s3cr3t-pw@127.0.0.1:1/db?connect_timeout=2", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	err = r.Init(ctx)
	if err == nil || bytes.Contains([]byte(err.Error()), []byte("s3cr3t")) {
		t.Fatalf("unreachable error: %v", err)
	}
	t.Logf("unreachable: %v", err)
}
