// Package load runs the load scenario: a headless ProcGen server (tests/load/server.gd)
// and simulated players spread over several more Godot processes (tests/load/bots.gd, 16
// players each unless PROCGEN_LOAD_PROCS says how many processes), over ENet on loopback,
// with the server's edits shipped to PostgreSQL. It measures the server's main-thread time
// per frame, accepted edits per second, edit-to-other-client latency, the
// server's CPU and memory and the bytes per client, and checks that every acknowledged edit
// is on every client and in PostgreSQL exactly once.
//
// It runs only when PROCGEN_LOAD_GODOT names a Godot (scripts/test.d/72-load.sh runs a
// reduced scenario, scripts/bench.d/72-load.sh the full one); PROCGEN_LOAD_BOTS,
// PROCGEN_LOAD_PROCS, PROCGEN_LOAD_RATE and PROCGEN_LOAD_SECONDS size it.
// PROCGEN_LOAD_SERVER_PROJECT runs the server from another project (a baseline build),
// PROCGEN_LOAD_CSV appends the figures to a CSV (series PROCGEN_LOAD_SERIES).
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
	CPUP50      float64        `json:"frame_cpu_ms_p50"`
	CPUP99      float64        `json:"frame_cpu_ms_p99"`
	CPUMax      float64        `json:"frame_cpu_ms_max"`
	SyncMs      float64        `json:"sync_ms_total"`
	SyncCPUMs   float64        `json:"sync_cpu_ms_total"`
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

// botsReport is what one bot process reports (bots-PROC.json), or all of them merged.
type botsReport struct {
	Status   string    `json:"status"`
	ElapsedS float64   `json:"elapsed_s"`
	Latency  []float64 `json:"latency_ms"`
	Requests int       `json:"requested"`
	EditingS float64   `json:"editing_s"`
	Ack      []float64 `json:"ack_ms"`
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
	srvLog := filepath.Join(dir, "server.log")
	// PROCGEN_LOAD_SERVER_PROJECT runs the server from another project (another build of the
	// library, say the previous commit's, with this tests/load/server.gd) for a comparison
	// against the same bots.
	srvProject := project
	if p := os.Getenv("PROCGEN_LOAD_SERVER_PROJECT"); p != "" {
		srvProject = p
	}
	srv := godot(t, bin, srvProject, "res://tests/load/server.gd", srvLog,
		"port="+strconv.Itoa(port), "world="+world, "store="+filepath.Join(dir, "server.sqlite"), "dir="+dir, "deadline_s="+strconv.Itoa(secs+180))
	readJSON(t, filepath.Join(dir, "server.json"), 60*time.Second, func(r serverReport) bool { return true }, srvLog)
	load0 := loadAvg()
	usage := watchProcess(srv.Process.Pid)
	procs := envInt("PROCGEN_LOAD_PROCS", (n+15)/16)
	bots := runBots(t, bin, project, dir, port, n, procs, rate, secs, srvLog)
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
	perEditCPU := sr.SyncCPUMs / float64(max(sr.Accepted, 1))
	perEditMain := 1000 * use.mainCPU / float64(max(sr.Accepted, 1)) // the whole main thread's, any library
	t.Logf("LOAD %d clients × %d edits/s for %d s, %d bot processes; machine load average %s at the start, %s at the end",
		n, rate, secs, procs, load0, loadAvg())
	t.Logf("LOAD server main thread per frame (ProcGenSync work: packets, broadcast, acks, catch-up): wall p50 %.3f ms, p99 %.3f ms, max %.1f ms; CPU p50 %.3f ms, p99 %.3f ms, max %.1f ms (%d frames, %.0f per second); %.3f ms of ProcGenSync main-thread CPU per accepted edit; whole main thread %.2f ms CPU per frame, %.3f ms per accepted edit",
		sr.FrameP50, sr.FrameP99, sr.FrameMax, sr.CPUP50, sr.CPUP99, sr.CPUMax, sr.Frames, float64(sr.Frames)/max(sr.ElapsedS, 1), perEditCPU, 1000*use.mainCPU/float64(max(sr.Frames, 1)), perEditMain)
	editRate := float64(sr.Accepted) / max(bots.EditingS, 1)
	t.Logf("LOAD accepted %d edits (%.0f/s over the %.1f s the bots edited; they asked for %d, %.0f/s), rejected %d %v; %d acknowledged to their clients, all durable and in PostgreSQL once",
		sr.Accepted, editRate, bots.EditingS, bots.Requests, float64(bots.Requests)/max(bots.EditingS, 1), sr.Rejected, sr.Reasons, len(acked))
	t.Logf("LOAD edit-to-other-client latency p50 %.0f ms, p99 %.0f ms (%d samples); request-to-ack (durable) p50 %.0f ms, p99 %.0f ms",
		pct(bots.Latency, 0.5), pct(bots.Latency, 0.99), len(bots.Latency), pct(bots.Ack, 0.5), pct(bots.Ack, 0.99))
	t.Logf("LOAD server CPU %.1f s over %.0f s (%.0f%% of one core), peak RSS %.0f MB; bytes received per client: mean %d, min %d, max %d",
		use.cpu, use.wall, 100*use.cpu/use.wall, use.rssMB, sum/int64(len(bytes)), bytes[0], bytes[len(bytes)-1])
	if out := os.Getenv("PROCGEN_LOAD_CSV"); out != "" {
		series := os.Getenv("PROCGEN_LOAD_SERIES")
		if series == "" {
			series = fmt.Sprintf("%d clients", n)
		}
		var b strings.Builder
		for _, f := range []struct {
			name string
			v    float64
		}{
			{"frame wall ms p50", sr.FrameP50}, {"frame wall ms p99", sr.FrameP99}, {"frame cpu ms p50", sr.CPUP50}, {"frame cpu ms p99", sr.CPUP99},
			{"sync cpu ms per edit", perEditCPU}, {"main thread cpu ms per edit", perEditMain}, {"server cpu ms per edit", 1000 * use.cpu / float64(max(sr.Accepted, 1))}, {"accepted edits/s", editRate},
			{"latency ms p50", pct(bots.Latency, 0.5)}, {"latency ms p99", pct(bots.Latency, 0.99)},
			{"server cpu %", 100 * use.cpu / use.wall}, {"server rss MB", use.rssMB}, {"bytes per client", float64(sum / int64(len(bytes)))},
		} {
			fmt.Fprintf(&b, "load,%s,%s,%.4g\n", series, f.name, f.v)
		}
		if err := appendFile(out, b.String()); err != nil {
			t.Error(err)
		}
	}
}

// startBots starts n bots spread over procs Godot processes (tests/load/bots.gd), all
// stopping their edits secs seconds from now; the returned func waits for every process's
// report and merges them (Status "ok" only when every process said so).
func startBots(t *testing.T, bin, project, dir string, port, n, procs, rate, secs int) func(logs ...string) botsReport {
	procs = max(1, min(procs, n))
	stopAt := float64(time.Now().Add(time.Duration(secs)*time.Second).UnixMilli()) / 1000
	var logs []string
	for i := range procs {
		k := n/procs + btoi(i < n%procs)
		log := filepath.Join(dir, fmt.Sprintf("bots-%d.log", i))
		logs = append(logs, log)
		godot(t, bin, project, "res://tests/load/bots.gd", log,
			"port="+strconv.Itoa(port), "n="+strconv.Itoa(k), "rate="+strconv.Itoa(rate), "stop_at="+strconv.FormatFloat(stopAt, 'f', 3, 64),
			"dir="+dir, "proc="+strconv.Itoa(i), "procs="+strconv.Itoa(procs), "deadline_s="+strconv.Itoa(secs+200))
	}
	return func(more ...string) botsReport {
		var all botsReport
		var bad []string
		for i := range procs {
			r := readJSON(t, filepath.Join(dir, fmt.Sprintf("bots-%d.json", i)), time.Duration(secs+220)*time.Second,
				func(r botsReport) bool { return r.Status != "" }, append(logs, more...)...)
			if r.Status != "ok" {
				bad = append(bad, r.Status)
			}
			all.Latency = append(all.Latency, r.Latency...)
			all.Ack = append(all.Ack, r.Ack...)
			all.Bots = append(all.Bots, r.Bots...)
			all.ElapsedS = max(all.ElapsedS, r.ElapsedS)
			all.Requests += r.Requests
			all.EditingS = max(all.EditingS, r.EditingS)
		}
		all.Status = "ok"
		if len(bad) > 0 {
			all.Status = strings.Join(bad, "; ")
		}
		return all
	}
}

// runBots is startBots and its wait.
func runBots(t *testing.T, bin, project, dir string, port, n, procs, rate, secs int, logs ...string) botsReport {
	return startBots(t, bin, project, dir, port, n, procs, rate, secs)(logs...)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pct is the q-quantile of xs (-1 when empty).
func pct(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return -1
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[int(q*float64(len(s)-1))]
}

// loadAvg is the machine's 1-minute load average ("?" when unknown).
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}

// appendFile appends text to the file at path, creating it with a CSV header.
func appendFile(path, text string) error {
	if _, err := os.Stat(path); os.IsNotExist(err) {
		text = "figure,series,x,y\n" + text
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("load CSV: %w", err)
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return fmt.Errorf("load CSV: %w", err)
	}
	return f.Close()
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
	procs := envInt("PROCGEN_CRASH_PROCS", 1)
	wait := startBots(t, bin, project, dir, port, n, procs, rate, secs)
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
	bots := wait(filepath.Join(dir, "server2.log"))
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
