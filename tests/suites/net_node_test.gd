extends "res://tests/lib/suite.gd"
## ProcGen's networking methods inside one process: a client adopts the server's world from
## its WorldInfo packet, replays the server's edits to identical meshes, and refuses local
## edits (the server is authoritative).

const MeshHashes := preload("res://tests/lib/mesh_hashes.gd")


func test_a_client_adopts_the_world_and_leaves_edits_to_the_server() -> void:
	var server: Node3D = ClassDB.instantiate("ProcGen")
	server.seed = 77
	server.chunk_size = 32
	server.octaves = 4
	server.apply_edit("raise", Vector3(5, 0, 5), 6.0, 3.0, 0)
	var client: Node3D = ClassDB.instantiate("ProcGen")
	var info: Dictionary = client.net_apply_server_packet(server.net_world_info())
	check(info["ok"], "WorldInfo accepted: %s" % info["error"])
	check_eq(client.seed, 77, "client took the server's seed")
	check_eq(client.octaves, 4, "client took the server's octaves")
	for packet in server.net_catch_up():
		check(client.net_apply_server_packet(packet)["ok"], "Edits accepted")
	var coord := Vector3i(0, 0, 0)
	check_eq(MeshHashes.mesh_hash(client.generate_chunk_mesh(coord)), MeshHashes.mesh_hash(server.generate_chunk_mesh(coord)), "identical meshes")
	expect_error("network client")
	check_eq(client.apply_edit("raise", Vector3.ZERO, 2.0, 1.0, 0), -1, "local edit refused on a client")
	# The server refuses edit requests from a peer that has not said Hello, then accepts them.
	var request: PackedByteArray = client.net_edit_request("raise", Vector3(3, 0, 3), 2.0, 1.0, 0)
	var early: Dictionary = server.net_handle_client_packet(7, request)
	check(not early["accepted"] and String(early["error"]).contains("before Hello"), "request before Hello refused: %s" % early["error"])
	server.net_handle_client_packet(7, client.net_hello("tester"))
	check(server.net_handle_client_packet(7, request)["accepted"], "request after Hello accepted")
	var bad: Dictionary = client.net_apply_server_packet(PackedByteArray([1, 2, 3]))
	check(not bad["ok"] and String(bad["error"]) != "", "garbage refused with a reason (logged as a warning)")
	server.free()
	client.free()


func test_a_client_of_a_voxel_world_shows_voxels() -> void:
	var server: Node3D = ClassDB.instantiate("ProcGen")
	server.seed = 78
	server.mode = 1
	server.apply_edit("remove_density", Vector3(8, 0, 8), 4.0, 10.0, 0)
	var client: Node3D = ClassDB.instantiate("ProcGen")
	check(client.net_apply_server_packet(server.net_world_info())["ok"], "WorldInfo accepted")
	check_eq(client.mode, 1, "client took the voxel mode")
	for packet in server.net_catch_up():
		client.net_apply_server_packet(packet)
	var coord := Vector3i(0, int(floor(server.get_height(8.0, 8.0) / 32.0)), 0)
	check_eq(MeshHashes.mesh_hash(client.generate_chunk_mesh(coord)), MeshHashes.mesh_hash(server.generate_chunk_mesh(coord)), "identical voxel meshes")
	server.free()
	client.free()
