# expect-failure: leak
extends "res://tests/lib/suite.gd"

var _kept: Node


func test_leaves_a_node_behind() -> void:
	_kept = Node.new()
