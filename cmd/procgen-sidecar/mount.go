package main

import "github.com/procgen-godot/procgen/sidecar"

// mount registers the endpoints other packages add to the sidecar, e.g.
//
//	srv.Handle("GET /worlds/{id}/region.glb", srv.Require(sidecar.AccessRead, gltfHandler(srv)))
//
// One line per feature, so features do not edit the same lines.
func mount(srv *sidecar.Server) {
	srv.Handle("GET /worlds/{id}/region.glb", srv.Require(sidecar.AccessRead, gltfHandler(srv)))
}
