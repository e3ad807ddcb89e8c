extends SceneTree
## A headless Godot server for the Blender add-on's end-to-end test: a ProcGen node on the
## stored world (PROCGEN_DATABASE_URL) waits until get_height(x, z) shows the edit Blender
## sent through the sidecar, then prints the height and quits (exit 1 on timeout).
##
## godot --headless --path godot_project -s res://tests/blender/height_probe.gd -- WORLD STORE X Z WANT

var _p: Node3D
var _args: PackedStringArray
var _deadline := 0.0


func _initialize() -> void:
	_args = OS.get_cmdline_user_args()
	_p = ClassDB.instantiate("ProcGen")
	_p.streaming = false
	_p.world_id = _args[0]
	_p.storage_path = _args[1]
	root.add_child(_p)
	_deadline = Time.get_ticks_msec() + 60000.0


func _process(_delta: float) -> bool:
	var h: float = _p.get_height(float(_args[2]), float(_args[3]))
	var want := float(_args[4])
	if absf(h - want) < 1e-3:
		print("HEIGHT %.6f matches the edited terrain (want %.6f); storage %s" % [h, want, _p.get_storage_status()])
		quit(0)
	elif Time.get_ticks_msec() > _deadline:
		print("HEIGHT %.6f never reached %.6f; storage %s" % [h, want, _p.get_storage_status()])
		quit(1)
	return false
