//go:build race

package noise

// raceEnabled makes the long equivalence tests short under the race detector, which slows
// them tenfold and checks nothing there.
const raceEnabled = true
