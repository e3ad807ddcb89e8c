// Command benchplot turns benchmark measurements into CSV tables and PNG plots.
//
// It reads rows "figure,series,x,y" (CSV, from files or standard input; lines starting with
// # are comments): figure names a plot, series one line or bar group in it, x a number (line
// plots) or a category (bar plots), y the measured value. For every figure it knows (see
// figures.go) it writes OUT/<figure>.csv, the figure's rows, and OUT/<figure>.png.
//
//	benchplot -out docs/bench measurements.csv ...
//
// ./build.sh bench runs it (scripts/bench.d/70-plots.sh).
package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// row is one measurement.
type row struct {
	figure, series, x string
	y                 float64
}

func main() {
	out := flag.String("out", "docs/bench", "folder for the CSV tables and PNG plots")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: benchplot [-out DIR] [FILE.csv ...] (standard input without files)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "benchplot:", err)
		os.Exit(1)
	}
}

func run(out string, files []string) error {
	var rows []row
	if len(files) == 0 {
		r, err := readRows(os.Stdin, "standard input")
		if err != nil {
			return err
		}
		rows = r
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		r, err := readRows(fh, f)
		fh.Close()
		if err != nil {
			return err
		}
		rows = append(rows, r...)
	}
	if len(rows) == 0 {
		return errors.New("no measurements")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	byFigure := map[string][]row{}
	for _, r := range rows {
		if _, ok := figures[r.figure]; !ok {
			return fmt.Errorf("unknown figure %q (known: %s)", r.figure, strings.Join(figureNames(), ", "))
		}
		byFigure[r.figure] = append(byFigure[r.figure], r)
	}
	for _, name := range figureNames() {
		rs := byFigure[name]
		if len(rs) == 0 {
			continue
		}
		if err := writeCSV(filepath.Join(out, name+".csv"), rs); err != nil {
			return err
		}
		if err := drawFigure(filepath.Join(out, name+".png"), figures[name], rs); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Printf("benchplot: wrote %s.png and %s.csv (%d measurements)\n", filepath.Join(out, name), name, len(rs))
	}
	return nil
}

// readRows parses figure,series,x,y rows.
func readRows(r io.Reader, name string) ([]row, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = 4
	cr.TrimLeadingSpace = true
	var rows []row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if rec[0] == "figure" {
			continue // header
		}
		y, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			return nil, fmt.Errorf("%s: figure %s, series %s: value %q is not a number", name, rec[0], rec[1], rec[3])
		}
		rows = append(rows, row{figure: rec[0], series: rec[1], x: rec[2], y: y})
	}
}

func writeCSV(path string, rows []row) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write([]string{"figure", "series", "x", "y"})
	for _, r := range rows {
		w.Write([]string{r.figure, r.series, r.x, strconv.FormatFloat(r.y, 'g', 6, 64)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
