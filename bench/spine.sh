#!/usr/bin/env bash
# Benchmarks of the spine (issue 2), numbers for the issue note. Not part of the tests.
#   1. jxl check over N configs in one JVM vs N runs of real `xl -N create` (with the test preload library)
#   2. one `./jxl -N create` vs `java -version` (cold processes), medians
#   3. parser throughput in MB/s and warm parse+bind time (ParserBench)
# Usage: bench/spine.sh [N]   (needs `mvn -q -DskipTests package` and, for 1, xen-utils-4.17 + gcc)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

# every corpus config except the five parser-stack stress inputs (thousands of nested brackets,
# which nobody writes): those are measured on their own below
corpus=()
for f in grammar/test-support/corpus/*.cfg examples/*.cfg; do
    case "$f" in *syntax-nesting-*) ;; *) corpus+=("$f") ;; esac
done
mkdir -p "$work/cfg"
for ((i = 0; i < N; i++)); do
    src=${corpus[$((i % ${#corpus[@]}))]}
    cp "$src" "$work/cfg/c$i.cfg"
done

echo "== 1. check $N configs in one JVM vs $N xl runs"
./jxl check "$work"/cfg/c0.cfg >/dev/null 2>&1 || true   # warm the disk cache
jxl_runs=()
for r in 1 2 3; do jxl_runs+=("$(ms ./jxl check "$work"/cfg/*.cfg)"); done
jxl_ms=$(printf '%s\n' "${jxl_runs[@]}" | median)
echo "jxl check: runs ${jxl_runs[*]} ms, median $jxl_ms ms"
xl=/usr/lib/xen-4.17/bin/xl
if [ -x "$xl" ] && command -v gcc >/dev/null; then
    gcc -shared -fPIC -O2 -o "$work/preload.so" grammar/test-support/src/main/c/xl-preload.c
    sample=$(( N < 1000 ? N : 1000 ))
    xl_runs=()
    for r in 1 2 3; do
        s=$(date +%s%N)
        for ((i = 0; i < sample; i++)); do
            LD_PRELOAD="$work/preload.so" "$xl" -N create "$work/cfg/c$i.cfg" >/dev/null 2>&1 || true
        done
        e=$(date +%s%N)
        xl_runs+=("$(( (e - s) / 1000000 * N / sample ))")
    done
    xl_ms=$(printf '%s\n' "${xl_runs[@]}" | median)
    echo "xl -N create x$N (from $sample runs each): runs ${xl_runs[*]} ms, median $xl_ms ms"
    awk -v a="$xl_ms" -v b="$jxl_ms" 'BEGIN {printf "ratio: jxl check is %.1fx faster\n", a / b}'
else
    echo "xl not installed: skipped the xl side"
fi

echo "== 1b. the parser-stack stress inputs alone (one JVM, each checked 20 times)"
stress=()
for f in grammar/test-support/corpus/syntax-nesting-*.cfg; do for r in $(seq 1 20); do stress+=("$f"); done; done
echo "jxl check ${#stress[@]} stress configs: $(ms ./jxl check "${stress[@]}") ms"

echo "== 2. cold start: ./jxl -N create vs java -version"
jv=(); jc=()
for r in $(seq 1 11); do
    jv+=("$(ms java -version)")
    jc+=("$(ms ./jxl -N create examples/hvm-basic.cfg)")
done
jv_ms=$(printf '%s\n' "${jv[@]}" | median); jc_ms=$(printf '%s\n' "${jc[@]}" | median)
echo "java -version median $jv_ms ms; ./jxl -N create median $jc_ms ms"
awk -v a="$jc_ms" -v b="$jv_ms" 'BEGIN {printf "ratio: %.2fx java -version\n", a / b}'

echo "== 3. parser throughput"
cp=$(find builder/target/lib -name '*.jar' | tr '\n' ':')grammar/config/target/classes:grammar/config/target/test-classes
if [ -d grammar/config/target/test-classes/dev/jxl/bench ]; then
    java -cp "$cp" dev.jxl.bench.ParserBench 32
else
    echo "build the test classes first: mvn -q -DskipTests test-compile"
fi
