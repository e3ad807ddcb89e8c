package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws a one-line bar on a terminal; it draws nothing when the output is not a
// terminal (a pipe, a log file, CI) or when quiet.
type progress struct {
	w       io.Writer
	on      bool
	last    time.Time
	start   time.Time
	drawn   bool
	lastPct int
}

func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, start: time.Now(), lastPct: -1}
	if f, ok := w.(*os.File); ok && !quiet {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb" {
			p.on = true
		}
	}
	return p
}

const barWidth = 30

func (p *progress) update(done, total int) {
	if !p.on || total == 0 {
		return
	}
	pct := 100 * done / total
	if pct == p.lastPct && done < total && time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last, p.lastPct, p.drawn = time.Now(), pct, true
	fill := barWidth * done / total
	rate := float64(done) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r[%s%s] %3d%% %d/%d chunks %.0f/s ", strings.Repeat("#", fill), strings.Repeat(" ", barWidth-fill), pct, done, total, rate)
}

func (p *progress) finish() {
	if p.drawn {
		fmt.Fprint(p.w, "\n")
	}
}
