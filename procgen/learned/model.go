package learned

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/procgen-godot/procgen/procgen/world"
)

// Model is a learned height filter a world can name: a world.HeightFilter (at strength 1)
// with the identity a config records. Implement it to plug in another architecture; Net
// (loaded with Load) is the built-in one.
type Model interface {
	// ID names the model in world configs: by convention the hex SHA-256 of its weights.
	ID() string
	// Filter returns the model as a height filter scaling its predicted change by strength.
	Filter(strength float64) world.HeightFilter
}

// netModel is a decoded weights file.
type netModel struct {
	id  string
	net *Net
}

func (m *netModel) ID() string { return m.id }
func (m *netModel) Filter(strength float64) world.HeightFilter {
	return NewFilter(m.net, strength)
}

// Load decodes a weights file into a Model named by the file's SHA-256.
func Load(data []byte) (Model, error) {
	n, err := Decode(data)
	if err != nil {
		return nil, err
	}
	return &netModel{id: ID(data), net: n}, nil
}

//go:embed weights/erosion-v1.pgnn
var defaultWeights []byte

// DefaultWeights returns the shipped weights file (trained by cmd/erosion-train).
func DefaultWeights() []byte { return defaultWeights }

// DefaultID is the ID of the shipped model.
func DefaultID() string { return ID(defaultWeights) }

// Registry holds the models worlds may name, by ID.
type Registry struct {
	mu     sync.RWMutex
	models map[string]Model
}

// Register makes m available to worlds whose config names its ID. Registering the same
// ID again replaces the model (it is, by its name, the same weights).
func (r *Registry) Register(m Model) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.models == nil {
		r.models = map[string]Model{}
	}
	r.models[m.ID()] = m
}

// Get returns the model named id; "" is the shipped default model.
func (r *Registry) Get(id string) (Model, error) {
	if id == "" || id == DefaultID() {
		return Load(defaultWeights)
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	m, ok := r.models[id]
	if !ok {
		return nil, fmt.Errorf("learned: model %s is not loaded in this process (load its weights file first)", id)
	}
	return m, nil
}

// Models is the process's registry, which the "learned" pipeline stage reads.
var Models = &Registry{}

// StrengthParam declares the learned stage's one parameter.
var StrengthParam = world.ParamSpec{Name: "strength", Default: 1, Min: 0, Max: 2,
	Doc: "scale of the predicted height change (1: as trained)"}

// NewStage is the world.FilterSpec constructor of the "learned" stage.
func NewStage(params map[string]float64, model string) (world.HeightFilter, error) {
	m, err := Models.Get(model)
	if err != nil {
		return nil, err
	}
	return m.Filter(params[StrengthParam.Name]), nil
}
