package learned

import (
	"math"
)

// Arch describes a network to train: Channels hidden channels and one 3×3 ReLU layer per
// entry of Dilations, then a 1×1 layer to the output.
type Arch struct {
	Channels  int
	Dilations []int
}

// splitmix is SplitMix64, the deterministic source of initial weights.
type splitmix uint64

func (s *splitmix) unit() float64 {
	*s += 0x9E3779B97F4A7C15
	z := uint64(*s)
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	z ^= z >> 31
	return float64(float64(z>>11) / (1 << 53))
}

// NewNet returns an untrained network of arch with He-uniform weights drawn from seed.
func NewNet(arch Arch, seed uint64, inScale, outScale float64) *Net {
	rng := splitmix(seed)
	n := &Net{InScale: inScale, OutScale: outScale}
	in := Features
	add := func(out, k, d int, relu bool) {
		l := Layer{In: in, Out: out, K: k, D: d, ReLU: relu, W: make([]float64, out*in*k*k), B: make([]float64, out)}
		a := math.Sqrt(6 / float64(in*k*k))
		if !relu {
			a = float64(a * 0.1) // start near "no change"
		}
		for i := range l.W {
			l.W[i] = float64((float64(2*rng.unit()) - 1) * a)
		}
		n.Layers = append(n.Layers, l)
		in = out
	}
	for _, d := range arch.Dilations {
		add(arch.Channels, 3, d, true)
	}
	add(1, 1, 1, false)
	return n
}

// Trainer fits a Net with Adam on mean squared error of the height change.
type Trainer struct {
	Net   *Net
	LR    float64
	t     int
	m, v  [][]float64 // Adam moments per layer, weights then biases
	grad  [][]float64
	acts  []tensor
	gbuf  [2]tensor
	count int // samples accumulated into grad
}

// NewTrainer prepares to train n.
func NewTrainer(n *Net, lr float64) *Trainer {
	t := &Trainer{Net: n, LR: lr}
	for _, l := range n.Layers {
		size := len(l.W) + len(l.B)
		t.m = append(t.m, make([]float64, size))
		t.v = append(t.v, make([]float64, size))
		t.grad = append(t.grad, make([]float64, size))
	}
	t.acts = make([]tensor, len(n.Layers)+1)
	return t
}

// Accumulate adds the gradient of the squared error on one crop: h is the input height
// field (nx×nz) and target the wanted change of height on its inner (nx-2A)×(nz-2A)
// samples. It returns the crop's sum of squared errors and sample count.
func (t *Trainer) Accumulate(h []float64, nx, nz int, target []float64) (sse float64, count int) {
	n := t.Net
	features(h, nx, nz, n.InScale, &t.acts[0])
	for i := range n.Layers {
		n.Layers[i].forward(&t.acts[i], &t.acts[i+1])
	}
	out := &t.acts[len(n.Layers)]
	g := &t.gbuf[0]
	g.resize(1, out.h, out.w)
	for k, y := range out.v {
		e := float64(y*n.OutScale) - target[k]
		sse += float64(e * e)
		g.v[k] = 2 * e * n.OutScale
	}
	count = len(out.v)
	t.count += count
	for li := len(n.Layers) - 1; li >= 0; li-- {
		l := &n.Layers[li]
		in, act := &t.acts[li], &t.acts[li+1]
		if l.ReLU {
			for k := range g.v {
				if act.v[k] <= 0 {
					g.v[k] = 0
				}
			}
		}
		gw := t.grad[li]
		gb := gw[len(l.W):]
		var gin *tensor
		if li > 0 {
			gin = &t.gbuf[1]
			gin.resize(in.c, in.h, in.w)
			clear(gin.v)
		}
		oh, ow := act.h, act.w
		for o := 0; o < l.Out; o++ {
			gp := g.plane(o)
			s := 0.0
			for _, v := range gp {
				s += v
			}
			gb[o] += s
			for i := 0; i < l.In; i++ {
				src := in.plane(i)
				var gi []float64
				if gin != nil {
					gi = gin.plane(i)
				}
				for ky := 0; ky < l.K; ky++ {
					for kx := 0; kx < l.K; kx++ {
						wi := ((o*l.In+i)*l.K+ky)*l.K + kx
						w := l.W[wi]
						acc := 0.0
						for y := 0; y < oh; y++ {
							off := (y+ky*l.D)*in.w + kx*l.D
							row := src[off : off+ow]
							gr := gp[y*ow : (y+1)*ow]
							for x, gv := range gr {
								acc += float64(gv * row[x])
							}
							if gi != nil {
								dst := gi[off : off+ow]
								for x, gv := range gr {
									dst[x] += float64(w * gv)
								}
							}
						}
						gw[wi] += acc
					}
				}
			}
		}
		if gin != nil {
			t.gbuf[0], t.gbuf[1] = t.gbuf[1], t.gbuf[0]
			g = &t.gbuf[0]
		}
	}
	return sse, count
}

// Step applies one Adam update with the accumulated gradient (averaged per sample) and
// clears it.
func (t *Trainer) Step() {
	const b1, b2, eps = 0.9, 0.999, 1e-8
	t.t++
	c1 := 1 - math.Pow(b1, float64(t.t))
	c2 := 1 - math.Pow(b2, float64(t.t))
	inv := 1 / float64(max(t.count, 1))
	for li := range t.Net.Layers {
		l := &t.Net.Layers[li]
		g, m, v := t.grad[li], t.m[li], t.v[li]
		for k := range g {
			gk := g[k] * inv
			m[k] = float64(b1*m[k]) + float64((1-b1)*gk)
			v[k] = float64(b2*v[k]) + float64(float64((1-b2)*gk)*gk)
			step := t.LR * (m[k] / c1) / (math.Sqrt(v[k]/c2) + eps)
			if k < len(l.W) {
				l.W[k] -= step
			} else {
				l.B[k-len(l.W)] -= step
			}
			g[k] = 0
		}
	}
	t.count = 0
}
