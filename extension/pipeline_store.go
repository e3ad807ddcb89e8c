package extension

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"graphics.gd/classdb/Engine"

	"github.com/procgen-godot/procgen/procgen/world"
	"github.com/procgen-godot/procgen/storage"
)

// recordVersion stores cfg as the newest config version of the node's stored world, so
// other servers (and this one after a restart) run it too.
func (p *persistence) recordVersion(cfg world.WorldConfig) error {
	enc, err := cfg.Encode()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err = p.shared.store.PutWorldVersion(ctx, p.worldID, enc)
	return err
}

// isLatestVersion reports whether enc is the newest recorded config version of world id.
func isLatestVersion(store *storage.Store, id string, enc []byte) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	v, ok, err := store.LatestWorldVersion(ctx, id)
	return err == nil && ok && bytes.Equal(v.Config, enc)
}

// latestStoredConfig returns the newest recorded config version of world id, if any.
func latestStoredConfig(store *storage.Store, id string) ([]byte, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	v, ok, err := store.LatestWorldVersion(ctx, id)
	if err != nil || !ok {
		return nil, false
	}
	return v.Config, true
}

// deliverVersion runs on the sync goroutine: it hands another server's config version to
// the nodes of that world.
func (s *sharedStore) deliverVersion(v storage.WorldVersion) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for b := range s.inboxes[v.WorldID] {
		b.mu.Lock()
		b.versions = append(b.versions, v)
		b.mu.Unlock()
	}
}

// takeVersions switches the node to the newest config version another server recorded
// for its world, if one arrived: the chunks regenerate in place, as after a local toggle.
func (p *ProcGen) takeVersions() {
	st := p.state
	if st == nil || st.persist == nil {
		return
	}
	b := st.persist.box
	b.mu.Lock()
	vs := b.versions
	b.versions = nil
	b.mu.Unlock()
	if len(vs) == 0 {
		return
	}
	newest := vs[0]
	for _, v := range vs[1:] {
		if v.Version > newest.Version || (v.Version == newest.Version && v.Origin > newest.Origin) {
			newest = v
		}
	}
	cfg, err := world.Decode(newest.Config)
	if err != nil {
		Engine.RaiseWarning(fmt.Sprintf("ProcGen storage: world %q version from server %d: %v", p.WorldId, newest.Origin, err))
		return
	}
	if configEqual(cfg, p.config()) {
		return
	}
	if err := p.applyConfig(cfg); err != nil {
		Engine.RaiseWarning(fmt.Sprintf("ProcGen storage: world %q version from server %d: %v", p.WorldId, newest.Origin, err))
		return
	}
	p.world()
	p.emit("pipeline_changed")
}
