package pgtest

import (
	"context"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

func inRecovery(t *testing.T, u string) bool {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var r bool
	if err := conn.QueryRow(ctx, "SELECT pg_is_in_recovery()").Scan(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSharedAndSchema(t *testing.T) {
	t.Parallel()
	u := SchemaURL(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var sp string
	if err := conn.QueryRow(ctx, "SHOW search_path").Scan(&sp); err != nil {
		t.Fatal(err)
	}
	if len(sp) < 3 || sp[:2] != "t_" {
		t.Fatalf("search_path = %q", sp)
	}
}

func TestClusterStandbyStopStart(t *testing.T) {
	t.Parallel()
	c := StartCluster(t)
	s := c.StartStandby(t)
	if inRecovery(t, c.URL("postgres")) {
		t.Fatal("primary in recovery")
	}
	if !inRecovery(t, s.URL("postgres")) {
		t.Fatal("standby not in recovery")
	}
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	if inRecovery(t, c.URL("postgres")) {
		t.Fatal("primary in recovery after restart")
	}
}
