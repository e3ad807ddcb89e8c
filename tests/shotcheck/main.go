// Command shotcheck measures the screenshots ./build.sh shots renders and prints one
// "PASS name: ..." or "FAIL name: ..." line per check (the screenshot suite's test step,
// scripts/test.d/70-shots.sh, runs it):
//
//   - every shot: below 2% clipped pixels;
//   - overview: not empty (not black, white or one flat colour);
//   - overview: at least three terrain material colour classes (vegetation, soil and sand,
//     rock, snow), each on at least 2% of the lower half;
//   - shoreline: water on at least 3% of the lower half;
//   - ground (probe: magenta background, no fog, no water): no background below the horizon;
//   - cave (probe): geometry on at least 98% of the view, and not black;
//   - cave and crater (voxel worlds): bounded material changes along scanlines (stripes
//     along height contours would add many);
//   - overview rendered twice, by two Godot processes: pixel-identical.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir := flag.String("dir", "", "folder of the shots (overview, ground, shoreline, cave, crater .png)")
	probe := flag.String("probe", "", "folder of the probe shots (ground, cave)")
	repeat := flag.String("repeat", "", "a second rendering of overview.png, to compare")
	only := flag.String("only", "overview,ground,shoreline,cave,crater", "comma-separated shots to check in -dir")
	flag.Parse()
	failed := 0
	check := func(name string, ok bool, format string, args ...any) {
		verdict := "PASS"
		if !ok {
			verdict = "FAIL"
			failed++
		}
		fmt.Printf("%s shots: %s: %s\n", verdict, name, fmt.Sprintf(format, args...))
	}
	load := func(path string) image.Image {
		f, err := os.Open(path)
		if err != nil {
			check(filepath.Base(path), false, "%v", err)
			return nil
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			check(filepath.Base(path), false, "decoding: %v", err)
			return nil
		}
		return img
	}
	shots := map[string]image.Image{}
	for _, name := range strings.Split(*only, ",") {
		img := load(filepath.Join(*dir, name+".png"))
		if img == nil {
			continue
		}
		shots[name] = img
		c := ClippedFraction(img)
		check(name+" clipped pixels", c < 0.02, "%.2f%% (limit 2%%)", 100*c)
	}
	if img := shots["overview"]; img != nil {
		h := img.Bounds().Dy()
		mean, sd := Luminance(img)
		check("overview not empty", mean > 0.05 && mean < 0.95 && sd > 0.02,
			"luminance mean %.3f sd %.3f (want in (0.05, 0.95), > 0.02: not black, white or flat)", mean, sd)
		n, s := MaterialClusters(img, h/2, h, 0.02)
		check("overview material classes", n >= 3, "%d classes on >= 2%% of the lower half (vegetation %.1f%%, soil/sand %.1f%%, rock %.1f%%, snow %.1f%%)",
			n, 100*s[Vegetation], 100*s[Soil], 100*s[Rock], 100*s[Snow])
	}
	if img := shots["shoreline"]; img != nil {
		h := img.Bounds().Dy()
		s := ClassShares(img, h/2, h)
		check("shoreline water", s[Water] >= 0.03, "water on %.1f%% of the lower half (want >= 3%%)", 100*s[Water])
	}
	for _, name := range []string{"cave", "crater"} {
		if img := shots[name]; img != nil {
			h := img.Bounds().Dy()
			mean, worst := ScanlineFlips(img, h/3, h, 3)
			w := img.Bounds().Dx()
			limit := float64(w) / 80
			check(name+" material flips along scanlines", mean <= limit, "mean %.2f per row, worst %d (limit: mean <= %.0f for %d px rows)", mean, worst, limit, w)
		}
	}
	if *probe != "" {
		if img := load(filepath.Join(*probe, "ground.png")); img != nil {
			h := img.Bounds().Dy()
			s := ClassShares(img, h/2+2, h)
			check("ground: no sky below the horizon", s[Probe] == 0, "background on %.3f%% of the rows below the horizon", 100*s[Probe])
		}
		if img := load(filepath.Join(*probe, "cave.png")); img != nil {
			s := ClassShares(img, 0, img.Bounds().Dy())
			mean, sd := Luminance(img)
			check("cave interior not empty", s[Probe] <= 0.02 && mean > 0.03 && sd > 0.02,
				"background on %.1f%% (limit 2%%), luminance mean %.3f sd %.3f (want > 0.03, > 0.02)", 100*s[Probe], mean, sd)
		}
	}
	if *repeat != "" && shots["overview"] != nil {
		if img := load(*repeat); img != nil {
			// Two processes render the same world to the same pixels but for rare
			// single-level differences: one CI run of many showed 1 pixel of 57,600 off by
			// 2 levels. Chunks and horizon tiles install in a timing-dependent order, and
			// llvmpipe may then break depth ties at tile and skirt overlaps differently (not
			// proven). Anything more than a few such pixels fails.
			n, delta := PixelDiff(shots["overview"], img)
			check("two runs of the overview pixel-identical up to rare depth ties", n >= 0 && n <= 4 && delta <= 8,
				"%d pixels differ (limit 4), by up to %d levels (limit 8)", n, delta)
		}
	}
	if failed > 0 {
		os.Exit(1)
	}
}
