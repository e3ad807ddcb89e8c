package main

import (
	"image"
	"image/color"
	"math"
)

// Class is a pixel's material class, judged from its colour alone.
type Class int

// Material classes: saturated hues (vegetation, soil and sand, water) and achromatic
// lightness bands (rock, snow), plus the magenta probe background and everything else.
const (
	Other Class = iota
	Vegetation
	Soil
	Water
	Rock
	Snow
	Dark
	Probe
	numClasses
)

var classNames = [numClasses]string{"other", "vegetation", "soil/sand", "water", "rock", "snow", "dark", "probe"}

func (c Class) String() string { return classNames[c] }

// hsv converts 8-bit RGB to hue (degrees), saturation and value in [0, 1].
func hsv(c color.RGBA) (h, s, v float64) {
	r, g, b := float64(c.R)/255, float64(c.G)/255, float64(c.B)/255
	mx := math.Max(r, math.Max(g, b))
	mn := math.Min(r, math.Min(g, b))
	v = mx
	if mx == 0 {
		return 0, 0, 0
	}
	s = (mx - mn) / mx
	d := mx - mn
	switch {
	case d == 0:
		h = 0
	case mx == r:
		h = 60 * math.Mod((g-b)/d, 6)
	case mx == g:
		h = 60 * ((b-r)/d + 2)
	default:
		h = 60 * ((r-g)/d + 4)
	}
	if h < 0 {
		h += 360
	}
	return h, s, v
}

// Classify returns the material class of a pixel.
func Classify(c color.RGBA) Class {
	if c.R > 200 && c.G < 60 && c.B > 200 {
		return Probe
	}
	h, s, v := hsv(c)
	switch {
	case v < 0.08:
		return Dark
	case s < 0.16 && v > 0.72:
		return Snow
	case s < 0.16:
		return Rock
	case h >= 15 && h < 62:
		return Soil
	case h >= 62 && h < 165:
		return Vegetation
	case h >= 165 && h < 250:
		return Water
	}
	return Other
}

func rgba(img image.Image, x, y int) color.RGBA {
	return color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
}

// ClippedFraction is the fraction of pixels with a channel at 255 (blown out) or with
// every channel at 0 (crushed).
func ClippedFraction(img image.Image) float64 {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := rgba(img, x, y)
			if c.R == 255 || c.G == 255 || c.B == 255 || (c.R == 0 && c.G == 0 && c.B == 0) {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}

// ClassShares returns each class's share of the pixels in rows [y0, y1).
func ClassShares(img image.Image, y0, y1 int) [numClasses]float64 {
	var out [numClasses]float64
	b := img.Bounds()
	n := 0
	for y := max(y0, b.Min.Y); y < min(y1, b.Max.Y); y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out[Classify(rgba(img, x, y))]++
			n++
		}
	}
	for i := range out {
		out[i] /= float64(max(n, 1))
	}
	return out
}

// MaterialClusters counts the terrain material classes (vegetation, soil/sand, rock, snow)
// holding at least minShare of rows [y0, y1).
func MaterialClusters(img image.Image, y0, y1 int, minShare float64) (int, [numClasses]float64) {
	s := ClassShares(img, y0, y1)
	n := 0
	for _, c := range []Class{Vegetation, Soil, Rock, Snow} {
		if s[c] >= minShare {
			n++
		}
	}
	return n, s
}

// ScanlineFlips returns the mean and the largest number of changes of material class along
// rows [y0, y1), counting only changes between terrain materials (vegetation, soil, rock,
// snow) that persist for at least run pixels, so that single noisy pixels do not count.
func ScanlineFlips(img image.Image, y0, y1, run int) (mean float64, worst int) {
	b := img.Bounds()
	rows := 0
	total := 0
	terrain := func(c Class) bool { return c == Vegetation || c == Soil || c == Rock || c == Snow }
	for y := max(y0, b.Min.Y); y < min(y1, b.Max.Y); y++ {
		flips := 0
		cur, length, last := Other, 0, Other
		for x := b.Min.X; x < b.Max.X; x++ {
			c := Classify(rgba(img, x, y))
			if c == cur {
				length++
			} else {
				cur, length = c, 1
			}
			if length == run && terrain(cur) {
				if terrain(last) && last != cur {
					flips++
				}
				last = cur
			}
		}
		total += flips
		worst = max(worst, flips)
		rows++
	}
	return float64(total) / float64(max(rows, 1)), worst
}

// Luminance returns the mean and standard deviation of pixel luminance in [0, 1].
func Luminance(img image.Image) (mean, sd float64) {
	b := img.Bounds()
	var s, s2 float64
	n := float64(b.Dx() * b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := rgba(img, x, y)
			l := (0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)) / 255
			s += l
			s2 += l * l
		}
	}
	mean = s / n
	return mean, math.Sqrt(math.Max(s2/n-mean*mean, 0))
}

// SamePixels reports whether a and b have the same size and pixels, and how many differ.
func SamePixels(a, b image.Image) (bool, int) {
	if a.Bounds() != b.Bounds() {
		return false, -1
	}
	d := 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if rgba(a, x, y) != rgba(b, x, y) {
				d++
			}
		}
	}
	return d == 0, d
}

// PixelDiff counts the pixels of a and b that differ and the largest difference of any
// channel between them (-1, -1 when the sizes differ).
func PixelDiff(a, b image.Image) (n, maxDelta int) {
	if a.Bounds() != b.Bounds() {
		return -1, -1
	}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			pa, pb := rgba(a, x, y), rgba(b, x, y)
			if pa == pb {
				continue
			}
			n++
			for _, d := range []int{int(pa.R) - int(pb.R), int(pa.G) - int(pb.G), int(pa.B) - int(pb.B), int(pa.A) - int(pb.A)} {
				maxDelta = max(maxDelta, d, -d)
			}
		}
	}
	return n, maxDelta
}
