package storage

import (
	"context"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

func benchEdits(world string, origin, firstSeq int64, n int) []Edit {
	out := make([]Edit, n)
	now := time.Now()
	for i := range out {
		out[i] = Edit{WorldID: world, Origin: origin, Seq: firstSeq + int64(i), Chunk: ChunkKey{int32(i % 16), 0, int32(i / 16 % 16)},
			Payload: make([]byte, 32), Created: now}
	}
	return out
}

func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	i := int(p * float64(len(s)-1))
	return s[i]
}

// BenchmarkShipBatchedVsSingle ships edits to loopback PostgreSQL with
// batching (1000 edits per transaction, one round trip) and with one
// INSERT per edit, in the same run, and reports both rates and the ratio.
func BenchmarkShipBatchedVsSingle(b *testing.B) {
	r := newRemote(b, pgtest.SchemaURL(b))
	ctx := context.Background()
	const batched, single, batchSize = 20000, 1000, 1000
	var tb, ts time.Duration
	var nb, ns int
	seq := int64(1)
	for b.Loop() {
		edits := benchEdits("bench", 1, seq, batched)
		seq += batched
		t0 := time.Now()
		for i := 0; i < len(edits); i += batchSize {
			if err := r.InsertEdits(ctx, edits[i:i+batchSize]); err != nil {
				b.Fatal(err)
			}
		}
		tb += time.Since(t0)
		nb += batched
		edits = benchEdits("bench", 2, seq, single)
		seq += single
		t0 = time.Now()
		for _, e := range edits {
			if err := r.insertEditSingle(ctx, e); err != nil {
				b.Fatal(err)
			}
		}
		ts += time.Since(t0)
		ns += single
	}
	rb := float64(nb) / tb.Seconds()
	rs := float64(ns) / ts.Seconds()
	b.ReportMetric(rb, "batched_edits/s")
	b.ReportMetric(rs, "single_edits/s")
	b.ReportMetric(rb/rs, "speedup")
}

// BenchmarkPipelineShip measures the whole outbox path: edits pending in
// the local store are read, shipped in batches and marked synced (Flush).
func BenchmarkPipelineShip(b *testing.B) {
	url := pgtest.SchemaURL(b)
	s := openStore(b, Config{DatabaseURL: url, PollInterval: time.Hour, BatchDelay: time.Hour, BatchSize: 1000})
	ctx := context.Background()
	if err := s.Flush(ctx); err != nil { // connect + migrate outside the timing
		b.Fatal(err)
	}
	const n = 20000
	var total time.Duration
	shipped := 0
	for b.Loop() {
		b.StopTimer()
		var wg sync.WaitGroup
		for g := 0; g < 16; g++ { // concurrent recorders share local commits
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < n/16; i++ {
					if _, err := s.local.Record(ctx, "pipe", ChunkKey{int32(i), 0, 0}, make([]byte, 32)); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		b.StartTimer()
		t0 := time.Now()
		if err := s.Flush(ctx); err != nil {
			b.Fatal(err)
		}
		total += time.Since(t0)
		shipped += n / 16 * 16
	}
	b.ReportMetric(float64(shipped)/total.Seconds(), "edits/s")
}

// BenchmarkRecordAck measures local acknowledgement latency (durable
// SQLite commit, WAL + synchronous=FULL) of sequential Record calls.
func BenchmarkRecordAck(b *testing.B) {
	s := openStore(b, Config{LocalPath: filepath.Join(b.TempDir(), "ack.db")})
	ctx := context.Background()
	var lat []time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := s.Record(ctx, "ack", ChunkKey{1, 2, 3}, make([]byte, 32)); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.ReportMetric(float64(percentile(lat, 0.50).Microseconds()), "p50_µs")
	b.ReportMetric(float64(percentile(lat, 0.99).Microseconds()), "p99_µs")
}

// BenchmarkSyncLag measures the delay from Record on one store to delivery
// through OnRemoteEdits on another, at the given poll interval.
func BenchmarkSyncLag(b *testing.B) {
	for _, poll := range []time.Duration{50 * time.Millisecond, DefaultPollInterval} {
		b.Run(fmt.Sprintf("poll=%v", poll), func(b *testing.B) {
			url := pgtest.SchemaURL(b)
			var mu sync.Mutex
			var lags []time.Duration
			got := 0
			a := openStore(b, Config{DatabaseURL: url, OriginID: 1, PollInterval: poll})
			bs := openStore(b, Config{DatabaseURL: url, OriginID: 2, PollInterval: poll, OnRemoteEdits: func(es []Edit) {
				now := time.Now()
				mu.Lock()
				for _, e := range es {
					lags = append(lags, now.Sub(time.Unix(0, int64(binary.LittleEndian.Uint64(e.Payload)))))
				}
				got += len(es)
				mu.Unlock()
			}})
			ctx := context.Background()
			if err := a.CreateWorld(ctx, World{ID: "lag", Config: []byte("c")}); err != nil {
				b.Fatal(err)
			}
			if err := a.Flush(ctx); err != nil {
				b.Fatal(err)
			}
			if _, err := bs.LoadWorld(ctx, "lag"); err != nil {
				b.Fatal(err)
			}
			sent := 0
			for b.Loop() {
				for i := 0; i < 50; i++ {
					p := make([]byte, 8)
					binary.LittleEndian.PutUint64(p, uint64(time.Now().UnixNano()))
					if _, err := a.Record(ctx, "lag", ChunkKey{}, p); err != nil {
						b.Fatal(err)
					}
					sent++
					time.Sleep(2 * time.Millisecond)
				}
			}
			waitFor(b, 30*time.Second, "delivery", func() bool {
				mu.Lock()
				defer mu.Unlock()
				return got >= sent
			})
			mu.Lock()
			b.ReportMetric(float64(percentile(lags, 0.50).Milliseconds()), "lag_p50_ms")
			b.ReportMetric(float64(percentile(lags, 0.99).Milliseconds()), "lag_p99_ms")
			mu.Unlock()
		})
	}
}
