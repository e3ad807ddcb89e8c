package main

import (
	"image"
	"image/color"
	"testing"
)

func fill(w, h int, f func(x, y int) color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetRGBA(x, y, f(x, y))
		}
	}
	return img
}

var (
	grass = color.RGBA{70, 110, 40, 255}
	sand  = color.RGBA{190, 170, 120, 255}
	rock  = color.RGBA{110, 105, 100, 255}
	snow  = color.RGBA{230, 232, 236, 255}
	water = color.RGBA{30, 90, 120, 255}
)

func TestClassify(t *testing.T) {
	for c, want := range map[color.RGBA]Class{grass: Vegetation, sand: Soil, rock: Rock, snow: Snow, water: Water,
		{255, 0, 255, 255}: Probe, {5, 5, 5, 255}: Dark} {
		if got := Classify(c); got != want {
			t.Errorf("Classify(%v) = %v, want %v", c, got, want)
		}
	}
}

// TestChecksCanFail: each measure tells a good image from a bad one.
func TestChecksCanFail(t *testing.T) {
	white := fill(100, 50, func(x, y int) color.RGBA { return color.RGBA{255, 255, 255, 255} })
	if c := ClippedFraction(white); c != 1 {
		t.Errorf("white image: %v clipped, want 1", c)
	}
	bands := fill(100, 50, func(x, y int) color.RGBA { return []color.RGBA{grass, sand, rock, snow}[x/25] })
	if n, _ := MaterialClusters(bands, 0, 50, 0.02); n != 4 {
		t.Errorf("four bands: %d clusters, want 4", n)
	}
	if n, _ := MaterialClusters(fill(100, 50, func(x, y int) color.RGBA { return grass }), 0, 50, 0.02); n != 1 {
		t.Errorf("flat green: %d clusters, want 1", n)
	}
	stripes := fill(100, 10, func(x, y int) color.RGBA { return []color.RGBA{grass, rock}[(x/4)%2] })
	if mean, _ := ScanlineFlips(stripes, 0, 10, 3); mean < 20 {
		t.Errorf("stripes every 4 px: %v flips per row, want >= 20", mean)
	}
	soft := fill(100, 10, func(x, y int) color.RGBA { return []color.RGBA{grass, rock}[x/50] })
	if mean, worst := ScanlineFlips(soft, 0, 10, 3); mean != 1 || worst != 1 {
		t.Errorf("one border: %v flips per row (worst %d), want 1", mean, worst)
	}
	noisy := fill(100, 10, func(x, y int) color.RGBA {
		if x%7 == 0 {
			return rock
		}
		return grass
	})
	if mean, _ := ScanlineFlips(noisy, 0, 10, 3); mean != 0 {
		t.Errorf("single-pixel noise: %v flips per row, want 0", mean)
	}
	a, b := fill(8, 8, func(x, y int) color.RGBA { return grass }), fill(8, 8, func(x, y int) color.RGBA { return grass })
	if same, _ := SamePixels(a, b); !same {
		t.Error("equal images differ")
	}
	b.SetRGBA(3, 3, rock)
	if same, d := SamePixels(a, b); same || d != 1 {
		t.Errorf("one pixel changed: same %v, %d differ", same, d)
	}
	if n, delta := PixelDiff(a, b); n != 1 || delta != 60 {
		t.Errorf("PixelDiff of one changed pixel: %d pixels, delta %d; want 1, 60", n, delta)
	}
}
