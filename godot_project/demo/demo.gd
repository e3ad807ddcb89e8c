extends Node3D
## Demo: samples the ProcGen world of the scene, prints a few heights and a summary, then quits.

const GRID := 64
const SPACING := 8.0


func _ready() -> void:
	var world := get_node("World")
	print("ProcGen %s, seed %d" % [world.get_version(), world.seed])
	print("heights along the diagonal:")
	for i in 5:
		var x := i * 100.0
		print("  height(%6.1f, %6.1f) = %8.3f" % [x, x, world.get_height(x, x)])
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
	get_tree().quit(0)
