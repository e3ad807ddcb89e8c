package netproto

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

var updateCorpus = flag.Bool("update-corpus", false, "rewrite testdata/fuzz/FuzzDecode seeds")

// corpusSeeds are the valid sample packets plus a few broken ones.
func corpusSeeds(t testing.TB) map[string][]byte {
	seeds := map[string][]byte{}
	for name, m := range sampleMessages(t) {
		seeds[name] = mustEncode(t, m)
	}
	seeds["broken-header"] = []byte{Magic0, Magic1}
	seeds["broken-unknown-type"] = []byte{Magic0, Magic1, ProtocolVersion, 42, 0}
	seeds["broken-checkpoint-count"] = append([]byte{Magic0, Magic1, ProtocolVersion, byte(TypeCheckpoint)}, append(make([]byte, 12), 0xFF, 0x07)...)
	seeds["broken-edits-count"] = []byte{Magic0, Magic1, ProtocolVersion, byte(TypeEdits), 1, 'B', 0xFF, 0xFF, 0, 0}
	return seeds
}

// TestFuzzCorpus checks that testdata/fuzz/FuzzDecode holds a seed per sample
// message (go test -run TestFuzzCorpus -update-corpus ./netproto/ rewrites them).
func TestFuzzCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzDecode")
	seeds := corpusSeeds(t)
	names := slices.Sorted(maps.Keys(seeds))
	for _, name := range names {
		want := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", seeds[name])
		path := filepath.Join(dir, "seed-"+name)
		if *updateCorpus {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update-corpus)", err)
		}
		if string(got) != want {
			// Not an error: the world package's default config may change under us.
			t.Logf("%s differs from the current sample (refresh with -update-corpus)", path)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, b := range corpusSeeds(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		in := bytes.Clone(b)
		m, err := Decode(b)
		if !bytes.Equal(in, b) {
			t.Fatal("Decode modified its input")
		}
		if err != nil {
			if m != nil {
				t.Fatal("message returned with an error")
			}
			return
		}
		out, err := m.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded %#v does not re-encode: %v", m, err)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("re-encoding differs:\n in % x\nout % x", b, out)
		}
	})
}
