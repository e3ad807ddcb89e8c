@tool
extends EditorPlugin
## Runs inside the headless editor with main.tscn open and reports to tests/harness with the
## runner's marker lines. The ProcGen node sits at (1000, 0, 1000), far from the editor
## camera near the origin, so a preview around the camera and one around the node's origin
## load different chunks.

const MARK := "@@PROCGEN-TEST "
const SETTLE_FRAMES := 30

var _frame := 0
## One step every SETTLE_FRAMES frames, so the preview has streamed in between.
var _steps: Array[Callable] = [_preview_follows_the_editor_camera, _widen_the_preview, _changed_property_regenerates_the_preview, _end]
var _failures: Array[String] = []


func _emit(event: Dictionary) -> void:
	print(MARK + JSON.stringify(event))


func _check(cond: bool, msg: String) -> void:
	if not cond:
		_failures.append(msg)


func _process(_delta: float) -> void:
	_frame += 1
	if _frame % SETTLE_FRAMES == 0 and not _steps.is_empty():
		_steps.pop_front().call()


func _procgen() -> Node3D:
	var root := EditorInterface.get_edited_scene_root()
	return root.get_node_or_null("ProcGen") if root else null


## Chunk (x, z) that holds the editor camera, in the node's frame.
func _camera_chunk(p: Node3D) -> Vector3i:
	var cam := EditorInterface.get_editor_viewport_3d(0).get_camera_3d()
	var rel := cam.global_position - p.global_position
	return Vector3i(floori(rel.x / p.chunk_size), 0, floori(rel.z / p.chunk_size))


func _run_test(name: String, body: Callable) -> void:
	_emit({"event": "start", "name": name})
	_failures.clear()
	body.call()
	_emit({"event": "result", "name": name, "failures": _failures})


func _preview_follows_the_editor_camera() -> void:
	_run_test("test_preview_follows_the_editor_camera", func():
		var p := _procgen()
		_check(p != null, "main.tscn's ProcGen node is open in the editor")
		if p == null:
			return
		var centre := _camera_chunk(p)
		var loaded: Array = p.get_loaded_chunks()
		_check(loaded.has(centre), "the chunk under the camera %s is previewed: %s" % [centre, loaded])
		_check(not loaded.has(Vector3i.ZERO), "the node's own origin chunk is not: the camera is 1400 units away")
		_check(loaded.size() == 9, "view distance 1 previews 9 chunks, got %d" % loaded.size()))


## Changes a property as the inspector does.
func _widen_the_preview() -> void:
	var p := _procgen()
	if p != null:
		p.view_distance = 2


func _changed_property_regenerates_the_preview() -> void:
	_run_test("test_changed_property_regenerates_the_preview", func():
		var p := _procgen()
		if p == null:
			_check(false, "main.tscn's ProcGen node is open in the editor")
			return
		var loaded: Array = p.get_loaded_chunks()
		_check(loaded.size() == 21, "view distance 2 previews 21 chunks, got %d" % loaded.size())
		_check(loaded.has(_camera_chunk(p)), "still around the camera"))


func _end() -> void:
	_emit({"event": "end"})
	get_tree().quit()
