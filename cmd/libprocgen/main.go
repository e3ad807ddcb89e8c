// Command libprocgen is the GDExtension library: build it with
// `go build -buildmode=c-shared` (build.sh does) and Godot loads it through procgen.gdextension.
package main

import (
	"runtime"

	"graphics.gd/startup"

	"github.com/procgen-godot/procgen/extension"
)

func main() {
	// Godot's main thread enters Go through cgo callbacks, which need a free P. One P more
	// than the cores keeps a callback from waiting for a busy generation worker to be
	// preempted (up to 10 ms); the OS then shares the cores between the threads.
	runtime.GOMAXPROCS(runtime.NumCPU() + 1)
	extension.Register()
	startup.Scene()
}
