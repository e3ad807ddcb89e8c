package chunk

import (
	"github.com/procgen-godot/procgen/procgen/erosion"
	"github.com/procgen-godot/procgen/procgen/learned"
	"github.com/procgen-godot/procgen/procgen/world"
)

// Orders of the height filter stages: after the biome shaping, before height edits, so
// edits apply to the filtered terrain and keep their meaning under every pipeline version.
const (
	OrderErosion = 250
	OrderLearned = 260
	// OrderUser places user height filters (plugged in at run time, such as GDScript
	// stages) after the built-in ones; ties break by name.
	OrderUser = 270
)

// FilterStage returns the chunk stage that runs the world.HeightFilter registered under
// name (world.RegisterFilter with the same order): register both to plug in a height
// filter, as this package does for erosion and learned.
func FilterStage(name string, order int) Stage { return filterStage{name: name, order: order} }

// filterStage is the chunk stage of a world.HeightFilter. The world's first enabled filter
// recomputes the chunk's heights through the whole filter chain (world.FilteredHeightGrid,
// over the chunk plus the filters' apron); the others have nothing left to do. Biome ids
// from the biome stage are kept.
type filterStage struct {
	name  string
	order int
}

func (f filterStage) Name() string { return f.name }
func (f filterStage) Order() int   { return f.order }
func (f filterStage) Heightmap(c *Heightmap) {
	if c.World.FirstFilter() != f.name {
		return
	}
	g := c.G()
	x0 := int64(c.CX)*int64(c.Size) - int64(c.Step)
	z0 := int64(c.CZ)*int64(c.Size) - int64(c.Step)
	c.World.FilteredHeightGrid(x0, z0, c.Step, g, g, c.Heights, &c.filter)
}
func (f filterStage) Voxel(c *Voxel) {
	if c.World.FirstFilter() != f.name {
		return
	}
	x0 := int64(c.CX)*int64(c.N) - 1
	z0 := int64(c.CZ)*int64(c.N) - 1
	c.World.FilteredHeightGrid(x0, z0, 1, c.S, c.S, c.Heights, &c.filter)
}

// ErosionParams declares the erosion filter's parameters (see erosion.Params).
func ErosionParams() []world.ParamSpec {
	d := erosion.DefaultParams()
	return []world.ParamSpec{
		{Name: "flow_steps", Default: float64(d.FlowSteps), Min: 1, Max: 32, Integer: true, Doc: "sweeps routing water downhill: how far upstream flow is gathered (widens the apron)"},
		{Name: "sediment_steps", Default: float64(d.SedimentSteps), Min: 0, Max: 16, Integer: true, Doc: "sweeps carrying sediment downhill before it settles"},
		{Name: "thermal_steps", Default: float64(d.ThermalSteps), Min: 0, Max: 8, Integer: true, Doc: "talus relaxation sweeps"},
		{Name: "erode", Default: d.Erode, Min: 0, Max: 1, Doc: "erosion per unit of sqrt(flow)·slope"},
		{Name: "max_erode", Default: d.MaxErode, Min: 0, Max: 1, Doc: "cap on erosion per sample, as a fraction of the steepest drop"},
		{Name: "deposit", Default: d.Deposit, Min: 0, Max: 1, Doc: "fraction of carried sediment settling per sweep on flat ground"},
		{Name: "settle_slope", Default: d.SettleSlope, Min: 0, Max: 16, Doc: "slope above which sediment stays suspended"},
		{Name: "talus", Default: d.Talus, Min: 0, Max: 64, Doc: "height difference beyond which material slides"},
		{Name: "slide", Default: d.Slide, Min: 0, Max: 0.5, Doc: "fraction of the excess that slides per sweep"},
	}
}

func newErosion(p map[string]float64, model string) (world.HeightFilter, error) {
	_ = model
	return erosion.NewFilter(erosion.Params{
		FlowSteps: int(p["flow_steps"]), SedimentSteps: int(p["sediment_steps"]), ThermalSteps: int(p["thermal_steps"]),
		Erode: p["erode"], MaxErode: p["max_erode"], Deposit: p["deposit"], SettleSlope: p["settle_slope"],
		Talus: p["talus"], Slide: p["slide"],
	})
}

func init() {
	world.RegisterFilter(world.FilterSpec{Name: world.StageErosion, Order: OrderErosion, Params: ErosionParams(), New: newErosion})
	Register(filterStage{name: world.StageErosion, order: OrderErosion})
	world.RegisterFilter(world.FilterSpec{Name: world.StageLearned, Order: OrderLearned, Params: []world.ParamSpec{learned.StrengthParam}, New: learned.NewStage})
	Register(filterStage{name: world.StageLearned, order: OrderLearned})
}
