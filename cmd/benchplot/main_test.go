package main

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunWritesPlotsAndTables(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "m.csv")
	data := "figure,series,x,y\n# a comment\n" +
		"workers,ProcGen,1,3000\nworkers,ProcGen,2,5500\nworkers,GDScript,1,575\nworkers,GDScript,2,1000\n" +
		"pipeline,scalar,height,300\npipeline,avx512,height,200\npipeline,main thread,install,150\n"
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if err := run(out, []string{in}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"workers", "pipeline"} {
		f, err := os.Open(filepath.Join(out, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s.png: %v", name, err)
		}
		if b := img.Bounds(); b.Dx() < 600 || b.Dy() < 300 {
			t.Errorf("%s.png is %v", name, b)
		}
		csv, err := os.ReadFile(filepath.Join(out, name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(csv), "figure,series,x,y\n"+name+",") {
			t.Errorf("%s.csv starts %q", name, string(csv[:40]))
		}
	}
	if _, err := os.Stat(filepath.Join(out, "noise.png")); err == nil {
		t.Error("a figure without measurements was drawn")
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ data, want string }{
		{"nosuch,a,1,2\n", "unknown figure"},
		{"workers,a,1,fast\n", "not a number"},
		{"workers,a,1\n", "wrong number of fields"},
		{"workers,a,one,2\n", "is not a number"},
		{"figure,series,x,y\n", "no measurements"},
	} {
		in := filepath.Join(dir, "bad.csv")
		os.WriteFile(in, []byte(c.data), 0o644)
		err := run(filepath.Join(dir, "out"), []string{in})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.data, err, c.want)
		}
	}
}
