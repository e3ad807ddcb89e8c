package extension

// pipelineDocs are the class reference texts of the pipeline members (pipeline.go).
var pipelineDocs = map[string]string{
	"get_pipeline":        "Returns an Array of Dictionaries, one per pipeline element in order: name, kind (source, filter or sink), enabled, order, ms_per_chunk (mean generation time of a source or filter in this world; p50 install or collision time of the mesh and collision sinks), identity (true when it is part of the world config and hash), required, user (a stage plugged in from Go), doc, and for filters with parameters params (current values) and param_ranges (min, max, default, integer, doc); the learned filter also reports model (its weights' SHA-256).",
	"set_element_enabled": "Switches the pipeline element name on or off and returns true, or pushes an error and returns false. Switching a source or filter makes a new world config version (get_world_hash changes): chunks regenerate nearest first within the frame budget while the previous ones stay shown, edits keep applying, and world_ready follows when all are replaced. Switching the mesh or collision sink changes only this node. A filter whose world cannot be built (for example a learned model whose weights are missing or bad) stays off.",
	"set_element_param":   "Sets parameter key of filter name (see get_pipeline()'s param_ranges) and returns true: a new world config version. An unknown filter or key or a value out of range pushes an error and returns false.",
	"load_model":          "Reads a learned-stage weights file (format documented in procgen/learned/format.go), checks it and returns its model id (SHA-256) for set_element_model, or pushes an error and returns \"\".",
	"set_element_model":   "Makes the learned filter run the model id returned by load_model (\"\" for the shipped model): a new world config version. Returns false after an error.",
	"pipeline_changed":    "Emitted after set_element_enabled, set_element_param or set_element_model changed the pipeline.",
}
