# expect-failure: none was pushed
extends "res://tests/lib/suite.gd"


func test_declares_an_error_that_never_comes() -> void:
	expect_error("this error never happens")
