# expect-failure: 1 + 1 is not 3
extends "res://tests/lib/suite.gd"


func test_wrong_sum() -> void:
	check_eq(1 + 1, 3, "1 + 1 is not 3")
