package main

import "sort"

// figure describes one plot.
type figure struct {
	title, xLabel, yLabel string
	bars                  bool // categories on x, one bar per series; else numeric x, lines
	logY                  bool // line plots only
}

// figures are the plots ./build.sh bench draws; each names its baseline series.
var figures = map[string]figure{
	"workers": {
		title:  "Chunks per second against worker threads (64×64 quads, full detail)",
		xLabel: "worker threads", yLabel: "chunks/s",
	},
	"frames": {
		title:  "Main-thread time per frame while flying (view distance 8, defaults)",
		xLabel: "frame", yLabel: "ms",
	},
	"world_ready": {
		title:  "Time to world_ready against view distance (defaults)",
		xLabel: "view distance (chunks)", yLabel: "seconds", logY: true,
	},
	"noise": {
		title:  "5-octave fBm, cost per sample",
		xLabel: "", yLabel: "ns per sample", bars: true,
	},
	"pipeline": {
		title:  "Cost per chunk of each pipeline element (64×64 quads)",
		xLabel: "", yLabel: "µs per chunk", bars: true,
	},
	"storage": {
		title:  "Storage: edits per second, batched against single inserts",
		xLabel: "", yLabel: "edits/s", bars: true,
	},
}

func figureNames() []string {
	var names []string
	for n := range figures {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
