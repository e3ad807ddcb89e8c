package world

import "github.com/procgen-godot/procgen/procgen/noise"

// layerBlock is how many points layer.partialBatch warps at once, in stack arrays.
const layerBlock = 64

// partialBatch sets out[i] = l.partial(l.warp(xs[i], zs[i]), from, to) for i < len(out),
// bit for bit, through the noise package's batch methods (one call per octave and block of
// points instead of one interface call per octave and point; vector kernels where the build
// has them). out must not overlap xs or zs.
func (l *layer) partialBatch(xs, zs []float64, from, to int, out []float64) {
	var fx, fz, wx, wz, t [layerBlock]float64
	for lo := 0; lo < len(out); lo += layerBlock {
		o := out[lo:min(lo+layerBlock, len(out))]
		n := len(o)
		px, pz := xs[lo:lo+n], zs[lo:lo+n]
		if l.wx != nil {
			// As warp: the warp products are rounded on their own (no FMA).
			for i := range o {
				fx[i], fz[i] = float64(px[i]*l.warpF), float64(pz[i]*l.warpF)
			}
			noise.Eval2Batch(l.wx, fx[:n], fz[:n], t[:n])
			for i := range o {
				wx[i] = px[i] + float64(l.warpA*t[i])
			}
			noise.Eval2Batch(l.wz, fx[:n], fz[:n], t[:n])
			for i := range o {
				wz[i] = pz[i] + float64(l.warpA*t[i])
			}
			px, pz = wx[:n], wz[:n]
		}
		if !l.ridged {
			l.fbm.Partial2Batch(px, pz, from, to, o)
			continue
		}
		clear(o)
		for k := from; k < to; k++ {
			l.fbm.Octave2Batch(k, px, pz, t[:n])
			amp := l.fbm.Amplitude(k)
			for i := range o {
				o[i] += float64(amp * ridge(t[i]))
			}
		}
	}
}
