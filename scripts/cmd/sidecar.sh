# ./build.sh sidecar [procgen-sidecar flags] — builds the browser client (web/dist) and the
# sidecar, then serves a world on the embedded local store (.cache/sidecar/) until Ctrl-C.
# Defaults: -addr 127.0.0.1:8090 -world demo -seed 1; PROCGEN_DATABASE_URL shares the
# Godot servers' database instead. Open the printed URL in a browser.
need_go
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || ensure_apt nodejs npm
log "building the browser client (web/dist)"
"$ROOT/web/build.sh" || die "building the browser client failed"
mkdir -p "$CACHE/build" "$CACHE/sidecar"
(cd "$ROOT" && CGO_ENABLED=0 go build -o "$CACHE/build/procgen-sidecar" ./cmd/procgen-sidecar) || die "go build of the sidecar failed"
args=("$@")
has() { local a; for a in "${args[@]}"; do [[ $a == "$1" || $a == "$1="* ]] && return 0; done; return 1; }
has -world || args+=(-world demo)
has -store || args+=(-store "$CACHE/sidecar/store.sqlite")
has -web || args+=(-web "$ROOT/web/dist")
log "serving; open the URL below in a browser (Ctrl-C stops it)"
exec "$CACHE/build/procgen-sidecar" "${args[@]}"
