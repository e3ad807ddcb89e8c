package gltf

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	qgltf "github.com/qmuntal/gltf"

	"github.com/procgen-godot/procgen/procgen/edit"
)

// Stats describe a finished export.
type Stats struct {
	Chunks    int           // nodes written
	Meshes    int           // chunks with geometry
	Vertices  int           // total vertices
	Triangles int           // total triangles
	Bytes     int64         // size of the file
	Duration  time.Duration // generation and writing
}

// Export generates r's region and writes it to w as a GLB. Nothing is written before
// every chunk has generated, so an error in validation or generation leaves w untouched;
// an error from w itself is returned as is.
func Export(ctx context.Context, w io.Writer, r Request) (Stats, error) {
	start := time.Now()
	if err := r.Validate(); err != nil {
		return Stats{}, err
	}
	chunks, err := generateAll(ctx, &r)
	if err != nil {
		return Stats{}, err
	}
	doc, blobs, st := buildDocument(&r, chunks)
	// The encoder writes the GLB header, the JSON chunk and the binary chunk's header (the
	// binary data itself is nil); the chunks' data follows, chunk by chunk.
	var head bytes.Buffer
	if err := qgltf.NewEncoder(&head).Encode(doc); err != nil {
		return st, fmt.Errorf("gltf export: encoding the document: %w", err)
	}
	size := int64(head.Len())
	for _, b := range blobs {
		size += int64(len(b))
	}
	if r.OnReady != nil {
		r.OnReady(size)
	}
	cw := &countWriter{w: w}
	cw.Write(head.Bytes())
	for _, b := range blobs {
		if cw.err != nil {
			break
		}
		cw.Write(b)
	}
	if cw.err != nil {
		return st, fmt.Errorf("gltf export: writing: %w", cw.err)
	}
	st.Bytes = cw.n
	st.Duration = time.Since(start)
	if r.Progress != nil {
		r.Progress(len(chunks), len(chunks))
	}
	return st, nil
}

// generateAll generates every chunk of the region with r.workers() goroutines; results
// keep region order.
func generateAll(ctx context.Context, r *Request) ([]*chunkData, error) {
	coords := r.coords()
	ix := edit.NewIndex(64)
	ix.Load(r.Edits)
	out := make([]*chunkData, len(coords))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan int)
	done := make(chan error, len(coords))
	var wg sync.WaitGroup
	for range min(r.workers(), len(coords)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := &generator{req: r, edits: ix}
			for i := range jobs {
				c, err := g.generate(coords[i])
				if err == nil {
					out[i] = c
				} else {
					err = fmt.Errorf("gltf export: chunk %v: %w", coords[i], err)
				}
				done <- err
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range coords {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var err error
	for n := 0; n < len(coords) && err == nil; n++ {
		select {
		case err = <-done:
			if err == nil && r.Progress != nil && n+1 < len(coords) {
				r.Progress(n+1, len(coords))
			}
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	cancel()
	wg.Wait()
	return out, err
}

// countWriter counts bytes and keeps the first write error (the glTF encoder ignores
// some of them).
type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
