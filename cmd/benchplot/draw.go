package main

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// drawFigure writes the PNG of one figure.
func drawFigure(path string, f figure, rows []row) error {
	p := plot.New()
	p.Title.Text = f.title
	p.X.Label.Text = f.xLabel
	p.Y.Label.Text = f.yLabel
	p.Legend.Top = true
	p.Legend.YOffs = -vg.Points(16) // below the title
	p.Add(plotter.NewGrid())
	series, order := groupSeries(rows)
	if f.logY {
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = plot.LogTicks{Prec: -1}
	}
	var err error
	if f.bars {
		err = addBars(p, series, order)
	} else {
		err = addLines(p, series, order)
		p.Legend.Left = lowerAtLeft(rows)
		if p.Legend.Left {
			p.Legend.XOffs = vg.Points(60)
		}
		if !f.logY {
			p.Y.Min = 0
		}
		intTicks(p, rows)
	}
	if err != nil {
		return err
	}
	return p.Save(9*vg.Inch, 5*vg.Inch, path)
}

// groupSeries splits rows by series, keeping first-seen order.
func groupSeries(rows []row) (map[string][]row, []string) {
	m := map[string][]row{}
	var order []string
	for _, r := range rows {
		if _, ok := m[r.series]; !ok {
			order = append(order, r.series)
		}
		m[r.series] = append(m[r.series], r)
	}
	return m, order
}

func addLines(p *plot.Plot, series map[string][]row, order []string) error {
	for i, name := range order {
		rs := series[name]
		pts := make(plotter.XYs, len(rs))
		for k, r := range rs {
			x, err := strconv.ParseFloat(r.x, 64)
			if err != nil {
				return fmt.Errorf("series %s: x %q is not a number", name, r.x)
			}
			pts[k] = plotter.XY{X: x, Y: r.y}
		}
		l, err := plotter.NewLine(pts)
		if err != nil {
			return err
		}
		l.Color = plotutil.Color(i)
		l.Width = vg.Points(1.5)
		p.Add(l)
		if len(pts) <= 40 {
			s, err := plotter.NewScatter(pts)
			if err != nil {
				return err
			}
			s.Color = plotutil.Color(i)
			s.Shape = plotutil.Shape(i)
			p.Add(s)
			p.Legend.Add(name, l, s)
		} else {
			p.Legend.Add(name, l)
		}
	}
	return nil
}

func addBars(p *plot.Plot, series map[string][]row, order []string) error {
	// Categories in first-seen order across every series.
	var cats []string
	index := map[string]int{}
	for _, name := range order {
		for _, r := range series[name] {
			if _, ok := index[r.x]; !ok {
				index[r.x] = len(cats)
				cats = append(cats, r.x)
			}
		}
	}
	legended := map[string]bool{}
	// Bars of the series present in a category sit side by side, centred on it.
	present := make([][]string, len(cats))
	for _, name := range order {
		seen := map[string]bool{}
		for _, r := range series[name] {
			if k := index[r.x]; !seen[r.x] {
				seen[r.x] = true
				present[k] = append(present[k], name)
			}
		}
	}
	most := 1
	for _, ps := range present {
		most = max(most, len(ps))
	}
	w := vg.Points(math.Min(60, 480/float64(len(cats)*most)))
	for i, name := range order {
		col := plotutil.Color(i)
		for _, r := range series[name] {
			k := index[r.x]
			slot := 0
			for s, n := range present[k] {
				if n == name {
					slot = s
				}
			}
			b, err := plotter.NewBarChart(plotter.Values{r.y}, w)
			if err != nil {
				return err
			}
			b.XMin = float64(k)
			b.Color = col
			b.LineStyle.Width = 0
			b.Offset = vg.Length(float64(slot)-float64(len(present[k])-1)/2) * w
			p.Add(b)
			l, err := plotter.NewLabels(plotter.XYLabels{XYs: plotter.XYs{{X: float64(k), Y: r.y}}, Labels: []string{short(r.y)}})
			if err != nil {
				return err
			}
			l.TextStyle[0].XAlign = draw.XCenter
			l.TextStyle[0].Font.Size = vg.Points(8)
			l.Offset = vg.Point{X: b.Offset, Y: vg.Points(2)}
			p.Add(l)
			if r.series == name && slot >= 0 && !legended[name] {
				legended[name] = true
				p.Legend.Add(name, b)
			}
		}
	}
	labels := make([]string, len(cats))
	for i, c := range cats {
		labels[i] = strings.Replace(c, " (", "\n(", 1) // two lines: bars are narrow
	}
	p.NominalX(labels...)
	p.Legend.Left = true
	p.Legend.XOffs = vg.Points(60)
	p.X.Min, p.X.Max = -0.6, float64(len(cats))-0.4
	top := 0.0
	for _, rs := range series {
		for _, r := range rs {
			top = math.Max(top, r.y)
		}
	}
	p.Y.Max = top * 1.4 // room for the legend above the bars
	p.X.Tick.Label.Rotation = 0
	p.Legend.TextStyle.Color = color.Black
	p.Legend.Padding = vg.Points(2)
	p.Y.Min = 0
	return nil
}

// short formats v with three significant digits.
func short(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', 2, 64) + "M"
	case a >= 1e4:
		return strconv.FormatFloat(v/1e3, 'f', 1, 64) + "k"
	case a >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case a >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// intTicks marks the x axis at each measured x when they are a few whole numbers (worker
// counts, view distances).
func intTicks(p *plot.Plot, rows []row) {
	seen := map[float64]bool{}
	for _, r := range rows {
		x, err := strconv.ParseFloat(r.x, 64)
		if err != nil || x != math.Trunc(x) {
			return
		}
		seen[x] = true
	}
	if len(seen) > 20 {
		return
	}
	var ticks []plot.Tick
	for x := range seen {
		ticks = append(ticks, plot.Tick{Value: x, Label: strconv.FormatFloat(x, 'f', 0, 64)})
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
}

// lowerAtLeft reports whether the lines end lower at their smallest x than at their largest
// (summed over series), so that the legend covers less of them on the left.
func lowerAtLeft(rows []row) bool {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		if x, err := strconv.ParseFloat(r.x, 64); err == nil {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
	}
	var left, right float64
	for _, r := range rows {
		x, _ := strconv.ParseFloat(r.x, 64)
		switch x {
		case lo:
			left += r.y
		case hi:
			right += r.y
		}
	}
	return left <= right
}
