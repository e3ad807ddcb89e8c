package world

// SurfaceHeightGrid writes SurfaceHeight(x0+i*step, z0+j*step) into out[j*nx+i] for i < nx,
// j < nz, bit for bit. Without biome shaping or height filters the surface is the base
// height, and the grid costs what BaseHeightGrid does (lattice resampling, vector kernels);
// otherwise every sample is evaluated on its own.
func (w *World) SurfaceHeightGrid(x0, z0 int64, step, nx, nz int, out []float64, s *GridScratch) {
	if !w.biomes && len(w.filters) == 0 {
		w.BaseHeightGrid(x0, z0, step, nx, nz, out, s)
		return
	}
	for j := 0; j < nz; j++ {
		z := float64(z0 + int64(j*step))
		for i := 0; i < nx; i++ {
			out[j*nx+i] = w.SurfaceHeight(float64(x0+int64(i*step)), z)
		}
	}
}
