# The main thread's share of streaming, this tree's library against the one before chunk
# nodes and meshes were reused (PROCGEN_INSTALL_BASE, default f6454d3), both run
# interleaved in this one run by ./build.sh bench-install (scripts/cmd/bench-install.sh).
install_base=${PROCGEN_INSTALL_BASE:-f6454d3}
if ! git -C "$ROOT" cat-file -e "$install_base^{commit}" 2>/dev/null; then
	echo "PASS bench install: skipped ($install_base is not in this clone's history)"
elif install_out=$( (source "$ROOT/scripts/cmd/bench-install.sh" "$install_base" 2) 2>&1); then
	echo "$install_out" | grep -E '^BENCH|load average'
	echo "PASS bench install"
else
	echo "$install_out" | tail -n 20
	echo "FAIL bench install"
fi
