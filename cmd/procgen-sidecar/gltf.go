package main

import (
	"context"
	"net/http"

	"github.com/procgen-godot/procgen/internal/gltfhttp"
	"github.com/procgen-godot/procgen/internal/worldsrc"
	"github.com/procgen-godot/procgen/sidecar"
)

// gltfHandler serves GET /worlds/{id}/region.glb: a region of the world as the sidecar
// knows it now (every edit it has seen), as binary glTF (see package gltfhttp).
func gltfHandler(srv *sidecar.Server) http.Handler {
	return gltfhttp.New(func(ctx context.Context, id string) (worldsrc.Snapshot, error) {
		w, err := srv.World(ctx, id)
		if err != nil {
			return worldsrc.Snapshot{}, err
		}
		return worldsrc.Snapshot{ID: id, World: w.Generator(), Edits: w.Edits()}, nil
	}, gltfhttp.Options{Logger: srv.Logger()})
}
