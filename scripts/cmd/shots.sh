# ./build.sh shots [--out=DIR] [--size=WxH] [--only=a,b] [--probe] [--suffix=TEXT]
# [--renderer=compatibility|forward_plus|mobile]: renders the demo world to PNGs (docs/shots/ by
# default) with Godot's Compatibility renderer on Mesa's llvmpipe under Xvfb, or with Forward+ or
# Mobile on Mesa's lavapipe (Vulkan). Sourced by build.sh (build_lib, ensure_godot, ensure_apt, log, die).

shots_out=$ROOT/docs/shots
shots_size=1280x720
shots_args=()
shots_renderer=compatibility
for a in "$@"; do
	case $a in
	--out=*) shots_out=${a#--out=} ;;
	--size=*) shots_size=${a#--size=} ;;
	--renderer=*) shots_renderer=${a#--renderer=} ;;
	*) shots_args+=("$a") ;;
	esac
done
[[ $shots_size =~ ^[0-9]+x[0-9]+$ ]] || die "shots: --size wants WxH, got $shots_size"
mkdir -p "$CACHE" "$shots_out"
shots_out=$(cd "$shots_out" && pwd)

build_lib
ensure_godot
ensure_apt xvfb xauth libgl1-mesa-dri libegl1 libgles2
case $shots_renderer in
compatibility) shots_flags=(--rendering-driver opengl3) ;;
forward_plus | mobile)
	ensure_apt mesa-vulkan-drivers libvulkan1
	shots_flags=(--rendering-driver vulkan --rendering-method "$shots_renderer")
	# lavapipe only: never a GPU driver that happens to be installed.
	export VK_ICD_FILENAMES=/usr/share/vulkan/icd.d/lvp_icd.$(uname -m).json
	;;
*) die "shots: --renderer wants compatibility, forward_plus or mobile, got $shots_renderer" ;;
esac

# Godot with the system's Mesa after its own libraries: build.sh's Debian-unpacked runtime
# gets /usr/lib/x86_64-linux-gnu appended to its library path; any other Godot runs as is.
render_godot=("$GODOT_CMD")
if shots_root=$(sed -n 's/^R="\(.*\)"$/\1/p' "$GODOT_CMD" 2>/dev/null) && [ -n "$shots_root" ]; then
	render_godot=("$shots_root/usr/lib64/ld-linux-x86-64.so.2" --library-path
		"$shots_root/usr/lib/x86_64-linux-gnu:$shots_root/usr/lib/x86_64-linux-gnu/pulseaudio:/usr/lib/x86_64-linux-gnu"
		"$shots_root/usr/bin/godot")
fi
log "rendering shots at $shots_size ($shots_renderer) into $shots_out"
set +e
LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 ${shots_size}x24" \
	"${render_godot[@]}" "${shots_flags[@]}" --resolution "$shots_size" --path "$PROJECT" \
	-s res://shots/shots.gd -- --out="$shots_out" "${shots_args[@]}" 2>&1 |
	grep -v -e 'null bind' -e 'Parameter "mb" is null' -e 'gdextension_classdb_get_method_bind'
shots_rc=${PIPESTATUS[0]}
set -e
[ "$shots_rc" -eq 0 ] || die "shots: Godot exited with status $shots_rc"
