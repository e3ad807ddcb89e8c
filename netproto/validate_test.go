package netproto

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/procgen-godot/procgen/procgen/edit"
	"github.com/procgen-godot/procgen/procgen/world"
)

func testLimits(t *testing.T) Limits {
	t.Helper()
	cfg := world.Default(1)
	l := DefaultLimits(&cfg, 1000)
	if err := l.Validate(); err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLimitsCheckAccepts(t *testing.T) {
	l := testLimits(t)
	for k := edit.Raise; k <= edit.Paint; k++ {
		q := &EditRequest{Nonce: 9, Kind: k, Material: 1, X: -1000, Y: l.Max[1], Z: 1000, Radius: l.MaxRadius, Amount: 1}
		d, reason, err := l.Check(q)
		if err != nil || reason != 0 {
			t.Fatalf("%v: %v %v", k, reason, err)
		}
		want := edit.Delta{Kind: k, Material: 1, X: -1000, Y: l.Max[1], Z: 1000, Radius: l.MaxRadius, Amount: 1}
		if d != want {
			t.Fatalf("%v: delta %+v, want %+v", k, d, want)
		}
		// Ready for identity and the edit encoders.
		d.ID = edit.ID{Origin: 1, Seq: 1}
		if _, err := d.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLimitsCheckRejects(t *testing.T) {
	l := testLimits(t)
	l.Forbidden = []edit.Kind{edit.Paint}
	ok := EditRequest{Nonce: 4, Kind: edit.Raise, X: 1, Y: 2, Z: 3, Radius: 4, Amount: 5}
	cases := []struct {
		name string
		f    func(*EditRequest)
		want Reason
	}{
		{"kind 0", func(q *EditRequest) { q.Kind = 0 }, ReasonKind},
		{"kind 7", func(q *EditRequest) { q.Kind = 7 }, ReasonKind},
		{"kind 255", func(q *EditRequest) { q.Kind = 255 }, ReasonKind},
		{"forbidden kind", func(q *EditRequest) { q.Kind = edit.Paint }, ReasonKind},
		{"nan x", func(q *EditRequest) { q.X = math.NaN() }, ReasonInvalid},
		{"inf radius", func(q *EditRequest) { q.Radius = math.Inf(1) }, ReasonInvalid},
		{"x low", func(q *EditRequest) { q.X = -1000.5 }, ReasonOutOfBounds},
		{"x high", func(q *EditRequest) { q.X = 1001 }, ReasonOutOfBounds},
		{"y low", func(q *EditRequest) { q.Y = l.Min[1] - 1 }, ReasonOutOfBounds},
		{"y high", func(q *EditRequest) { q.Y = l.Max[1] + 1 }, ReasonOutOfBounds},
		{"z high", func(q *EditRequest) { q.Z = 1e9 }, ReasonOutOfBounds},
		{"huge x", func(q *EditRequest) { q.X = math.MaxFloat64 }, ReasonOutOfBounds},
		{"radius 0", func(q *EditRequest) { q.Radius = 0 }, ReasonRadius},
		{"radius negative", func(q *EditRequest) { q.Radius = -1 }, ReasonRadius},
		{"radius over", func(q *EditRequest) { q.Radius = l.MaxRadius * 1.01 }, ReasonRadius},
		{"amount negative", func(q *EditRequest) { q.Amount = -1 }, ReasonAmount},
		{"amount over", func(q *EditRequest) { q.Amount = l.MaxAmount + 1 }, ReasonAmount},
		{"flatten over 1", func(q *EditRequest) { q.Kind = edit.Flatten; q.Amount = 1.5 }, ReasonAmount},
		{"material", func(q *EditRequest) { q.Material = uint8(l.Materials) }, ReasonMaterial},
		{"material 255", func(q *EditRequest) { q.Kind = edit.AddDensity; q.Material = 255 }, ReasonMaterial},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := ok
			c.f(&q)
			d, reason, err := l.Check(&q)
			if reason != c.want || !errors.Is(err, ErrRejected) || d != (edit.Delta{}) {
				t.Fatalf("Check = %+v, %v, %v; want %v", d, reason, err, c.want)
			}
			rej := Reject(q.Nonce, reason, err)
			b, err := rej.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			m, err := DecodeFromServer(b)
			if err != nil {
				t.Fatal(err)
			}
			if got := m.(*EditReject); got.Nonce != 4 || got.Reason != c.want || got.Text == "" {
				t.Fatalf("%+v", got)
			}
		})
	}
	if _, r, _ := l.Check(&ok); r != 0 {
		t.Fatalf("base request rejected: %v", r)
	}
}

func TestLimitsAnyMaterial(t *testing.T) {
	l := testLimits(t)
	l.Materials = 0
	if _, r, err := l.Check(&EditRequest{Kind: edit.Paint, Material: 255, Radius: 1}); err != nil {
		t.Fatal(r, err)
	}
}

func TestLimitsValidate(t *testing.T) {
	base := func() Limits {
		return Limits{Min: [3]float64{-1, -1, -1}, Max: [3]float64{1, 1, 1}, MaxRadius: 1, MaxAmount: 1, Materials: 4}
	}
	if l := base(); l.Validate() != nil {
		t.Fatal(l.Validate())
	}
	cases := map[string]func(*Limits){
		"inverted":       func(l *Limits) { l.Min[0] = 2 },
		"nan":            func(l *Limits) { l.Max[1] = math.NaN() },
		"beyond coord":   func(l *Limits) { l.Max[2] = edit.MaxCoord * 2 },
		"infinite":       func(l *Limits) { l.Min[2] = math.Inf(-1) },
		"radius 0":       func(l *Limits) { l.MaxRadius = 0 },
		"radius huge":    func(l *Limits) { l.MaxRadius = edit.MaxRadius + 1 },
		"radius nan":     func(l *Limits) { l.MaxRadius = math.NaN() },
		"amount neg":     func(l *Limits) { l.MaxAmount = -1 },
		"amount huge":    func(l *Limits) { l.MaxAmount = edit.MaxAmount * 2 },
		"materials neg":  func(l *Limits) { l.Materials = -1 },
		"materials huge": func(l *Limits) { l.Materials = world.MaxMaterials + 1 },
	}
	for name, f := range cases {
		l := base()
		f(&l)
		if err := l.Validate(); err == nil || !strings.Contains(err.Error(), "limits") {
			t.Errorf("%s: %v", name, err)
		}
	}
	var zero Limits
	if zero.Validate() == nil {
		t.Error("zero limits valid")
	}
}
