package extension

import (
	"math"

	"graphics.gd/classdb/GeometryInstance3D"
	"graphics.gd/classdb/MeshInstance3D"
	"graphics.gd/classdb/Node"
	"graphics.gd/classdb/PlaneMesh"
	"graphics.gd/classdb/ShaderMaterial"
	"graphics.gd/variant/Vector2"
	"graphics.gd/variant/Vector3"
)

// waterSize is the edge of the water plane in world units: past the far ring (see
// horizon.go), so open sea reaches the horizon too.
const waterSize = 16384

// waterSnap is the grid the water plane's centre snaps to as viewers move, so its
// vertices (and the waves, which are a function of world position) never swim.
const waterSnap = 256

// seaSurface is the water surface: one plane at sea_level under the first viewer, drawn with
// the water shader, created on first use and freed with the node.
type seaSurface struct {
	node MeshInstance3D.ID
	mat  ShaderMaterial.Instance
}

// updateWater shows, moves or hides the water surface: at sea_level under the first
// viewer while the water property is on.
func (p *ProcGen) updateWater(viewers [][3]float64) {
	mi, ok := p.sea.node.Instance()
	if !p.Water || len(viewers) == 0 || !p.Meshes || !rendering() {
		if ok {
			mi.AsNode3D().SetVisible(false)
		}
		return
	}
	if !ok {
		mi = p.newWater()
	}
	v := viewers[0]
	x := math.Floor(v[0]/waterSnap) * waterSnap
	z := math.Floor(v[2]/waterSnap) * waterSnap
	mi.AsNode3D().SetPosition(Vector3.XYZ{X: float32(x), Y: float32(p.SeaLevel), Z: float32(z)})
	mi.AsNode3D().SetVisible(true)
}

// newWater builds the water plane as an internal child (get_children does not list it).
func (p *ProcGen) newWater() MeshInstance3D.Instance {
	plane := PlaneMesh.New()
	plane.SetSize(Vector2.XY{X: waterSize, Y: waterSize})
	// Subdivided so that fog and lighting, interpolated per vertex on Mobile and
	// Compatibility, vary across the plane.
	plane.SetSubdivideWidth(63)
	plane.SetSubdivideDepth(63)
	mi := MeshInstance3D.New()
	mi.SetMesh(plane.AsMesh())
	mi.AsGeometryInstance3D().SetMaterialOverride(p.GetWaterMaterial().AsMaterial())
	mi.AsGeometryInstance3D().SetCastShadow(GeometryInstance3D.ShadowCastingSettingOff)
	mi.AsNode().SetName("Water")
	Node.Expanded(p.AsNode()).AddChild(mi.AsNode(), false, Node.InternalModeBack)
	p.sea.node = mi.ID()
	return mi
}

// freeWater frees the water plane.
func (p *ProcGen) freeWater() {
	if mi, ok := p.sea.node.Instance(); ok {
		mi.AsNode().QueueFree()
	}
	p.sea.node = 0
}

// GetWaterMaterial returns the water surface's ShaderMaterial (created on first use), to
// tune its colours, clarity and waves (wave_speed 0 freezes them).
func (p *ProcGen) GetWaterMaterial() ShaderMaterial.Instance {
	if p.sea.mat == ShaderMaterial.Nil {
		p.sea.mat = newShaderMaterial(waterShader)
	}
	return p.sea.mat
}
