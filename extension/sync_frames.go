package extension

import "time"

// Main-thread cost of a ProcGenSync: the wall and CPU time of its work per frame (its
// process step and the packets it handled), kept for get_stats' percentiles and for
// take_frame_times, which hands a load test every frame's figures without a get_stats call
// (a Dictionary of every peer's counters) per frame.

// maxFrameLog bounds the frames kept for take_frame_times (two floats each); older ones are
// dropped first.
const maxFrameLog = 1 << 16

// measure starts timing a piece of this node's main-thread work; the returned func ends it
// and adds its wall and CPU time to the frame's.
func (s *ProcGenSync) measure() func() {
	began := time.Now()
	cpu0, ok := threadCPU()
	return func() {
		wall := time.Since(began)
		s.busy += wall
		if cpu1, ok1 := threadCPU(); ok && ok1 {
			s.busyCPU += cpu1 - cpu0
		} else {
			s.busyCPU += wall
		}
	}
}

// endFrame closes the last frame's figures (called at the start of Process).
func (s *ProcGenSync) endFrame() {
	s.lastBusy, s.busy = s.busy, 0
	s.lastBusyCPU, s.busyCPU = s.busyCPU, 0
	s.frameMs.add(ms(s.lastBusy))
	if len(s.frameLog) >= 2*maxFrameLog {
		s.frameLog = append(s.frameLog[:0], s.frameLog[len(s.frameLog)/2:]...)
	}
	s.frameLog = append(s.frameLog, float32(ms(s.lastBusy)), float32(ms(s.lastBusyCPU)))
}

// TakeFrameTimes returns the main-thread milliseconds of this node's work in each frame
// since the last call (at most the last 65536 frames), as pairs: wall time, then CPU time.
func (s *ProcGenSync) TakeFrameTimes() []float32 {
	out := s.frameLog
	if out == nil {
		out = []float32{}
	}
	s.frameLog = nil
	return out
}
