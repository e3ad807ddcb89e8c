package sidecar

import (
	"fmt"
	"net/http"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/procgen-godot/procgen/netproto"
)

// metrics are the sidecar's counters, exported at /metrics (Prometheus text format) and
// summarised at /healthz.
type metrics struct {
	restEdits    atomic.Int64
	channelEdits atomic.Int64
	remoteEdits  atomic.Int64
	joins        atomic.Int64
	dropped      atomic.Int64 // slow clients dropped
	badMessages  atomic.Int64
	framesOut    atomic.Int64
	bytesOut     atomic.Int64

	mu      sync.Mutex
	reasons map[string]int64
	window  [60]int64 // accepted edits per second, ring by Unix second
	stamp   [60]int64 // the second each slot counts
}

func newMetrics() *metrics { return &metrics{reasons: map[string]int64{}} }

func (m *metrics) rejected(r netproto.Reason) {
	m.mu.Lock()
	m.reasons[r.String()]++
	m.mu.Unlock()
}

// accepted counts one edit made through this sidecar.
func (m *metrics) accepted(now time.Time) {
	sec := now.Unix()
	m.mu.Lock()
	i := sec % int64(len(m.window))
	if m.stamp[i] != sec {
		m.stamp[i], m.window[i] = sec, 0
	}
	m.window[i]++
	m.mu.Unlock()
}

// editRate is the edits per second this sidecar accepted over the last 10 full seconds.
func (m *metrics) editRate(now time.Time) float64 {
	sec := now.Unix()
	var n int64
	m.mu.Lock()
	for s := sec - 10; s < sec; s++ {
		i := s % int64(len(m.window))
		if m.stamp[i] == s {
			n += m.window[i]
		}
	}
	m.mu.Unlock()
	return float64(n) / 10
}

// health is the /healthz answer.
type health struct {
	Status        string  `json:"status"` // "ok" or "shutting_down"
	StoreMode     string  `json:"store_mode"`
	StorePending  int64   `json:"store_pending"`
	SyncLagMS     float64 `json:"sync_lag_ms"`
	LastSyncAgoMS float64 `json:"last_sync_ago_ms,omitempty"`
	LastError     string  `json:"last_error,omitempty"`
	Origin        string  `json:"origin"`
	Worlds        int     `json:"worlds"`
	Clients       int     `json:"clients"`
	EditsPerSec   float64 `json:"edits_per_s"`
	UptimeS       float64 `json:"uptime_s"`
}

func (s *Server) health() health {
	now := time.Now()
	st := s.store.Status()
	h := health{
		Status: "ok", StoreMode: st.Mode, StorePending: st.Pending, SyncLagMS: ms(st.Lag),
		LastError: st.LastError, Origin: fmt.Sprint(uint64(st.Origin)), Worlds: len(s.loadedWorlds()),
		Clients: s.hub.count(), EditsPerSec: s.metrics.editRate(now), UptimeS: now.Sub(s.started).Seconds(),
	}
	if !st.LastSync.IsZero() {
		h.LastSyncAgoMS = ms(now.Sub(st.LastSync))
	}
	if s.closing.Load() {
		h.Status = "shutting_down"
	}
	return h
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	h := s.health()
	code := http.StatusOK
	if h.Status != "ok" {
		code = http.StatusServiceUnavailable
	}
	writeJSON(w, code, h)
}

// handleMetrics writes the counters in the Prometheus text exposition format.
func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	h := s.health()
	m := s.metrics
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	p := func(name, help, typ string, v any) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n%s %v\n", name, help, name, typ, name, v)
	}
	fmt.Fprintf(w, "# HELP procgen_sidecar_edits_total Edits accepted by this sidecar, by source.\n# TYPE procgen_sidecar_edits_total counter\n")
	fmt.Fprintf(w, "procgen_sidecar_edits_total{source=\"rest\"} %d\n", m.restEdits.Load())
	fmt.Fprintf(w, "procgen_sidecar_edits_total{source=\"channel\"} %d\n", m.channelEdits.Load())
	p("procgen_sidecar_remote_edits_total", "Edits of other origins received through the store's sync.", "counter", m.remoteEdits.Load())
	fmt.Fprintf(w, "# HELP procgen_sidecar_edits_rejected_total Client edits refused, by reason.\n# TYPE procgen_sidecar_edits_rejected_total counter\n")
	m.mu.Lock()
	reasons := make([]string, 0, len(m.reasons))
	for r := range m.reasons {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(w, "procgen_sidecar_edits_rejected_total{reason=%q} %d\n", r, m.reasons[r])
	}
	m.mu.Unlock()
	p("procgen_sidecar_edits_per_second", "Edits accepted per second over the last 10 s.", "gauge", h.EditsPerSec)
	p("procgen_sidecar_clients", "Connected channel clients.", "gauge", h.Clients)
	p("procgen_sidecar_worlds", "Worlds being served.", "gauge", h.Worlds)
	p("procgen_sidecar_joins_total", "Channel joins.", "counter", m.joins.Load())
	p("procgen_sidecar_slow_clients_dropped_total", "Channel clients dropped because their send queue filled.", "counter", m.dropped.Load())
	p("procgen_sidecar_bad_messages_total", "Malformed or refused channel messages.", "counter", m.badMessages.Load())
	p("procgen_sidecar_frames_sent_total", "WebSocket frames sent.", "counter", m.framesOut.Load())
	p("procgen_sidecar_bytes_sent_total", "WebSocket payload bytes sent.", "counter", m.bytesOut.Load())
	p("procgen_sidecar_store_pending_edits", "Own edits not yet shipped to the database.", "gauge", h.StorePending)
	p("procgen_sidecar_sync_lag_seconds", "Age of the oldest unshipped edit.", "gauge", h.SyncLagMS/1000)
	synced := 0
	if h.StoreMode == "synced" {
		synced = 1
	}
	p("procgen_sidecar_store_synced", "1 when the database is reachable and syncing.", "gauge", synced)
	p("procgen_sidecar_heap_bytes", "Go heap in use.", "gauge", ms.HeapInuse)
	p("procgen_sidecar_goroutines", "Goroutines.", "gauge", runtime.NumGoroutine())
}
