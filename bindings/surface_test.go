package bindings

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"reflect"
	"syscall"
	"testing"
	"time"
)

// TestEncodeSurfaceLayout checks the buffers against hand-computed Godot encodings of one
// triangle: positions as float32, the normal (0,1,0) and its tangent (1,0,0) as
// octahedral unorm16 pairs, colours as RGBA8, uvs as float32 and 16-bit indices.
func TestEncodeSurfaceLayout(t *testing.T) {
	m := MeshArrays{
		Positions: []float32{0, 0, 0, 2, 1, 0, 0, 1, 3},
		Normals:   []float32{0, 1, 0, 0, 1, 0, 0, 1, 0},
		Colors:    []float32{1, 0.5, 0, 2, 0.1, 0.2, 0.3, 0.4, -1, 0, 0, 1},
		UVs:       []float32{0.25, 0.5, 1, 1, -3, 7},
		Indices:   []int32{0, 1, 2},
	}
	s, err := EncodeSurface(m)
	if err != nil {
		t.Fatal(err)
	}
	if want := uint64(0x80000101F); s.Format != want {
		t.Fatalf("format %#x, want %#x (vertex, normal, tangent, colour, uv, index, version 2)", s.Format, want)
	}
	if len(s.VertexData) != 3*20 || len(s.AttributeData) != 3*12 || len(s.IndexData) != 3*2 {
		t.Fatalf("buffer sizes %d/%d/%d, want 60/36/6", len(s.VertexData), len(s.AttributeData), len(s.IndexData))
	}
	le := binary.LittleEndian
	if x := math.Float32frombits(le.Uint32(s.VertexData[12:])); x != 2 {
		t.Errorf("second position x = %v", x)
	}
	// Normals and tangents follow all positions.
	nt := s.VertexData[36:]
	if nx, ny := le.Uint16(nt[0:]), le.Uint16(nt[2:]); nx != 32767 || ny != 65535 {
		t.Errorf("normal (0,1,0) encoded (%d,%d), want (32767,65535)", nx, ny)
	}
	if tx, ty := le.Uint16(nt[4:]), le.Uint16(nt[6:]); tx != 65535 || ty != 49151 {
		t.Errorf("tangent (1,0,0) encoded (%d,%d), want (65535,49151)", tx, ty)
	}
	for i, want := range [][4]uint8{{255, 127, 0, 255}, {25, 51, 76, 102}, {0, 0, 0, 255}} {
		got := [4]uint8(s.AttributeData[12*i : 12*i+4])
		if got != want {
			t.Errorf("colour %d encoded %v, want %v (truncated, clamped)", i, got, want)
		}
	}
	if v := math.Float32frombits(le.Uint32(s.AttributeData[12*2+4+4:])); v != 7 {
		t.Errorf("third uv y = %v", v)
	}
	if s.AABBPosition != [3]float32{0, 0, 0} || s.AABBSize != [3]float32{2, 1, 3} {
		t.Errorf("aabb %v %v", s.AABBPosition, s.AABBSize)
	}
}

// TestTangentOf: unit length, perpendicular to the normal, along +x where it can be and
// along +z where the surface faces along x.
func TestTangentOf(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 10000 {
		x, y, z := r.Float64()*2-1, r.Float64()*2-1, r.Float64()*2-1
		if i == 0 {
			x, y, z = 1, 0, 0 // facing +x: the +z axis
		}
		l := math.Sqrt(x*x + y*y + z*z)
		nx, ny, nz := float32(x/l), float32(y/l), float32(z/l)
		tx, ty, tz := TangentOf(nx, ny, nz)
		if d := math.Abs(float64(tx*tx+ty*ty+tz*tz) - 1); d > 1e-5 {
			t.Fatalf("tangent of (%v,%v,%v) has length² off by %v", nx, ny, nz, d)
		}
		if dot := math.Abs(float64(tx*nx + ty*ny + tz*nz)); dot > 1e-5 {
			t.Fatalf("tangent of (%v,%v,%v) not perpendicular: dot %v", nx, ny, nz, dot)
		}
		if i == 0 && (tz != 1 || tx != 0) {
			t.Fatalf("facing +x: tangent (%v,%v,%v), want +z", tx, ty, tz)
		}
		if i > 0 && 1-nx*nx > 0.01 && tx <= 0 {
			t.Fatalf("tangent of (%v,%v,%v) does not follow +x: (%v,%v,%v)", nx, ny, nz, tx, ty, tz)
		}
	}
}

func TestEncodeSurfaceVariants(t *testing.T) {
	t.Run("positions only", func(t *testing.T) {
		s, err := EncodeSurface(MeshArrays{Positions: []float32{1, 1, 1, 1, 1, 1, 1, 1, 1}})
		if err != nil {
			t.Fatal(err)
		}
		if s.Format != formatVertex|formatVersion2 || len(s.VertexData) != 36 || len(s.AttributeData) != 0 || s.IndexData != nil {
			t.Fatalf("%#x %d %d %v", s.Format, len(s.VertexData), len(s.AttributeData), s.IndexData)
		}
		if s.AABBSize != [3]float32{0.00001, 0.00001, 0.00001} {
			t.Fatalf("a point's box gets Godot's minimum thickness, got %v", s.AABBSize)
		}
	})
	t.Run("32-bit indices above 65536 vertices", func(t *testing.T) {
		n := 1<<16 + 1
		s, err := EncodeSurface(MeshArrays{Positions: make([]float32, 3*n), Indices: []int32{0, 1, int32(n - 1)}})
		if err != nil {
			t.Fatal(err)
		}
		if len(s.IndexData) != 12 || binary.LittleEndian.Uint32(s.IndexData[8:]) != uint32(n-1) {
			t.Fatalf("index data %v", s.IndexData)
		}
	})
	t.Run("invalid arrays", func(t *testing.T) {
		if _, err := EncodeSurface(MeshArrays{Positions: make([]float32, 9), Indices: []int32{0, 1, 5}}); err == nil {
			t.Fatal("an out-of-range index must be refused")
		}
	})
	t.Run("tangent sanitised", func(t *testing.T) {
		// Godot rewrites an encoded tangent (0, 65535) to (65535, 65535); check unorm16's
		// clamping that the rewrite relies on.
		if unorm16(1.5) != 65535 || unorm16(-1) != 0 || unorm16(float32(math.NaN())) != 0 {
			t.Fatal("unorm16 clamps like Godot")
		}
	})
}

// FuzzEncodeSurface: any valid arrays encode without panicking into buffers of the sizes
// the format implies.
func FuzzEncodeSurface(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, uint8(3))
	f.Fuzz(func(t *testing.T, raw []byte, flags uint8) {
		n := len(raw) / 4
		if n == 0 {
			return
		}
		vals := make([]float32, 3*n)
		for i := range vals {
			vals[i] = float32(int8(raw[i%len(raw)])) / 16
		}
		m := MeshArrays{Positions: vals}
		if flags&1 != 0 {
			m.Normals = vals
		}
		if flags&2 != 0 {
			m.Colors = append(vals[:0:0], append(vals, vals[:n]...)...)
		}
		if flags&4 != 0 {
			m.UVs = vals[:2*n]
		}
		if flags&8 != 0 {
			for i := range 3 * (n / 3) {
				m.Indices = append(m.Indices, int32(raw[i%len(raw)])%int32(n))
			}
		}
		s, err := EncodeSurface(m)
		if err != nil {
			t.Fatal(err)
		}
		stride := 12
		if m.Normals != nil {
			stride += 8
		}
		if len(s.VertexData) != stride*n || s.VertexCount != n || s.IndexCount != len(m.Indices) {
			t.Fatalf("vertex data %d for %d vertices of stride %d", len(s.VertexData), n, stride)
		}
	})
}

// BenchmarkEncodeSurface: one full-detail 64×64-quad heightmap chunk's arrays (4485
// vertices with skirts, 26112 indices).
func BenchmarkEncodeSurface(b *testing.B) {
	const n = 4485
	m := MeshArrays{Positions: make([]float32, 3*n), Normals: make([]float32, 3*n), Colors: make([]float32, 4*n), UVs: make([]float32, 2*n), Indices: make([]int32, 26112)}
	// Terrain-like normals: mostly up, leaning every way (so the signs of x and z are a
	// coin toss from vertex to vertex).
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		x, z := r.Float64()*0.8-0.4, r.Float64()*0.8-0.4
		l := math.Sqrt(x*x + 1 + z*z)
		m.Normals[3*i], m.Normals[3*i+1], m.Normals[3*i+2] = float32(x/l), float32(1/l), float32(z/l)
	}
	for i := range m.Indices {
		m.Indices[i] = int32(i % n)
	}
	b.SetBytes(int64(4 * (len(m.Positions) + len(m.Normals) + len(m.Colors) + len(m.UVs) + len(m.Indices))))
	b.ReportAllocs()
	cpu0 := cpuNow()
	for b.Loop() {
		if _, err := EncodeSurface(m); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0)
}

// TestEncodeSurfaceIntoReusesBuffers: encoding into a Surface that held a larger or a
// different chunk gives EncodeSurface's bytes, and in steady state allocates nothing.
func TestEncodeSurfaceIntoReusesBuffers(t *testing.T) {
	big, small := benchArrays(4485, 26112), benchArrays(1000, 4998)
	small.Colors = nil
	var s Surface
	for _, m := range []MeshArrays{big, small, big} {
		if err := EncodeSurfaceInto(&s, m); err != nil {
			t.Fatal(err)
		}
		want, err := EncodeSurface(m)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normalized(s), normalized(want)) {
			t.Fatalf("EncodeSurfaceInto differs from EncodeSurface for %d vertices", s.VertexCount)
		}
	}
	if a := testing.AllocsPerRun(20, func() { EncodeSurfaceInto(&s, big) }); a != 0 {
		t.Errorf("EncodeSurfaceInto allocates %v times per chunk in steady state", a)
	}
}

// normalized treats nil and empty buffers alike.
func normalized(s Surface) Surface {
	for _, b := range []*[]byte{&s.VertexData, &s.AttributeData, &s.IndexData} {
		if len(*b) == 0 {
			*b = nil
		}
	}
	return s
}

// benchArrays is a terrain-like chunk's arrays: n vertices, normals mostly up and leaning
// every way (so the signs of x and z are a coin toss from vertex to vertex).
func benchArrays(n, indices int) MeshArrays {
	m := MeshArrays{Positions: make([]float32, 3*n), Normals: make([]float32, 3*n), Colors: make([]float32, 4*n), UVs: make([]float32, 2*n), Indices: make([]int32, indices)}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		x, z := r.Float64()*0.8-0.4, r.Float64()*0.8-0.4
		l := math.Sqrt(x*x + 1 + z*z)
		m.Normals[3*i], m.Normals[3*i+1], m.Normals[3*i+2] = float32(x/l), float32(1/l), float32(z/l)
		m.Positions[3*i], m.Positions[3*i+1], m.Positions[3*i+2] = float32(i%65), float32(r.Float64()*40), float32(i/65)
		m.Colors[4*i], m.Colors[4*i+1], m.Colors[4*i+2], m.Colors[4*i+3] = float32(r.Float64()), 0.5, 0.25, 1
		m.UVs[2*i], m.UVs[2*i+1] = float32(i%65)/64, float32(i/65)/64
	}
	for i := range m.Indices {
		m.Indices[i] = int32(i % n)
	}
	return m
}

// BenchmarkEncodeSurfaceInto: BenchmarkEncodeSurface's chunk encoded into one reused
// Surface, as a worker does chunk after chunk.
func BenchmarkEncodeSurfaceInto(b *testing.B) {
	m := benchArrays(4485, 26112)
	var s Surface
	b.ReportAllocs()
	cpu0 := cpuNow()
	for b.Loop() {
		if err := EncodeSurfaceInto(&s, m); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu0)
}

// cpuNow is the process CPU time: benchmarks report it per op beside wall time, which on a
// machine shared with other work mostly measures the wait for a core.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := cpuNow() - cpu0; cpu > 0 && cpu0 > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
	}
}
