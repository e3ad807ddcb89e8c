package storage

import (
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

// TestOutageQueuesLocally stops a throwaway server while edits are being
// recorded: Record never blocks, edits queue, and all ship after restart.
func TestOutageQueuesLocally(t *testing.T) {
	t.Parallel()
	c := pgtest.StartCluster(t)
	url := c.URL("postgres")
	errs := make(chan error, 100)
	s := openStore(t, Config{DatabaseURL: url, OriginID: 55, OnError: func(err error) {
		select {
		case errs <- err:
		default:
		}
	}})
	ctx := testCtx(t, 120*time.Second)
	const world = "outage-world"
	if err := s.CreateWorld(ctx, World{ID: world, Config: []byte("x")}); err != nil {
		t.Fatal(err)
	}
	// slow counts the Records that took over 250 ms: a Record that waited on the database
	// (a connect, a retry) would make nearly every one slow, while a loaded machine's
	// scheduling pauses make a few.
	slow := 0
	record := func(n int) time.Duration {
		var worst time.Duration
		for i := 0; i < n; i++ {
			t0 := time.Now()
			if _, err := s.Record(ctx, world, ChunkKey{int32(i), 1, 2}, []byte{byte(i)}); err != nil {
				t.Fatal(err)
			}
			took := time.Since(t0)
			worst = max(worst, took)
			if took > 250*time.Millisecond {
				slow++
			}
		}
		return worst
	}
	record(100)
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if st := s.Status(); st.Mode != ModeSynced || st.Pending != 0 {
		t.Fatalf("before outage: %+v", st)
	}
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	worst := record(300)
	waitFor(t, 20*time.Second, "outage detected", func() bool {
		st := s.Status()
		return st.Mode == ModeLocal && st.LastError != ""
	})
	worst = max(worst, record(200))
	st := s.Status()
	if st.Pending < 200 || st.Lag <= 0 {
		t.Fatalf("during outage: %+v", st)
	}
	t.Logf("during outage: %+v; worst Record latency %v, %d of 600 over 250 ms", st, worst, slow)
	if slow > 10 {
		t.Fatalf("%d of 600 Records took over 250 ms (worst %v): Record waits on the database", slow, worst)
	}
	select {
	case err := <-errs:
		t.Logf("reported: %v", err)
	default:
		t.Fatal("outage not reported through OnError")
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "drain after restart", func() bool {
		st := s.Status()
		return st.Pending == 0 && st.Mode == ModeSynced
	})
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n, maxSeq int64
	if err := conn.QueryRow(ctx, "SELECT count(*), max(seq) FROM edits WHERE world_id = $1 AND origin_id = 55", world).Scan(&n, &maxSeq); err != nil {
		t.Fatal(err)
	}
	if n != 600 || maxSeq != 600 {
		t.Fatalf("after restart the database has %d edits (max seq %d), want 600", n, maxSeq)
	}
}

// TestReplicaReadsAndFallback reads through a hot standby, then falls back
// to the primary when the standby stops.
func TestReplicaReadsAndFallback(t *testing.T) {
	t.Parallel()
	c := pgtest.StartCluster(t)
	sb := c.StartStandby(t)
	r := newRemote(t, c.URL("postgres"), sb.URL("postgres"))
	ctx := testCtx(t, 120*time.Second)
	if err := r.PutWorld(ctx, World{ID: "rw", Name: "replicated", Config: []byte("cfg")}); err != nil {
		t.Fatal(err)
	}
	var edits []Edit
	for i := 1; i <= 50; i++ {
		edits = append(edits, Edit{WorldID: "rw", Origin: 3, Seq: int64(i), Payload: []byte(fmt.Sprint(i)), Created: time.Now()})
	}
	if err := r.InsertEdits(ctx, edits); err != nil {
		t.Fatal(err)
	}
	probe := func() (inRecovery bool, n int) {
		err := r.read(ctx, func(tx pgx.Tx) error {
			if err := tx.QueryRow(ctx, "SELECT pg_is_in_recovery()").Scan(&inRecovery); err != nil {
				return err
			}
			return tx.QueryRow(ctx, "SELECT count(*) FROM edits WHERE world_id = 'rw'").Scan(&n)
		})
		if err != nil {
			t.Fatalf("read: %v", err)
		}
		return
	}
	// A read that fails on the standby falls back to the primary, so wait
	// until a read is both served by the standby and up to date.
	waitFor(t, 30*time.Second, "standby to serve the replayed edits", func() bool {
		rec, n := probe()
		return rec && n == 50
	})
	if rec, _ := probe(); !rec {
		t.Fatal("healthy standby not used for reads")
	}
	got, err := r.EditsSince(ctx, "rw", nil, 0, 100)
	if err != nil || len(got) != 50 {
		t.Fatalf("EditsSince via replica: %d %v", len(got), err)
	}
	if w, err := r.GetWorld(ctx, "rw"); err != nil || w.Name != "replicated" {
		t.Fatalf("GetWorld via replica: %+v %v", w, err)
	}
	if err := sb.Stop(); err != nil {
		t.Fatal(err)
	}
	rec, n := probe()
	if rec || n != 50 {
		t.Fatalf("after standby stop: inRecovery=%v n=%d, want primary with 50", rec, n)
	}
	got, err = r.EditsSince(ctx, "rw", map[int64]int64{3: 40}, 0, 100)
	if err != nil || len(got) != 10 {
		t.Fatalf("EditsSince after fallback: %d %v", len(got), err)
	}
	// Writes never go to the replica.
	if err := r.InsertEdits(ctx, []Edit{{WorldID: "rw", Origin: 3, Seq: 51, Created: time.Now()}}); err != nil {
		t.Fatal(err)
	}
}
