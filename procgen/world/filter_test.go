package world

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// TestConfigWithoutPipelineSection: a config stored before the pipeline section existed
// decodes, re-encodes to the same bytes and keeps its hash (its world keeps its name).
func TestConfigWithoutPipelineSection(t *testing.T) {
	old, err := os.ReadFile("testdata/config-format1-before-pipeline.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Decode(old)
	if err != nil {
		t.Fatal(err)
	}
	if c.Pipeline != nil {
		t.Fatal("old config decoded with a pipeline section")
	}
	b, _ := c.Encode()
	if !bytes.Equal(b, old) {
		t.Fatalf("re-encoded old config differs:\n%s\n%s", b, old)
	}
	sum := sha256.Sum256(old)
	if h, _ := c.Hash(); h != hex.EncodeToString(sum[:]) {
		t.Fatal("old config's hash changed")
	}
	if _, err := New(c); err != nil {
		t.Fatal(err)
	}
}

func TestPipelineSectionValidation(t *testing.T) {
	base := Default(1)
	cases := map[string]*Pipeline{
		"version 0":      {Version: 0},
		"version 2":      {Version: 2},
		"unknown filter": {Version: 1, Params: map[string]map[string]float64{"nope": {"x": 1}}},
		"not a filter":   {Version: 1, Params: map[string]map[string]float64{"biomes": {"x": 1}}},
		"bad model id":   {Version: 1, Models: map[string]string{"nope": "xyz"}},
	}
	for name, p := range cases {
		c := base.Clone()
		c.Pipeline = p
		if err := c.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	raw, _ := base.Encode()
	withUnknown := strings.Replace(string(raw), `"stages"`, `"pipeline":{"version":1,"extra":1},"stages"`, 1)
	if _, err := Decode([]byte(withUnknown)); err == nil {
		t.Error("unknown field in the pipeline section accepted")
	}
}
