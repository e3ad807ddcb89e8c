package gltf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ParseChunk parses "X,Y,Z" chunk coordinates (integers), as command lines and URLs give
// them; name prefixes the error.
func ParseChunk(name, s string) (v [3]int32, err error) {
	parts, err := split3(name, s)
	if err != nil {
		return v, err
	}
	for i, p := range parts {
		n, err := strconv.ParseInt(strings.TrimSpace(p), 10, 32)
		if err != nil {
			return v, fmt.Errorf("%s %q: %q is not a chunk coordinate (an integer)", name, s, p)
		}
		v[i] = int32(n)
	}
	return v, nil
}

// ParsePoint parses "X,Y,Z" world coordinates in metres; NaN and infinities are errors.
func ParsePoint(name, s string) (v [3]float64, err error) {
	parts, err := split3(name, s)
	if err != nil {
		return v, err
	}
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return v, fmt.Errorf("%s %q: %q is not a finite number", name, s, p)
		}
		v[i] = f
	}
	return v, nil
}

func split3(name, s string) ([]string, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return nil, fmt.Errorf("%s %q: want three comma-separated numbers X,Y,Z", name, s)
	}
	return parts, nil
}

// Around sets the region to the chunks within radius chunks of the chunk holding center
// (world metres): a (2·radius+1)² square, or cube in voxel worlds (heightmap worlds keep
// y = 0). Call it once World is set.
func (r *Request) Around(center [3]float64, radius int) error {
	if radius < 0 {
		return fmt.Errorf("%w: radius %d is negative", ErrRegion, radius)
	}
	size := float64(r.ChunkSize())
	for a := 0; a < 3; a++ {
		k := math.Floor(center[a] / size)
		if math.IsNaN(k) || math.Abs(k)+float64(radius) > math.MaxInt32/2 {
			return fmt.Errorf("%w: center %v is outside the world", ErrRegion, center)
		}
		r.From[a], r.To[a] = int32(k)-int32(radius), int32(k)+int32(radius)
	}
	if !r.Voxel() {
		r.From[1], r.To[1] = 0, 0
	}
	return nil
}
