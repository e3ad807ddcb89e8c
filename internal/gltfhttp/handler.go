// Package gltfhttp serves regions of a world as binary glTF over HTTP:
//
//	GET /worlds/{id}/region.glb?from=X,Y,Z&to=X,Y,Z[&lod=N]
//	GET /worlds/{id}/region.glb?center=X,Y,Z[&radius=R][&lod=N]
//
// from and to are inclusive chunk coordinates (y is 0 in heightmap worlds); center is a
// world position in metres and radius the number of chunks on each side of its chunk
// (default 1). The answer is a GLB (model/gltf-binary) written as it is encoded, with a
// Content-Length; bad parameters get 400, an unknown world 404, a region over the limit
// 413, each with a JSON body {"error": "...", "reason": "..."} that says what to change.
package gltfhttp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/procgen-godot/procgen/internal/worldsrc"
	"github.com/procgen-godot/procgen/procgen/export/gltf"
	"github.com/procgen-godot/procgen/storage"
)

// Defaults of Handler's limits.
const (
	DefaultMaxChunks  = 256
	DefaultMaxRadius  = 8
	DefaultConcurrent = 2
)

// Loader returns the current state of world id. An unknown world is an error wrapping
// worldsrc.ErrUnknownWorld or storage.ErrWorldNotFound.
type Loader func(ctx context.Context, id string) (worldsrc.Snapshot, error)

// Handler answers region.glb requests. The world id is the request's path value "id"
// (mount it on a pattern such as "GET /worlds/{id}/region.glb").
type Handler struct {
	load      Loader
	maxChunks int
	maxRadius int
	slots     chan struct{} // exports running at once
	workers   int
	log       *slog.Logger
}

// Options tune a Handler; zero values take the defaults.
type Options struct {
	MaxChunks  int // largest region, in chunks (default 256)
	MaxRadius  int // largest radius parameter (default 8)
	Concurrent int // exports generating at once; more requests wait (default 2)
	Workers    int // goroutines per export (default one per CPU)
	Logger     *slog.Logger
}

// New returns a handler that exports the worlds load returns.
func New(load Loader, opt Options) *Handler {
	if opt.MaxChunks <= 0 {
		opt.MaxChunks = DefaultMaxChunks
	}
	if opt.MaxRadius <= 0 {
		opt.MaxRadius = DefaultMaxRadius
	}
	if opt.Concurrent <= 0 {
		opt.Concurrent = DefaultConcurrent
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	return &Handler{load: load, maxChunks: opt.MaxChunks, maxRadius: opt.MaxRadius,
		slots: make(chan struct{}, opt.Concurrent), workers: opt.Workers, log: opt.Logger}
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error  string `json:"error"`
	Reason string `json:"reason"`
}

func fail(w http.ResponseWriter, code int, reason, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(errorBody{Error: msg, Reason: reason})
}

// paramError is a bad query parameter.
type paramError struct{ msg string }

func (e paramError) Error() string { return e.msg }

func badParam(format string, args ...any) error { return paramError{fmt.Sprintf(format, args...)} }

var known = map[string]bool{"from": true, "to": true, "center": true, "radius": true, "lod": true}

// parse reads the query into req (whose World is set).
func (h *Handler) parse(q url.Values, req *gltf.Request) error {
	for k, v := range q {
		if !known[k] {
			return badParam("unknown parameter %q (use from, to, center, radius, lod)", k)
		}
		if len(v) != 1 {
			return badParam("parameter %q given %d times", k, len(v))
		}
	}
	if s := q.Get("lod"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return badParam("lod %q is not an integer", s)
		}
		req.LOD = n
		if n < 1 {
			return badParam("lod %d must be at least 1", n)
		}
	}
	switch {
	case q.Has("center"):
		if q.Has("from") || q.Has("to") {
			return badParam("give either center (and radius) or from and to, not both")
		}
		c, err := gltf.ParsePoint("center", q.Get("center"))
		if err != nil {
			return paramError{err.Error()}
		}
		radius := 1
		if s := q.Get("radius"); s != "" {
			if radius, err = strconv.Atoi(s); err != nil || radius < 0 || radius > h.maxRadius {
				return badParam("radius %q must be an integer in [0, %d]", s, h.maxRadius)
			}
		}
		if err := req.Around(c, radius); err != nil {
			return paramError{strings.TrimPrefix(err.Error(), gltf.ErrRegion.Error()+": ")}
		}
	case q.Has("from") && q.Has("to"):
		if q.Has("radius") {
			return badParam("radius goes with center, not with from and to")
		}
		var err error
		if req.From, err = gltf.ParseChunk("from", q.Get("from")); err != nil {
			return paramError{err.Error()}
		}
		if req.To, err = gltf.ParseChunk("to", q.Get("to")); err != nil {
			return paramError{err.Error()}
		}
	default:
		return badParam("give the region: from=X,Y,Z&to=X,Y,Z (chunk coordinates) or center=X,Y,Z (metres) with radius=R (chunks)")
	}
	return nil
}

// ServeHTTP answers one region request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		fail(w, http.StatusNotFound, "not_found", "no world id in the path")
		return
	}
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		fail(w, http.StatusBadRequest, "bad_parameter", "malformed query: "+err.Error())
		return
	}
	snap, err := h.load(r.Context(), id)
	switch {
	case errors.Is(err, worldsrc.ErrUnknownWorld) || errors.Is(err, storage.ErrWorldNotFound):
		fail(w, http.StatusNotFound, "not_found", fmt.Sprintf("no world %q", id))
		return
	case err != nil:
		h.log.Error("region.glb: loading world", "world", id, "err", err)
		fail(w, http.StatusServiceUnavailable, "store", err.Error())
		return
	}
	req := gltf.Request{World: snap.World, WorldID: id, Edits: snap.Edits, MaxChunks: h.maxChunks, Workers: h.workers}
	if err := h.parse(q, &req); err != nil {
		fail(w, http.StatusBadRequest, "bad_parameter", err.Error())
		return
	}
	if err := req.Validate(); err != nil {
		code, reason := http.StatusBadRequest, "bad_parameter"
		if req.Chunks() > int64(h.maxChunks) {
			code, reason = http.StatusRequestEntityTooLarge, "region_too_large"
		}
		fail(w, code, reason, strings.TrimPrefix(err.Error(), "gltf export: "))
		return
	}
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	case <-r.Context().Done():
		return
	}
	req.OnReady = func(size int64) {
		hd := w.Header()
		hd.Set("Content-Type", "model/gltf-binary")
		hd.Set("Content-Length", strconv.FormatInt(size, 10))
		hd.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", fmt.Sprintf("%s_%d_%d_%d__%d_%d_%d.glb",
			safeName(id), req.From[0], req.From[1], req.From[2], req.To[0], req.To[1], req.To[2])))
		hd.Set("Cache-Control", "no-store")
		hd.Set("X-Procgen-World-Hash", snap.World.Hash())
		w.WriteHeader(http.StatusOK)
	}
	started := false
	ready := req.OnReady
	req.OnReady = func(size int64) { started = true; ready(size) }
	if _, err := gltf.Export(r.Context(), w, req); err != nil {
		if !started && r.Context().Err() == nil {
			h.log.Error("region.glb: export", "world", id, "err", err)
			fail(w, http.StatusInternalServerError, "export", err.Error())
			return
		}
		// Mid-stream (the client left, or the connection broke): the Content-Length tells
		// the client its file is short; nothing more can be said.
		h.log.Info("region.glb: export interrupted", "world", id, "err", err)
	}
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s)
}
