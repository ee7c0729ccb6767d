#!/usr/bin/env bash
# Start-up, batch and scale benchmarks (issue 14), numbers for the issue note. Not part of the tests.
# One run reports, each section's rows measured interleaved (row 1, row 2, …, row 1, row 2, …) so a
# loaded machine slows them alike; every figure is a median, every ratio is between medians of the
# same section (CPU = user + system of the process and its children, from wait4):
#   1. cold start, for each JDK present (the system java; Temurin 25 under /usr/lib/jvm): the
#      launcher (an install made for that JDK, with its own class-data archive) vs `java -version`
#      of that JDK: -N create, --version, --help, list, plan of one config;
#   2. the JVM settings for a short command, for each JDK: interpreter or C1, Serial or G1 (the
#      launcher's choice is marked);
#   3. jxl check of N generated configs (the corpus and the examples, round robin, the 5 bracket-
#      nesting stress configs among them) in one JVM vs N runs of real `xl -N create` (with the test
#      preload library, as bench/spine.sh; split into as many chunks as there are rounds, so the xl
#      row totals N runs), other JVM settings for the batch, and the stress configs' share;
#   4. plan of 1 GiB, 64 GiB and 6 TiB of pmem (1 x 1 GiB, 64 x 1 GiB, 64 x 96 GiB vNVDIMMs) on a
#      host of about 1,000 E820 entries, and a create + destroy on the sim: peak RSS (the plan's
#      must not grow with pmem).
# Usage: bench/perf.sh [RUNS] [N] [ROUNDS]   (after `mvn -q -DskipTests package`; needs python3 for
#        wait4; defaults 11 cold runs, 10000 configs, 3 batch rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
n=${2:-10000}
rounds=${3:-3}
root=$(pwd)
[ -f builder/target/jxl.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
command -v python3 >/dev/null || { echo "perf.sh needs python3 (it measures with wait4)" >&2; exit 2; }
work=$(mktemp -d /tmp/jxl-perf.XXXXXX)
trap 'rm -rf "$work"' EXIT

# ---- the measuring core: interleaved rows, medians, ratios to the first row -------------------
cat >"$work/measure.py" <<'PY'
import os, statistics, sys, time
# measure.py RUNS TITLE [LABEL [NAME=VALUE…] ARGV… ;;]…   A row whose label ends in "(total)" is
# summed over the runs instead (a loop split into chunks); "{i}" in its words is the run's index.
runs, title, rest = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
rows, cur = [], []
for a in rest + [';;']:
    if a == ';;':
        if cur: rows.append(cur)
        cur = []
    else:
        cur.append(a)
null = os.open(os.devnull, os.O_RDWR)
def run(words, i):
    env, k = dict(os.environ), 0
    while '=' in words[k] and not words[k].startswith(('/', '.', '-')):
        name, value = words[k].split('=', 1); env[name] = value; k += 1
    argv = [w.replace('{i}', str(i)) for w in words[k:]]
    t = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.dup2(null, 0); os.dup2(null, 1); os.dup2(null, 2)
        try: os.execvpe(argv[0], argv, env)
        finally: os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    return time.monotonic() - t, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, os.waitstatus_to_exitcode(status)
got = {r[0]: ([], [], [], set()) for r in rows}
for r in rows:  # warm the page cache; not counted
    if not r[0].endswith('(total)'): run(r[1:], 0)
for i in range(runs):
    for r in rows:
        w, c, m, rc = run(r[1:], i)
        g = got[r[0]]; g[0].append(w); g[1].append(c); g[2].append(m); g[3].add(rc)
print(f"{title}  ({runs} runs each, interleaved)")
base = None
for r in rows:
    w, c, m, rcs = got[r[0]]
    agg = sum if r[0].endswith('(total)') else statistics.median
    mw, mc = agg(w) * 1000, agg(c) * 1000
    if base is None: base = (mw, mc)
    print(f"  {r[0]:44s} wall {mw:9.1f} ms {mw / base[0]:6.2f}x   cpu {mc:9.1f} ms {mc / base[1]:6.2f}x"
          f"   peak rss {max(m) / 1024:6.1f} MiB   exit {','.join(map(str, sorted(rcs)))}")
sys.stdout.flush()
PY
measure() { python3 "$work/measure.py" "$@"; echo; }

# ---- 1 and 2: an install per JDK, with the archive made for it ----------------------------------
jdks=()
for j in "$(readlink -f "$(command -v java)")" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; do
    [ -x "$j" ] || continue
    [[ " ${jdks[*]-} " == *" $j "* ]] || jdks+=("$j")
done
version_of() { sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "${1%/bin/java}/release"; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); JDKs: ${jdks[*]}"
echo
hvm="$root/examples/hvm-basic.cfg"
for j in "${jdks[@]}"; do
    v=$(version_of "$j")
    p="$work/jdk-${v%%.*}"
    mkdir -p "$p/bin" "$p/lib/jxl" "$p/state"
    cp jxl "$p/bin/jxl"
    cp -r builder/target/jxl.jar builder/target/lib "$p/lib/jxl/"
    sh builder/src/scripts/cds-archive.sh "$j" "$p/lib/jxl" examples >/dev/null
    archive=$(ls "$p/lib/jxl"/jxl.jsa "$p/lib/jxl"/jxl.aot 2>/dev/null || true)
    home="JAVA_HOME=${j%/bin/java}"
    x=("$home" "$p/bin/jxl" --state-dir "$p/state")
    measure "$runs" "1. cold start on JDK $v, launcher with $(for a in $archive; do printf '%s ' "${a##*/}"; done)(jxl-dry.aot for -N create where it is; vs this JDK's java -version)" \
        "java -version" "$j" -version ";;" \
        "jxl -N create hvm-basic.cfg" "${x[@]}" -N create "$hvm" ";;" \
        "jxl --version" "${x[@]}" --version ";;" \
        "jxl --help" "${x[@]}" --help ";;" \
        "jxl list" "${x[@]}" list ";;" \
        "jxl plan hvm-basic.cfg" "${x[@]}" plan "$hvm" ";;" \
        "jxl -N create, no archive" JXL_ARCHIVE=off "${x[@]}" -N create "$hvm"
    # -N create's own AOT cache where there is one (JDK 25), as the launcher picks
    [ -f "$p/lib/jxl/jxl-dry.aot" ] && archive="$p/lib/jxl/jxl-dry.aot"
    if [ "${archive##*.}" = aot ]; then a=(-XX:AOTCache="$archive"); else a=(-Xshare:auto -XX:SharedArchiveFile="$archive"); fi
    jv=("$j" -XX:-UsePerfData "${a[@]}" -Xlog:disable -Xlog:all=warning:stderr)
    cj=(-jar "$p/lib/jxl/jxl.jar" -N create "$hvm")
    mark() { # the launcher's choice for a short command with an archive: the interpreter, G1 before JDK 25
        local choice=int-G1
        [ "${v%%.*}" -ge 25 ] 2>/dev/null && choice=int-Serial
        [ "$1" = "$choice" ] && echo " (launcher)" || true
    }
    measure "$runs" "2. -N create on JDK $v with ${archive##*/}: JVM settings" \
        "java -version" "$j" -version ";;" \
        "interpreter, Serial$(mark int-Serial)" "${jv[@]}" -Xint -XX:+UseSerialGC "${cj[@]}" ";;" \
        "interpreter, G1$(mark int-G1)" "${jv[@]}" -Xint -XX:+UseG1GC "${cj[@]}" ";;" \
        "C1, Serial" "${jv[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${cj[@]}" ";;" \
        "C1, G1" "${jv[@]}" -XX:TieredStopAtLevel=1 -XX:+UseG1GC "${cj[@]}" ";;" \
        "tiered, G1 (the JVM's default)" "${jv[@]}" "${cj[@]}"
done

# ---- 3. check N configs vs N xl runs ------------------------------------------------------------
corpus=(grammar/test-support/corpus/*.cfg examples/*.cfg)
mkdir -p "$work/cfg"
normal=()
stress=()
for ((i = 0; i < n; i++)); do
    src=${corpus[$((i % ${#corpus[@]}))]}
    f=$(printf 'c%05d.cfg' "$i")
    cp "$src" "$work/cfg/$f"
    case $src in *syntax-nesting-*) stress+=("$f") ;; *) normal+=("$f") ;; esac
done
cd "$work/cfg"
all=(c*.cfg)
j=${jdks[0]}
v=$(version_of "$j")
p="$work/jdk-${v%%.*}"
x=(JAVA_HOME="${j%/bin/java}" "$p/bin/jxl")
archive=$(ls "$p/lib/jxl"/jxl.jsa "$p/lib/jxl"/jxl.aot 2>/dev/null || true)
if [ "${archive##*.}" = aot ]; then a=(-XX:AOTCache="$archive"); else a=(-Xshare:auto -XX:SharedArchiveFile="$archive"); fi
jv=("$j" -XX:-UsePerfData "${a[@]}" -Xlog:disable -Xlog:all=warning:stderr)
rows=("jxl check, $n configs (launcher, JDK $v)" "${x[@]}" check "${all[@]}")
xl=/usr/lib/xen-4.17/bin/xl
if [ -x "$xl" ] && command -v gcc >/dev/null; then
    gcc -shared -fPIC -O2 -o "$work/preload.so" "$root/grammar/test-support/src/main/c/xl-preload.c"
    chunk=$(( (n + rounds - 1) / rounds ))
    cat >"$work/xl-chunk.sh" <<SH
#!/bin/sh
# xl -N create on chunk \$1 of the configs ($chunk each), one process per config, as a script would
i=0
for f in c*.cfg; do
    if [ \$((i / $chunk)) -eq "\$1" ]; then LD_PRELOAD="$work/preload.so" "$xl" -N create "\$f" >/dev/null 2>&1 || true; fi
    i=\$((i + 1))
done
SH
    rows+=(";;" "xl -N create x $n, in $rounds chunks (total)" sh "$work/xl-chunk.sh" "{i}")
    xl_note="xl: $xl with the test preload library"
else
    xl_note="xl is not installed here (xen-utils-4.17 and gcc): no xl row"
fi
for alt in "tiered, Serial:-XX:+UseSerialGC" "tiered, G1:-XX:+UseG1GC" "C1, Parallel:-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"; do
    # shellcheck disable=SC2206
    flags=(${alt#*:})
    rows+=(";;" "jxl check, ${alt%%:*}" "${jv[@]}" "${flags[@]}" -jar "$p/lib/jxl/jxl.jar" check "${all[@]}")
done
if [ "${#jdks[@]}" -gt 1 ]; then
    j2=${jdks[1]}
    v2=$(version_of "$j2")
    rows+=(";;" "jxl check (launcher, JDK $v2)" JAVA_HOME="${j2%/bin/java}" "$work/jdk-${v2%%.*}/bin/jxl" check "${all[@]}")
fi
rows+=(";;" "jxl check, the ${#normal[@]} without stress configs" "${x[@]}" check "${normal[@]}")
rows+=(";;" "jxl check, the ${#stress[@]} stress configs alone" "${x[@]}" check "${stress[@]}")
echo "$xl_note"
measure "$rounds" "3. check in one JVM vs one xl per config ($(nproc) cores)" "${rows[@]}"
cd "$root"

# ---- 4. plan scale and create's peak memory -----------------------------------------------------
# the pmem-6t host (4 x 1.5 TiB pmem) with its RAM above 4 GiB cut into 490 pieces by 4 KiB
# reserved entries: 995 E820 entries
awk 'BEGIN {
    printf "{\n  \"xen_version\": \"4.17\", \"cpus\": 448, \"paddr_bits\": 46, \"seabios_image_size\": 262144,\n  \"e820\": [\n"
    n = split("0 638976 1|638976 16384 2|917504 131072 2|1048576 2145386496 1|2147483648 268435456 2|4244635648 25165824 2|4273995776 4096 2|4275044352 4096 2|4276092928 4096 2|4278190080 16777216 2", low, "|")
    ram = 0
    for (i = 1; i <= n; i++) {
        split(low[i], e, " ")
        printf "    {\"addr\": %.0f, \"size\": %.0f, \"type\": %d},\n", e[1], e[2], e[3]
        if (e[3] == 1) ram += e[2]
    }
    start = 4294967296; end = 2199023255552; pieces = 490; hole = 4096
    step = int((end - start) / pieces / 4096) * 4096
    for (k = 0; k < pieces; k++) {
        a = start + k * step; s = (k == pieces - 1 ? end - a : step) - hole
        printf "    {\"addr\": %.0f, \"size\": %.0f, \"type\": 1},\n", a, s
        printf "    {\"addr\": %.0f, \"size\": %.0f, \"type\": 2},\n", a + s, hole
        ram += s
    }
    for (r = 0; r < 4; r++)
        printf "    {\"addr\": %.0f, \"size\": %.0f, \"type\": 7}%s\n", 2199023255552 + r * 1649267441664, 1649267441664, r < 3 ? "," : ""
    printf "  ],\n  \"memory_kib\": %.0f, \"free_memory_kib\": %.0f,\n  \"pmem\": [\n", ram / 1024, ram / 1024 - 67108864
    for (r = 0; r < 4; r++)
        printf "    {\"spa\": %.0f, \"size\": %.0f, \"node\": %d}%s\n", 2199023255552 + r * 1649267441664, 1649267441664, r, r < 3 ? "," : ""
    printf "  ],\n  \"rdm\": []\n}\n"
}' >"$work/host-1000.json"
plan_config() { # NAME COUNT PAGES: COUNT vNVDIMMs of PAGES each, 16 in each pmem region (data ranges
    # are whole GiB, so 1 GiB is the smallest)
    awk -v name="$1" -v count="$2" -v pages="$3" 'BEGIN {
        printf "name=\"%s\"\ntype=\"hvm\"\nmemory=262144\nvcpus=128\nvnvdimms=[\n", name
        for (k = 0; k < count; k++) {
            mfn = (2199023255552 + int(k / 16) * 1649267441664) / 4096 + (k % 16) * pages
            printf "  \"type=mfn, backend=0x%x, nr_pages=%d\"%s\n", mfn, pages, k < count - 1 ? "," : ""
        }
        printf "]\n"
    }' >"$work/$1.cfg"
}
plan_config pmem-1g 1 262144
plan_config pmem-64g 64 262144
plan_config pmem-6t 64 25165824
j=${jdks[0]}
v=$(version_of "$j")
p="$work/jdk-${v%%.*}"
x=(JAVA_HOME="${j%/bin/java}" "$p/bin/jxl" --state-dir "$work/state-1000")  # a sim booted on that host
h=(--host "$work/host-1000.json")
cat >"$work/create-destroy.sh" <<SH
#!/bin/sh
"$p/bin/jxl" --state-dir "$p/state" create "$root/examples/pv-linux.cfg" && "$p/bin/jxl" --state-dir "$p/state" destroy pv-linux
SH
measure "$runs" "4. plan of vNVDIMMs on a host of $(grep -c '"addr"' "$work/host-1000.json") E820 entries (JDK $v)" \
    "plan, 1 x 1 GiB = 1 GiB of pmem" "${x[@]}" "${h[@]}" plan "$work/pmem-1g.cfg" ";;" \
    "plan, 64 x 1 GiB = 64 GiB of pmem" "${x[@]}" "${h[@]}" plan "$work/pmem-64g.cfg" ";;" \
    "plan, 64 x 96 GiB = 6 TiB of pmem" "${x[@]}" "${h[@]}" plan "$work/pmem-6t.cfg" ";;" \
    "jxl create pv-linux + destroy (sim)" JAVA_HOME="${j%/bin/java}" sh "$work/create-destroy.sh"
