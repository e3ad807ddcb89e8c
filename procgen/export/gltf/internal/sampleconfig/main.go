// Command sampleconfig prints a default world config as JSON (seed 5; "voxel" as the first
// argument makes a voxel world), for tests and benchmarks of the glTF export.
package main

import (
	"fmt"
	"os"

	"github.com/procgen-godot/procgen/procgen/world"
)

func main() {
	cfg := world.Default(5)
	if len(os.Args) > 1 && os.Args[1] == "voxel" {
		cfg.Mode = world.ModeVoxel
	}
	b, err := cfg.Encode()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(b)
}
