# expect-failure: unexpected engine error
extends "res://tests/lib/suite.gd"


func test_pushes_an_undeclared_error() -> void:
	push_error("nobody expected this")
