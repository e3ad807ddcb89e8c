extends SceneTree
## Runs one GDScript test suite (the first user argument after "--") and reports every test
## to tests/harness on stdout as marker lines. Test methods are the suite's "test_*" methods,
## run in declaration order; each may be a coroutine (use await).

const MARK := "@@PROCGEN-TEST "


func _initialize() -> void:
	_run.call_deferred()


func _emit(event: Dictionary) -> void:
	print(MARK + JSON.stringify(event))


func _run() -> void:
	var args := OS.get_cmdline_user_args()
	if args.is_empty():
		_emit({"event": "fatal", "message": "no suite given"})
		_emit({"event": "end"})
		quit(2)
		return
	var path: String = args[0]
	var script: Script = load(path)
	if script == null or not script.can_instantiate():
		_emit({"event": "fatal", "message": "cannot load suite " + path})
		_emit({"event": "end"})
		quit(2)
		return
	var suite: Node = script.new()
	root.add_child(suite)
	await process_frame
	for method in script.get_script_method_list():
		var name: String = method["name"]
		if not name.begins_with("test_"):
			continue
		suite.begin_test(name)
		_emit({"event": "start", "name": name})
		await suite.call(name)
		_emit({"event": "result", "name": name, "failures": suite.failures})
	suite.queue_free()
	# Let queued frees and deferred calls run before quitting, so real leaks stand out.
	await process_frame
	await process_frame
	_emit({"event": "end"})
	quit(0)
