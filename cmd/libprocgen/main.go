// Command libprocgen is the GDExtension library: build it with
// `go build -buildmode=c-shared` (build.sh does) and Godot loads it through procgen.gdextension.
package main

import (
	"graphics.gd/startup"

	"github.com/procgen-godot/procgen/extension"
)

func main() {
	extension.Register()
	startup.Scene()
}
