# Browser tests of the sidecar (web/test/browser.mjs): the page in Debian's headless
# Chromium (playwright-core), a headless Godot server sharing the world through PostgreSQL.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || ensure_apt nodejs npm
[ -x /usr/bin/chromium ] || ensure_apt chromium
command -v psql >/dev/null 2>&1 || ensure_apt postgresql-client
ensure_postgres
ensure_godot
web_out=$CACHE/test/web
rm -rf "$web_out" && mkdir -p "$web_out"
(cd web && npm ci --no-audit --no-fund --loglevel=error >"$web_out/npm.log" 2>&1) ||
	{ echo "FAIL sidecar-web-install (see $web_out/npm.log)"; return 0; }
web/build.sh >"$web_out/build.log" 2>&1 || { echo "FAIL sidecar-web-build (see $web_out/build.log)"; return 0; }
CGO_ENABLED=0 go build -o "$CACHE/build/procgen-sidecar" ./cmd/procgen-sidecar >"$web_out/go-build.log" 2>&1 ||
	{ echo "FAIL sidecar-build (see $web_out/go-build.log)"; return 0; }
[ -f godot_project/addons/procgen/bin/libprocgen.linux.x86_64.so ] || build_lib
schema=sidecar_web_$$_$RANDOM
psql "$PROCGEN_TEST_DATABASE_URL" -qc "CREATE SCHEMA $schema" >"$web_out/psql.log" 2>&1 ||
	{ echo "FAIL sidecar-web-schema (see $web_out/psql.log)"; return 0; }
case $PROCGEN_TEST_DATABASE_URL in *\?*) db="$PROCGEN_TEST_DATABASE_URL&search_path=$schema" ;; *) db="$PROCGEN_TEST_DATABASE_URL?search_path=$schema" ;; esac
rc=0
(cd web && SIDECAR_BIN="$CACHE/build/procgen-sidecar" WEB_DIST="$ROOT/web/dist" DATABASE_URL="$db" OUT="$web_out" \
	GODOT="$GODOT_CMD" GODOT_PROJECT="$ROOT/godot_project" timeout 600 node test/browser.mjs) || rc=$?
psql "$PROCGEN_TEST_DATABASE_URL" -qc "DROP SCHEMA $schema CASCADE" >>"$web_out/psql.log" 2>&1 || true
[ "$rc" -eq 0 ] || [ "$rc" -eq 1 ] || echo "FAIL sidecar-web: the browser test ended with status $rc (logs in $web_out)"
return 0
