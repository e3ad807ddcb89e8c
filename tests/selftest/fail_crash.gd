# expect-failure: crash
extends "res://tests/lib/suite.gd"


func test_engine_crashes() -> void:
	OS.crash("deliberate crash to test the harness")
