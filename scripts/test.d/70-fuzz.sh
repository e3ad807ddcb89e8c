# Runs every fuzz target with -fuzz for a short, bounded time (the plain go test run only
# replays the seed corpora). The total stays near PROCGEN_FUZZ_BUDGET_S seconds (default 80)
# of fuzzing, split evenly, at least 3 s per target. ./build.sh fuzz runs them longer.
source scripts/lib/fuzz.sh
n=$(fuzz_targets | wc -l)
[ "$n" -gt 0 ] || { echo "FAIL fuzz: no fuzz targets found"; exit 0; }
per=$(( ${PROCGEN_FUZZ_BUDGET_S:-80} / n ))
[ "$per" -ge 3 ] || per=3
log "fuzzing $n targets for ${per}s each"
fuzz_all "$per"
