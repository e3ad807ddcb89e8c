// Package pgtest finds or starts real PostgreSQL servers for tests.
//
// Resolution order for the shared test server (URL):
//  1. $PROCGEN_TEST_DATABASE_URL, if set (it must be reachable);
//  2. postgres://postgres@127.0.0.1:5432/test, if it answers;
//  3. a throwaway cluster started with the system's initdb/pg_ctl (found
//     under /usr/lib/postgresql/*/bin or $PATH) on a free loopback port in a
//     temporary directory, run as the "postgres" user when the tests run as
//     root. Call Main from TestMain so that it is stopped afterwards.
//
// If none of these works the calling test fails; it is never skipped.
//
// Tests that stop a server or need a hot standby start their own clusters
// with StartCluster and Cluster.StartStandby; those never touch the shared
// server.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the environment variable that overrides the test server.
const EnvURL = "PROCGEN_TEST_DATABASE_URL"

// DefaultURL is the shared local server tried when EnvURL is unset.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/test"

var (
	sharedOnce    sync.Once
	sharedURL     string
	sharedErr     error
	sharedCluster *Cluster
)

// Main runs the tests and stops the throwaway cluster if one was started.
// Use it as: func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }.
func Main(m *testing.M) int {
	code := m.Run()
	if sharedCluster != nil {
		sharedCluster.destroy()
	}
	return code
}

// URL returns the base URL of a PostgreSQL server usable by tests, failing
// the test loudly if none can be had.
func URL(t testing.TB) string {
	t.Helper()
	sharedOnce.Do(func() {
		if u := os.Getenv(EnvURL); u != "" {
			if err := ping(u); err != nil {
				sharedErr = fmt.Errorf("pgtest: $%s is set but unusable: %v", EnvURL, err)
				return
			}
			sharedURL = u
			return
		}
		if err := ping(DefaultURL); err == nil {
			sharedURL = DefaultURL
			return
		}
		c, err := newCluster()
		if err != nil {
			sharedErr = fmt.Errorf("pgtest: no PostgreSQL at %s and a throwaway cluster failed: %v", DefaultURL, err)
			return
		}
		sharedCluster = c
		sharedURL = c.URL("postgres")
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedURL
}

// SchemaURL creates a fresh uniquely named schema on the shared test server
// and returns a URL whose search_path points at it. The schema is dropped
// when the test ends.
func SchemaURL(t testing.TB) string {
	t.Helper()
	return NewSchema(t, URL(t))
}

// NewSchema creates a fresh schema on the server at base and returns a URL
// whose search_path selects it; it is dropped at cleanup.
func NewSchema(t testing.TB, base string) string {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		_, _ = conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
	})
	return WithParam(base, "search_path", schema)
}

// WithParam returns u with the query parameter k set to v.
func WithParam(u, k, v string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	q := p.Query()
	q.Set(k, v)
	p.RawQuery = q.Encode()
	return p.String()
}

func ping(u string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	return conn.Ping(ctx)
}

// Cluster is a throwaway PostgreSQL cluster in a temporary directory.
type Cluster struct {
	BinDir  string
	Dir     string // parent temp dir (removed on cleanup)
	DataDir string
	Port    int

	mu      sync.Mutex
	running bool
}

// StartCluster initialises and starts a throwaway cluster on a free
// loopback port; it is stopped and removed when the test ends.
func StartCluster(t testing.TB) *Cluster {
	t.Helper()
	c, err := newCluster()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(c.destroy)
	return c
}

// URL returns a connection URL for database db on the cluster.
func (c *Cluster) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.Port, db)
}

// Stop stops the cluster (fast shutdown) and waits for it.
func (c *Cluster) Stop() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.running {
		return nil
	}
	_, err := runPG(c.BinDir, "pg_ctl", "stop", "-w", "-m", "fast", "-D", c.DataDir)
	if err == nil {
		c.running = false
	}
	return err
}

// Start (re)starts a stopped cluster on the same port.
func (c *Cluster) Start() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.running {
		return nil
	}
	opts := fmt.Sprintf("-p %d -c listen_addresses=127.0.0.1 -k %s -c fsync=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB -c wal_level=replica -c max_wal_senders=5 -c hot_standby=on",
		c.Port, c.Dir)
	out, err := runPG(c.BinDir, "pg_ctl", "start", "-w", "-t", "60", "-D", c.DataDir,
		"-l", filepath.Join(c.Dir, filepath.Base(c.DataDir)+".log"), "-o", opts)
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(c.Dir, filepath.Base(c.DataDir)+".log"))
		return fmt.Errorf("pg_ctl start: %v: %s\n%s", err, out, tail(string(log), 2000))
	}
	c.running = true
	// pg_ctl -w may return before a standby accepts read-only connections.
	deadline := time.Now().Add(60 * time.Second)
	for {
		err := ping(c.URL("postgres"))
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("cluster on port %d not accepting connections: %v", c.Port, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// StartStandby creates a hot standby of c with pg_basebackup -R and starts
// it on its own free port; it shares c's temporary directory.
func (c *Cluster) StartStandby(t testing.TB) *Cluster {
	t.Helper()
	port, err := freePort()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	s := &Cluster{BinDir: c.BinDir, Dir: c.Dir, DataDir: filepath.Join(c.Dir, fmt.Sprintf("standby%d", port)), Port: port}
	if out, err := runPG(c.BinDir, "pg_basebackup", "-h", "127.0.0.1", "-p", strconv.Itoa(c.Port),
		"-U", "postgres", "-D", s.DataDir, "-R", "-X", "stream", "-c", "fast"); err != nil {
		t.Fatalf("pgtest: pg_basebackup: %v: %s", err, out)
	}
	// Another process may take the free port before the standby binds it: try others.
	for attempt := 0; ; attempt++ {
		err := s.Start()
		if err == nil {
			break
		}
		if attempt == 2 {
			t.Fatalf("pgtest: standby: %v", err)
		}
		if s.Port, err = freePort(); err != nil {
			t.Fatalf("pgtest: %v", err)
		}
	}
	t.Cleanup(func() { _ = s.stopImmediate() })
	return s
}

func (c *Cluster) stopImmediate() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.running {
		return nil
	}
	_, err := runPG(c.BinDir, "pg_ctl", "stop", "-w", "-m", "immediate", "-D", c.DataDir)
	if err == nil {
		c.running = false
	}
	return err
}

func (c *Cluster) destroy() {
	_ = c.stopImmediate()
	_ = os.RemoveAll(c.Dir)
}

func newCluster() (*Cluster, error) {
	bin, err := findBinDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pgtest-")
	if err != nil {
		return nil, err
	}
	if err := chownForPG(dir); err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		c := &Cluster{BinDir: bin, Dir: dir, DataDir: filepath.Join(dir, "data"), Port: port}
		if attempt == 0 {
			if out, err := runPG(bin, "initdb", "-D", c.DataDir, "-U", "postgres", "-A", "trust",
				"--no-sync", "-E", "UTF8", "--locale=C"); err != nil {
				_ = os.RemoveAll(dir)
				return nil, fmt.Errorf("initdb: %v: %s", err, out)
			}
		}
		if err := c.Start(); err != nil {
			lastErr = err
			continue // port race: try another
		}
		return c, nil
	}
	_ = os.RemoveAll(dir)
	return nil, lastErr
}

func findBinDir() (string, error) {
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	sort.Slice(matches, func(i, j int) bool {
		vi, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(matches[i]))))
		vj, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(matches[j]))))
		return vi > vj
	})
	if len(matches) > 0 {
		return filepath.Dir(matches[0]), nil
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("no pg_ctl found under /usr/lib/postgresql/*/bin or in $PATH")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// chownForPG hands dir to the postgres user when running as root.
func chownForPG(dir string) error {
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("running as root and no postgres user to run the server as: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return os.Chown(dir, uid, gid)
}

// runPG runs a PostgreSQL tool, as the postgres user when we are root.
func runPG(bin, tool string, args ...string) (string, error) {
	path := filepath.Join(bin, tool)
	var cmd *exec.Cmd
	if os.Geteuid() == 0 {
		if ru, err := exec.LookPath("runuser"); err == nil {
			cmd = exec.Command(ru, append([]string{"-u", "postgres", "--", path}, args...)...)
		} else {
			q := []string{shellQuote(path)}
			for _, a := range args {
				q = append(q, shellQuote(a))
			}
			cmd = exec.Command("su", "postgres", "-s", "/bin/sh", "-c", strings.Join(q, " "))
		}
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = os.TempDir()
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
