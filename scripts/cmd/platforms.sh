# ./build.sh platforms — builds the GDExtension for every platform procgen.gdextension lists:
# linux.x86_64 (as ./build.sh build), linux.arm64 (gcc-aarch64-linux-gnu) and windows.x86_64
# (gcc-mingw-w64-x86-64), with Debian's cross compilers for cgo (installed with apt when
# missing), and puts them into godot_project/addons/procgen/bin/ beside procgen.gdextension.
# Each library is checked to be a shared library of its platform that exports loadExtension.
# Not part of ./build.sh test: a cold cross build of graphics.gd takes many minutes per target.
need_go
build_lib
ensure_apt gcc-aarch64-linux-gnu gcc-mingw-w64-x86-64 binutils-aarch64-linux-gnu binutils-mingw-w64-x86-64
platforms_out=$CACHE/build
# platform, GOOS, GOARCH, C compiler, file name, `file` says, symbol lister
for spec in \
	"linux.arm64 linux arm64 aarch64-linux-gnu-gcc libprocgen.linux.arm64.so ARM.aarch64 aarch64-linux-gnu-nm" \
	"windows.x86_64 windows amd64 x86_64-w64-mingw32-gcc libprocgen.windows.x86_64.dll PE32+ x86_64-w64-mingw32-nm"; do
	read -r plat goos goarch cc name kind nm <<<"$spec"
	log "building $name ($plat, CC=$cc)"
	(cd "$ROOT" && CGO_ENABLED=1 GOOS=$goos GOARCH=$goarch CC=$cc \
		go build -buildmode=c-shared -o "$platforms_out/$name.tmp" ./cmd/libprocgen) ||
		die "go build of the $plat library failed"
	rm -f "$platforms_out"/*.h
	mv -f "$platforms_out/$name.tmp" "$platforms_out/$name"
	if command -v file >/dev/null 2>&1; then
		file -b "$platforms_out/$name" | grep -q "$kind" || die "$name is not a $kind library: $(file -b "$platforms_out/$name")"
	fi
	# ELF exports are dynamic symbols (nm -D); a PE DLL's are in its plain symbol table.
	{ "$nm" -D "$platforms_out/$name" 2>/dev/null; "$nm" "$platforms_out/$name" 2>/dev/null; true; } | grep -E ' T _?loadExtension$' >/dev/null ||
		die "$name does not export loadExtension"
	grep -q "^$plat = \"bin/$name\"" "$ROOT/procgen.gdextension" || die "procgen.gdextension does not list $plat"
	cp -f "$platforms_out/$name" "$PROJECT/addons/procgen/bin/$name"
	echo "$plat: $platforms_out/$name ($(du -h "$platforms_out/$name" | cut -f1))"
done
