// Package storagetest lends the storage package's test helpers to tests elsewhere in the
// module (storage/internal is not importable from outside storage/).
package storagetest

import (
	"testing"

	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

// StartCluster initialises and starts a throwaway PostgreSQL cluster on a free loopback port
// (URL, Stop, Start); it is stopped and removed when the test ends. Tests that stop a
// database use one of these, never the shared server.
func StartCluster(t testing.TB) *pgtest.Cluster { return pgtest.StartCluster(t) }
