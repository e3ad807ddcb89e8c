extends SceneTree
## Renders the demo world to PNGs: ./build.sh shots runs it under Xvfb with the Compatibility
## renderer. Arguments after "--":
##   --out=DIR        where the PNGs go (default user://shots)
##   --only=a,b       shots to render (overview, ground, shoreline, cave, crater)
##   --probe          a magenta background, no fog and no water: what the world itself
##                    covers (the screenshot suite checks it)
##   --suffix=TEXT    appended to file names
##   --quick          smaller worlds (view distance, far ring) for the test suite
## Prints "SHOT name path" per image and "HORIZON ..." with the far ring's main-thread cost.

const SEED := 1234
const SHOTS := ["overview", "ground", "shoreline", "cave", "crater"]

var out_dir := "user://shots"
var only: Array = SHOTS.duplicate()
var probe := false
var suffix := ""
var quick := false
var env: Environment
var stages := {} # mode -> the stage its shots share (a world streams once for all of them)


func _initialize() -> void:
	for a in OS.get_cmdline_user_args():
		if a.begins_with("--out="):
			out_dir = a.substr(6)
		elif a.begins_with("--only="):
			only = a.substr(7).split(",")
		elif a == "--probe":
			probe = true
		elif a == "--quick":
			quick = true
		elif a.begins_with("--suffix="):
			suffix = a.substr(9)
	DirAccess.make_dir_recursive_absolute(out_dir)
	_run.call_deferred()


func _run() -> void:
	env = (load("res://demo/environment.tres") as Environment).duplicate()
	if probe:
		env.background_mode = Environment.BG_COLOR
		env.background_color = Color(1, 0, 1)
		env.fog_enabled = false
	var code := 0
	# Heightmap shots first, then voxel ones: each mode's world is built once.
	only = Array(only).duplicate()
	only.sort_custom(func(a, b): return SHOTS.find(a) < SHOTS.find(b))
	for name in only:
		if not name in SHOTS:
			push_error("unknown shot %s" % name)
			code = 1
			continue
		if not await call("_shot_" + name):
			code = 1
	quit(code)


## The scene of mode's shots: environment, sun, camera and a ProcGen node with its defaults,
## built on first use (freeing the other mode's).
func _stage(mode: int) -> Dictionary:
	if stages.has(mode):
		return stages[mode]
	for m in stages.keys():
		stages[m]["root"].queue_free()
		stages.erase(m)
	var root := Node3D.new()
	get_root().add_child(root)
	var we := WorldEnvironment.new()
	we.environment = env
	root.add_child(we)
	var sun := DirectionalLight3D.new()
	sun.rotation_degrees = Vector3(-32, -35, 0)
	sun.light_energy = 1.6
	sun.shadow_enabled = true
	sun.directional_shadow_max_distance = 600.0
	root.add_child(sun)
	var cam := Camera3D.new()
	cam.fov = 70.0
	cam.far = 6000.0
	root.add_child(cam)
	cam.make_current()
	var world = ClassDB.instantiate("ProcGen")
	world.seed = SEED
	world.mode = mode
	if probe:
		world.water = false
	if quick:
		world.view_distance = 3
		world.horizon_distance = 2048.0
	if mode == 1:
		world.view_distance = 2 # voxel chunks are 32 units: 2 chunks reach past the views
	root.add_child(world)
	world.add_viewer(cam)
	# Frozen waves: two runs of a shot must give the same pixels.
	world.get_water_material().set_shader_parameter("wave_speed", 0.0)
	stages[mode] = {"root": root, "cam": cam, "world": world}
	return stages[mode]


## Waits until the world around the camera, far ring included, is generated and shown.
func _settle(world) -> bool:
	Engine.max_fps = 8 # software rendering: leave the CPU to the generation workers
	var start := Time.get_ticks_msec()
	var ready_frames := 0
	while Time.get_ticks_msec() - start < 240000:
		await process_frame
		var s: Dictionary = world.get_stats()
		if s.get("world_ready", false) and int(s.get("horizon_pending", 0)) == 0 and int(s.get("pending", 0)) == 0:
			ready_frames += 1
			if ready_frames >= 3:
				Engine.max_fps = 0
				return true
		else:
			ready_frames = 0
	push_error("the world did not settle within 240 s: %s" % world.get_stats())
	return false


func _capture(stage: Dictionary, name: String) -> bool:
	for i in 3:
		await RenderingServer.frame_post_draw
	var img := get_root().get_texture().get_image()
	var path := out_dir.path_join(name + suffix + ".png")
	var err := img.save_png(path)
	if err != OK:
		push_error("saving %s: %s" % [path, error_string(err)])
		return false
	print("SHOT %s %s" % [name, ProjectSettings.globalize_path(path)])
	return true


func _look(cam: Camera3D, from: Vector3, to: Vector3) -> void:
	cam.position = from
	cam.look_at_from_position(from, to, Vector3.UP)


func _shot_overview() -> bool:
	var s := _stage(0)
	var w = s["world"]
	# Over the nearest coast, looking inland past it: sea, beaches, grass, rock and mountains.
	var shore := _find_shore(w)
	var target := Vector3(120, 0, -220)
	var back := Vector3(-1, 0, 1).normalized()
	if not shore.is_empty():
		target = shore[0]
		back = -shore[2]
	target.y = maxf(w.get_height(target.x, target.z), w.sea_level)
	var from: Vector3 = target - back * 260.0
	from.y = maxf(w.get_height(from.x, from.z), w.sea_level) + 170.0
	_look(s["cam"], from, target + back * 120.0)
	if not await _settle(w):
		return false
	var st: Dictionary = w.get_stats()
	print("HORIZON tiles %d, far ring ms/frame p50 %.3f p99 %.3f, streaming frame ms p50 %.3f p99 %.3f" % [
		st["horizon_tiles"], st["horizon_ms_p50"], st["horizon_ms_p99"], st["frame_ms_p50"], st["frame_ms_p99"]])
	return await _capture(s, "overview")


func _shot_ground() -> bool:
	var s := _stage(0)
	var w = s["world"]
	var p := Vector3(40, 0, 60)
	p.y = maxf(w.get_height(p.x, p.z), 0.0) + 2.0
	var dir := Vector3(1, 0, -0.6).normalized()
	_look(s["cam"], p, p + dir * 100.0)
	if not await _settle(w):
		return false
	return await _capture(s, "ground")


## The nearest point (to the origin) where the land meets the sea: rays out from the origin,
## nearest shore first.
func _find_shore(w) -> Array:
	var last_land := []
	for a in 32:
		last_land.append(Vector3.INF)
	for i in 500:
		for a in 32:
			var dir := Vector3(cos(a * TAU / 32.0), 0, sin(a * TAU / 32.0))
			var q := dir * (i * 8.0)
			var h: float = w.get_height(q.x, q.z)
			if h >= w.sea_level + 2.0:
				last_land[a] = Vector3(q.x, h, q.z)
			elif h < w.sea_level - 2.0 and last_land[a] != Vector3.INF and q.distance_to(last_land[a]) < 40.0:
				return [last_land[a], Vector3(q.x, w.sea_level, q.z), dir]
	return []


func _shot_shoreline() -> bool:
	var s := _stage(0)
	var w = s["world"]
	var shore := _find_shore(w)
	if shore.is_empty():
		push_error("no shoreline found")
		return false
	var land: Vector3 = shore[0]
	var sea: Vector3 = shore[1]
	var dir: Vector3 = shore[2]
	var from := land - dir * 60.0
	from.y = maxf(w.get_height(from.x, from.z), w.sea_level) + 28.0
	_look(s["cam"], from, sea + dir * 40.0)
	if not await _settle(w):
		return false
	return await _capture(s, "shoreline")


## A cave: a pocket of air well below the surface, and the direction in which it goes on
## furthest.
func _find_cave(w) -> Array:
	for r in range(0, 600, 16):
		for a in 12:
			var x := cos(a * TAU / 12.0) * r
			var z := sin(a * TAU / 12.0) * r
			var top: float = w.get_height(x, z)
			for d in range(14, 60, 2):
				var p := Vector3(x, top - d, z)
				if w.sample_density(p) > -2.0:
					continue
				var best_dir := Vector3.ZERO
				var best := 0.0
				for b in 16:
					var dir := Vector3(cos(b * TAU / 16.0), 0, sin(b * TAU / 16.0))
					var run := 0.0
					while run < 40.0 and w.sample_density(p + dir * run) < 0.0:
						run += 1.0
					if run > best:
						best = run
						best_dir = dir
				if best >= 14.0:
					return [p, best_dir]
	return []


func _shot_cave() -> bool:
	var s := _stage(1)
	var w = s["world"]
	var cave := _find_cave(w)
	if cave.is_empty():
		push_error("no cave found")
		return false
	var p: Vector3 = cave[0]
	var dir: Vector3 = cave[1]
	_look(s["cam"], p - dir * 1.5, p + dir * 20.0 + Vector3(0, -2, 0))
	var torch := OmniLight3D.new()
	torch.omni_range = 60.0
	torch.light_energy = 6.0
	torch.light_color = Color(1.0, 0.9, 0.75)
	s["cam"].add_child(torch)
	torch.position = Vector3(0.6, 0.4, 0)
	if not await _settle(w):
		return false
	var ok := await _capture(s, "cave")
	torch.queue_free()
	return ok


func _shot_crater() -> bool:
	var s := _stage(1)
	var w = s["world"]
	var c := Vector3(60, 0, -40)
	c.y = w.get_height(c.x, c.z)
	w.apply_edit("remove_density", c, 14.0, 40.0, 0)
	w.apply_edit("remove_density", c + Vector3(9, -4, 5), 9.0, 40.0, 0)
	var from := c + Vector3(-38, 30, 34)
	_look(s["cam"], from, c + Vector3(0, -6, 0))
	if not await _settle(w):
		return false
	return await _capture(s, "crater")
