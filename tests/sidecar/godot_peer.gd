# A headless Godot server sharing a world with the sidecar through the database, driven by
# web/test/browser.mjs: it watches get_height at (PEER_X, PEER_Z) until the browser's edit
# arrives, then makes its own edit at (PEER_EDIT_X, PEER_EDIT_Z) for the browser to see, and
# runs until the file PEER_DONE exists; then it prints its heights at the PEER_PROBES points
# ("x,z;x,z;…"), for the test to compare every server's and page's view of the world. Every
# step is one line on stdout.
#
#   PROCGEN_DATABASE_URL=… PEER_WORLD=id PEER_STORE=/tmp/x.sqlite … godot --headless --path godot_project -s res://tests/sidecar/godot_peer.gd
extends SceneTree

var p: Node3D
var x: float
var z: float
var h0: float
var state := "start"
var started_ms := 0
var frames := 0


func _env_float(name: String) -> float:
	return float(OS.get_environment(name))


func _initialize() -> void:
	ProjectSettings.set_setting("procgen/storage/poll_interval_ms", 100)
	x = _env_float("PEER_X")
	z = _env_float("PEER_Z")
	p = ClassDB.instantiate("ProcGen")
	p.world_id = OS.get_environment("PEER_WORLD")
	p.storage_path = OS.get_environment("PEER_STORE")
	p.meshes = false
	p.view_distance = 1
	root.add_child(p)
	started_ms = Time.get_ticks_msec()


func _say(s: String) -> void:
	print(s)


# _bits is h's IEEE 754 bits as little-endian hex: exact, for the browser to compare.
func _bits(h: float) -> String:
	return PackedFloat64Array([h]).to_byte_array().hex_encode()


func _process(_delta: float) -> bool:
	frames += 1
	var elapsed := Time.get_ticks_msec() - started_ms
	match state:
		"start":
			if frames < 5:
				return false
			var st: Dictionary = p.get_storage_status()
			if st["mode"] != "synced":
				if elapsed > 60000:
					_say("FAIL peer: the storage never synced: %s" % st)
					quit(1)
				return false
			h0 = p.get_height(x, z)
			_say("READY %s %s %f" % [_bits(h0), p.get_world_hash(), h0])
			state = "watch"
			started_ms = Time.get_ticks_msec()
		"watch":
			var h: float = p.get_height(x, z)
			if absf(h - h0) > 0.5:
				_say("SAW_BROWSER_EDIT %s %f" % [_bits(h), h])
				var ex := _env_float("PEER_EDIT_X")
				var ez := _env_float("PEER_EDIT_Z")
				var id: int = p.apply_edit("raise", Vector3(ex, 0, ez), 9.0, 7.0, 0)
				_say("GODOT_EDIT %d %s %f" % [id, _bits(p.get_height(ex, ez)), p.get_height(ex, ez)])
				state = "linger"
				started_ms = Time.get_ticks_msec()
			elif elapsed > 120000:
				_say("FAIL peer: no edit from the browser reached this server in 120 s (height %f)" % h)
				quit(1)
		"linger":
			if FileAccess.file_exists(OS.get_environment("PEER_DONE")) or elapsed > 180000:
				state = "settle"
				started_ms = Time.get_ticks_msec()
		"settle":
			# A last pull of the other servers' edits, then the heights at the probes.
			if elapsed < 2000:
				return false
			var out := PackedStringArray()
			for pt in OS.get_environment("PEER_PROBES").split(";", false):
				var xz := pt.split(",")
				out.append(_bits(p.get_height(float(xz[0]), float(xz[1]))))
			_say("FINAL " + " ".join(out))
			p.queue_free()
			state = "quit"
		"quit":
			quit(0)
	OS.delay_msec(10)
	return false
