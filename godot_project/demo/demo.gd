extends Node3D
## Demo: a ProcGen world streams around a viewer that flies a path under a sun. Headless, it
## prints a few heights, a summary and the streaming stats, saves a top-down height/biome map
## as a PNG and quits.

const GRID := 64
const SPACING := 8.0
const FLIGHT_FRAMES := 240
const MAP_SIZE := 256
const MAP_PATH := "user://procgen_demo_map.png"

## Biome colours for the map, by biome id (matching the default world's biomes in spirit).
const BIOME_COLORS := [
	Color(0.85, 0.80, 0.55), Color(0.35, 0.60, 0.25), Color(0.20, 0.45, 0.20),
	Color(0.60, 0.60, 0.55), Color(0.95, 0.95, 0.97), Color(0.55, 0.70, 0.35),
	Color(0.75, 0.65, 0.40), Color(0.30, 0.50, 0.45),
]

@onready var world: Node3D = $World
@onready var flyer: Node3D = $Flyer

var _loaded := 0
var _unloaded := 0


func _ready() -> void:
	print("ProcGen %s, seed %d, world %s" % [world.get_version(), world.seed, world.get_world_hash().substr(0, 12)])
	_print_heights()
	world.chunk_loaded.connect(func(_c): _loaded += 1)
	world.chunk_unloaded.connect(func(_c): _unloaded += 1)
	await _fly()
	var stats: Dictionary = world.get_stats()
	print("streaming: %d chunks loaded, %d unloaded while flying %d frames; now %d shown" % [
		_loaded, _unloaded, FLIGHT_FRAMES, stats["loaded"]])
	print("generation ms p50 %.2f p99 %.2f; main thread ms/frame p50 %.3f p99 %.3f; chunk memory %d KiB" % [
		stats["gen_ms_p50"], stats["gen_ms_p99"], stats["frame_ms_p50"], stats["frame_ms_p99"],
		int(stats["chunk_bytes"]) / 1024])
	_save_map()
	get_tree().quit(0)


func _print_heights() -> void:
	print("heights along the diagonal:")
	for i in 5:
		var x := i * 100.0
		print("  height(%6.1f, %6.1f) = %8.3f  biome %d" % [x, x, world.get_height(x, x), world.get_biome(x, x)])
	var lo := INF
	var hi := -INF
	var total := 0.0
	var start := Time.get_ticks_usec()
	for gz in GRID:
		for gx in GRID:
			var h: float = world.get_height(gx * SPACING, gz * SPACING)
			lo = minf(lo, h)
			hi = maxf(hi, h)
			total += h
	var ms := (Time.get_ticks_usec() - start) / 1000.0
	var n := GRID * GRID
	print("summary: %d samples over %dx%d units: min %.3f, max %.3f, mean %.3f (%.1f ms)" % [
		n, int(GRID * SPACING), int(GRID * SPACING), lo, hi, total / n, ms])


## Flies the viewer along a circle of radius 300 units and waits for the world to settle.
func _fly() -> void:
	for f in FLIGHT_FRAMES:
		var a := TAU * f / FLIGHT_FRAMES
		flyer.position = Vector3(cos(a) * 300.0, 80.0, sin(a) * 300.0)
		await get_tree().process_frame
	var ready := [false]
	world.world_ready.connect(func(): ready[0] = true)
	for f in 600:
		if ready[0] or world.get_stats()["world_ready"]:
			break
		await get_tree().process_frame


## Saves a top-down map around the origin: biome colour, shaded by height.
func _save_map() -> void:
	var img := Image.create(MAP_SIZE, MAP_SIZE, false, Image.FORMAT_RGB8)
	var step := 4.0
	var half := MAP_SIZE * step / 2.0
	for py in MAP_SIZE:
		for px in MAP_SIZE:
			var x := px * step - half
			var z := py * step - half
			var h: float = world.get_height(x, z)
			var c: Color = BIOME_COLORS[posmod(world.get_biome(x, z), BIOME_COLORS.size())]
			if h < world.sea_level:
				c = Color(0.15, 0.30, 0.60)
			var shade := clampf(0.55 + h / 120.0, 0.25, 1.25)
			img.set_pixel(px, py, Color(c.r * shade, c.g * shade, c.b * shade))
	var err := img.save_png(MAP_PATH)
	if err != OK:
		push_error("saving %s failed: %s" % [MAP_PATH, error_string(err)])
		return
	print("map saved to %s" % ProjectSettings.globalize_path(MAP_PATH))
