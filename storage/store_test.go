package storage

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

// openStore opens and starts a Store for tests, closing it at cleanup.
func openStore(t testing.TB, cfg Config) *Store {
	t.Helper()
	if cfg.LocalPath == "" {
		cfg.LocalPath = filepath.Join(t.TempDir(), "local.db")
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 50 * time.Millisecond
	}
	if cfg.MaxBackoff == 0 {
		cfg.MaxBackoff = 300 * time.Millisecond
	}
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	s.Start(context.Background())
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func editKeys(es []Edit) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = fmt.Sprintf("%d/%d/%s/%x", e.Origin, e.Seq, e.Chunk, e.Payload)
	}
	sort.Strings(out)
	return out
}

func TestLocalOnlyModeAndMalformedURL(t *testing.T) {
	t.Parallel()
	var errs []error
	var mu sync.Mutex
	s := openStore(t, Config{DatabaseURL: "postgres://u:hunter2@[::1:bad/db", OnError: func(err error) {
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
	}})
	ctx := testCtx(t, 10*time.Second)
	if err := s.CreateWorld(ctx, World{ID: "w", Config: []byte("cfg")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Record(ctx, "w", ChunkKey{1, 2, 3}, []byte("p")); err != nil {
		t.Fatal(err)
	}
	st := s.Status()
	mu.Lock()
	defer mu.Unlock()
	if st.Mode != ModeLocal || st.Pending != 1 || len(errs) != 1 || s.ConfigError() == nil {
		t.Fatalf("status %+v errs %v", st, errs)
	}
	for _, m := range []string{errs[0].Error(), st.LastError, s.ConfigError().Error()} {
		if strings.Contains(m, "hunter2") || m == "" {
			t.Fatalf("error not redacted or empty: %q", m)
		}
	}
	t.Logf("config error: %v", errs[0])
	if err := s.Flush(ctx); !errors.Is(err, ErrNoRemote) {
		t.Fatalf("flush in local mode: %v", err)
	}
}

func TestTwoStoresConverge(t *testing.T) {
	t.Parallel()
	url := pgtest.SchemaURL(t)
	var mu sync.Mutex
	delivered := map[int64]int{}
	mk := func(origin int64) *Store {
		return openStore(t, Config{DatabaseURL: url, OriginID: origin, OnRemoteEdits: func(es []Edit) {
			mu.Lock()
			delivered[origin] += len(es)
			mu.Unlock()
		}})
	}
	a, b := mk(101), mk(202)
	ctx := testCtx(t, 60*time.Second)
	w := World{ID: "conv-world", Name: "Conv", Config: []byte("seed=1"), FormatVersion: 1}
	if err := a.CreateWorld(ctx, w); err != nil {
		t.Fatal(err)
	}
	if err := a.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := b.LoadWorld(ctx, w.ID)
	if err != nil || string(got.Config) != "seed=1" {
		t.Fatalf("b.LoadWorld: %+v %v", got, err)
	}
	const n = 600
	var wg sync.WaitGroup
	for _, s := range []*Store{a, b} {
		wg.Add(1)
		go func(s *Store) {
			defer wg.Done()
			for i := 0; i < n; i++ {
				if _, err := s.Record(ctx, w.ID, ChunkKey{int32(i % 7), 0, int32(i % 3)}, []byte(fmt.Sprintf("%d:%d", s.Origin(), i))); err != nil {
					t.Error(err)
					return
				}
			}
		}(s)
	}
	wg.Wait()
	waitFor(t, 30*time.Second, "convergence", func() bool {
		ea, _ := a.Edits(ctx, w.ID)
		eb, _ := b.Edits(ctx, w.ID)
		return len(ea) == 2*n && len(eb) == 2*n
	})
	ea, _ := a.Edits(ctx, w.ID)
	eb, _ := b.Edits(ctx, w.ID)
	ka, kb := editKeys(ea), editKeys(eb)
	for i := range ka {
		if ka[i] != kb[i] {
			t.Fatalf("diverged at %d: %s vs %s", i, ka[i], kb[i])
		}
	}
	mu.Lock()
	if delivered[101] != n || delivered[202] != n {
		t.Fatalf("delivered %v, want %d each (exactly once)", delivered, n)
	}
	mu.Unlock()
	cp := Checkpoint{WorldID: w.ID, Chunk: ChunkKey{1, 0, 1}, Covered: map[int64]int64{101: n, 202: n}, Payload: []byte("chunk")}
	if err := a.PutCheckpoint(ctx, cp); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := b.GetCheckpoint(ctx, w.ID, cp.Chunk); err != nil || !ok || string(got.Payload) != "chunk" || got.Covered[202] != n {
		t.Fatalf("checkpoint via b: %+v %v %v", got, ok, err)
	}
	for _, s := range []*Store{a, b} {
		st := s.Status()
		if st.Mode != ModeSynced || st.Pending != 0 || st.LastError != "" || st.LastSync.IsZero() {
			t.Fatalf("status %+v", st)
		}
	}
}
