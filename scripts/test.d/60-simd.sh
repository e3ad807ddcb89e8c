# SIMD kernels (procgen/simd): build procgen and bindings (the surface encoder) with
# GOEXPERIMENT=simd and prove the vector and scalar paths give the same bits on every golden
# case and every encoded surface, on a CPU with the
# features and with them forced off, and that no vector kernel contains a fused multiply-add.
simd_log=$CACHE/test/simd.log
: >"$simd_log"

# 1. Vector paths on (when this CPU has AVX2): every golden case on every path agrees.
if GOEXPERIMENT=simd go test -count=1 -v -run 'Golden|PathsAgree|SIMD' ./procgen/... ./bindings/ >>"$simd_log" 2>&1; then
	if grep -q -- '--- SKIP: TestSIMDPathsMatchGolden' "$simd_log"; then
		echo "PASS simd: golden cases (this CPU has no AVX2: scalar path only)"
	else
		grep -E 'golden cases identical|encoded identically' "$simd_log" | sed 's/^ */  /'
		echo "PASS simd: golden cases and encoded surfaces bit-identical on the scalar, AVX2 and AVX-512 paths"
	fi
else
	tail -n 30 "$simd_log"
	echo "FAIL simd: golden cases on the vector paths"
fi

# 2. The whole procgen suite with the vector paths forced off in a GOEXPERIMENT=simd build.
if PROCGEN_SIMD=off GOEXPERIMENT=simd go test -count=1 ./procgen/... ./bindings/ >>"$simd_log" 2>&1; then
	echo "PASS simd: procgen and bindings tests with PROCGEN_SIMD=off in a GOEXPERIMENT=simd build"
else
	tail -n 30 "$simd_log"
	echo "FAIL simd: procgen tests with PROCGEN_SIMD=off"
fi

# 3. No FMA in procgen's and bindings' amd64 vector build: the compiler's assembly listing of every function
# (used or not) holds no VFMADD/VFMSUB/VFNMADD/VFNMSUB.
if GOEXPERIMENT=simd go build -gcflags='github.com/procgen-godot/procgen/procgen/...=-S' -gcflags='github.com/procgen-godot/procgen/bindings=-S' ./procgen/... ./bindings/ >"$simd_log.asm" 2>&1; then
	fused=$(grep -E '\)\s+VF(N)?M(ADD|SUB)' "$simd_log.asm" | head -n 20 || true)
	if [ -z "$fused" ]; then
		echo "PASS simd: no fused multiply-add in procgen's and bindings' amd64 vector build ($(grep -c 'STEXT' "$simd_log.asm") functions)"
	else
		echo "$fused"
		echo "FAIL simd: fused multiply-add in procgen's or bindings' amd64 vector build"
	fi
else
	tail -n 30 "$simd_log.asm"
	echo "FAIL simd: GOEXPERIMENT=simd build of procgen"
fi
