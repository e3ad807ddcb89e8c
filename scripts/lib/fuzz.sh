# scripts/lib/fuzz.sh — shared by scripts/test.d/70-fuzz.sh and scripts/cmd/fuzz.sh.
# fuzz_targets prints "package-dir FuzzName" for every fuzz target of the module's tests.
fuzz_targets() {
	git ls-files '*_test.go' 2>/dev/null | xargs grep -H '^func Fuzz[A-Za-z0-9_]*(' |
		sed -E 's#^(.*)/[^/]*_test\.go:func (Fuzz[A-Za-z0-9_]*)\(.*#./\1 \2#' | sort -u
}

# fuzz_all SECONDS runs every fuzz target with -fuzz for SECONDS each (2 workers), printing
# one PASS or FAIL line per target. go test writes what fails to the package's
# testdata/fuzz/<target>/ (the seed corpus, replayed by every plain go test from then on).
fuzz_all() {
	local secs=$1 dir name out rc
	while read -r dir name; do
		[ -n "$name" ] || continue
		out=$(mktemp)
		rc=0
		go test -run '^$' -fuzz "^${name}\$" -fuzztime "${secs}s" -parallel 2 "$dir" >"$out" 2>&1 || rc=1
		if [ "$rc" -eq 0 ]; then
			echo "PASS fuzz $dir $name (${secs}s, $(grep -oE 'execs: [0-9]+' "$out" | tail -n 1 | cut -d' ' -f2) execs)"
		else
			tail -n 30 "$out"
			echo "FAIL fuzz $dir $name: crasher saved under $dir/testdata/fuzz/$name/ (add it to the commit)"
		fi
		rm -f "$out"
	done < <(fuzz_targets)
}
