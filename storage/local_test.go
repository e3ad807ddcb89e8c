package storage

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func openLocal(t testing.TB, path string, origin int64) *LocalStore {
	t.Helper()
	l, err := OpenLocal(path, origin)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	return l
}

func TestLocalPragmasAndOrigin(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "w.db")
	l := openLocal(t, path, 0)
	var mode string
	var sync int
	if err := l.w.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if err := l.w.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" || sync != 2 {
		t.Fatalf("journal_mode=%s synchronous=%d, want wal/2(FULL)", mode, sync)
	}
	o := l.Origin()
	if o <= 0 {
		t.Fatalf("origin %d", o)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Record(testCtx(t, time.Second), "w", ChunkKey{}, nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("record after close: %v", err)
	}
	l2 := openLocal(t, path, 0)
	if l2.Origin() != o {
		t.Fatalf("origin not persisted: %d != %d", l2.Origin(), o)
	}
}

func TestLocalRecordSeqsConcurrentAndPersisted(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "w.db")
	l := openLocal(t, path, 42)
	ctx := testCtx(t, 60*time.Second)
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]map[int64]bool{"a": {}, "b": {}}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				w := "a"
				if (g+i)%3 == 0 {
					w = "b"
				}
				e, err := l.Record(ctx, w, ChunkKey{int32(g), int32(i), -1}, []byte(fmt.Sprint(g, i)))
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				if seen[w][e.Seq] {
					t.Errorf("duplicate seq %s/%d", w, e.Seq)
				}
				seen[w][e.Seq] = true
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	for w, m := range seen {
		for s := int64(1); s <= int64(len(m)); s++ {
			if !m[s] {
				t.Fatalf("world %s: gap at seq %d", w, s)
			}
		}
	}
	if l.PendingCount() != 400 {
		t.Fatalf("pending %d", l.PendingCount())
	}
	pend, last, err := l.PendingEdits(ctx, 100)
	if err != nil || len(pend) != 100 {
		t.Fatalf("pending edits: %d %v", len(pend), err)
	}
	if err := l.MarkSynced(ctx, last); err != nil {
		t.Fatal(err)
	}
	if l.PendingCount() != 300 {
		t.Fatalf("pending after mark %d", l.PendingCount())
	}
	if err := l.EnsureSeqAtLeast(ctx, "a", 10_000); err != nil {
		t.Fatal(err)
	}
	e, err := l.Record(ctx, "a", ChunkKey{}, nil)
	if err != nil || e.Seq != 10_001 {
		t.Fatalf("after bump: seq %d, %v", e.Seq, err)
	}
	_ = l.Close()
	l2 := openLocal(t, path, 0)
	if l2.Origin() != 42 || l2.PendingCount() != 301 {
		t.Fatalf("reopen: origin %d pending %d", l2.Origin(), l2.PendingCount())
	}
	e, err = l2.Record(ctx, "b", ChunkKey{}, nil)
	if err != nil || e.Seq != int64(len(seen["b"])+1) {
		t.Fatalf("seq after reopen: %d %v", e.Seq, err)
	}
	if s, _ := l2.LastSeq(ctx, "a"); s != 10_001 {
		t.Fatalf("LastSeq a = %d", s)
	}
}

func TestLocalWorldsRemoteEditsAndHostileData(t *testing.T) {
	t.Parallel()
	l := openLocal(t, filepath.Join(t.TempDir(), "w.db"), 1)
	ctx := testCtx(t, 30*time.Second)
	id := "x'); DROP TABLE edits; --"
	w := World{ID: id, Name: "\x00evil\"", Config: []byte{0, 0, 1}, FormatVersion: 2}
	if err := l.PutWorld(ctx, w, false); err != nil {
		t.Fatal(err)
	}
	if err := l.PutWorld(ctx, World{ID: id, Config: []byte("zzz")}, false); !errors.Is(err, ErrWorldConflict) {
		t.Fatalf("conflict: %v", err)
	}
	uw, err := l.UnsyncedWorlds(ctx)
	if err != nil || len(uw) != 1 || uw[0].Name != w.Name || !bytes.Equal(uw[0].Config, w.Config) {
		t.Fatalf("unsynced worlds %+v %v", uw, err)
	}
	if err := l.MarkWorldSynced(ctx, id); err != nil {
		t.Fatal(err)
	}
	if uw, _ := l.UnsyncedWorlds(ctx); len(uw) != 0 {
		t.Fatalf("still unsynced: %+v", uw)
	}
	remote := []Edit{
		{WorldID: id, Origin: 5, Seq: 1, Chunk: ChunkKey{1, 1, 1}, Payload: []byte("'; --"), Created: time.Unix(10, 0)},
		{WorldID: id, Origin: 5, Seq: 2, Chunk: ChunkKey{1, 1, 1}, Payload: []byte{0}, Created: time.Unix(11, 0)},
		{WorldID: id, Origin: 6, Seq: 1, Chunk: ChunkKey{2, 1, 1}, Created: time.Unix(12, 0)},
	}
	fresh, err := l.ApplyRemote(ctx, remote)
	if err != nil || len(fresh) != 3 {
		t.Fatalf("apply: %d %v", len(fresh), err)
	}
	fresh, err = l.ApplyRemote(ctx, remote[1:])
	if err != nil || len(fresh) != 0 {
		t.Fatalf("re-apply: %d %v", len(fresh), err)
	}
	cur, err := l.Cursors(ctx, id)
	if err != nil || cur[5] != 2 || cur[6] != 1 {
		t.Fatalf("cursors %v %v", cur, err)
	}
	if l.PendingCount() != 0 {
		t.Fatalf("pulled edits counted as pending")
	}
	ce, err := l.ChunkEdits(ctx, id, ChunkKey{1, 1, 1})
	if err != nil || len(ce) != 2 || string(ce[0].Payload) != "'; --" {
		t.Fatalf("chunk edits %+v %v", ce, err)
	}
}
