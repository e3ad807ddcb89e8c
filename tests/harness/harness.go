// Package harness runs GDScript test suites inside headless Godot and turns what the engine
// prints into per-test results. Failures it reports: failed assertions, SCRIPT ERRORs,
// unexpected push_error calls, crashes, hangs (time limit) and objects leaked at exit.
package harness

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Marker prefixes every line the GDScript runner prints for the harness.
const Marker = "@@PROCGEN-TEST "

// RunnerScript is the SceneTree script, relative to the project, that runs one suite.
const RunnerScript = "res://tests/lib/runner.gd"

// Result is the outcome of one test, or of a whole suite when Name is SuiteLevel.
type Result struct {
	Suite   string
	Name    string
	Passed  bool
	Message string
}

// SuiteLevel names the pseudo-test that carries failures not attributable to one test.
const SuiteLevel = "(suite)"

func (r Result) String() string {
	if r.Passed {
		return fmt.Sprintf("PASS %s::%s", r.Suite, r.Name)
	}
	return fmt.Sprintf("FAIL %s::%s: %s", r.Suite, r.Name, r.Message)
}

// Runner starts Godot for each suite.
type Runner struct {
	// Godot is the command that runs Godot (an executable, or a wrapper script).
	Godot string
	// Project is the Godot project folder that holds the runner and the suites.
	Project string
	// Timeout bounds one suite's run; a suite may lower it with a "# timeout: N" line.
	Timeout time.Duration
}

// RunSuite runs the suite at res:// path suite (for example "res://tests/suites/x.gd").
func (r Runner) RunSuite(ctx context.Context, suite string) []Result {
	timeout := r.Timeout
	if d := suiteDirective(filepath.Join(r.Project, strings.TrimPrefix(suite, "res://")), "timeout"); d != "" {
		if s, err := strconv.Atoi(d); err == nil && s > 0 {
			timeout = time.Duration(s) * time.Second
		}
	}
	return r.run(ctx, suite, timeout, "--headless", "--path", r.Project, "-s", RunnerScript, "--", suite)
}

// RunEditor opens scene in the headless editor on Project, whose editor plugin reports
// tests with the runner's marker lines (see tests/editor), and returns their results under
// the name suite.
func (r Runner) RunEditor(ctx context.Context, suite, scene string) []Result {
	return r.run(ctx, suite, r.Timeout, "--headless", "--editor", "--path", r.Project, scene)
}

// run runs Godot with args and parses its output as suite's.
func (r Runner) run(ctx context.Context, suite string, timeout time.Duration, args ...string) []Result {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, r.Godot, args...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out // one buffer keeps markers and engine errors in order
	// Suites that start more engine processes (for example to compare two processes' output)
	// find Godot in PROCGEN_GODOT.
	cmd.Env = append(os.Environ(), "PROCGEN_GODOT="+r.Godot)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded)
	return Parse(suite, out.Bytes(), exitText(err, timedOut, timeout))
}

// exitText describes an abnormal exit, or returns "" for a clean exit with status 0.
func exitText(err error, timedOut bool, timeout time.Duration) string {
	switch {
	case timedOut:
		return fmt.Sprintf("hang: suite did not finish within %v and was killed", timeout)
	case err == nil:
		return ""
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return fmt.Sprintf("crash: engine killed by signal %v", ws.Signal())
		}
		return fmt.Sprintf("engine exited with status %d", ee.ExitCode())
	}
	return fmt.Sprintf("could not run Godot: %v", err)
}

type event struct {
	Event    string   `json:"event"`
	Name     string   `json:"name"`
	Pattern  string   `json:"pattern"`
	Failures []string `json:"failures"`
	Message  string   `json:"message"`
}

var (
	scriptError = regexp.MustCompile(`^(SCRIPT ERROR|USER SCRIPT ERROR|Parse Error|Failed to load script)`)
	engineError = regexp.MustCompile(`^(ERROR|USER ERROR): `)
	leak        = regexp.MustCompile(`leaked at exit|still in use at exit|in use exist at exit`)
)

// Parse turns the combined output of one suite run into results. exitProblem is "" when the
// engine exited cleanly, else a description of the crash, hang or bad status.
func Parse(suite string, output []byte, exitProblem string) []Result {
	var (
		results  []Result
		current  *Result
		expected []string
		ended    bool
		suiteErr []string
	)
	failCurrent := func(msg string) {
		if current == nil {
			suiteErr = append(suiteErr, msg)
			return
		}
		current.Passed = false
		if current.Message != "" {
			current.Message += "; "
		}
		current.Message += msg
	}
	sc := bufio.NewScanner(bytes.NewReader(output))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, Marker); ok {
			var ev event
			if err := json.Unmarshal([]byte(rest), &ev); err != nil {
				suiteErr = append(suiteErr, "unreadable runner line: "+rest)
				continue
			}
			switch ev.Event {
			case "start":
				current = &Result{Suite: suite, Name: ev.Name, Passed: true}
				expected = nil
			case "expect_error":
				expected = append(expected, ev.Pattern)
			case "result":
				if current == nil || current.Name != ev.Name {
					suiteErr = append(suiteErr, "result without start for "+ev.Name)
					continue
				}
				for _, f := range ev.Failures {
					failCurrent(f)
				}
				for _, p := range expected {
					failCurrent(fmt.Sprintf("expected an engine error containing %q, none was pushed", p))
				}
				results = append(results, *current)
				current, expected = nil, nil
			case "fatal":
				suiteErr = append(suiteErr, ev.Message)
			case "end":
				ended = true
			}
			continue
		}
		switch {
		case scriptError.MatchString(line):
			failCurrent(strings.TrimSpace(line))
		case engineError.MatchString(line) && current != nil:
			msg := engineError.ReplaceAllString(line, "")
			if len(expected) > 0 && strings.Contains(msg, expected[0]) {
				expected = expected[1:]
			} else {
				failCurrent("unexpected engine error: " + msg)
			}
		case leak.MatchString(line):
			suiteErr = append(suiteErr, "leak: "+strings.TrimSpace(line))
		}
	}
	if current != nil {
		current.Passed = false
		msg := "test did not finish"
		if exitProblem != "" {
			msg += " (" + exitProblem + ")"
		}
		if current.Message != "" {
			msg = current.Message + "; " + msg
		}
		current.Message = msg
		results = append(results, *current)
	}
	if exitProblem != "" {
		suiteErr = append(suiteErr, exitProblem)
	} else if !ended {
		suiteErr = append(suiteErr, "runner did not reach the end of the suite")
	}
	if len(results) == 0 && len(suiteErr) == 0 {
		suiteErr = append(suiteErr, "suite has no test_ methods")
	}
	suiteResult := Result{Suite: suite, Name: SuiteLevel, Passed: len(suiteErr) == 0, Message: strings.Join(suiteErr, "; ")}
	return append(results, suiteResult)
}

// suiteDirective returns the value of a "# key: value" line in the first lines of a suite file.
func suiteDirective(path, key string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	for i, line := range strings.SplitN(string(data), "\n", 20) {
		if i >= 19 {
			break
		}
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "# "+key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// ExpectedFailure returns the "# expect-failure: text" directive of a self-test suite.
func ExpectedFailure(project, suite string) string {
	return suiteDirective(filepath.Join(project, strings.TrimPrefix(suite, "res://")), "expect-failure")
}
