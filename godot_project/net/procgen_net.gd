class_name ProcGenNet
extends Node
## Compatibility shim: the networking of ProcGen worlds is the ProcGenSync node (a Go class of
## the extension). ProcGenNet keeps the API of the GDScript node it replaced — set procgen,
## add it to the tree, host or join — and forwards to a ProcGenSync child. New code should use
## ProcGenSync directly:
##     var sync := ProcGenSync.new()
##     add_child(sync)
##     sync.attach(world)             # the ProcGen node
##     sync.host(7777, "*")           # server, or: sync.join("127.0.0.1", 7777)

signal world_received(world_id: String)
signal edits_received(count: int, fresh: int)
signal edit_acked(nonce: int, origin: int, seq: int)
signal edit_rejected(nonce: int, reason: String, text: String)
signal disconnected()
signal peer_kicked(peer: int, why: String)

## The ProcGen node whose world this node serves or receives.
var procgen: Node3D
## Traffic counters, read from the ProcGenSync (kept as properties for old callers).
var bytes_sent: Dictionary:
	get:
		return _stat("bytes_sent_per_peer", {})
var bytes_received: int:
	get:
		return _stat("bytes_received", 0)
var packets_sent: int:
	get:
		return _stat("packets_sent", 0)
var packets_received: int:
	get:
		return _stat("packets_received", 0)

var sync: Node


func _stat(key: String, def: Variant) -> Variant:
	return def if sync == null else sync.get_stats().get(key, def)


func _ensure() -> Node:
	if sync == null:
		sync = ClassDB.instantiate("ProcGenSync")
		sync.name = "ProcGenSync"
		add_child(sync)
		sync.world_received.connect(func(id: String) -> void: world_received.emit(id))
		sync.edits_received.connect(func(count: int, fresh: int) -> void: edits_received.emit(count, fresh))
		sync.edit_acked.connect(func(nonce: int, origin: int, seq: int) -> void: edit_acked.emit(nonce, origin, seq))
		sync.edit_rejected.connect(func(nonce: int, reason: String, text: String) -> void: edit_rejected.emit(nonce, reason, text))
		sync.disconnected.connect(func() -> void: disconnected.emit())
		sync.peer_kicked.connect(func(peer: int, why: String) -> void: peer_kicked.emit(peer, why))
	sync.attach(procgen)
	return sync


## Starts a server on port (all interfaces unless bind_address is given). Returns an Error.
func host(port: int, max_clients := 32, bind_address := "*") -> Error:
	var s := _ensure()
	s.max_peers = max_clients
	return s.host(port, bind_address)


## Connects to a server. Returns an Error; world_received follows once the world arrived.
func join(address: String, port: int, client_name := "client") -> Error:
	var s := _ensure()
	s.client_name = client_name
	return s.join(address, port)


## Client: asks the server for an edit. Returns the request's nonce, or -1.
func request_edit(kind: String, pos: Vector3, radius: float, amount: float, material := 0) -> int:
	return -1 if sync == null else sync.request_edit(kind, pos, radius, amount, material)


## Client: sends raw bytes to the server.
func send_raw(packet: PackedByteArray) -> void:
	if sync != null:
		sync.send_raw(packet)


## Connected peers that received the world (server).
func get_clients() -> Array:
	return [] if sync == null else Array(sync.get_clients())


## Networking counters (ProcGenSync.get_stats).
func get_stats() -> Dictionary:
	return {} if sync == null else sync.get_stats()


## Stops serving or leaves the server.
func close() -> void:
	if sync != null:
		sync.close()
