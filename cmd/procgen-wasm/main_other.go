//go:build !(js && wasm)

// Command procgen-wasm is the browser client's chunk generator: package replica compiled
// to WebAssembly (GOOS=js GOARCH=wasm), run in a Web Worker (web/src/worker.js).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "procgen-wasm runs in a browser: build it with GOOS=js GOARCH=wasm (./build.sh sidecar does)")
	os.Exit(2)
}
