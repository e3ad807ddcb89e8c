extends Node
## Base of every GDScript test suite: assertion helpers that record failures for the runner.

const MARK := "@@PROCGEN-TEST "

## Failure messages of the running test.
var failures: Array[String] = []
var _test := ""


## Called by the runner before each test.
func begin_test(test_name: String) -> void:
	failures.clear()
	_test = test_name


## Records a failure with message msg.
func fail(msg: String) -> void:
	failures.append(msg)


## Checks that cond holds.
func check(cond: bool, msg: String) -> bool:
	if not cond:
		fail(msg)
	return cond


## Checks that got == want.
func check_eq(got: Variant, want: Variant, msg := "") -> bool:
	if typeof(got) != typeof(want) or got != want:
		fail("%s: got %s, want %s" % [msg, var_to_str(got), var_to_str(want)])
		return false
	return true


## Checks that two floats are equal to within eps.
func check_near(got: float, want: float, eps: float, msg := "") -> bool:
	if is_nan(got) or absf(got - want) > eps:
		fail("%s: got %.17g, want %.17g (±%g)" % [msg, got, want, eps])
		return false
	return true


## Declares that the next engine error pushed in this test contains pattern; the harness fails
## the test if it does not come, and fails it on any error that was not declared.
func expect_error(pattern: String) -> void:
	print(MARK + JSON.stringify({"event": "expect_error", "pattern": pattern}))


## Path of a file in tests/ (the project sees tests/ through its tests link).
func data_path(rel: String) -> String:
	return "res://tests/" + rel
