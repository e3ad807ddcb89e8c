# Pipeline elements (issue 15): ms per full-detail 64×64 chunk with the default pipeline and
# with one element switched, as ratios against the default measured in the same run.
log "pipeline elements: ms/chunk against the default pipeline"
out=$(go test -run '^$' -bench 'Elements' -benchtime 40x ./procgen/pipeline) || { echo "$out"; echo "FAIL pipeline element benchmark"; exit 1; }
echo "$out" | grep '^BenchmarkElements'
echo "$out" | awk '/^BenchmarkElements/ {
	name = $1; sub(/^BenchmarkElements\//, "", name); sub(/-[0-9]+$/, "", name)
	for (i = 2; i < NF; i++) if ($(i+1) == "ms/chunk") ms = $i
	if (name == "default") base = ms
	printf "  %-10s %8.2f ms/chunk  %6.2fx default\n", name, ms, (base > 0 ? ms / base : 0)
}'
echo "PASS pipeline element benchmark"
