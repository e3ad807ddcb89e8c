// Package load runs the load scenario: a headless ProcGen server (tests/load/server.gd)
// and simulated players in one more Godot process (tests/load/bots.gd), over ENet on
// loopback, with the server's edits shipped to PostgreSQL. It measures the server's
// main-thread time per frame, accepted edits per second, edit-to-other-client latency, the
// server's CPU and memory and the bytes per client, and checks that every acknowledged edit
// is on every client and in PostgreSQL exactly once.
//
// It runs only when PROCGEN_LOAD_GODOT names a Godot (scripts/test.d/72-load.sh runs a
// reduced scenario, scripts/bench.d/72-load.sh the full one); PROCGEN_LOAD_BOTS,
// PROCGEN_LOAD_RATE and PROCGEN_LOAD_SECONDS size it.
package load

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/procgen-godot/procgen/storage"
	"github.com/procgen-godot/procgen/storage/storagetest"
)

type serverReport struct {
	Final       bool           `json:"final"`
	ElapsedS    float64        `json:"elapsed_s"`
	Frames      int            `json:"frames"`
	FrameP50    float64        `json:"frame_ms_p50"`
	FrameP99    float64        `json:"frame_ms_p99"`
	FrameMax    float64        `json:"frame_ms_max"`
	Accepted    int            `json:"accepted"`
	Rejected    int            `json:"rejected"`
	Reasons     map[string]any `json:"reasons"`
	BytesSent   int64          `json:"bytes_sent"`
	Edits       int            `json:"edits"`
	EditsHash   string         `json:"edits_hash"`
	Committed   int            `json:"committed"`
	Pending     int            `json:"pending"`
	Uncommitted int            `json:"uncommitted"`
	Mode        string         `json:"mode"`
	Origin      int64          `json:"origin"`
	StorageErrs int            `json:"storage_errors"`
	CPUS        float64        `json:"cpu_s"`
	RSSMB       float64        `json:"rss_mb"`
}

type botsReport struct {
	Status   string  `json:"status"`
	ElapsedS float64 `json:"elapsed_s"`
	LatP50   float64 `json:"latency_ms_p50"`
	LatP99   float64 `json:"latency_ms_p99"`
	LatN     int     `json:"latency_samples"`
	AckP50   float64 `json:"ack_ms_p50"`
	AckP99   float64 `json:"ack_ms_p99"`
	Bots     []struct {
		Acked     []string       `json:"acked"`
		Edits     int            `json:"edits"`
		EditsHash string         `json:"edits_hash"`
		Bytes     int64          `json:"bytes_received"`
		Rejected  map[string]any `json:"rejected"`
		Worlds    int            `json:"worlds"`
	} `json:"bots"`
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// freePort returns a UDP port free on loopback now.
func freePort(t *testing.T) int {
	c, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).Port
}

// godot starts a headless Godot running script with args, its output in log.
func godot(t *testing.T, bin, project, script, log string, args ...string) *exec.Cmd {
	f, err := os.Create(log)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, append([]string{"--headless", "--path", project, "-s", script, "--"}, args...)...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			_ = cmd.Wait()
		}
		f.Close()
	})
	return cmd
}

// readJSON waits up to d for path to hold JSON that satisfies ok.
func readJSON[T any](t *testing.T, path string, d time.Duration, ok func(T) bool, logs ...string) T {
	t.Helper()
	deadline := time.Now().Add(d)
	var v T
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(path); err == nil && json.Unmarshal(b, &v) == nil && ok(v) {
			return v
		}
		time.Sleep(100 * time.Millisecond)
	}
	var tails []string
	for _, l := range logs {
		b, _ := os.ReadFile(l)
		tails = append(tails, fmt.Sprintf("%s: …%s", filepath.Base(l), tail(string(b), 1500)))
	}
	t.Fatalf("%s not ready within %v\n%s", filepath.Base(path), d, strings.Join(tails, "\n"))
	return v
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func TestLoadScenario(t *testing.T) {
	bin := os.Getenv("PROCGEN_LOAD_GODOT")
	if bin == "" {
		t.Skip("PROCGEN_LOAD_GODOT is not set (scripts/test.d/72-load.sh and scripts/bench.d/72-load.sh set it)")
	}
	dbURL := os.Getenv("PROCGEN_TEST_DATABASE_URL")
	if dbURL == "" {
		t.Fatal("PROCGEN_TEST_DATABASE_URL names no PostgreSQL")
	}
	n, rate, secs := envInt("PROCGEN_LOAD_BOTS", 64), envInt("PROCGEN_LOAD_RATE", 5), envInt("PROCGEN_LOAD_SECONDS", 30)
	project, err := filepath.Abs("../../godot_project")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	world := fmt.Sprintf("load-%d-%d", time.Now().Unix(), rand.IntN(1e6))
	port := freePort(t)
	srvLog, botLog := filepath.Join(dir, "server.log"), filepath.Join(dir, "bots.log")
	srv := godot(t, bin, project, "res://tests/load/server.gd", srvLog,
		"port="+strconv.Itoa(port), "world="+world, "store="+filepath.Join(dir, "server.sqlite"), "dir="+dir, "deadline_s="+strconv.Itoa(secs+180))
	readJSON(t, filepath.Join(dir, "server.json"), 60*time.Second, func(r serverReport) bool { return true }, srvLog)
	usage := watchProcess(srv.Process.Pid)
	godot(t, bin, project, "res://tests/load/bots.gd", botLog,
		"port="+strconv.Itoa(port), "n="+strconv.Itoa(n), "rate="+strconv.Itoa(rate), "duration_s="+strconv.Itoa(secs), "dir="+dir, "deadline_s="+strconv.Itoa(secs+150))
	bots := readJSON(t, filepath.Join(dir, "bots.json"), time.Duration(secs+170)*time.Second, func(r botsReport) bool { return r.Status != "" }, botLog, srvLog)
	if err := os.WriteFile(filepath.Join(dir, "server.quit"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	sr := readJSON(t, filepath.Join(dir, "server.json"), 60*time.Second, func(r serverReport) bool { return r.Final }, srvLog)
	use := usage()
	_ = srv.Wait()
	if bots.Status != "ok" {
		t.Errorf("bots: %s", bots.Status)
	}

	// Every acknowledged edit: on every bot (all hold the server's exact edit set) and in
	// PostgreSQL exactly once.
	acked := map[string]int{}
	var bytes []int64
	for i, b := range bots.Bots {
		for _, id := range b.Acked {
			acked[id]++
		}
		bytes = append(bytes, b.Bytes)
		if b.EditsHash != sr.EditsHash || b.Edits != sr.Edits {
			t.Errorf("bot %d holds %d edits (hash %s), the server %d (hash %s)", i, b.Edits, b.EditsHash, sr.Edits, sr.EditsHash)
		}
	}
	for id, k := range acked {
		if k != 1 {
			t.Errorf("edit %s acknowledged %d times", id, k)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT origin_id, seq FROM edits WHERE world_id = $1`, world)
	if err != nil {
		t.Fatal(err)
	}
	inDB := map[string]int{}
	for rows.Next() {
		var o, s int64
		if err := rows.Scan(&o, &s); err != nil {
			t.Fatal(err)
		}
		inDB[fmt.Sprintf("%d:%d", o, s)]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	missing := 0
	for id := range acked {
		if inDB[id] != 1 {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d acknowledged edits are not in PostgreSQL exactly once (it holds %d)", missing, len(acked), len(inDB))
	}
	if len(acked) == 0 {
		t.Error("no edit was acknowledged")
	}
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	var sum int64
	for _, b := range bytes {
		sum += b
	}
	dur := sr.ElapsedS
	t.Logf("LOAD %d clients × %d edits/s for %d s: server main thread per frame (ProcGenSync work: packets, broadcast, acks, catch-up) p50 %.3f ms, p99 %.3f ms, max %.1f ms (%d frames); whole main thread %.2f ms CPU per frame on average",
		n, rate, secs, sr.FrameP50, sr.FrameP99, sr.FrameMax, sr.Frames, 1000*use.mainCPU/float64(max(sr.Frames, 1)))
	t.Logf("LOAD accepted %d edits (%.0f/s over the server's %.0f s), rejected %d %v; %d acknowledged to their clients, all durable and in PostgreSQL once",
		sr.Accepted, float64(sr.Accepted)/float64(secs), dur, sr.Rejected, sr.Reasons, len(acked))
	t.Logf("LOAD edit-to-other-client latency p50 %.0f ms, p99 %.0f ms (%d samples); request-to-ack (durable) p50 %.0f ms, p99 %.0f ms",
		bots.LatP50, bots.LatP99, bots.LatN, bots.AckP50, bots.AckP99)
	t.Logf("LOAD server CPU %.1f s over %.0f s (%.0f%% of one core), peak RSS %.0f MB; bytes received per client: mean %d, min %d, max %d",
		use.cpu, use.wall, 100*use.cpu/use.wall, use.rssMB, sum/int64(len(bytes)), bytes[0], bytes[len(bytes)-1])
}

// procUsage is what watchProcess saw of a process.
type procUsage struct {
	cpu, mainCPU, wall, rssMB float64 // mainCPU: the main thread's (tid = pid)
}

// watchProcess samples /proc/PID every 200 ms; the returned func stops it and reports the CPU
// seconds used since the call, the wall seconds and the peak resident memory.
func watchProcess(pid int) func() procUsage {
	cpuOf := func(path string) float64 {
		b, err := os.ReadFile(path)
		if err != nil {
			return 0
		}
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
		if len(f) < 13 {
			return 0
		}
		u, _ := strconv.ParseFloat(f[11], 64)
		s, _ := strconv.ParseFloat(f[12], 64)
		return (u + s) / 100 // clock ticks (USER_HZ = 100)
	}
	cpu := func() float64 { return cpuOf(fmt.Sprintf("/proc/%d/stat", pid)) }
	mainCPU := func() float64 { return cpuOf(fmt.Sprintf("/proc/%d/task/%d/stat", pid, pid)) }
	rss := func() float64 {
		b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "VmRSS:") {
				if f := strings.Fields(line); len(f) >= 2 {
					kb, _ := strconv.ParseFloat(f[1], 64)
					return kb / 1024
				}
			}
		}
		return 0
	}
	start, c0, m0 := time.Now(), cpu(), mainCPU()
	stop := make(chan struct{})
	peak := make(chan float64, 1)
	last := c0
	go func() {
		p := 0.0
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			p = max(p, rss())
			select {
			case <-stop:
				peak <- p
				return
			case <-tick.C:
			}
		}
	}()
	return func() procUsage {
		last = max(last, cpu())
		m := mainCPU() - m0
		close(stop)
		return procUsage{cpu: last - c0, mainCPU: m, wall: time.Since(start).Seconds(), rssMB: <-peak}
	}
}

// TestCrashUnderLoad kills the server with SIGKILL in the middle of the load scenario,
// stops its database (a throwaway cluster) and restarts the server from its local store
// while the database is down; the bots reconnect, the database comes back. Every
// acknowledged edit must then be exactly once on every client, in the local store and in
// PostgreSQL, and every client must hold the server's exact edits (equal edit hashes).
func TestCrashUnderLoad(t *testing.T) {
	bin := os.Getenv("PROCGEN_LOAD_GODOT")
	if bin == "" {
		t.Skip("PROCGEN_LOAD_GODOT is not set (scripts/test.d/72-load.sh sets it)")
	}
	cluster := storagetest.StartCluster(t)
	dbURL := cluster.URL("postgres")
	n, rate, secs := envInt("PROCGEN_CRASH_BOTS", 12), envInt("PROCGEN_LOAD_RATE", 5), envInt("PROCGEN_CRASH_SECONDS", 14)
	project, err := filepath.Abs("../../godot_project")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	world := fmt.Sprintf("crash-%d-%d", time.Now().Unix(), rand.IntN(1e6))
	port := freePort(t)
	store := filepath.Join(dir, "server.sqlite")
	t.Setenv("PROCGEN_TEST_DATABASE_URL", dbURL)
	start := func(log string) *exec.Cmd {
		os.Remove(filepath.Join(dir, "server.json"))
		c := godot(t, bin, project, "res://tests/load/server.gd", filepath.Join(dir, log),
			"port="+strconv.Itoa(port), "world="+world, "store="+store, "dir="+dir, "deadline_s="+strconv.Itoa(secs+180))
		readJSON(t, filepath.Join(dir, "server.json"), 60*time.Second, func(r serverReport) bool { return true }, filepath.Join(dir, log))
		return c
	}
	srv := start("server1.log")
	botLog := filepath.Join(dir, "bots.log")
	godot(t, bin, project, "res://tests/load/bots.gd", botLog,
		"port="+strconv.Itoa(port), "n="+strconv.Itoa(n), "rate="+strconv.Itoa(rate), "duration_s="+strconv.Itoa(secs), "dir="+dir, "deadline_s="+strconv.Itoa(secs+150))
	time.Sleep(time.Duration(secs) * time.Second * 2 / 5)
	before := readJSON(t, filepath.Join(dir, "server.json"), 5*time.Second, func(r serverReport) bool { return true })
	if err := syscall.Kill(-srv.Process.Pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = srv.Wait()
	if err := cluster.Stop(); err != nil {
		t.Fatal(err)
	}
	t.Logf("CRASH: server killed with SIGKILL after %d accepted edits; database stopped", before.Accepted)
	srv = start("server2.log")
	time.Sleep(3 * time.Second)
	if err := cluster.Start(); err != nil {
		t.Fatal(err)
	}
	t.Log("CRASH: server restarted from its local store while the database was down; database restarted 3 s later")
	bots := readJSON(t, filepath.Join(dir, "bots.json"), time.Duration(secs+170)*time.Second, func(r botsReport) bool { return r.Status != "" }, botLog, filepath.Join(dir, "server2.log"))
	if err := os.WriteFile(filepath.Join(dir, "server.quit"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	sr := readJSON(t, filepath.Join(dir, "server.json"), 60*time.Second, func(r serverReport) bool { return r.Final }, filepath.Join(dir, "server2.log"))
	_ = srv.Wait()
	if bots.Status != "ok" {
		t.Errorf("bots: %s", bots.Status)
	}
	acked := map[string]int{}
	reconnected := 0
	for i, b := range bots.Bots {
		for _, id := range b.Acked {
			acked[id]++
		}
		if b.Worlds > 1 {
			reconnected++
		}
		if b.EditsHash != sr.EditsHash || b.Edits != sr.Edits {
			t.Errorf("bot %d holds %d edits (hash %s), the server %d (hash %s)", i, b.Edits, b.EditsHash, sr.Edits, sr.EditsHash)
		}
	}
	for id, k := range acked {
		if k != 1 {
			t.Errorf("edit %s acknowledged %d times", id, k)
		}
	}
	if reconnected == 0 {
		t.Error("no bot reconnected after the crash")
	}
	// The local store.
	local, err := storage.OpenLocal(store, 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	es, err := local.Edits(ctx, world)
	local.Close()
	if err != nil {
		t.Fatal(err)
	}
	inLocal := map[string]int{}
	for _, e := range es {
		inLocal[fmt.Sprintf("%d:%d", e.Origin, e.Seq)]++
	}
	inDB := editsInDB(t, ctx, dbURL, world)
	for id := range acked {
		if inLocal[id] != 1 || inDB[id] != 1 {
			t.Errorf("acknowledged edit %s: %d times in the local store, %d in PostgreSQL", id, inLocal[id], inDB[id])
		}
	}
	if len(inLocal) != sr.Edits || len(inDB) != sr.Edits {
		t.Errorf("the server holds %d edits, its local store %d, PostgreSQL %d", sr.Edits, len(inLocal), len(inDB))
	}
	t.Logf("CRASH: %d edits acknowledged (%d before the kill were accepted), %d of %d bots reconnected; every acknowledged edit once on every client (equal edit hashes %s), in the local store and in PostgreSQL",
		len(acked), before.Accepted, reconnected, len(bots.Bots), sr.EditsHash)
}

// editsInDB counts the edits of world in PostgreSQL by "origin:seq".
func editsInDB(t *testing.T, ctx context.Context, dbURL, world string) map[string]int {
	t.Helper()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT origin_id, seq FROM edits WHERE world_id = $1`, world)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for rows.Next() {
		var o, s int64
		if err := rows.Scan(&o, &s); err != nil {
			t.Fatal(err)
		}
		out[fmt.Sprintf("%d:%d", o, s)]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
