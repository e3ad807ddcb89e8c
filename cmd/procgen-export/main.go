// Command procgen-export writes a region of a ProcGen world, edits included, as a binary
// glTF 2.0 file (GLB) for Blender, Godot or three.js.
//
//	procgen-export -world ID [-store FILE] -from X,Y,Z -to X,Y,Z [-lod N] -o region.glb
//	procgen-export -config world.json -center X,Y,Z -radius R -o region.glb
//
// The world comes from the local store (-store, default procgen-storage.db) or, when
// PROCGEN_DATABASE_URL is set, from the database shared by the Godot servers; or from a
// world config file. The region is given in chunk coordinates (-from/-to, inclusive) or
// around a world position (-center, in metres, and -radius, in chunks). A failed export
// leaves no file behind.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/procgen-godot/procgen/internal/worldsrc"
	"github.com/procgen-godot/procgen/procgen/export/gltf"
	"github.com/procgen-godot/procgen/storage"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stderr)
	stop()
	os.Exit(code)
}

// usageError is a command-line mistake (exit status 2).
type usageError struct{ error }

func run(ctx context.Context, args []string, stderr io.Writer) int {
	err := export(ctx, args, stderr)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "procgen-export: %v\n(run procgen-export -h for usage)\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "procgen-export: %v\n", err)
		return 1
	}
}

func export(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("procgen-export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	worldID := fs.String("world", "", "id of a stored world")
	store := fs.String("store", storage.DefaultLocalPath, "local store file (PROCGEN_DATABASE_URL adds the shared database)")
	config := fs.String("config", "", "world config JSON file, instead of -world")
	from := fs.String("from", "", "first chunk of the region, X,Y,Z (chunk coordinates; y is 0 in heightmap worlds)")
	to := fs.String("to", "", "last chunk of the region, X,Y,Z (inclusive)")
	center := fs.String("center", "", "centre of the region, X,Y,Z in metres, instead of -from/-to")
	radius := fs.Int("radius", 1, "with -center: chunks on each side of the centre chunk")
	lod := fs.Int("lod", 1, "heightmap LOD step: 1 (full detail), 2, 4, ...")
	out := fs.String("o", "", "output .glb file")
	maxChunks := fs.Int("max-chunks", gltf.DefaultMaxChunks, "largest region accepted, in chunks")
	workers := fs.Int("workers", 0, "generating goroutines (0: one per CPU)")
	quiet := fs.Bool("q", false, "no progress bar or summary")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: procgen-export (-world ID | -config FILE) (-from X,Y,Z -to X,Y,Z | -center X,Y,Z [-radius R]) [-lod N] -o FILE.glb\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if *out == "" {
		return usageError{errors.New("-o FILE.glb is required")}
	}
	if (*worldID == "") == (*config == "") {
		return usageError{errors.New("give exactly one of -world and -config")}
	}
	if *radius < 0 || *radius > 1024 {
		return usageError{fmt.Errorf("-radius %d out of range [0,1024]", *radius)}
	}

	var snap worldsrc.Snapshot
	if *config != "" {
		s, err := worldsrc.FromConfigFile(*config)
		if err != nil {
			return err
		}
		snap = s
	} else {
		st, err := worldsrc.OpenStore(ctx, *store)
		if err != nil {
			return err
		}
		defer st.Close()
		lctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		snap, err = worldsrc.Load(lctx, st, *worldID, true)
		cancel()
		if err != nil {
			return err
		}
	}
	req := gltf.Request{World: snap.World, WorldID: snap.ID, Edits: snap.Edits, LOD: *lod, Workers: *workers, MaxChunks: *maxChunks}
	if err := region(&req, *from, *to, *center, *radius); err != nil {
		return err
	}
	bar := newProgress(stderr, *quiet)
	req.Progress = bar.update
	st, err := gltf.WriteFile(ctx, *out, req)
	bar.finish()
	if err != nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(stderr, "wrote %s: %d chunks (%d meshes, %d vertices, %d triangles), %s in %.2fs (%.0f chunks/s)\n",
			*out, st.Chunks, st.Meshes, st.Vertices, st.Triangles, humanBytes(st.Bytes), st.Duration.Seconds(), float64(st.Chunks)/st.Duration.Seconds())
	}
	return nil
}

// region fills the request's corners from -from/-to or -center/-radius.
func region(r *gltf.Request, from, to, center string, radius int) error {
	if center != "" {
		if from != "" || to != "" {
			return usageError{errors.New("give either -center or -from/-to, not both")}
		}
		c, err := gltf.ParsePoint("-center", center)
		if err != nil {
			return usageError{err}
		}
		return r.Around(c, radius)
	}
	if from == "" || to == "" {
		return usageError{errors.New("give the region: -from X,Y,Z and -to X,Y,Z, or -center X,Y,Z")}
	}
	var err error
	if r.From, err = gltf.ParseChunk("-from", from); err != nil {
		return usageError{err}
	}
	if r.To, err = gltf.ParseChunk("-to", to); err != nil {
		return usageError{err}
	}
	return nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
