package extension

import (
	"math"
	"slices"
)

// updateWanted recomputes the chunks within view distance of any viewer and the LOD step
// each needs: 1 within lod_distance chunks of the nearest viewer, 2 within twice that, then 4.
// In voxel mode it takes the voxel chunks within view distance in 3D, inside the world's
// vertical range. It does nothing when the viewers and settings are those of the last
// call, and otherwise refills the map the call before last used: a frame allocates nothing.
func (p *ProcGen) updateWanted(st *worldState, viewers [][3]float64) {
	in := &st.wantedFor
	if in.valid && in.viewDistance == p.ViewDistance && in.lodDistance == p.LodDistance && slices.Equal(in.viewers, viewers) {
		return
	}
	in.valid, in.viewDistance, in.lodDistance = true, p.ViewDistance, p.LodDistance
	in.viewers = append(in.viewers[:0], viewers...)
	r := float64(p.ViewDistance)
	rr := int32(p.ViewDistance)
	lod := float64(max(p.LodDistance, 1))
	n := float64(st.size)
	yr := int32(0)
	if st.opt.mode == modeVoxel {
		n = float64(st.cfg.Chunk.Voxel)
		yr = rr
	}
	minCY := int32(math.Floor(st.cfg.Vertical.MinY / n))
	maxCY := int32(math.Floor(st.cfg.Vertical.MaxY / n))
	wanted := st.spareWanted
	if wanted == nil {
		wanted = make(map[chunkKey]wantedChunk, len(st.wanted))
	}
	clear(wanted)
	for _, v := range viewers {
		cx, cy, cz := int32(math.Floor(v[0]/n)), int32(math.Floor(v[1]/n)), int32(math.Floor(v[2]/n))
		for dy := -yr; dy <= yr; dy++ {
			for dz := -rr; dz <= rr; dz++ {
				for dx := -rr; dx <= rr; dx++ {
					ring := float64(dx*dx + dy*dy + dz*dz)
					if ring > (r+0.5)*(r+0.5) {
						continue
					}
					k := chunkKey{cx + dx, 0, cz + dz}
					my := 0.0
					if st.opt.mode == modeVoxel {
						if k.Y = cy + dy; k.Y < minCY || k.Y > maxCY {
							continue
						}
						my = (float64(k.Y)+0.5)*n - v[1]
					}
					mx, mz := (float64(k.X)+0.5)*n-v[0], (float64(k.Z)+0.5)*n-v[2]
					w := wantedChunk{dist2: mx*mx + my*my + mz*mz, step: 1}
					if st.opt.mode == modeHeightmap {
						w.step = lodStep(math.Sqrt(ring), lod, st.size)
					}
					if old, ok := wanted[k]; !ok || w.dist2 < old.dist2 {
						wanted[k] = w
					}
				}
			}
		}
	}
	for k, w := range wanted {
		if lc, loaded := st.loaded[k]; !loaded || lc.step != w.step || lc.stale {
			st.readySent = false
		}
	}
	st.wanted, st.spareWanted = wanted, st.wanted
	st.changed = true
}

// wantedInputs are what the wanted set was last computed from.
type wantedInputs struct {
	valid                     bool
	viewers                   [][3]float64
	viewDistance, lodDistance int
}

// wantedChunk is a chunk the viewers need, with its squared distance to the nearest viewer
// and its LOD step.
type wantedChunk struct {
	dist2 float64
	step  uint8
}

// lodStep returns the LOD step for a chunk d chunks from its viewer.
func lodStep(d, lod float64, size int) uint8 {
	switch {
	case d <= lod || size%4 != 0:
		return 1
	case d <= 2*lod:
		return 2
	}
	return 4
}

// lodIndex numbers LOD steps 1, 2 and 4 as 0, 1 and 2.
func lodIndex(step uint8) int {
	switch step {
	case 2:
		return 1
	case 4:
		return 2
	}
	return 0
}
