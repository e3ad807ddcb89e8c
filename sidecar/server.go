package sidecar

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/procgen-godot/procgen/netproto"
	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/storage"
)

// EditPolicy is what the sidecar accepts from clients: the same checks and defaults as a
// Godot server's ProcGenNet (netproto.Limits, a per-peer token bucket and a flood detector).
type EditPolicy struct {
	HalfWidth float64 // edits centred within ±HalfWidth of the origin in x and z (default 4096)
	MaxRadius float64 // default netproto.DefaultMaxRadius
	MaxAmount float64 // default netproto.DefaultMaxAmount
	Rate      netproto.RateConfig
	Flood     netproto.FloodConfig
}

func (p EditPolicy) withDefaults() EditPolicy {
	if p.HalfWidth <= 0 {
		p.HalfWidth = 4096
	}
	if p.MaxRadius <= 0 {
		p.MaxRadius = netproto.DefaultMaxRadius
	}
	if p.MaxAmount <= 0 {
		p.MaxAmount = netproto.DefaultMaxAmount
	}
	if p.Rate.Rate == 0 {
		p.Rate.Rate, p.Rate.Burst = 20, 40
	}
	if p.Flood.MaxRejects == 0 {
		p.Flood.MaxRejects, p.Flood.Window = 30, 5*time.Second
	}
	return p
}

// Options configures a Server.
type Options struct {
	// Storage is the store configuration: the local file, and the database and read
	// replicas when set (see storage.ConfigFromEnv). The server sets its callbacks.
	Storage storage.Config
	// Logger receives structured logs (default slog.Default()).
	Logger *slog.Logger
	// Auth is the token policy of the REST endpoints and the channel.
	Auth AuthConfig
	// Edits is the policy for client edits.
	Edits EditPolicy
	// Channel configures the realtime WebSocket channel.
	Channel ChannelOptions
	// Web, when set, is served at / (the browser client).
	Web fs.FS
}

// Server is the sidecar: a store, the worlds it serves and their HTTP endpoints.
// Create it with New, serve Handler, call Shutdown then Close.
type Server struct {
	opt     Options
	log     *slog.Logger
	store   *storage.Store
	mux     *http.ServeMux
	ctx     context.Context
	cancel  context.CancelFunc
	metrics *metrics
	started time.Time

	rate  *netproto.RateLimiter
	flood *netproto.FloodDetector

	mu     sync.Mutex
	worlds map[string]*World

	closing  atomic.Bool
	inflight sync.WaitGroup // edits being recorded

	hub *hub
}

// New opens the store and returns a server ready to serve. The store's sync worker starts
// too (when a database is configured).
func New(ctx context.Context, opt Options) (*Server, error) {
	opt.Edits = opt.Edits.withDefaults()
	opt.Channel = opt.Channel.withDefaults()
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	rate, err := netproto.NewRateLimiter(opt.Edits.Rate)
	if err != nil {
		return nil, fmt.Errorf("sidecar: edit rate: %w", err)
	}
	flood, err := netproto.NewFloodDetector(opt.Edits.Flood)
	if err != nil {
		return nil, fmt.Errorf("sidecar: flood policy: %w", err)
	}
	s := &Server{
		opt: opt, log: opt.Logger, mux: http.NewServeMux(), metrics: newMetrics(),
		rate: rate, flood: flood, worlds: map[string]*World{}, started: time.Now(),
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	sc := opt.Storage
	sc.OnRemoteEdits = s.onRemote
	sc.OnError = func(err error) { s.log.Warn("storage", "err", err) }
	if sc.Logger == nil {
		sc.Logger = opt.Logger
	}
	st, err := storage.Open(ctx, sc)
	if err != nil {
		s.cancel()
		return nil, fmt.Errorf("sidecar: opening the store: %w", err)
	}
	if err := st.ConfigError(); err != nil {
		s.log.Error("database configuration refused; serving the local store only", "err", err)
	}
	st.Start(s.ctx)
	s.store = st
	if sc.DatabaseURL != "" && st.ConfigError() == nil {
		// One sync cycle first: it migrates a fresh database and pulls what is there, so
		// the first requests see the shared worlds. An unreachable database only delays
		// that: the store keeps retrying in the background.
		fctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		if err := st.Flush(fctx); err != nil {
			s.log.Warn("database not reachable yet; serving the local store meanwhile", "err", err)
		}
		cancel()
	}
	s.hub = newHub(s)
	s.routes()
	return s, nil
}

// Store returns the server's store.
func (s *Server) Store() *storage.Store { return s.store }

// Logger returns the server's logger.
func (s *Server) Logger() *slog.Logger { return s.log }

// Handle registers h on the server's mux (Go 1.22 patterns: "GET /worlds/{id}/region.glb").
// Wrap h with Require to check the client's token.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// HandleFunc is Handle for a function.
func (s *Server) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request)) {
	s.mux.HandleFunc(pattern, h)
}

// Handler is the server's HTTP handler: every endpoint, with request logging and panic
// recovery.
func (s *Server) Handler() http.Handler { return s.withLogging(s.mux) }

// Require wraps h so it runs only for clients with at least need on the world named by the
// request's {id} path value (any world when the pattern has none); others get a JSON
// error (401 or 403). h can read the grant with GrantOf.
func (s *Server) Require(need Access, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		g, err := s.opt.Auth.authenticate(requestToken(r), time.Now())
		if err != nil {
			writeError(w, http.StatusUnauthorized, "unauthorized", err.Error())
			return
		}
		if !g.Allows(need, r.PathValue("id")) {
			code := http.StatusForbidden
			if g.Access == AccessNone {
				code = http.StatusUnauthorized
			}
			writeError(w, code, "forbidden", fmt.Sprintf("this token gives %s access; %s is needed", g.Access, need))
			return
		}
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), grantKey{}, g)))
	})
}

type grantKey struct{}

// GrantOf returns the grant Require found for r.
func GrantOf(r *http.Request) Grant {
	g, _ := r.Context().Value(grantKey{}).(Grant)
	return g
}

// Authenticate checks a presented token ("" for none) against the server's policy.
func (s *Server) Authenticate(token string) (Grant, error) {
	return s.opt.Auth.authenticate(token, time.Now())
}

// peerID names a client for rate limiting.
func peerID(key string) netproto.PeerID {
	h := fnv.New64a()
	h.Write([]byte(key))
	return netproto.PeerID(h.Sum64() &^ (1 << 63))
}

// EditRequest is a client's edit, as JSON on the REST endpoint and the channel.
type EditRequest struct {
	Kind     string  `json:"kind"` // raise, lower, flatten, add_density, remove_density, paint
	X        float64 `json:"x"`
	Y        float64 `json:"y"`
	Z        float64 `json:"z"`
	Radius   float64 `json:"radius"`
	Amount   float64 `json:"amount"`
	Material uint8   `json:"material"`
}

// CheckEdit applies the edit policy to q for world w and peer: the rate limit, then the
// same checks a Godot server makes (netproto.Limits.Check). A peer that keeps sending bad
// edits is flagged by kick (the caller drops it).
func (s *Server) CheckEdit(w *World, peer netproto.PeerID, q EditRequest) (d edit.Delta, reason netproto.Reason, kick bool, err error) {
	fail := func(r netproto.Reason, err error) (edit.Delta, netproto.Reason, bool, error) {
		s.metrics.rejected(r)
		return edit.Delta{}, r, s.flood.Reject(peer), err
	}
	if !s.rate.Allow(peer) {
		return fail(netproto.ReasonRateLimited, fmt.Errorf("rate limit exceeded: at most %v edits per second (bursts of %d)", s.opt.Edits.Rate.Rate, s.opt.Edits.Rate.Burst))
	}
	kind, err := edit.ParseKind(q.Kind)
	if err != nil {
		return fail(netproto.ReasonKind, fmt.Errorf("unknown edit kind %q (want raise, lower, flatten, add_density, remove_density or paint)", q.Kind))
	}
	limits := netproto.DefaultLimits(&w.Config, s.opt.Edits.HalfWidth)
	limits.MaxRadius, limits.MaxAmount = s.opt.Edits.MaxRadius, s.opt.Edits.MaxAmount
	d, reason, err = limits.Check(&netproto.EditRequest{Kind: kind, Material: q.Material, X: q.X, Y: q.Y, Z: q.Z, Radius: q.Radius, Amount: q.Amount})
	if err != nil {
		return fail(reason, err)
	}
	return d, 0, false, nil
}

// forgetPeer drops a peer's rate and flood state.
func (s *Server) forgetPeer(p netproto.PeerID) {
	s.rate.Forget(p)
	s.flood.Forget(p)
}

func (s *Server) acceptingEdits() bool { return !s.closing.Load() }

// Shutdown stops accepting edits and joins, waits for the edits being recorded (every
// acknowledged edit is durable in the local store), and closes every channel client with
// "going away". Call it after http.Server.Shutdown (which waits for REST requests), then
// Close.
func (s *Server) Shutdown(ctx context.Context) error {
	s.closing.Store(true)
	s.hub.closeAll("the sidecar is shutting down")
	done := make(chan struct{})
	go func() { s.inflight.Wait(); s.hub.wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("sidecar shutdown: %w", ctx.Err())
	}
}

// Close stops the sync worker after a last attempt to ship pending edits (those that
// remain are in the local store and ship at the next start) and closes the store.
func (s *Server) Close() error {
	s.closing.Store(true)
	s.cancel()
	err := s.store.Close()
	if errors.Is(err, storage.ErrClosed) {
		err = nil
	}
	return err
}
