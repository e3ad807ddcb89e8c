package storage

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// commits collects what a CommitFunc reports.
type commits struct {
	mu     sync.Mutex
	ok     map[int64]int // seq → times reported durable
	failed map[int64]int // seq → times reported failed
	errs   []error
	cond   *sync.Cond
}

func newCommits() *commits {
	c := &commits{ok: map[int64]int{}, failed: map[int64]int{}}
	c.cond = sync.NewCond(&c.mu)
	return c
}

func (c *commits) report(es []Edit, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range es {
		if err == nil {
			c.ok[e.Seq]++
		} else {
			c.failed[e.Seq]++
		}
	}
	if err != nil {
		c.errs = append(c.errs, err)
	}
	c.cond.Broadcast()
}

// waitFor waits up to 20 s for cond to hold.
func (c *commits) waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	go func() { time.Sleep(20 * time.Second); c.mu.Lock(); c.cond.Broadcast(); c.mu.Unlock() }()
	c.mu.Lock()
	defer c.mu.Unlock()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s (ok %v, failed %v)", what, c.ok, c.failed)
		}
		c.cond.Wait()
	}
}

// TestSubmitReturnsAtOnceAndCommitsInGroups: Submit hands out consecutive seqs without
// waiting, and every submitted edit is reported durable exactly once, and is in the file.
func TestSubmitReturnsAtOnceAndCommitsInGroups(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "w.db")
	l := openLocal(t, path, 7)
	c := newCommits()
	l.SetCommitFunc(c.report)
	if err := l.Prepare(context.Background(), "w"); err != nil {
		t.Fatal(err)
	}
	const n = 1000
	for i := 1; i <= n; i++ {
		e, err := l.Submit("w", ChunkKey{int32(i), 0, 0}, []byte{byte(i)})
		if err != nil {
			t.Fatal(err)
		}
		if e.Seq != int64(i) || e.Origin != 7 {
			t.Fatalf("edit %d got seq %d origin %d", i, e.Seq, e.Origin)
		}
	}
	c.waitFor(t, "every edit durable", func() bool { return len(c.ok) == n })
	for s, k := range c.ok {
		if k != 1 {
			t.Fatalf("seq %d reported durable %d times", s, k)
		}
	}
	got, err := l.Edits(testCtx(t, 10*time.Second), "w")
	if err != nil || len(got) != n {
		t.Fatalf("file holds %d edits (%v), want %d", len(got), err, n)
	}
	// A synchronous Record after submitted edits continues their sequence.
	e, err := l.Record(testCtx(t, 10*time.Second), "w", ChunkKey{}, nil)
	if err != nil || e.Seq != n+1 {
		t.Fatalf("record after submits: seq %d, %v", e.Seq, err)
	}
}

// TestSubmitOnAFullDiskReportsAndRetries fills the store's file to its limit (SQLite's
// max_page_count: the real disk-full error path): submitted edits are reported with the
// error, never as durable, stay queued, and are committed exactly once, in order, when the
// disk has room again. A synchronous Record meanwhile fails.
func TestSubmitOnAFullDiskReportsAndRetries(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "w.db")
	l := openLocal(t, path, 9)
	c := newCommits()
	l.SetCommitFunc(c.report)
	ctx := testCtx(t, 30*time.Second)
	if _, err := l.Submit("w", ChunkKey{}, []byte("first")); err != nil {
		t.Fatal(err)
	}
	c.waitFor(t, "the first edit", func() bool { return c.ok[1] == 1 })
	var pages int64
	if err := l.w.QueryRowContext(ctx, "PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := l.w.ExecContext(ctx, "PRAGMA max_page_count = "+itoa(pages)); err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 64<<10) // needs new pages
	for i := 0; i < 5; i++ {
		if _, err := l.Submit("w", ChunkKey{int32(i), 0, 0}, big); err != nil {
			t.Fatal(err)
		}
	}
	c.waitFor(t, "a reported failure", func() bool { return len(c.failed) == 5 })
	c.mu.Lock()
	msg := c.errs[0].Error()
	okNow := len(c.ok)
	c.mu.Unlock()
	if !strings.Contains(msg, "full") {
		t.Errorf("failure %q does not say the disk is full", msg)
	}
	if okNow != 1 {
		t.Fatalf("edits reported durable on a full disk: %v", c.ok)
	}
	if q := l.Queued(); q != 5 {
		t.Fatalf("%d edits queued, want 5 (never dropped)", q)
	}
	if _, err := l.Record(ctx, "w", ChunkKey{}, big); err == nil {
		t.Fatal("a synchronous Record succeeded on a full disk")
	}
	if _, err := l.w.ExecContext(ctx, "PRAGMA max_page_count = 1073741823"); err != nil {
		t.Fatal(err)
	}
	c.waitFor(t, "the retried edits", func() bool { return len(c.ok) == 6 })
	for s := int64(1); s <= 6; s++ {
		if c.ok[s] != 1 {
			t.Fatalf("seq %d reported durable %d times", s, c.ok[s])
		}
	}
	got, err := l.Edits(ctx, "w")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]int{}
	for _, e := range got {
		seen[e.Seq]++
	}
	if len(got) != 6 {
		t.Fatalf("file holds %d edits, want 6: %v", len(got), seen)
	}
	if l.Queued() != 0 {
		t.Fatalf("%d still queued", l.Queued())
	}
}

// TestSubmitQueuedAtCloseIsWritten: Close commits what is queued before it stops.
func TestSubmitQueuedAtCloseIsWritten(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "w.db")
	l, err := OpenLocal(path, 3)
	if err != nil {
		t.Fatal(err)
	}
	c := newCommits()
	l.SetCommitFunc(c.report)
	for i := 0; i < 200; i++ {
		if _, err := l.Submit("w", ChunkKey{}, []byte{1}); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if len(c.ok) != 200 || len(c.failed) != 0 {
		t.Fatalf("after Close: %d durable, %d failed, want 200 and 0", len(c.ok), len(c.failed))
	}
	if _, err := l.Submit("w", ChunkKey{}, nil); err == nil {
		t.Fatal("Submit after Close succeeded")
	}
	l2 := openLocal(t, path, 0)
	got, err := l2.Edits(testCtx(t, 10*time.Second), "w")
	if err != nil || len(got) != 200 {
		t.Fatalf("reopened file holds %d edits (%v)", len(got), err)
	}
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }
