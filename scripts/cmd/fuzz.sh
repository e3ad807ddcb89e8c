# ./build.sh fuzz [SECONDS] — runs every fuzz target with -fuzz for SECONDS each (default 120);
# crashers are written to the package's testdata/fuzz/<target>/ and replayed by go test.
need_go
cd "$ROOT"
source scripts/lib/fuzz.sh
secs=${1:-120}
[[ $secs =~ ^[0-9]+$ ]] && [ "$secs" -gt 0 ] || die "usage: ./build.sh fuzz [SECONDS per target]"
log "fuzzing $(fuzz_targets | wc -l) targets for ${secs}s each"
res=$(fuzz_all "$secs" | tee /dev/stderr)
fails=$(grep -c '^FAIL' <<<"$res" || true)
[ "$fails" -eq 0 ] || die "$fails fuzz target(s) found a crasher"
