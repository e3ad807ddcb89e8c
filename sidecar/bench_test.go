package sidecar

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

// benchClient is a bare channel client: it joins and notes when each edit arrives.
type benchClient struct {
	conn    *websocket.Conn
	mu      sync.Mutex
	arrived map[uint64]time.Time // seq → arrival
	bytes   int
	caught  chan struct{}
}

func benchDial(b *testing.B, url string) *benchClient {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http")+"/ws", nil)
	if err != nil {
		b.Fatal(err)
	}
	c.SetReadLimit(64 << 20)
	return &benchClient{conn: c, arrived: map[uint64]time.Time{}, caught: make(chan struct{})}
}

func (c *benchClient) join(b *testing.B, topic string) {
	ref := "1"
	p, _ := json.Marshal(JoinPayload{})
	msg, _ := json.Marshal(Envelope{Topic: topic, Event: EventJoin, Payload: p, Ref: &ref})
	if err := c.conn.Write(context.Background(), websocket.MessageText, msg); err != nil {
		b.Fatal(err)
	}
	go c.read(nil)
	<-c.caught
}

// read handles frames until the connection ends; acks go to acks (seq → receipt).
func (c *benchClient) read(acks chan<- [2]int64) {
	caught := false
	for {
		typ, data, err := c.conn.Read(context.Background())
		if err != nil {
			return
		}
		now := time.Now()
		c.mu.Lock()
		c.bytes += len(data)
		c.mu.Unlock()
		if typ == websocket.MessageBinary {
			m, err := netproto.DecodeFromServer(data)
			if err != nil {
				panic(err)
			}
			if e, ok := m.(*netproto.Edits); ok {
				c.mu.Lock()
				for _, d := range e.Deltas {
					c.arrived[d.ID.Seq] = now
				}
				c.mu.Unlock()
			}
			continue
		}
		var env Envelope
		_ = json.Unmarshal(data, &env)
		switch {
		case env.Event == EventCaughtUp && !caught:
			caught = true
			close(c.caught)
		case env.Event == EventReply && acks != nil:
			var r struct{ Response EditAnswer }
			if json.Unmarshal(env.Payload, &r) == nil && r.Response.Seq > 0 {
				acks <- [2]int64{int64(r.Response.Seq), now.UnixNano()}
			}
		}
	}
}

func percentile(s []float64, p float64) float64 {
	if len(s) == 0 {
		return math.NaN()
	}
	s = slices.Clone(s)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// fanoutResult holds percentiles in milliseconds over every (edit, client).
type fanoutResult struct {
	ackP50, ackP99   float64 // editor's acknowledgement → the client has the edit
	sendP50, sendP99 float64 // editor sends the request → the client has the edit
}

// fanout connects n clients and an editor and makes edits edits, one at a time.
func fanout(b *testing.B, n, edits int) fanoutResult {
	opt := Options{Storage: storageCfg(b), Logger: testLogger(b)}
	highRate(&opt)
	opt.Auth.Anonymous = AccessWrite
	s, err := New(context.Background(), opt)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.CreateWorld(context.Background(), "w1", world.Default(7)); err != nil {
		b.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	defer hs.Close()
	clients := make([]*benchClient, n)
	for i := range clients {
		clients[i] = benchDial(b, hs.URL)
		clients[i].join(b, "world:w1")
	}
	ed := benchDial(b, hs.URL)
	ed.join(b, "world:w1") // its own reader now sees acks only through the channel below
	ed.conn.CloseNow()
	ed = benchDial(b, hs.URL)
	acks := make(chan [2]int64, edits)
	{
		ref := "1"
		p, _ := json.Marshal(JoinPayload{})
		msg, _ := json.Marshal(Envelope{Topic: "world:w1", Event: EventJoin, Payload: p, Ref: &ref})
		_ = ed.conn.Write(context.Background(), websocket.MessageText, msg)
		go ed.read(acks)
		<-ed.caught
	}
	ackAt := map[uint64]time.Time{}
	sentAt := map[uint64]time.Time{}
	for k := 0; k < edits; k++ {
		sent := time.Now()
		ref := strconv.Itoa(k + 2)
		p, _ := json.Marshal(raise(float64(k%100), float64(k/100)))
		msg, _ := json.Marshal(Envelope{Topic: "world:w1", Event: EventEdit, Payload: p, Ref: &ref})
		if err := ed.conn.Write(context.Background(), websocket.MessageText, msg); err != nil {
			b.Fatal(err)
		}
		a := <-acks // one edit in flight at a time: latency, not throughput
		ackAt[uint64(a[0])] = time.Unix(0, a[1])
		sentAt[uint64(a[0])] = sent
	}
	deadline := time.Now().Add(60 * time.Second)
	var lat, full []float64
	for _, c := range clients {
		for {
			c.mu.Lock()
			got := len(c.arrived)
			c.mu.Unlock()
			if got >= edits {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("a client has %d of %d edits", got, edits)
			}
			time.Sleep(time.Millisecond)
		}
		c.mu.Lock()
		for seq, t := range c.arrived {
			lat = append(lat, float64(t.Sub(ackAt[seq]))/1e6)
			full = append(full, float64(t.Sub(sentAt[seq]))/1e6)
		}
		c.mu.Unlock()
		c.conn.CloseNow()
	}
	ed.conn.CloseNow()
	return fanoutResult{percentile(lat, 0.5), percentile(lat, 0.99), percentile(full, 0.5), percentile(full, 0.99)}
}

func storageCfg(b *testing.B) (c storageConfig) {
	c.LocalPath = filepath.Join(b.TempDir(), "store.sqlite")
	return c
}

// BenchmarkFanout: 200 channel clients on loopback (in this process), one edit at a time;
// p50/p99 from the editor's acknowledgement, and from its request, to each client's
// arrival, against the same with 1 client. Broadcast frames are queued before the ack, so
// ack→arrival is often negative: it measures how far the fan-out trails the ack.
func BenchmarkFanout(b *testing.B) {
	for i := 0; i < b.N; i++ {
		one := fanout(b, 1, 100)
		many := fanout(b, 200, 100)
		b.ReportMetric(many.ackP50, "ack-p50-ms-200")
		b.ReportMetric(many.ackP99, "ack-p99-ms-200")
		b.ReportMetric(many.sendP99, "send-p99-ms-200")
		b.ReportMetric(one.sendP99, "send-p99-ms-1")
		fmt.Printf("BENCH fanout, ack→arrival: 200 clients p50 %.2f ms p99 %.2f ms; 1 client p50 %.2f ms p99 %.2f ms\n", many.ackP50, many.ackP99, one.ackP50, one.ackP99)
		fmt.Printf("BENCH fanout, request→arrival (durable record included): 200 clients p50 %.2f ms p99 %.2f ms; 1 client p50 %.2f ms p99 %.2f ms; p99 ratio %.1fx\n",
			many.sendP50, many.sendP99, one.sendP50, one.sendP99, many.sendP99/one.sendP99)
	}
}

// BenchmarkLateJoin: the bytes a client receives to join a world of 2000 edits (catch-up
// snapshots and the JSON around them) against the meshes of the view the page streams
// (view distance 10, its levels of detail), generated here.
func BenchmarkLateJoin(b *testing.B) {
	opt := Options{Storage: storageCfg(b), Logger: testLogger(b)}
	opt.Auth.Anonymous = AccessWrite
	s, err := New(context.Background(), opt)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	w, err := s.CreateWorld(context.Background(), "w1", world.Default(7))
	if err != nil {
		b.Fatal(err)
	}
	const edits = 2000
	ds := make([]edit.Delta, edits)
	for i := range ds {
		ds[i] = edit.Delta{ID: edit.ID{Origin: uint64(1 + i%5), Seq: uint64(1 + i/5)}, Kind: edit.Kind(1 + i%2),
			X: float64((i*37)%1200 - 600), Z: float64((i*91)%1200 - 600), Radius: 8, Amount: 3}
		ds[i].Quantize()
	}
	w.add(ds)
	hs := httptest.NewServer(s.Handler())
	defer hs.Close()
	var joinBytes int
	for i := 0; i < b.N; i++ {
		c := benchDial(b, hs.URL)
		c.join(b, "world:w1")
		c.mu.Lock()
		joinBytes = c.bytes
		c.mu.Unlock()
		c.conn.CloseNow()
	}
	meshBytes, chunks := 0, 0
	R := 10
	for dz := -R; dz <= R; dz++ {
		for dx := -R; dx <= R; dx++ {
			if math.Hypot(float64(dx), float64(dz)) > float64(R)+0.5 {
				continue
			}
			d := max(abs(dx), abs(dz))
			step := 8
			switch {
			case d <= 2:
				step = 1
			case d <= 4:
				step = 2
			case d <= 7:
				step = 4
			}
			m, err := w.Chunk(context.Background(), int32(dx), int32(dz), step)
			if err != nil {
				b.Fatal(err)
			}
			meshBytes += 4 * (len(m.Positions) + len(m.Normals) + len(m.Colors) + len(m.UVs) + len(m.Indices))
			chunks++
		}
	}
	b.ReportMetric(float64(joinBytes), "join-bytes")
	b.ReportMetric(float64(meshBytes), "mesh-bytes")
	fmt.Printf("BENCH late join: %d edits → %d bytes over the channel; the %d chunks of the page's view as meshes: %d bytes (%.0fx more)\n",
		edits, joinBytes, chunks, meshBytes, float64(meshBytes)/float64(joinBytes))
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// TestMain lets BenchmarkMemoryPerClient run the sidecar in a child process (this test
// binary, re-executed), so that its memory is the server's alone.
func TestMain(m *testing.M) {
	if addrFile := os.Getenv("SIDECAR_BENCH_SERVE"); addrFile != "" {
		serveForBench(addrFile)
		return
	}
	os.Exit(m.Run())
}

func serveForBench(addrFile string) {
	opt := Options{Storage: storageConfig{LocalPath: addrFile + ".sqlite"}}
	opt.Auth.Anonymous = AccessWrite
	opt.Logger = testLogger(nil)
	s, err := New(context.Background(), opt)
	if err != nil {
		panic(err)
	}
	if _, err := s.CreateWorld(context.Background(), "w1", world.Default(7)); err != nil {
		panic(err)
	}
	hs := httptest.NewServer(s.Handler())
	_ = os.WriteFile(addrFile, []byte(hs.URL), 0o644)
	select {}
}

// rss reads a process's resident memory in bytes.
func rss(pid int) float64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return math.NaN()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb * 1024
		}
	}
	return math.NaN()
}

// heap reads the server's Go heap in use from /metrics.
func heap(url string) float64 {
	res, err := httpGet(url + "/metrics")
	if err != nil {
		return math.NaN()
	}
	for _, l := range strings.Split(res, "\n") {
		if v, ok := strings.CutPrefix(l, "procgen_sidecar_heap_bytes "); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return math.NaN()
}

// BenchmarkMemoryPerClient: the sidecar's resident memory and Go heap per joined, idle
// channel client (500 clients), the server in its own process.
func BenchmarkMemoryPerClient(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads /proc")
	}
	addrFile := filepath.Join(b.TempDir(), "addr")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "SIDECAR_BENCH_SERVE="+addrFile)
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	var url string
	for t := 0; t < 600 && url == ""; t++ {
		if u, err := os.ReadFile(addrFile); err == nil && len(u) > 0 {
			url = string(u)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if url == "" {
		b.Fatal("the server process did not start")
	}
	const n = 500
	for i := 0; i < b.N; i++ {
		warm := benchDial(b, url)
		warm.join(b, "world:w1")
		time.Sleep(500 * time.Millisecond)
		r0, h0 := rss(cmd.Process.Pid), heap(url)
		cs := make([]*benchClient, n)
		for k := range cs {
			cs[k] = benchDial(b, url)
			cs[k].join(b, "world:w1")
		}
		time.Sleep(500 * time.Millisecond)
		r1, h1 := rss(cmd.Process.Pid), heap(url)
		b.ReportMetric((r1-r0)/n, "rss-bytes/client")
		b.ReportMetric((h1-h0)/n, "heap-bytes/client")
		fmt.Printf("BENCH memory: %d idle joined clients add %.1f KiB RSS and %.1f KiB Go heap each to the sidecar (RSS %.1f → %.1f MiB)\n",
			n, (r1-r0)/n/1024, (h1-h0)/n/1024, r0/(1<<20), r1/(1<<20))
		for _, c := range cs {
			c.conn.CloseNow()
		}
		warm.conn.CloseNow()
	}
}
