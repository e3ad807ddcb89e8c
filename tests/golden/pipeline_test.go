package golden

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

const pipelineFile = "../testdata/pipeline_heights.json"

// TestPipelineGolden keeps tests/testdata/pipeline_heights.json equal to what procgen
// computes; the engine suite pipeline_test.gd checks a node that switched the same
// filters against it (two processes, two builds, one answer).
func TestPipelineGolden(t *testing.T) {
	ref, err := Pipeline()
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.MarshalIndent(ref, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile(pipelineFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(pipelineFile)
	if err != nil {
		t.Fatalf("read golden (re-bless with go test ./tests/golden -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date with procgen; if the change is intended, re-bless with: go test ./tests/golden -update", pipelineFile)
	}
}
