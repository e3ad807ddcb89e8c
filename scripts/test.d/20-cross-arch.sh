# Determinism across CPU architectures: the generation, wire-format and golden tests are
# cross-compiled once per target and run under qemu-user (arm64, riscv64, ppc64le, s390x, the
# last big-endian), as wasm under Node.js, and natively with GOAMD64=v3 (FMA-capable amd64);
# every target must reproduce procgen/testdata/golden.json and tests/testdata/heights.json.
# Then the arm64 build of the generation packages must contain no fused multiply-add, so a
# new fusing site fails here with its file and line.
#
# The storage package (SQL and SQLite) is not cross-compiled: building modernc.org/sqlite
# for each target takes minutes. The bytes it stores are procgen/edit and netproto
# encodings, which are tested on every target here.
ensure_apt qemu-user-static
command -v node >/dev/null 2>&1 || ensure_apt nodejs

cross=$CACHE/cross
mkdir -p "$cross"
# package dir -> tests to run (a -run pattern; the long concurrency tests stay native).
cross_pkgs=(./procgen ./procgen/noise ./procgen/chunk ./procgen/edit ./procgen/world ./procgen/learned ./netproto ./tests/golden)
cross_run() {
	case $1 in
	./procgen) echo '^TestGolden$' ;;
	*) echo '.' ;;
	esac
}

# cross_build TARGET ENV... builds every test binary for TARGET into $cross/TARGET/.
cross_build() {
	local target=$1
	shift
	rm -rf "${cross:?}/$target" && mkdir -p "$cross/$target"
	env "$@" go test -c -o "$cross/$target/" "${cross_pkgs[@]}" >"$cross/$target.build.log" 2>&1
}

# cross_test TARGET RUNNER... runs every test binary of TARGET in its package directory (for
# testdata/) with RUNNER, and prints one PASS or FAIL line per package.
cross_test() {
	local target=$1 pkg bin log rc
	shift
	for pkg in "${cross_pkgs[@]}"; do
		bin=$cross/$target/$(basename "$pkg").test
		log=$cross/$target/$(basename "$pkg").log
		rc=0
		(cd "$pkg" && "$@" "$bin" -test.count=1 -test.run "$(cross_run "$pkg")" >"$log" 2>&1) || rc=$?
		if [ "$rc" -eq 0 ] && grep -q '^PASS$' "$log"; then
			echo "PASS cross-arch $target: $pkg"
		else
			grep -E -- '--- FAIL|golden_test|output changed|panic' "$log" | head -n 15
			echo "FAIL cross-arch $target: $pkg (see $log)"
		fi
	done
}

declare -A qemu=([arm64]=aarch64 [riscv64]=riscv64 [ppc64le]=ppc64le [s390x]=s390x)
wasm_exec=$(go env GOROOT)/lib/wasm/go_js_wasm_exec

# Build every target (two at a time: the machine has two cores), then run them.
pids=()
for arch in arm64 riscv64 ppc64le s390x; do
	cross_build "$arch" GOOS=linux GOARCH="$arch" CGO_ENABLED=0 &
	pids+=($!)
	if [ "${#pids[@]}" -ge 2 ]; then wait "${pids[0]}" || true; pids=("${pids[@]:1}"); fi
done
cross_build wasm GOOS=js GOARCH=wasm CGO_ENABLED=0 &
pids+=($!)
cross_build amd64v3 GOARCH=amd64 GOAMD64=v3 &
pids+=($!)
for p in "${pids[@]}"; do wait "$p" || true; done

for arch in arm64 riscv64 ppc64le s390x; do
	if [ ! -f "$cross/$arch/procgen.test" ]; then
		tail -n 20 "$cross/$arch.build.log"
		echo "FAIL cross-arch $arch: build"
		continue
	fi
	cross_test "$arch" "qemu-${qemu[$arch]}-static" >"$cross/$arch.results" &
done
if [ -f "$cross/wasm/procgen.test" ]; then
	cross_test wasm "$wasm_exec" >"$cross/wasm.results"
else
	tail -n 20 "$cross/wasm.build.log"
	echo "FAIL cross-arch wasm: build"
fi
if [ -f "$cross/amd64v3/procgen.test" ]; then
	cross_test amd64v3 env >"$cross/amd64v3.results"
else
	tail -n 20 "$cross/amd64v3.build.log"
	echo "FAIL cross-arch amd64v3: build"
fi
wait
cat "$cross"/*.results

# No fused multiply-add in the arm64 build of the generation packages: first in the linked
# test binaries (go tool objdump), then in the compiler's listing of every function, used or
# not (-gcflags=-S), which names the full path of each source line.
fma='(FMADDD|FMSUBD|FNMADDD|FNMSUBD|FMADDS|FMSUBS|FNMADDS|FNMSUBS)[[:space:]]'
found=""
for bin in "$cross"/arm64/{procgen,noise,chunk,edit,world}.test; do
	[ -f "$bin" ] || continue
	# Per function (TEXT line: symbol, defining file), each fused instruction's source line;
	# functions defined in _test.go files are the tests' own arithmetic and are skipped.
	found+=$(go tool objdump -s 'procgen-godot/procgen/procgen' "$bin" |
		awk -v fma="$fma" '/^TEXT/ {sym = $2; file = $3; next}
			file !~ /_test\.go$/ && $0 ~ fma {print $1 " in " sym}' || true)$'\n'
done
found=$(echo "$found" | grep . | sort -u || true)
if [ ! -f "$cross/arm64/procgen.test" ]; then
	echo "FAIL fma: no arm64 build to inspect"
elif [ -n "$found" ]; then
	echo "fused multiply-adds (go tool objdump, arm64):"
	echo "$found" | while read -r at rest; do
		echo "  $(git ls-files "*/${at%%:*}" | head -n 1 || true):${at##*:} $rest"
	done
	echo "FAIL fma: arm64 objdump of the generation packages"
else
	echo "PASS fma: no FMADDD/FMSUBD/FNMADDD/FNMSUBD in the arm64 objdump of the generation packages"
fi
if GOARCH=arm64 CGO_ENABLED=0 go build -gcflags='github.com/procgen-godot/procgen/procgen/...=-S' ./procgen/... >"$cross/arm64.asm" 2>&1; then
	fused=$(grep -E "$fma" "$cross/arm64.asm" | grep -oE '\([^)]*\.go:[0-9]+\)' | sort -u || true)
	if [ -z "$fused" ]; then
		echo "PASS fma: no fused multiply-add in the compiler's arm64 listing of procgen/... ($(grep -c 'STEXT' "$cross/arm64.asm") functions)"
	else
		echo "$fused" | sed 's/^/  /'
		echo "FAIL fma: fused multiply-add in procgen's arm64 build (explicit float64(...) the product)"
	fi
else
	tail -n 20 "$cross/arm64.asm"
	echo "FAIL fma: arm64 build of procgen/..."
fi
