// Command procgen-sidecar serves ProcGen worlds beside the Godot servers, with no Godot and
// no cgo: REST endpoints, a realtime WebSocket channel and the browser client, on the same
// store as the servers (the embedded local store, or PostgreSQL/YugabyteDB when
// PROCGEN_DATABASE_URL is set). See sidecar/README.md.
//
//	procgen-sidecar [flags]            serve
//	procgen-sidecar token [flags]      print a signed token (PROCGEN_SIDECAR_SIGNING_KEY)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/sidecar"
	"github.com/procgen-godot/procgen/storage"
)

// Environment variables (secrets stay out of the command line).
const (
	envToken      = "PROCGEN_SIDECAR_TOKEN"
	envSigningKey = "PROCGEN_SIDECAR_SIGNING_KEY"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "token" {
		if err := mintToken(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "procgen-sidecar token:", err)
			os.Exit(2)
		}
		return
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "procgen-sidecar:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("procgen-sidecar", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8090", "listen address (host:port; port 0 picks a free one)")
	storePath := fs.String("store", "procgen-sidecar.sqlite", "local store file (this sidecar's own: every server and sidecar needs its own)")
	worldID := fs.String("world", "", "a world to serve from the start; created with -seed when no store has it")
	seed := fs.Int64("seed", 1, "seed of the world -world creates")
	anonymous := fs.String("anonymous", "", "access without a token: none, read or write (default: write when no token is configured, else read)")
	origins := fs.String("allow-origin", "", "comma-separated host patterns of other sites whose pages may open the channel")
	web := fs.String("web", "", "folder with the browser client to serve at / (default: web/dist when it exists)")
	halfWidth := fs.Float64("edit-half-width", 4096, "edits must be centred within ±this of the origin in x and z")
	rate := fs.Float64("edit-rate", 20, "edits per second per client (token bucket)")
	burst := fs.Int("edit-burst", 40, "edit burst per client")
	level := fs.String("log-level", "info", "debug, info, warn or error")
	format := fs.String("log-format", "text", "text or json")
	addrFile := fs.String("addr-file", "", "write the listening address to this file once serving (for scripts)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(*level)); err != nil {
		return fmt.Errorf("-log-level: %w", err)
	}
	var h slog.Handler = slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl})
	if *format == "json" {
		h = slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: lvl})
	}
	log := slog.New(h)

	auth := sidecar.AuthConfig{Token: os.Getenv(envToken), SigningKey: []byte(os.Getenv(envSigningKey))}
	auth.Anonymous = sidecar.AccessWrite
	if auth.Enabled() {
		auth.Anonymous = sidecar.AccessRead
	}
	if *anonymous != "" {
		a, err := sidecar.ParseAccess(*anonymous)
		if err != nil {
			return fmt.Errorf("-anonymous: %w", err)
		}
		auth.Anonymous = a
	}
	if !auth.Enabled() && auth.Anonymous == sidecar.AccessWrite {
		log.Warn("no token configured: anyone who can reach this sidecar may edit (set " + envToken + " or " + envSigningKey + ")")
	}
	opt := sidecar.Options{
		Storage: storage.ConfigFromEnv(storage.Config{LocalPath: *storePath}),
		Logger:  log,
		Auth:    auth,
	}
	opt.Edits.HalfWidth = *halfWidth
	opt.Edits.Rate.Rate, opt.Edits.Rate.Burst = *rate, *burst
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			opt.Channel.AllowedOrigins = append(opt.Channel.AllowedOrigins, o)
		}
	}
	dir := *web
	if dir == "" {
		if st, err := os.Stat("web/dist"); err == nil && st.IsDir() {
			dir = "web/dist"
		}
	}
	if dir != "" {
		if _, err := os.Stat(dir + "/index.html"); err != nil {
			return fmt.Errorf("-web %s: no index.html (build the client with ./build.sh sidecar)", dir)
		}
		opt.Web = os.DirFS(dir)
	}
	if opt.Storage.DatabaseURL != "" {
		log.Info("store", "local", *storePath, "database", storage.RedactURL(opt.Storage.DatabaseURL), "read_replicas", len(opt.Storage.ReadReplicaURLs))
	} else {
		log.Info("store", "local", *storePath, "database", "none (set "+storage.EnvDatabaseURL+" to share worlds)")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv, err := sidecar.New(ctx, opt)
	if err != nil {
		return err
	}
	defer srv.Close()
	mount(srv)
	if *worldID != "" {
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		w, err := srv.CreateWorld(cctx, *worldID, world.Default(*seed))
		cancel()
		if errors.Is(err, storage.ErrWorldConflict) {
			log.Info("serving the stored world (its settings differ from -seed's default)", "world", *worldID)
		} else if err != nil {
			return fmt.Errorf("world %q: %w", *worldID, err)
		}
		_ = w
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(h, slog.LevelWarn)}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/"
	log.Info("serving", "url", url, "web", dir != "")
	if *addrFile != "" {
		if err := os.WriteFile(*addrFile, []byte(ln.Addr().String()+"\n"), 0o644); err != nil {
			return err
		}
	}
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: refusing new edits, finishing those in flight")
	sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		log.Warn("channel shutdown", "err", err)
	}
	if err := hs.Shutdown(sctx); err != nil {
		log.Warn("http shutdown", "err", err)
	}
	if err := srv.Close(); err != nil {
		return fmt.Errorf("closing the store: %w", err)
	}
	log.Info("stopped; every acknowledged edit is in the local store", "store", *storePath)
	return nil
}

func mintToken(args []string) error {
	fs := flag.NewFlagSet("procgen-sidecar token", flag.ContinueOnError)
	sub := fs.String("sub", "", "who the token is for (logs, rate limits)")
	ttl := fs.Duration("ttl", 24*time.Hour, "validity (0: never expires)")
	worldID := fs.String("world", "", "the only world it opens (default any)")
	write := fs.Bool("write", false, "allow edits (default read only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	key := os.Getenv(envSigningKey)
	if key == "" {
		return errors.New(envSigningKey + " is not set")
	}
	c := sidecar.Claims{Subject: *sub, World: *worldID, Write: *write}
	if *ttl > 0 {
		c.Expires = time.Now().Add(*ttl).Unix()
	}
	t, err := sidecar.SignToken([]byte(key), c)
	if err != nil {
		return err
	}
	fmt.Println(t)
	return nil
}
