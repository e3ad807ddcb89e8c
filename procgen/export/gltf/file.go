package gltf

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
)

// WriteFile exports r to path. It writes a temporary file beside path and renames it into
// place only when the export succeeded, so a failed export leaves no file (and an existing
// file at path untouched).
func WriteFile(ctx context.Context, path string, r Request) (Stats, error) {
	if err := r.Validate(); err != nil {
		return Stats{}, err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return Stats{}, fmt.Errorf("gltf export: %w", err)
	}
	tmp := f.Name()
	fail := func(err error) (Stats, error) {
		f.Close()
		os.Remove(tmp)
		return Stats{}, err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	st, err := Export(ctx, bw, r)
	if err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(fmt.Errorf("gltf export: writing %s: %w", path, err))
	}
	if err := f.Sync(); err != nil {
		return fail(fmt.Errorf("gltf export: writing %s: %w", path, err))
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return Stats{}, fmt.Errorf("gltf export: writing %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return Stats{}, fmt.Errorf("gltf export: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return Stats{}, fmt.Errorf("gltf export: %w", err)
	}
	return st, nil
}
