package sidecar

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/procgen-godot/procgen/procgen/schedule"
	"github.com/procgen-godot/procgen/replica"
)

// ChunkHashAnswer is the answer of GET /worlds/{id}/chunks/{cx}/{cz}: the hash of the
// heightmap chunk the sidecar generates natively with every edit it knows (at Position),
// for clients to check their own generation against (replica.ChunkHash).
type ChunkHashAnswer struct {
	CX       int32    `json:"cx"`
	CZ       int32    `json:"cz"`
	Step     int      `json:"step"`
	Hash     string   `json:"hash"`
	Vertices int      `json:"vertices"`
	Position Position `json:"position"`
}

func (w *World) chunkGen() schedule.Func {
	w.genOnce.Do(func() { w.genFn = schedule.WorldGenerator(w.gen, w.EditsNear) })
	return w.genFn
}

// Chunk generates heightmap chunk (cx, cz) at LOD step with every edit known.
func (w *World) Chunk(ctx context.Context, cx, cz int32, step int) (*schedule.Mesh, error) {
	v, err := w.chunkGen()(ctx, schedule.Key{Kind: schedule.Heightmap, X: cx, Z: cz, Step: uint8(step)})
	if err != nil {
		return nil, err
	}
	return v.(*schedule.Mesh), nil
}

func (s *Server) handleChunkHash(w http.ResponseWriter, r *http.Request) {
	x := s.worldOr404(w, r)
	if x == nil {
		return
	}
	coord := func(name string) (int32, error) {
		v, err := strconv.ParseInt(r.PathValue(name), 10, 32)
		if err != nil || v < -(1<<24) || v > 1<<24 {
			return 0, fmt.Errorf("%s %q: want an integer within ±16777216", name, r.PathValue(name))
		}
		return int32(v), nil
	}
	cx, err := coord("cx")
	if err != nil {
		writeError(w, http.StatusBadRequest, "malformed", err.Error())
		return
	}
	cz, err := coord("cz")
	if err != nil {
		writeError(w, http.StatusBadRequest, "malformed", err.Error())
		return
	}
	step := 1
	if q := r.URL.Query().Get("step"); q != "" {
		step, err = strconv.Atoi(q)
		if err != nil || step < 1 || step > x.Config.Chunk.Heightmap || x.Config.Chunk.Heightmap%step != 0 || step&(step-1) != 0 {
			writeError(w, http.StatusBadRequest, "malformed", fmt.Sprintf("step %q: want a power of two dividing the chunk size %d", q, x.Config.Chunk.Heightmap))
			return
		}
	}
	pos := x.Position()
	m, err := x.Chunk(r.Context(), cx, cz, step)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", err.Error())
		return
	}
	writeJSON(w, http.StatusOK, ChunkHashAnswer{CX: cx, CZ: cz, Step: step, Hash: replica.ChunkHash(m), Vertices: len(m.Positions) / 3, Position: pos})
}
