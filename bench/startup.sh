#!/usr/bin/env bash
# Cold-process benchmarks (issues 2 and 6), numbers for the issue notes. Not part of the tests.
# Every figure is the median of RUNS cold processes, measured in the same run as the baseline,
# `java -version`, through the launcher (./jxl, its per-command JVM settings) with and without the
# class-data archive the build made for this JDK (JXL_ARCHIVE=on / off):
#   ./jxl -N create CONFIG           (issue 2: target <= 2x java -version)
#   ./jxl create CONFIG + ./jxl destroy NAME on the sim, a fresh state directory   (issue 6: <= 2x)
#   ./jxl list
# Usage: bench/startup.sh [RUNS] [CONFIG]   (after `mvn -q -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
config=${2:-examples/hvm-basic.cfg}
name=$(sed -n 's/^name *= *["'\'']\([^"'\'']*\)["'\''].*/\1/p' "$config" | head -n 1)
[ -f builder/target/jxl.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
JXL_ARCHIVE=on ./jxl --version >/dev/null || { echo "no usable class-data archive for this JDK: rebuild" >&2; exit 2; }
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

# the launcher's own flags, so the figures are what a user gets (they change with the JDK: see ./jxl)
with_cds=(env JXL_ARCHIVE=on ./jxl --state-dir "$state")
without=(env JXL_ARCHIVE=off ./jxl --state-dir "$state")

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# wall time of one command in microseconds; it must succeed
us() { local s e; s=$(now); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; e=$(now); echo $(( (e - s) / 1000 )); }
round_trip() { local a b; a=$(us "$@" create "$config"); b=$(us "$@" destroy "$name"); echo $(( a + b )); }

declare -A t
keys=(version dry dry_nocds rt rt_nocds list list_nocds)
for k in "${keys[@]}"; do t[$k]=""; done
us java -version >/dev/null; us "${with_cds[@]}" -N create "$config" >/dev/null   # warm the disk cache
for ((i = 0; i < runs; i++)); do
    t[version]+="$(us java -version) "
    t[dry]+="$(us "${with_cds[@]}" -N create "$config") "
    t[dry_nocds]+="$(us "${without[@]}" -N create "$config") "
    t[rt]+="$(round_trip "${with_cds[@]}") "
    t[rt_nocds]+="$(round_trip "${without[@]}") "
    t[list]+="$(us "${with_cds[@]}" list) "
    t[list_nocds]+="$(us "${without[@]}" list) "
done
med() { printf '%s\n' ${t[$1]} | median; }
base=$(med version)
echo "runs: $runs, config $config, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
row() { awk -v l="$1" -v m="$2" -v b="$base" 'BEGIN {printf "%-42s median %7.1f ms  = %5.2fx java -version\n", l, m / 1000, m / b}'; }
row "java -version" "$base"
row "jxl -N create (archive)" "$(med dry)"
row "jxl -N create (no archive)" "$(med dry_nocds)"
row "jxl create + jxl destroy, sim (archive)" "$(med rt)"
row "jxl create + jxl destroy, sim (no archive)" "$(med rt_nocds)"
row "jxl list (archive)" "$(med list)"
row "jxl list (no archive)" "$(med list_nocds)"
