package extension

import (
	"fmt"
	"time"

	"graphics.gd/classdb/Engine"

	"github.com/procgen-godot/procgen/netproto"
)

// netState is a node's networking state, created on first use.
type netState struct {
	// server policy
	halfWidth float64
	maxRadius float64
	maxAmount float64
	rateCfg   netproto.RateConfig
	floodCfg  netproto.FloodConfig
	rate      *netproto.RateLimiter
	flood     *netproto.FloodDetector

	// server broadcast bookkeeping: the edit log last polled, and how many of its edits
	// were seen then
	polled   *editLog
	polledAt int

	// server: peers that said Hello (edit requests before it are refused)
	greeted map[int]struct{}

	// server: accepted edit requests whose EditAck waits for their local commit (seq →
	// requester), and the acks now due
	awaiting map[int64]heldAck
	acks     []heldAck

	// client
	worldID string
	nonce   uint32

	// counters
	accepted, rejected, kicked, broadcast, applied int
	reasons                                        map[string]int
	warned                                         map[int]time.Time // peer → last logged rejection
}

// net returns p's networking state, creating it with the default policy.
func (p *ProcGen) net() *netState {
	if p.netState != nil {
		return p.netState
	}
	n := &netState{
		halfWidth: 4096, maxRadius: netproto.DefaultMaxRadius, maxAmount: netproto.DefaultMaxAmount,
		rateCfg:  netproto.RateConfig{Rate: 20, Burst: 40},
		floodCfg: netproto.FloodConfig{MaxRejects: 30, Window: 5 * time.Second},
		reasons:  map[string]int{},
		warned:   map[int]time.Time{},
		greeted:  map[int]struct{}{},
		awaiting: map[int64]heldAck{},
	}
	if err := n.reset(); err != nil {
		panic(err) // the defaults are valid
	}
	p.netState = n
	return n
}

// reset rebuilds the rate limiter and flood detector from the configs.
func (n *netState) reset() error {
	rate, err := netproto.NewRateLimiter(n.rateCfg)
	if err != nil {
		return err
	}
	flood, err := netproto.NewFloodDetector(n.floodCfg)
	if err != nil {
		return err
	}
	n.rate, n.flood = rate, flood
	return nil
}

// NetConfigure sets the server's policy for client packets.
func (p *ProcGen) netConfigure(settings map[string]any) bool {
	n := p.net()
	old := *n
	num := func(key string, dst *float64) error {
		v, ok := settings[key]
		if !ok {
			return nil
		}
		switch v := v.(type) {
		case float64:
			*dst = v
		case int64:
			*dst = float64(v)
		case int:
			*dst = float64(v)
		case float32:
			*dst = float64(v)
		case int32:
			*dst = float64(v)
		default:
			return fmt.Errorf("ProcGen.net_configure: %s must be a number, got %T", key, v)
		}
		return nil
	}
	burst, rejects, window := float64(n.rateCfg.Burst), float64(n.floodCfg.MaxRejects), float64(n.floodCfg.Window.Milliseconds())
	var err error
	for _, f := range []struct {
		k string
		d *float64
	}{{"half_width", &n.halfWidth}, {"max_radius", &n.maxRadius}, {"max_amount", &n.maxAmount}, {"rate", &n.rateCfg.Rate},
		{"burst", &burst}, {"flood_rejects", &rejects}, {"flood_window_ms", &window}} {
		if err == nil {
			err = num(f.k, f.d)
		}
	}
	for k := range settings {
		switch k {
		case "half_width", "max_radius", "max_amount", "rate", "burst", "flood_rejects", "flood_window_ms":
		default:
			if err == nil {
				err = fmt.Errorf("ProcGen.net_configure: unknown setting %q", k)
			}
		}
	}
	if err == nil {
		n.rateCfg.Burst, n.floodCfg.MaxRejects = int(burst), int(rejects)
		n.floodCfg.Window = time.Duration(window * float64(time.Millisecond))
		err = n.reset()
	}
	if err == nil {
		if st := p.world(); st != nil {
			l := netproto.DefaultLimits(&st.cfg, n.halfWidth)
			l.MaxRadius, l.MaxAmount = n.maxRadius, n.maxAmount
			if verr := l.Validate(); verr != nil {
				err = fmt.Errorf("ProcGen.net_configure: %w", verr)
			}
		}
	}
	if err != nil {
		Engine.Raise(err)
		*n = old
		return false
	}
	return true
}

// NetStats returns the networking counters.
func (p *ProcGen) netStats() map[string]any {
	n := p.net()
	reasons := map[string]any{}
	for k, v := range n.reasons {
		reasons[k] = v
	}
	return map[string]any{
		"accepted": n.accepted, "rejected": n.rejected, "kicked": n.kicked,
		"broadcast_edits": n.broadcast, "applied_edits": n.applied, "world_id": n.worldID, "reasons": reasons,
	}
}

// heldAck is an EditAck that waits for its edit's local commit.
type heldAck struct {
	peer   int
	packet []byte
}

// committed releases the EditAcks of the edits with these seqs, now durable.
func (n *netState) committed(seqs []int64) {
	for _, s := range seqs {
		if a, ok := n.awaiting[s]; ok {
			delete(n.awaiting, s)
			n.acks = append(n.acks, a)
		}
	}
}

// NetPollAcks returns the EditAcks due since the last call, for edits now durable: an Array
// of Dictionaries with peer and packet.
func (p *ProcGen) netPollAcks() []map[string]any {
	n := p.net()
	out := make([]map[string]any, 0, len(n.acks))
	for _, a := range n.acks {
		out = append(out, map[string]any{"peer": a.peer, "packet": a.packet})
	}
	n.acks = nil
	return out
}
