# Plots for docs/bench/ (CSV and PNG, drawn by cmd/benchplot with gonum.org/v1/plot), each
# measured beside its baseline in the same run: Go benchmarks of the pipeline's elements on
# the scalar and vector kernels (GOEXPERIMENT=simd), per-point fBm, storage batched against
# single inserts, then the in-engine plots (tests/bench/plots.gd).
plots_dir=$ROOT/docs/bench
plots_tmp=$(mktemp -d)
rows=$plots_tmp/measurements.csv
echo "figure,series,x,y" >"$rows"

# Pipeline elements per chunk (µs), scalar and vector kernels interleaved.
GOEXPERIMENT=simd go test -run '^$' -bench 'HeightmapStages|HeightmapChunkPaths' -benchtime 300x -count 2 ./procgen/chunk/ | tee "$plots_tmp/stages.txt" | grep '^Benchmark' || true
# metric FIELD UNIT prints the value before UNIT on a benchmark line (CPU time per op: on a
# shared machine it varies far less than wall time).
awk '/^BenchmarkHeightmapStages\// {
	split($1, f, "/"); sub("stage=", "", f[2]); path = f[3]; sub("path=", "", path); sub(/-[0-9]+$/, "", path)
	us = 0; for (i = 1; i < NF; i++) if ($(i+1) == "cpu-µs/op") us = $i
	key = f[2] "," path
	if (us >= 1 && (!(key in best) || us < best[key])) best[key] = us
} END { for (k in best) { split(k, a, ","); printf "pipeline,Go worker (%s kernels),%s,%.1f\n", a[2], a[1], best[k] } }' "$plots_tmp/stages.txt" | sort >>"$rows"
# Encoding a surface (EncodeSurfaceInto, buffers reused as a worker reuses them), scalar and
# vector kernels interleaved.
GOEXPERIMENT=simd go test -run '^$' -bench 'EncodeSurfacePaths/part=surface' -benchtime 300x -count 2 ./bindings/ | tee "$plots_tmp/encode.txt" | grep '^Benchmark' || true
awk '/^BenchmarkEncodeSurfacePaths\/part=surface\/path=(scalar|avx512)/ {
	split($1, f, "/"); path = f[3]; sub("path=", "", path); sub(/-[0-9]+$/, "", path)
	us = 0; for (i = 1; i < NF; i++) if ($(i+1) == "cpu-µs/op") us = $i
	if (us > 0 && (!(path in best) || us < best[path])) best[path] = us
} END { for (p in best) printf "pipeline,Go worker (%s kernels),encode surface,%.1f\n", p, best[p] }' "$plots_tmp/encode.txt" | sort >>"$rows"

# fBm per sample in Go, 5 octaves, both bases, in one run: one FBM.Eval2 call per point, then
# FBM.Eval2Batch by rows on the scalar, AVX2 and AVX-512 kernels (the same bits on every path);
# then the 512×512 grid get_height_map computes (lattice resampling), scalar against vector.
GOEXPERIMENT=simd go test -run '^$' -bench 'FBM5Paths' -benchtime 2000x -count 2 ./procgen/noise/ | tee "$plots_tmp/fbm.txt" | grep '^Benchmark' || true
awk '/^BenchmarkFBM5Paths\// { split($1, f, "/"); b = f[2]; sub("basis=", "", b); p = f[3]; sub(/-[0-9]+$/, "", p)
	ns = 0; for (i = 1; i < NF; i++) if ($(i+1) == "cpu-ns/sample") ns = $i
	key = b "," p; if (ns > 0 && (!(key in best) || ns < best[key])) best[key] = ns }
END { for (k in best) { split(k, a, ","); s = a[2] == "per-point" ? "Go FBM.Eval2 at each point" : "Go FBM.Eval2Batch by rows (" substr(a[2], 7) " kernels)"
	printf "noise,%s,Go: 5-octave fBm (%s basis),%.1f\n", s, a[1], best[k] } }' "$plots_tmp/fbm.txt" | sort >>"$rows"
GOEXPERIMENT=simd go test -run '^$' -bench 'BaseHeightGrid' -benchtime 4x -count 2 ./procgen/world/ | tee "$plots_tmp/grid.txt" | grep '^Benchmark' || true
awk '/^BenchmarkBaseHeightGrid\// { split($1, f, "/"); p = f[2]; sub("path=", "", p); sub(/-[0-9]+$/, "", p); ns = 0; for (i = 1; i < NF; i++) if ($(i+1) == "cpu-ns/sample") ns = $i
	if (ns > 0 && (!(p in best) || ns < best[p])) best[p] = ns }
END { for (p in best) printf "noise,Go height grid (%s kernels),Go: 512×512 grid,%.1f\n", p, best[p] }' "$plots_tmp/grid.txt" | sort >>"$rows"

# Storage: batched against single inserts, same run.
go test -run '^$' -bench 'ShipBatchedVsSingle' -benchtime 3x ./storage/ | tee "$plots_tmp/storage.txt" | grep '^Benchmark' || true
awk '/^BenchmarkShipBatchedVsSingle/ { for (i = 1; i < NF; i++) { if ($(i+1) == "batched_edits/s") b = $i; if ($(i+1) == "single_edits/s") s = $i } }
END { if (b && s) { printf "storage,batched (1000 per transaction),edits/s,%s\nstorage,single inserts (baseline),edits/s,%s\n", b, s } }' "$plots_tmp/storage.txt" >>"$rows"

# In-engine plots (the library build.sh built: vector kernels on amd64, see lib_experiment).
ensure_godot
"$GODOT_CMD" --headless --path "$ROOT/godot_project" -s res://tests/bench/plots.gd >"$plots_tmp/engine.txt" 2>&1 || true
grep '^BENCH' "$plots_tmp/engine.txt" || true
if ! grep -q '^PLOT ' "$plots_tmp/engine.txt"; then
	tail -n 30 "$plots_tmp/engine.txt"
	echo "FAIL bench plots: the in-engine measurements did not run"
else
	sed -n 's/^PLOT //p' "$plots_tmp/engine.txt" >>"$rows"
	mkdir -p "$plots_dir"
	cp "$rows" "$plots_dir/measurements.csv"
	if go run ./cmd/benchplot -out "$plots_dir" "$rows"; then
		# The ratios the README quotes, from this run.
		awk -F, '
		$1 == "workers" && $2 ~ /^ProcGen/ { pg[$3] = $4 } $1 == "workers" && $2 ~ /^GDScript/ { gd[$3] = $4 }
		$1 == "world_ready" && $2 ~ /^ProcGen/ { rp[$3] = $4 } $1 == "world_ready" && $2 ~ /^GDScript/ { rg[$3] = $4 }
		$1 == "noise" && $2 ~ /^FastNoiseLite/ { fnl = $4 } $1 == "noise" && $2 ~ /get_height_map/ { hm = $4 }
		$1 == "storage" && $2 ~ /^batched/ { sb = $4 } $1 == "storage" && $2 ~ /^single/ { ss = $4 }
		END {
			for (w in pg) if (gd[w] > 0) printf "BENCH plots: %s workers: ProcGen %.0f chunks/s, GDScript %.0f: %.1fx\n", w, pg[w], gd[w], pg[w] / gd[w]
			if (rp[12] > 0) printf "BENCH plots: world_ready at view distance 12: ProcGen %.2f s, GDScript %.2f s: %.1fx faster\n", rp[12], rg[12], rg[12] / rp[12]
			if (hm > 0) printf "BENCH plots: 5-octave fBm per sample: get_height_map %.1f ns, FastNoiseLite.get_image %.1f ns: %.1fx\n", hm, fnl, fnl / hm
			if (ss > 0) printf "BENCH plots: storage batched %.0f edits/s, single %.0f: %.0fx\n", sb, ss, sb / ss
		}' "$rows"
		awk -F, '$1 == "frames" && $2 ~ /^ProcGen/ { print $4 }' "$rows" | sort -g |
			awk '{ f[NR] = $1 } END { if (NR) printf "BENCH plots: main thread while flying: p50 %.2f ms, p99 %.2f ms (%d frames)\n", f[int(NR * 0.5) + 1], f[int(NR * 0.99) + 1], NR }'
		echo "PASS bench plots: $(ls "$plots_dir"/*.png | wc -l) plots in docs/bench/"
	else
		echo "FAIL bench plots: benchplot"
	fi
fi
rm -rf "$plots_tmp"
