package storage

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

const (
	crashChildEnv = "PROCGEN_CRASH_CHILD"
	crashDBEnv    = "PROCGEN_CRASH_DB"
	crashPathEnv  = "PROCGEN_CRASH_LOCAL"
	crashWorld    = "crash-world"
)

// TestCrashChild is the subprocess body of TestCrashMidSync: it records
// edits forever, printing "ACK <seq>" for each acknowledged one.
func TestCrashChild(t *testing.T) {
	if os.Getenv(crashChildEnv) == "" {
		t.Skip("subprocess helper for TestCrashMidSync")
	}
	s, err := Open(context.Background(), Config{
		LocalPath: os.Getenv(crashPathEnv), DatabaseURL: os.Getenv(crashDBEnv), OriginID: 777,
		BatchSize: 64, BatchDelay: 2 * time.Millisecond, PollInterval: 20 * time.Millisecond,
	})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(2)
	}
	s.Start(context.Background())
	ctx := context.Background()
	if err := s.CreateWorld(ctx, World{ID: crashWorld, Config: []byte("c")}); err != nil {
		fmt.Println("ERR", err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		e, err := s.Record(ctx, crashWorld, ChunkKey{int32(i), 0, 0}, []byte(strconv.Itoa(i)))
		if err != nil {
			fmt.Println("ERR", err)
			os.Exit(2)
		}
		// Written straight through: the parent must see only acked seqs.
		fmt.Fprintf(out, "ACK %d\n", e.Seq)
		out.Flush()
	}
}

func TestCrashMidSync(t *testing.T) {
	t.Parallel()
	url := pgtest.SchemaURL(t)
	local := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"=1", crashDBEnv+"="+url, crashPathEnv+"="+local)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() }) // never leave the child behind
	ctx := testCtx(t, 90*time.Second)
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	remoteCount := func() int64 {
		var n int64
		// Table may not exist yet in the child's first instants.
		_ = conn.QueryRow(ctx, "SELECT count(*) FROM edits WHERE origin_id = 777").Scan(&n)
		return n
	}
	acked := map[int64]bool{}
	sc := bufio.NewScanner(stdout)
	killed := false
	deadline := time.Now().Add(60 * time.Second)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "ERR") {
			t.Fatalf("child: %s", line)
		}
		if s, ok := strings.CutPrefix(line, "ACK "); ok {
			n, _ := strconv.ParseInt(s, 10, 64)
			acked[n] = true
		}
		if !killed && len(acked) >= 1500 && len(acked)%100 == 0 {
			if remoteCount() > 0 || time.Now().After(deadline) {
				_ = cmd.Process.Signal(syscall.SIGKILL) // mid-sync: shipping is continuous
				killed = true
			}
		}
	}
	_ = cmd.Wait()
	if !killed {
		t.Fatalf("child exited on its own after %d acks", len(acked))
	}
	shipped := remoteCount()
	t.Logf("killed after %d acked edits, %d already shipped", len(acked), shipped)

	// Restart on the same local file: everything acked must be shipped once.
	s := openStore(t, Config{LocalPath: local, DatabaseURL: url})
	if s.Origin() != 777 {
		t.Fatalf("origin after restart: %d", s.Origin())
	}
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	rows, err := conn.Query(ctx, "SELECT seq FROM edits WHERE world_id = $1 AND origin_id = 777 ORDER BY seq", crashWorld)
	if err != nil {
		t.Fatal(err)
	}
	seqs, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		t.Fatal(err)
	}
	inDB := map[int64]int{}
	for i, q := range seqs {
		inDB[q]++
		if q != int64(i+1) {
			t.Fatalf("gap or duplicate in shipped seqs at index %d: %d", i, q)
		}
	}
	for q := range acked {
		if inDB[q] != 1 {
			t.Fatalf("acked seq %d present %d times", q, inDB[q])
		}
	}
	loc, err := s.Edits(ctx, crashWorld)
	if err != nil {
		t.Fatal(err)
	}
	if len(loc) != len(seqs) || s.Status().Pending != 0 {
		t.Fatalf("local %d edits vs db %d, pending %d", len(loc), len(seqs), s.Status().Pending)
	}
	// New edits continue after the highest seq.
	e, err := s.Record(ctx, crashWorld, ChunkKey{}, nil)
	if err != nil || e.Seq != int64(len(seqs)+1) {
		t.Fatalf("seq after restart: %d %v", e.Seq, err)
	}
}
