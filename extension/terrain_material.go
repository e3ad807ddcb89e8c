package extension

import (
	_ "embed"

	"graphics.gd/classdb/Material"
	"graphics.gd/classdb/Shader"
	"graphics.gd/classdb/ShaderMaterial"
	"graphics.gd/variant/Object"
)

// terrainShader is the default terrain material's shader: slope-, height- and
// biome-weighted grass, rock, sand and snow with procedural detail (see the file).
//
//go:embed shaders/terrain.gdshader
var terrainShader string

// waterShader is the water surface's shader.
//
//go:embed shaders/water.gdshader
var waterShader string

// newShaderMaterial compiles code into a new ShaderMaterial.
func newShaderMaterial(code string) ShaderMaterial.Instance {
	sh := Shader.New()
	sh.SetCode(code)
	m := ShaderMaterial.New()
	m.SetShader(sh)
	return m
}

// chunkMaterial is the material chunks are drawn with: the node's material property when
// set, else the built-in terrain material (created once, its sea_level kept in step with
// the node's). Designers tune the built-in one through its shader parameters, or replace it.
func (p *ProcGen) chunkMaterial() Material.Instance {
	if p.Material != Material.Nil {
		return p.Material
	}
	p.GetTerrainMaterial()
	if p.terrainSea != p.SeaLevel || !p.terrainSeaSet {
		p.terrainMat.SetShaderParameter("sea_level", p.SeaLevel)
		p.terrainSea, p.terrainSeaSet = p.SeaLevel, true
	}
	return p.terrainMat.AsMaterial()
}

// keepMaterials keeps the built-in materials alive: graphics.gd frees engine references a
// frame after their last use unless they are used again, so Process uses them every frame.
func (p *ProcGen) keepMaterials() {
	if p.terrainMat != ShaderMaterial.Nil {
		Object.Use(p.terrainMat)
	}
	if p.sea.mat != ShaderMaterial.Nil {
		Object.Use(p.sea.mat)
	}
}

// GetTerrainMaterial returns the built-in terrain material (created on first use), for
// designers who tune its shader parameters or start their own material from it.
func (p *ProcGen) GetTerrainMaterial() ShaderMaterial.Instance {
	if p.terrainMat == ShaderMaterial.Nil {
		p.terrainMat = newShaderMaterial(terrainShader)
		p.terrainMat.SetShaderParameter("sea_level", p.SeaLevel)
		p.terrainSea, p.terrainSeaSet = p.SeaLevel, true
	}
	return p.terrainMat
}
