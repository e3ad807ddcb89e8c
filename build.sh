#!/usr/bin/env bash
# build.sh — builds the ProcGen GDExtension, fetches a Godot 4 runtime when needed, runs the
# demo and every test. Run `./build.sh -h` for the commands.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${PROCGEN_CACHE:-$ROOT/.cache}
PROJECT=$ROOT/godot_project
LIB_NAME=libprocgen.linux.x86_64.so
LIB=$CACHE/build/$LIB_NAME
MIN_GODOT=4.4

usage() {
	cat <<'EOF'
usage: ./build.sh [command] [args]

commands:
  build            build the GDExtension library (default) and put it, with
                   procgen.gdextension, into godot_project/addons/procgen/
  godot            make sure a Godot >= 4.4 runtime is available and print how it is run
  demo             build, then run the demo project headless: it generates a world and prints it
  test             run every test: go vet and go test (PostgreSQL-backed tests included), then
                   the GDScript suites in headless Godot and the editor-preview test in the
                   headless editor; ends with "N passed, N failed"
  bench            Go benchmarks (noise, chunks, scheduler, storage) and the in-engine
                   side-by-side benchmark against an idiomatic GDScript generator
  install PROJECT  build, then install the addon into the Godot project at PROJECT
                   (addons/procgen/ and .godot/extension_list.cfg)
  -h, --help       show this help

  more commands are in scripts/cmd/*.sh (./build.sh NAME runs scripts/cmd/NAME.sh); the test
  and bench commands also run every scripts/test.d/*.sh and scripts/bench.d/*.sh step

environment:
  GODOT                        a Godot 4 (>= 4.4) executable to use instead of the cached one
  PROCGEN_CACHE                cache folder for the build and the Godot runtime (default .cache/)
  PROCGEN_TEST_DATABASE_URL    PostgreSQL for the storage tests (default: 127.0.0.1:5432, else a
                               throwaway cluster the tests start)
  PROCGEN_SCALAR=1             build the library without the amd64 vector kernels (they are
                               built with GOEXPERIMENT=simd where the Go toolchain has it)
EOF
}

die() {
	echo "build.sh: $*" >&2
	exit 1
}

log() { echo "build.sh: $*" >&2; }

need_go() {
	command -v go >/dev/null 2>&1 || die "Go is not installed or not on PATH (Go >= 1.24 is needed: https://go.dev/dl/)"
}

# lib_experiment prints the GOEXPERIMENT the library is built with: the caller's if set, else
# "simd" on amd64 when the toolchain has Go's simd/archsimd experiment (the vector kernels of
# procgen/simd, chosen at run time by CPU feature and bit-identical to the scalar ones; the
# README's SIMD section measures them), else nothing. PROCGEN_SCALAR=1 prints nothing.
lib_experiment() {
	[ "${PROCGEN_SCALAR:-}" = 1 ] && return
	[ -n "${GOEXPERIMENT:-}" ] && { echo "$GOEXPERIMENT"; return; }
	[ "$(go env GOARCH)" = amd64 ] || return
	(cd "$ROOT" && GOEXPERIMENT=simd go list simd/archsimd >/dev/null 2>&1) && echo simd
}

# build_lib compiles the c-shared library; Go's build cache makes an unchanged rebuild quick.
build_lib() {
	need_go
	command -v gcc >/dev/null 2>&1 || command -v cc >/dev/null 2>&1 || die "no C compiler: cgo needs gcc (apt-get install gcc)"
	mkdir -p "$CACHE/build"
	local experiment
	experiment=$(lib_experiment)
	log "building $LIB_NAME${experiment:+ (GOEXPERIMENT=$experiment)}"
	(cd "$ROOT" && CGO_ENABLED=1 GOEXPERIMENT=$experiment go build -buildmode=c-shared -o "$LIB.tmp" ./cmd/libprocgen) ||
		die "go build of the library failed"
	rm -f "$CACHE"/build/*.h
	if cmp -s "$LIB.tmp" "$LIB"; then rm -f "$LIB.tmp"; else mv -f "$LIB.tmp" "$LIB"; fi
	install_addon "$PROJECT"
}

# install_addon copies the library and procgen.gdextension into PROJECT/addons/procgen and
# registers the extension in PROJECT/.godot/extension_list.cfg.
install_addon() {
	local project=$1 dest
	[ -f "$project/project.godot" ] || die "$project is not a Godot project (no project.godot)"
	dest=$project/addons/procgen
	mkdir -p "$dest/bin" "$project/.godot"
	cmp -s "$ROOT/procgen.gdextension" "$dest/procgen.gdextension" || cp "$ROOT/procgen.gdextension" "$dest/"
	cmp -s "$LIB" "$dest/bin/$LIB_NAME" || cp "$LIB" "$dest/bin/$LIB_NAME"
	cmp -s "$ROOT/extension/library_documentation.xml" "$dest/bin/library_documentation.xml" ||
		cp "$ROOT/extension/library_documentation.xml" "$dest/bin/"
	local list=$project/.godot/extension_list.cfg entry=res://addons/procgen/procgen.gdextension
	grep -qxF "$entry" "$list" 2>/dev/null || echo "$entry" >>"$list"
}

# godot_version_ok CMD... succeeds when the command reports Godot >= MIN_GODOT.
godot_version_ok() {
	local v major minor
	v=$("$@" --version 2>/dev/null | head -n 1) || return 1
	[[ $v =~ ^([0-9]+)\.([0-9]+) ]] || return 1
	major=${BASH_REMATCH[1]} minor=${BASH_REMATCH[2]}
	((major > 4 || (major == 4 && minor >= ${MIN_GODOT#4.})))
}

# debian_mirror prints the Debian mirror this machine's apt already uses.
debian_mirror() {
	local m=""
	if [ -f /etc/apt/sources.list.d/debian.sources ]; then
		m=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
	fi
	if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
		m=$(awk '$1 == "deb" && $2 !~ /security/ {print ($2 ~ /^\[/ ? $3 : $2); exit}' /etc/apt/sources.list)
	fi
	[ -n "$m" ] || die "cannot find a Debian mirror in /etc/apt (set GODOT to a Godot >= $MIN_GODOT instead)"
	echo "$m"
}

# fetch_debian_godot downloads Debian unstable's godot package and its dependency closure with a
# private apt state, unpacks it into $CACHE/godot/root and writes the $CACHE/godot/godot wrapper
# that runs it with the unpacked (newer) glibc.
fetch_debian_godot() {
	local dir=$CACHE/godot st keyring
	st=$dir/apt
	command -v apt-get >/dev/null 2>&1 || die "no Godot found and no apt-get to fetch one: set GODOT to a Godot >= $MIN_GODOT"
	command -v dpkg-deb >/dev/null 2>&1 || die "dpkg-deb is needed to unpack the Godot package"
	rm -rf "$dir" && mkdir -p "$st/lists/partial" "$st/cache/archives/partial" "$dir/root"
	: >"$st/status"
	keyring=/usr/share/keyrings/debian-archive-keyring.gpg
	[ -f "$keyring" ] || die "missing $keyring (apt-get install debian-archive-keyring)"
	echo "deb [signed-by=$keyring] $(debian_mirror) sid main" >"$st/sources.list"
	local apt=(apt-get -q -o "Dir::State=$st" -o "Dir::State::status=$st/status"
		-o "Dir::Etc::SourceList=$st/sources.list" -o Dir::Etc::SourceParts=/dev/null
		-o "Dir::Cache=$st/cache" -o Debug::NoLocking=1 -o APT::Install-Recommends=false
		-o APT::Sandbox::User=root)
	log "fetching Godot 4 from Debian unstable (about 160 MB, once)"
	"${apt[@]}" update >"$dir/apt.log" 2>&1 ||
		die "cannot reach the Debian package mirror to fetch Godot (see $dir/apt.log); set GODOT to a Godot >= $MIN_GODOT"
	"${apt[@]}" -y install --download-only godot >>"$dir/apt.log" 2>&1 ||
		die "apt could not download godot and its dependencies (see $dir/apt.log)"
	local deb
	for deb in "$st"/cache/archives/*.deb; do
		dpkg-deb -x "$deb" "$dir/root"
	done
	cat >"$dir/godot" <<EOF
#!/bin/sh
# Runs Debian unstable's Godot with the glibc and libraries unpacked beside it.
R="$dir/root"
exec "\$R/usr/lib64/ld-linux-x86-64.so.2" --library-path "\$R/usr/lib/x86_64-linux-gnu:\$R/usr/lib/x86_64-linux-gnu/pulseaudio" "\$R/usr/bin/godot" "\$@"
EOF
	chmod +x "$dir/godot"
	rm -rf "$st/cache/archives"
}

# ensure_godot sets GODOT_CMD to a Godot >= MIN_GODOT: $GODOT, then godot on PATH, then the cache.
ensure_godot() {
	if [ -n "${GODOT:-}" ]; then
		godot_version_ok "$GODOT" || die "GODOT=$GODOT does not report a Godot version >= $MIN_GODOT"
		GODOT_CMD=$GODOT
		return
	fi
	if command -v godot >/dev/null 2>&1 && godot_version_ok godot; then
		GODOT_CMD=$(command -v godot)
		return
	fi
	GODOT_CMD=$CACHE/godot/godot
	if ! { [ -x "$GODOT_CMD" ] && godot_version_ok "$GODOT_CMD"; }; then
		fetch_debian_godot
		godot_version_ok "$GODOT_CMD" || die "the fetched Godot does not run or reports a version < $MIN_GODOT (see $CACHE/godot/apt.log)"
	fi
}

cmd_godot() {
	ensure_godot
	echo "Godot $("$GODOT_CMD" --version | head -n 1)"
	echo "run it as: $GODOT_CMD --headless ..."
}

cmd_demo() {
	build_lib
	ensure_godot
	log "running the demo headless"
	"$GODOT_CMD" --headless --path "$PROJECT" 2>&1 | grep -v -e 'null bind' -e 'Parameter "mb" is null' -e 'gdextension_classdb_get_method_bind'
	local rc=${PIPESTATUS[0]}
	[ "$rc" -eq 0 ] || die "demo exited with status $rc"
}

# ensure_postgres exports PROCGEN_TEST_DATABASE_URL: the given one, the shared server on
# 127.0.0.1:5432 when it answers, else a throwaway cluster in a temp folder that is stopped when
# build.sh exits (installing PostgreSQL with apt first when it is missing).
ensure_postgres() {
	[ -n "${PROCGEN_TEST_DATABASE_URL:-}" ] && return
	if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432 -t 3; then
		export PROCGEN_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
		return
	fi
	if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
		[ "$(id -u)" -eq 0 ] || die "no PostgreSQL answers on 127.0.0.1:5432 and none is installed: apt-get install postgresql"
		log "installing PostgreSQL for the storage tests"
		{ apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -q -y install postgresql; } >/dev/null ||
			die "could not install postgresql with apt-get"
	fi
	local bin dir port run=()
	bin=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
	dir=$(mktemp -d "${TMPDIR:-/tmp}/procgen-pg.XXXXXX")
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres "$dir"
		run=(runuser -u postgres --)
	fi
	port=55432
	while (: </dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
	log "no PostgreSQL on 127.0.0.1:5432: starting a throwaway cluster on port $port"
	"${run[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1 || die "initdb failed (see $dir/initdb.log)"
	"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null || die "PostgreSQL did not start (see $dir/server.log)"
	PG_THROWAWAY=("${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop)
	PG_DIR=$dir
	trap 'stop_postgres' EXIT
	"${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres test || die "createdb failed"
	export PROCGEN_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/test?sslmode=disable"
}

stop_postgres() {
	[ "${#PG_THROWAWAY[@]}" -gt 0 ] && "${PG_THROWAWAY[@]}" >/dev/null 2>&1
	[ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
	return 0
}

PG_THROWAWAY=()
PG_DIR=""

# tally LOG RC adds the PASS and FAIL lines of an engine test log to cmd_test's passed and
# failed counts; a run that failed (RC not 0) without a FAIL line counts as one failure.
tally() {
	local p f
	p=$(grep -c '^PASS ' "$1" || true)
	f=$(grep -c '^FAIL ' "$1" || true)
	if [ "$2" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p)) failed=$((failed + f))
}

# ensure_apt PACKAGE... installs the Debian packages that are missing (as root, with apt-get).
ensure_apt() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
	done
	[ "${#missing[@]}" -eq 0 ] && return 0
	[ "$(id -u)" -eq 0 ] || die "missing Debian packages: ${missing[*]} (apt-get install them)"
	log "installing ${missing[*]} with apt-get"
	{ apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -q -y install "${missing[@]}"; } >"$CACHE/apt-${missing[0]}.log" 2>&1 ||
		die "apt-get could not install ${missing[*]} (see $CACHE/apt-${missing[0]}.log)"
}

# run_steps KIND OUT runs every scripts/KIND.d/*.sh in name order, each sourced in a subshell
# (so it can use this file's functions: build_lib, ensure_godot, ensure_apt, log, die), and
# adds the PASS and FAIL lines it prints to passed and failed.
run_steps() {
	local kind=$1 out=$2 step name rc
	mkdir -p "$out"
	for step in "$ROOT/scripts/$kind.d"/*.sh; do
		[ -e "$step" ] || continue
		name=$(basename "$step" .sh)
		log "$kind step $name"
		rc=0
		(set -euo pipefail; cd "$ROOT" && source "$step") 2>&1 | tee "$out/step-$name.log" || rc=1
		tally "$out/step-$name.log" "$rc"
	done
}

cmd_test() {
	need_go
	local out=$CACHE/test passed=0 failed=0 p f rc=0
	mkdir -p "$out"
	ensure_postgres
	(cd "$ROOT" && go vet ./...) || die "go vet found problems"
	local unformatted
	# Our Go files (third_party/ holds patched copies of dependencies, formatted upstream);
	# -z: a file name may hold a space (graphics.gd has one).
	unformatted=$(cd "$ROOT" && { git ls-files -z '*.go' ':!:third_party/**' 2>/dev/null || find . -path ./third_party -prune -o -name '*.go' -print0; } | xargs -0 gofmt -l)
	[ -z "$unformatted" ] || die "gofmt would change: $unformatted"

	log "go test ./..."
	(cd "$ROOT" && go test -count=1 -v ./... >"$out/go.log" 2>&1) || rc=1
	grep -E '^(ok|FAIL|---|panic)|^\s+--- FAIL' "$out/go.log" | grep -v -- '--- PASS' || true
	p=$(grep -cE '^\s*--- PASS' "$out/go.log" || true)
	f=$(grep -cE '^\s*--- FAIL' "$out/go.log" || true)
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi # a build failure or panic counts as a failure
	echo "go: $p passed, $f failed"
	passed=$((passed + p)) failed=$((failed + f))

	log "go test -race (generation and storage concurrency)"
	rc=0
	(cd "$ROOT" && go test -count=1 -race ./procgen/... ./storage/... >"$out/race.log" 2>&1) || rc=1
	if [ "$rc" -eq 0 ]; then passed=$((passed + 1)); echo "PASS go test -race ./procgen/... ./storage/..."; else failed=$((failed + 1)); tail -n 40 "$out/race.log"; echo "FAIL go test -race ./procgen/... ./storage/..."; fi

	build_lib
	ensure_godot
	local engine=(go run ./tests/enginetest -godot "$GODOT_CMD" -project "$PROJECT")
	for mode in suites selftest; do
		rc=0
		local flags=()
		[ "$mode" = selftest ] && flags=(-expect-fail)
		(cd "$ROOT" && "${engine[@]}" "${flags[@]}" tests/$mode/*.gd | tee "$out/engine-$mode.log") || rc=1
		tally "$out/engine-$mode.log" "$rc"
	done
	# The editor preview, checked from a plugin inside the headless editor.
	rc=0
	(cd "$ROOT" && "${engine[@]}" -editor tests/editor | tee "$out/engine-editor.log") || rc=1
	tally "$out/engine-editor.log" "$rc"

	run_steps test "$out"

	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

cmd_bench() {
	need_go
	ensure_postgres
	log "Go benchmarks"
	(cd "$ROOT" && go test -run '^$' -bench 'FBM|HeightmapChunk|VoxelChunk|SchedulerHeightmap|SchedulerVoxel|IndexNear' -benchtime 2s ./procgen/...) || die "Go benchmarks failed"
	(cd "$ROOT" && go test -run '^$' -bench 'EncodeSurface' -benchtime 2s ./bindings/) || die "surface encoding benchmark failed"
	(cd "$ROOT" && go test -run '^$' -bench . -benchtime 5x ./storage/) || die "storage benchmarks failed"
	build_lib
	ensure_godot
	log "in-engine side-by-side benchmark"
	"$GODOT_CMD" --headless --path "$PROJECT" -s res://tests/bench/side_by_side.gd 2>&1 | grep '^BENCH' ||
		die "the in-engine benchmark did not run"
	passed=0 failed=0
	run_steps bench "$CACHE/bench"
	[ "$failed" -eq 0 ] || die "$failed benchmark step(s) failed"
}

main() {
	local cmd=${1:-build}
	[ $# -gt 0 ] && shift
	case $cmd in
	build) build_lib ;;
	godot) cmd_godot ;;
	demo) cmd_demo ;;
	test) cmd_test ;;
	bench) cmd_bench ;;
	install)
		[ $# -eq 1 ] || die "usage: ./build.sh install PATH_TO_GODOT_PROJECT"
		build_lib
		install_addon "$(cd "$1" && pwd)"
		mkdir -p "$1/addons/procgen/net"
		cp "$PROJECT/net/procgen_net.gd" "$1/addons/procgen/net/"
		log "installed into $1/addons/procgen; open the project in Godot and add a ProcGen node"
		;;
	-h | --help | help) usage ;;
	*)
		# Commands of their own live in scripts/cmd/NAME.sh, sourced with this file's functions.
		if [[ $cmd =~ ^[a-z][a-z0-9-]*$ ]] && [ -f "$ROOT/scripts/cmd/$cmd.sh" ]; then
			source "$ROOT/scripts/cmd/$cmd.sh" "$@"
		else
			usage >&2
			die "unknown command: $cmd"
		fi
		;;
	esac
}

main "$@"
