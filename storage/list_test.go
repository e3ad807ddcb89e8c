package storage

import (
	"testing"
	"time"

	"github.com/procgen-godot/procgen/storage/internal/pgtest"
)

func TestListWorldsLocalAndRemote(t *testing.T) {
	t.Parallel()
	url := pgtest.SchemaURL(t)
	a := openStore(t, Config{DatabaseURL: url, OriginID: 11})
	b := openStore(t, Config{DatabaseURL: url, OriginID: 22})
	ctx := testCtx(t, 60*time.Second)
	for _, id := range []string{"zeta", "alpha"} {
		if err := a.CreateWorld(ctx, World{ID: id, Name: id, Config: []byte(id), FormatVersion: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.CreateWorld(ctx, World{ID: "mid", Name: "mid", Config: []byte("m"), FormatVersion: 1}); err != nil {
		t.Fatal(err)
	}
	local, err := a.Local().ListWorlds(ctx)
	if err != nil || len(local) != 2 || local[0].ID != "alpha" || string(local[1].Config) != "zeta" {
		t.Fatalf("local list %+v %v", local, err)
	}
	if err := a.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	all, err := a.ListWorlds(ctx)
	if err != nil || len(all) != 3 || all[0].ID != "alpha" || all[1].ID != "mid" || all[2].ID != "zeta" {
		t.Fatalf("merged list %+v %v", all, err)
	}
}
