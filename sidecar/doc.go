// Package sidecar is the ProcGen world server that runs beside the Godot servers, with no
// Godot and no cgo: it opens the same store (storage: the embedded local store, or
// PostgreSQL/YugabyteDB with read replicas), follows every origin's edits through the
// store's sync, and serves worlds over HTTP: small REST endpoints, a realtime WebSocket
// channel and the browser client. cmd/procgen-sidecar is its program.
//
// # Mounting more endpoints
//
// Server.Handle registers a handler on the server's mux with Go's method and wildcard
// patterns; wrap it in Server.Require to apply the token policy, and use Server.World to
// reach a world (config, generator, edits):
//
//	srv.Handle("GET /worlds/{id}/region.glb", srv.Require(sidecar.AccessRead, http.HandlerFunc(
//		func(w http.ResponseWriter, r *http.Request) {
//			wd, err := srv.World(r.Context(), r.PathValue("id")) // storage.ErrWorldNotFound → 404
//			…wd.Generator(), wd.EditsNear(lo, hi), wd.Config, wd.Height(x, z)…
//		})))
//
// The program registers such handlers in cmd/procgen-sidecar/mount.go.
//
// # REST
//
// Every answer is JSON; errors are {"error": text, "reason": token}.
//
//	GET  /healthz             {"status":"ok", "store_mode", "store_pending", "sync_lag_ms", "clients", "edits_per_s", …}
//	GET  /metrics             Prometheus text format
//	GET  /worlds              {"worlds":[{"id","name","config_sha256","format_version","created"}]}
//	GET  /worlds/{id}         WorldInfo: id, name, hash, config, config_format, format_version,
//	                          edit_encoding, position, edits, origin
//	POST /worlds/{id}/edits   body EditRequest {"kind":"raise","x":…,"y":…,"z":…,"radius":…,"amount":…,"material":…}
//	                          201 EditAnswer {"origin","seq","edit"} once the edit is durable;
//	                          400 malformed, 413 too large, 422 refused (reason as netproto's),
//	                          429 rate limited, 401/403 token, 404 no world, 503 shutting down
//	GET  /ws                  the channel
//
// # Channel, protocol version 1
//
// The channel follows Phoenix Channels. A client opens a WebSocket at /ws (subprotocol
// "procgen.v1" optional; browsers are checked against the Origin policy) and exchanges
// text frames, each one JSON envelope:
//
//	{"topic": "world:<id>", "event": "<event>", "payload": {…}, "ref": "<client ref>" | null}
//
// A message with a ref gets a phx_reply with the same ref and payload {"status": "ok" |
// "error", "response": …}; an error response is {"error": text, "reason": token}. Bad input
// (invalid JSON, unknown fields or events, text over 16 KiB, binary frames) gets an error —
// a reply, or an "error" event when there is no ref — and the connection stays open; a
// client that keeps sending bad input, or a message over 1 MiB, is disconnected.
//
// Client events:
//
//	phx_join   topic world:<id>, payload {"token"?, "position"?, "name"?, "camera"?}
//	           reply JoinReply {"protocol":1, "client_id", "access":"read"|"write", "world":WorldInfo,
//	           "catch_up":"snapshots"|"edits", "catch_up_edits"}. One world per connection.
//	phx_leave  leave the world
//	edit       payload EditRequest; reply EditAnswer once recorded durably (needs write access)
//	camera     payload {"pos":[x,y,z], "target":[x,y,z]}: presence
//	heartbeat  topic "phoenix", payload {}: every 30 s; a client silent for 60 s is dropped
//
// Server pushes (ref null):
//
//	binary frames   netproto packets (package netproto, the Godot clients' wire format): after the
//	                join reply the catch-up — Checkpoint snapshots of every edit (per chunk) for a
//	                fresh client, or Edits packets of the edits its position does not cover — then
//	                every new edit, from any origin, as Edits packets
//	caught_up       {"position", "frames", "bytes"}: the catch-up is complete
//	presence_state  {client_id: {"name", "camera", "access"}} once after joining
//	presence_diff   {"joins": {client_id: meta}, "leaves": {client_id: {}}} at most every 100 ms; a join
//	                of a known id replaces its meta (a camera move)
//	error           {"error", "reason"} for a bad message without a ref
//
// A position is {"<origin>": seq, …} (origins as decimal strings, they are 64-bit): every
// origin numbers its edits 1, 2, 3… and each client receives each origin's edits in that
// order, so the highest seq per origin names exactly the edits seen. A client keeps its
// position from the edits it applies and sends it when it joins again: it then receives
// only the edits it missed — none twice — even from another sidecar on the same database.
//
// Each client has a bounded send queue (256 frames, 8 MiB): a client that cannot keep up
// is dropped with close code 1008 and a reason ("slow client: …") instead of growing the
// server's memory. On shutdown clients get close code 1001 after their queued frames.
//
// Versioning: the envelope and events above are protocol 1 (JoinReply.protocol); binary
// frames carry their own netproto version in their header and edits their edit encoding
// version (WorldInfo.edit_encoding).
package sidecar
