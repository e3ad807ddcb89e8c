// Command enginetest runs GDScript suites in headless Godot and prints one line per test and a
// closing "N passed, N failed" line. With -expect-fail it checks the harness itself: every
// suite given must fail with the reason its "# expect-failure:" line names.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/procgen-godot/procgen/tests/harness"
)

func main() {
	godot := flag.String("godot", os.Getenv("GODOT"), "command that runs Godot 4 (default $GODOT)")
	project := flag.String("project", "godot_project", "Godot project folder holding tests/")
	timeout := flag.Duration("timeout", 120*time.Second, "time limit for one suite")
	expectFail := flag.Bool("expect-fail", false, "the suites are harness self-tests that must fail")
	editor := flag.String("editor", "", "run the editor test in this folder (tests/editor) instead of suites: it opens main.tscn in the headless editor with the project's addons/procgen")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: enginetest [flags] SUITE.gd...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *godot == "" || (flag.NArg() == 0) == (*editor == "") {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if strings.Contains(*godot, "/") {
		if abs, err := filepath.Abs(*godot); err == nil {
			*godot = abs
		}
	}
	r := harness.Runner{Godot: *godot, Project: *project, Timeout: *timeout}
	passed, failed := 0, 0
	suites, err := suitePaths(flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "enginetest:", err)
		os.Exit(2)
	}
	run := func(suite string) []harness.Result { return r.RunSuite(ctx, suite) }
	cleanup := func() {}
	if *editor != "" {
		dir, err := editorProject(*editor, *project)
		if err != nil {
			fmt.Fprintln(os.Stderr, "enginetest:", err)
			os.Exit(2)
		}
		cleanup = func() { os.RemoveAll(dir) }
		r.Project = dir
		suites = []string{filepath.ToSlash(filepath.Clean(*editor))}
		run = func(suite string) []harness.Result { return r.RunEditor(ctx, suite, "res://main.tscn") }
	}
	for _, suite := range suites {
		results := run(suite)
		if *expectFail {
			results = []harness.Result{selfCheck(suite, harness.ExpectedFailure(*project, suite), results)}
		}
		for _, res := range results {
			fmt.Println(res)
			if res.Passed {
				passed++
			} else {
				failed++
			}
		}
	}
	fmt.Printf("engine: %d passed, %d failed\n", passed, failed)
	cleanup()
	if failed > 0 {
		os.Exit(1)
	}
}

// selfCheck passes when a suite that must fail did fail with the expected reason.
func selfCheck(suite, want string, results []harness.Result) harness.Result {
	check := harness.Result{Suite: suite, Name: "harness reports failure: " + want}
	if want == "" {
		check.Message = "self-test suite has no '# expect-failure:' line"
		return check
	}
	var msgs []string
	for _, r := range results {
		if !r.Passed {
			msgs = append(msgs, r.Message)
			if strings.Contains(r.Message, want) {
				check.Passed = true
			}
		}
	}
	if !check.Passed {
		check.Message = fmt.Sprintf("expected a failure containing %q, got %q", want, msgs)
	}
	return check
}

// suitePaths turns suite files given relative to the repository (tests/...) into res:// paths,
// in a stable order; the project sees tests/ through its tests link.
func suitePaths(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		rel := filepath.ToSlash(filepath.Clean(strings.TrimPrefix(a, "res://")))
		if !strings.HasPrefix(rel, "tests/") {
			return nil, fmt.Errorf("suite %s is not under tests/", a)
		}
		out = append(out, "res://"+rel)
	}
	sort.Strings(out)
	return out, nil
}

// editorProject makes a throwaway Godot project for the editor test: a copy of the test
// folder src with project's built addons/procgen, registered so that the editor loads it.
func editorProject(src, project string) (string, error) {
	dir, err := os.MkdirTemp("", "procgen-editor-*")
	if err != nil {
		return "", err
	}
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("copying %s: %w", src, err)
	}
	if err := os.CopyFS(filepath.Join(dir, "addons", "procgen"), os.DirFS(filepath.Join(project, "addons", "procgen"))); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("copying the built extension (run ./build.sh build first): %w", err)
	}
	cfg := filepath.Join(dir, ".godot", "extension_list.cfg")
	if err := os.MkdirAll(filepath.Dir(cfg), 0o755); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	if err := os.WriteFile(cfg, []byte("res://addons/procgen/procgen.gdextension\n"), 0o644); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}
