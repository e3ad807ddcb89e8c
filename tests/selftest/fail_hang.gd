# expect-failure: hang
# timeout: 5
extends "res://tests/lib/suite.gd"


func test_never_returns() -> void:
	var i := 0
	while true:
		i += 1
