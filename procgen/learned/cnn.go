// Package learned is the pipeline's learned filter stage: a small convolutional network
// that approximates the global droplet erosion simulation (package erosion) from the
// uneroded height field, run as a world.HeightFilter.
//
// Inference is pure Go in float64 with a fixed operation order, every product converted
// explicitly (no fused multiply-add on any architecture) and the output rounded to a
// multiple of Quantum, so every machine computes the same bits. The network only reads
// samples within its receptive field, which is its apron: chunks agree at their borders by
// construction.
//
// The weights file format is documented in format.go; cmd/erosion-train reproduces the
// shipped weights (weights/erosion-v1.pgnn) from seeds.
package learned

import (
	"math"
	"sync"
)

// Quantum is the resolution of the filter's output height change: each predicted change
// is rounded to a multiple of it.
const Quantum = 1.0 / 4096

// MaxChange bounds the height change a model may make at a sample, so no weights file can
// push heights out of the world's range or to infinity.
const MaxChange = 512.0

// Features is the number of input channels the network sees at each sample: the central
// differences of height along x and z and the 5-point Laplacian, times InScale.
const Features = 3

// Layer is one convolution: Out×In kernels of K×K taps (K is 1 or 3) at dilation D, then
// an optional ReLU. W is indexed [((o*In+i)*K+ky)*K+kx].
type Layer struct {
	In, Out, K, D int
	ReLU          bool
	W, B          []float64
}

// reach is how far the layer reads beyond an output sample.
func (l *Layer) reach() int { return (l.K / 2) * l.D }

// Net is a feed-forward stack of valid (unpadded) convolutions over the feature planes; its
// single output channel, times OutScale, is the change of height.
type Net struct {
	InScale, OutScale float64
	Layers            []Layer
}

// Apron is the receptive field: one sample for the features plus each layer's reach.
func (n *Net) Apron() int {
	a := 1
	for i := range n.Layers {
		a += n.Layers[i].reach()
	}
	return a
}

// tensor is C planes of H×W samples.
type tensor struct {
	c, h, w int
	v       []float64
}

func (t *tensor) resize(c, h, w int) {
	t.c, t.h, t.w = c, h, w
	if cap(t.v) < c*h*w {
		t.v = make([]float64, c*h*w)
	}
	t.v = t.v[:c*h*w]
}

func (t *tensor) plane(c int) []float64 { return t.v[c*t.h*t.w : (c+1)*t.h*t.w] }

// features fills t with the network's input planes for height field h (nx×nz), which are
// (nx-2)×(nz-2).
func features(h []float64, nx, nz int, scale float64, t *tensor) {
	t.resize(Features, nz-2, nx-2)
	gx, gz, lap := t.plane(0), t.plane(1), t.plane(2)
	for j := 1; j < nz-1; j++ {
		for i := 1; i < nx-1; i++ {
			k := j*nx + i
			o := (j-1)*(nx-2) + i - 1
			gx[o] = float64(float64((h[k+1]-h[k-1])*0.5) * scale)
			gz[o] = float64(float64((h[k+nx]-h[k-nx])*0.5) * scale)
			s := ((h[k+1] + h[k-1]) + (h[k+nx] + h[k-nx])) - float64(4*h[k])
			lap[o] = float64(s * scale)
		}
	}
}

// forward runs layer l on in into out. Summation order is fixed: bias, then input channel,
// kernel row, kernel column, each product rounded before it is added (the three taps of a
// kernel row are added in one pass, in that order).
func (l *Layer) forward(in, out *tensor) {
	r := l.reach()
	oh, ow := in.h-2*r, in.w-2*r
	out.resize(l.Out, oh, ow)
	for o := 0; o < l.Out; o++ {
		dst := out.plane(o)
		b := l.B[o]
		for k := range dst {
			dst[k] = b
		}
		for i := 0; i < l.In; i++ {
			src := in.plane(i)
			for ky := 0; ky < l.K; ky++ {
				wk := l.W[((o*l.In+i)*l.K+ky)*l.K:][:l.K]
				for y := 0; y < oh; y++ {
					off := (y + ky*l.D) * in.w
					d := dst[y*ow : (y+1)*ow]
					if l.K == 1 {
						r0 := src[off : off+ow]
						w0 := wk[0]
						for x := range d {
							d[x] += float64(w0 * r0[x])
						}
						continue
					}
					r0 := src[off : off+ow]
					r1 := src[off+l.D : off+l.D+ow]
					r2 := src[off+2*l.D : off+2*l.D+ow]
					w0, w1, w2 := wk[0], wk[1], wk[2]
					for x := range d {
						d[x] = ((d[x] + float64(w0*r0[x])) + float64(w1*r1[x])) + float64(w2*r2[x])
					}
				}
			}
		}
		if l.ReLU {
			for k := range dst {
				dst[k] = max(dst[k], 0)
			}
		}
	}
}

// Filter is a Net run as a world.HeightFilter: output = input + round(OutScale·net, Quantum)·Strength.
type Filter struct {
	net      *Net
	strength float64
	pool     sync.Pool // *[2]tensor
}

// NewFilter runs net with the given strength (1: the change the network predicts).
func NewFilter(net *Net, strength float64) *Filter {
	f := &Filter{net: net, strength: strength}
	f.pool.New = func() any { return new([2]tensor) }
	return f
}

// Apron is the network's receptive field.
func (f *Filter) Apron() int { return f.net.Apron() }

// Filter writes the filtered heights of src's inner samples into dst.
func (f *Filter) Filter(src []float64, nx, nz int, dst []float64) {
	t := f.pool.Get().(*[2]tensor)
	defer f.pool.Put(t)
	out := f.net.infer(src, nx, nz, t)
	a := f.Apron()
	w := nx - 2*a
	for j := 0; j < nz-2*a; j++ {
		for i := 0; i < w; i++ {
			d := float64(out[j*w+i]*f.net.OutScale) / Quantum
			if d != d { // NaN from a pathological (yet well-formed) weights file
				d = 0
			}
			d = math.RoundToEven(min(max(d, -MaxChange/Quantum), MaxChange/Quantum)) * Quantum
			dst[j*w+i] = src[(j+a)*nx+i+a] + float64(d*f.strength)
		}
	}
}

// infer returns the raw output plane for the inner (nx-2A)×(nz-2A) samples.
func (n *Net) infer(h []float64, nx, nz int, t *[2]tensor) []float64 {
	features(h, nx, nz, n.InScale, &t[0])
	cur, next := &t[0], &t[1]
	for i := range n.Layers {
		n.Layers[i].forward(cur, next)
		cur, next = next, cur
	}
	return cur.plane(0)
}
