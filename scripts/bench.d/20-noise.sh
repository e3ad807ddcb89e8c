# OpenSimplex cost: our FMA-free OpenSimplex against the reference it is bit-identical to
# (github.com/ojrac/opensimplex-go) and against the built-in simplex, on the same points in
# one run (ratios below 1: ours is faster).
if go test -run '^$' -bench 'OpenSimplexCost' -benchtime 20000x ./procgen/noise/ | tee "$CACHE/bench/noise.log" | grep '^Benchmark'; then
	echo "PASS bench noise: OpenSimplex cost"
else
	echo "FAIL bench noise: OpenSimplex cost"
fi
