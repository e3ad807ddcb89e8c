extends SceneTree
## The workload ./build.sh profile-install records with perf: ProcGen streams the
## view-distance-16 disc at full detail with default settings, three times, so the main
## thread's install path (mesh creation, node creation, collision) shows in the profile.
## Run: godot --headless --path godot_project -s res://tests/bench/install_profile.gd


func _initialize() -> void:
	_run.call_deferred()


func _run() -> void:
	for rep in 3:
		var p: Node3D = ClassDB.instantiate("ProcGen")
		p.seed = 99 + rep
		p.view_distance = 16
		p.lod_distance = 32
		p.frame_budget_ms = 50.0
		var ready := [false]
		p.world_ready.connect(func(): ready[0] = true)
		var t0 := Time.get_ticks_usec()
		root.add_child(p)
		while not ready[0]:
			await process_frame
		var stats: Dictionary = p.get_stats()
		print("PROFILE run %d: %d chunks in %.2f s, install p50 %.3f ms p99 %.3f ms" % [
			rep, stats["loaded"], (Time.get_ticks_usec() - t0) / 1e6, stats["install_ms_p50"], stats["install_ms_p99"]])
		p.free()
		await process_frame
	quit(0)
