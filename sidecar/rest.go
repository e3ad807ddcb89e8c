package sidecar

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/storage"
)

// maxEditBody bounds a POSTed edit.
const maxEditBody = 4096

func (s *Server) routes() {
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	s.mux.HandleFunc("GET /metrics", s.handleMetrics)
	s.mux.Handle("GET /worlds", s.Require(AccessRead, http.HandlerFunc(s.handleList)))
	s.mux.Handle("GET /worlds/{id}", s.Require(AccessRead, http.HandlerFunc(s.handleWorld)))
	s.mux.Handle("POST /worlds/{id}/edits", s.Require(AccessWrite, http.HandlerFunc(s.handlePostEdit)))
	s.mux.Handle("GET /worlds/{id}/chunks/{cx}/{cz}", s.Require(AccessRead, http.HandlerFunc(s.handleChunkHash)))
	s.mux.HandleFunc("GET /ws", s.hub.serveWS)
	if s.opt.Web != nil {
		s.mux.Handle("GET /", http.FileServerFS(s.opt.Web))
	}
}

// errorBody is every JSON error answer.
type errorBody struct {
	Error  string `json:"error"`            // what went wrong, for people
	Reason string `json:"reason,omitempty"` // a stable token, for programs
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, code int, reason, msg string) {
	writeJSON(w, code, errorBody{Error: msg, Reason: reason})
}

// WorldSummary is one entry of GET /worlds.
type WorldSummary struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	ConfigSHA256  string `json:"config_sha256"`
	FormatVersion int    `json:"format_version"`
	Created       string `json:"created"`
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	ws, err := s.store.ListWorlds(r.Context())
	if err != nil && ws == nil {
		writeError(w, http.StatusServiceUnavailable, "store", err.Error())
		return
	}
	if err != nil {
		s.log.Warn("listing database worlds", "err", err)
	}
	g := GrantOf(r)
	out := []WorldSummary{}
	for _, x := range ws {
		if g.World != "" && g.World != x.ID {
			continue
		}
		out = append(out, WorldSummary{ID: x.ID, Name: x.Name, ConfigSHA256: fmt.Sprintf("%x", x.ConfigHash),
			FormatVersion: x.FormatVersion, Created: x.Created.UTC().Format(time.RFC3339)})
	}
	writeJSON(w, http.StatusOK, map[string]any{"worlds": out})
}

// WorldInfo is the answer of GET /worlds/{id} and the channel's join reply.
type WorldInfo struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Hash string `json:"hash"` // the world's content hash (world.WorldConfig.Hash)
	// Config is the world's generator config (world.WorldConfig JSON).
	Config json.RawMessage `json:"config"`
	// ConfigFormat is the config's format version; FormatVersion the generator's output
	// version (procgen.FormatVersion); EditEncoding the binary edit encoding version.
	ConfigFormat  int `json:"config_format"`
	FormatVersion int `json:"format_version"`
	EditEncoding  int `json:"edit_encoding"`
	// Position is the highest edit seq seen per origin; Edits the number of edits.
	Position Position `json:"position"`
	Edits    int      `json:"edits"`
	// Origin is this sidecar's own origin (the edits it records carry it).
	Origin string `json:"origin"`
}

func (s *Server) worldInfo(x *World) WorldInfo {
	return WorldInfo{
		ID: x.ID, Name: x.Name, Hash: x.Hash, Config: json.RawMessage(x.ConfigJSON),
		ConfigFormat: x.FormatVersion, FormatVersion: procgen.FormatVersion, EditEncoding: edit.EncodingVersion,
		Position: x.Position(), Edits: x.EditCount(), Origin: fmt.Sprint(uint64(s.store.Origin())),
	}
}

// worldOr404 loads the request's world, answering an error when it cannot.
func (s *Server) worldOr404(w http.ResponseWriter, r *http.Request) *World {
	x, err := s.World(r.Context(), r.PathValue("id"))
	switch {
	case err == nil:
		return x
	case errors.Is(err, storage.ErrWorldNotFound):
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no world %q", r.PathValue("id")))
	default:
		s.log.Error("loading world", "world", r.PathValue("id"), "err", err)
		writeError(w, http.StatusServiceUnavailable, "store", err.Error())
	}
	return nil
}

func (s *Server) handleWorld(w http.ResponseWriter, r *http.Request) {
	if x := s.worldOr404(w, r); x != nil {
		writeJSON(w, http.StatusOK, s.worldInfo(x))
	}
}

// EditAnswer is the answer to an accepted edit (REST) and the channel's edit reply.
type EditAnswer struct {
	Origin string      `json:"origin"` // decimal: origins are 64-bit
	Seq    uint64      `json:"seq"`
	Edit   EditRequest `json:"edit"` // as recorded (rounded to the edit quantum)
}

func answerOf(d edit.Delta) EditAnswer {
	return EditAnswer{Origin: fmt.Sprint(d.ID.Origin), Seq: d.ID.Seq, Edit: EditRequest{
		Kind: d.Kind.String(), X: d.X, Y: d.Y, Z: d.Z, Radius: d.Radius, Amount: d.Amount, Material: d.Material}}
}

// decodeStrict parses one JSON value into v, refusing unknown fields and trailing data.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("invalid JSON: %w", err)
	}
	if dec.More() {
		return errors.New("invalid JSON: trailing data after the value")
	}
	return nil
}

// reasonToken names a netproto reason for JSON answers.
func reasonToken(r netproto.Reason) string {
	return strings.ReplaceAll(strings.ToLower(r.String()), " ", "_")
}

func (s *Server) handlePostEdit(w http.ResponseWriter, r *http.Request) {
	x := s.worldOr404(w, r)
	if x == nil {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxEditBody))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("an edit is at most %d bytes of JSON", maxEditBody))
		return
	}
	var q EditRequest
	if err := decodeStrict(body, &q); err != nil {
		writeError(w, http.StatusBadRequest, "malformed", err.Error())
		return
	}
	key := "ip:" + clientIP(r)
	if g := GrantOf(r); g.Subject != "" {
		key = "sub:" + g.Subject
	}
	d, reason, _, err := s.CheckEdit(x, peerID(key), q)
	if err != nil {
		code := http.StatusUnprocessableEntity
		if reason == netproto.ReasonRateLimited {
			code = http.StatusTooManyRequests
			w.Header().Set("Retry-After", "1")
		}
		writeError(w, code, reasonToken(reason), err.Error())
		return
	}
	d, err = x.Apply(r.Context(), d)
	if errors.Is(err, ErrShuttingDown) {
		writeError(w, http.StatusServiceUnavailable, "shutting_down", err.Error())
		return
	}
	if err != nil {
		s.log.Error("recording edit", "world", x.ID, "err", err)
		writeError(w, http.StatusInternalServerError, "store", err.Error())
		return
	}
	s.metrics.restEdits.Add(1)
	s.metrics.accepted(time.Now())
	writeJSON(w, http.StatusCreated, answerOf(d))
}

// clientIP is the request's remote address without the port.
func clientIP(r *http.Request) string {
	h, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return h
}

// statusWriter records the status code for the request log.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController (and the WebSocket upgrade) reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// withLogging logs each request (WebSocket sessions log their own) and turns a panic into
// a 500 that closes nothing else.
func (s *Server) withLogging(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("handler panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
				writeError(sw, http.StatusInternalServerError, "internal", "internal error")
			}
		}()
		if r.URL.Path == "/ws" {
			h.ServeHTTP(w, r)
			return
		}
		h.ServeHTTP(sw, r)
		lvl := slog.LevelDebug
		if sw.code >= 400 {
			lvl = slog.LevelInfo
		}
		s.log.Log(r.Context(), lvl, "http", "method", r.Method, "path", r.URL.Path, "status", sw.code,
			"ms", ms(time.Since(start)), "remote", clientIP(r))
	})
}
