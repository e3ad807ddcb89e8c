# expect-failure: SCRIPT ERROR
extends "res://tests/lib/suite.gd"


func test_calls_method_on_null() -> void:
	var n: Node = null
	n.get_name()
