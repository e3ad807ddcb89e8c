package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite tests/testdata/heights.json from procgen")

const heightsFile = "../testdata/heights.json"

// TestHeightsGolden keeps tests/testdata/heights.json equal to what procgen computes; the
// engine suite procgen_node_test.gd checks ProcGen.get_height against the same file.
func TestHeightsGolden(t *testing.T) {
	want, err := json.MarshalIndent(Heights(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile(heightsFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(heightsFile)
	if err != nil {
		t.Fatalf("read golden (re-bless with go test ./tests/golden -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date with procgen; if the change is intended, re-bless with: go test ./tests/golden -update", heightsFile)
	}
}
