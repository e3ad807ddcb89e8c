package extension

import (
	"fmt"
	"math"

	"graphics.gd/classdb"
	"graphics.gd/classdb/Camera3D"
	"graphics.gd/classdb/EditorInterface"
	"graphics.gd/classdb/Engine"
	"graphics.gd/classdb/Node"
	"graphics.gd/classdb/Node3D"
	"graphics.gd/classdb/SubViewport"
	"graphics.gd/variant/Vector3"
)

// viewerPositions returns viewer positions relative to this node: the viewer property, the
// viewers added with add_viewer, or this node's origin when there are none. In the editor
// the preview follows the 3D editor's camera instead, or stays at the node's origin.
func (p *ProcGen) viewerPositions() [][3]float64 {
	self := p.AsNode3D()
	origin := self.GlobalPosition()
	var out [][3]float64
	addAt := func(g Vector3.XYZ) {
		out = append(out, [3]float64{float64(g.X - origin.X), float64(g.Y - origin.Y), float64(g.Z - origin.Z)})
	}
	add := func(n Node3D.Instance) { addAt(n.GlobalPosition()) }
	if Engine.IsEditorHint() {
		if cam, ok := editorCamera(); ok {
			addAt(cam)
		} else {
			addAt(origin)
		}
		return out
	}
	if path := p.Viewer.String(); path != "" {
		node := self.AsNode().GetNodeOrNull(path)
		if n, ok := classdb.As[Node3D.Instance](node); ok && node != Node.Nil {
			add(n)
		} else if !p.viewerWarned {
			p.viewerWarned = true
			Engine.Raise(fmt.Errorf("ProcGen: viewer %q is not a Node3D in the scene; streaming around the node's origin", path))
		}
	}
	for id := range p.extra {
		n, ok := id.Instance()
		if !ok || !n.AsNode().IsInsideTree() {
			delete(p.extra, id)
			continue
		}
		add(n)
	}
	if len(out) == 0 {
		out = append(out, [3]float64{})
	}
	return out
}

// editorCamera returns where the camera of the first 3D editor viewport is, when the
// editor runs one.
func editorCamera() (Vector3.XYZ, bool) {
	vp := EditorInterface.GetEditorViewport3d(0)
	if vp == SubViewport.Nil {
		return Vector3.XYZ{}, false
	}
	cam := vp.AsViewport().GetCamera3d()
	if cam == Camera3D.Nil {
		return Vector3.XYZ{}, false
	}
	return cam.AsNode3D().GlobalPosition(), true
}

// viewerScheduler is the part of the scheduler that tracks viewers.
type viewerScheduler interface {
	TrySetViewer(id int, pos [3]float64) bool
	RemoveViewer(id int)
}

// moveViewers tells sched where the viewers are, so it generates nearest first, and returns
// what it now knows (told was what it knew). Re-prioritising its queue locks it: only for
// viewers that moved, and never waiting for it (a viewer it was busy for is told in a later
// frame).
func moveViewers(sched viewerScheduler, told, viewers [][3]float64) [][3]float64 {
	for i := len(viewers); i < len(told); i++ {
		sched.RemoveViewer(i)
	}
	told = told[:min(len(told), len(viewers))]
	for i, v := range viewers {
		if i < len(told) && told[i] == v {
			continue
		}
		if !sched.TrySetViewer(i, v) {
			v = [3]float64{math.NaN()} // equal to nothing: told again next frame
		}
		if i < len(told) {
			told[i] = v
		} else {
			told = append(told, v)
		}
	}
	return told
}

// AddViewer streams chunks around node as well (one viewer per player on a server).
func (p *ProcGen) AddViewer(node Node3D.Instance) bool {
	if node == Node3D.Nil {
		Engine.Raise(fmt.Errorf("ProcGen.add_viewer: node is null"))
		return false
	}
	if p.extra == nil {
		p.extra = map[Node3D.ID]struct{}{}
	}
	p.extra[node.ID()] = struct{}{}
	return true
}

// RemoveViewer stops streaming around node.
func (p *ProcGen) RemoveViewer(node Node3D.Instance) bool {
	if node == Node3D.Nil {
		return false
	}
	_, ok := p.extra[node.ID()]
	delete(p.extra, node.ID())
	return ok
}
