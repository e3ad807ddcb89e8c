package extension

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/ProjectSettings"
	"graphics.gd/variant/Error"
	"graphics.gd/variant/Vector3i"

	"github.com/procgen-godot/procgen/procgen/export/gltf"
)

// exportJob is a glTF export running in a goroutine; the main thread reports its progress
// and end through signals (pollExport).
type exportJob struct {
	path        string // as the caller gave it (res://, user:// or an OS path)
	done, total atomic.Int64
	reported    int64
	finished    chan error // receives the result once
}

// ExportGltf writes the chunks from..to (inclusive chunk coordinates; y = 0 in heightmap
// mode) at LOD step lod, edits included, to path as a binary glTF (.glb). It checks its
// arguments at once and returns OK, or an error code after push_error; the export itself
// runs in a goroutine, reports export_progress(done, total) and ends with
// export_finished(path, error). A failed export leaves no file.
func (p *ProcGen) ExportGltf(path string, from, to Vector3i.XYZ, lod int) Error.Code {
	fail := func(code Error.Code, format string, args ...any) Error.Code {
		Engine.Raise(fmt.Errorf("ProcGen.export_gltf: "+format, args...))
		return code
	}
	if p.exporting != nil {
		return fail(Error.Busy, "an export to %q is still running; wait for export_finished", p.exporting.path)
	}
	if p.sinks.exportOff {
		return fail(Error.Unavailable, "the export sink is switched off; set_element_enabled(\"export\", true) first")
	}
	if !strings.HasSuffix(strings.ToLower(path), ".glb") {
		return fail(Error.InvalidParameter, "path %q must name a .glb file", path)
	}
	osPath := ProjectSettings.GlobalizePath(path)
	if fi, err := os.Stat(filepath.Dir(osPath)); err != nil || !fi.IsDir() {
		return fail(Error.FileBadPath, "folder of %q does not exist", path)
	}
	st := p.world()
	if st == nil {
		return Error.Unconfigured // world() has said why
	}
	req := gltf.Request{
		World: st.w, WorldID: p.WorldId, Edits: st.edits.all(), LOD: lod,
		From: [3]int32{from.X, from.Y, from.Z}, To: [3]int32{to.X, to.Y, to.Z},
		Workers: p.Workers,
	}
	if err := req.Validate(); err != nil {
		return fail(Error.InvalidParameter, "%v", strings.TrimPrefix(err.Error(), "gltf export: "))
	}
	job := &exportJob{path: path, finished: make(chan error, 1)}
	job.total.Store(req.Chunks())
	req.Progress = func(done, total int) { job.done.Store(int64(done)) }
	p.exporting = job
	go func() {
		_, err := gltf.WriteFile(context.Background(), osPath, req)
		job.finished <- err
	}()
	return 0
}

// pollExport emits the running export's progress and, once it ends, export_finished. It
// runs on the main thread every frame.
func (p *ProcGen) pollExport() {
	job := p.exporting
	if job == nil {
		return
	}
	if d := job.done.Load(); d != job.reported {
		job.reported = d
		p.emit("export_progress", int(d), int(job.total.Load()))
	}
	select {
	case err := <-job.finished:
		p.exporting = nil
		code := Error.Code(0)
		if err != nil {
			code = Error.FileCantWrite
			Engine.Raise(fmt.Errorf("ProcGen.export_gltf: %q: %w", job.path, err))
		}
		p.emit("export_finished", job.path, int(code))
	default:
	}
}

// exportDocs are the class reference texts of the export members.
var exportDocs = map[string]string{
	"export_gltf":     "Writes the chunks from [param from] to [param to] (inclusive chunk coordinates; y = 0 in heightmap mode) at LOD step [param lod] (1 is full detail), edits included, to [param path] as binary glTF (.glb): one node per chunk named like the streamed chunks, vertex colours, metres with +Y up, and extras naming the world id, world hash, FormatVersion, chunk and edit position. Returns OK at once and exports in the background, emitting [signal export_progress] and then [signal export_finished]; returns an error code after push_error for bad arguments, while another export runs, or (ERR_UNAVAILABLE) while the export sink is off (set_element_enabled). A failed export leaves no file.",
	"export_progress": "Emitted on the main thread while export_gltf runs: done of total chunks generated.",
	"export_finished": "Emitted when export_gltf ends: path as given and OK, or an error code after push_error (the file is then not written).",
}
