# The helpers scenarios.sh runs in dom0 (sourced; RealXenLibTest runs them against a fake jxl and xl).
# They use $J (jxl --backend xl …, always run through jx), $d (the scenario's results) and $mark (xl
# dmesg's line count when the scenario began).
now() { cut -d. -f1 /proc/uptime; }
# jx ARGS…: $J ARGS…, its output and stderr together on stdout. A JVM that died in its own start-up
# (seen once under the emulation: a ClassFormatError on a java.base class) ran no jxl code, so it is
# started once more; what it printed is kept in $d/jvm-retries.txt
jx() {
    o=$(mktemp)
    $J "$@" > "$o" 2>&1; rc=$?
    if [ $rc -ne 0 ] && grep -q '^Error occurred during initialization of VM' "$o"; then
        { echo "--- jxl $*: exit $rc"; cat "$o"; } >> "$d/jvm-retries.txt"
        $J "$@" > "$o" 2>&1; rc=$?
    fi
    cat "$o"; rm -f "$o"
    return $rc
}
# wait_for SECONDS CMD…: run CMD every 2 s until it succeeds, and write how long it took to
# $d/${waited:-wait}-seconds; fail after SECONDS
wait_for() {
    limit=$1; shift
    w0=$(now)
    while [ $(( $(now) - w0 )) -lt "$limit" ]; do
        "$@" && { echo $(( $(now) - w0 )) > "$d/${waited:-wait}-seconds"; return 0; }
        sleep 2
    done
    return 1
}
# Xen's console ring since this scenario began; never cleared (xl dmesg -c), because jxl reads the
# memory map Xen printed at boot from it
new_dmesg() { xl dmesg 2>/dev/null | tail -n +$((mark + 1)); }
in_dmesg() { new_dmesg | grep -q "$1"; }
# Xen's restarts of the guest since the scenario began. QEMU's emulated SVM now and then makes a PVH
# guest triple-fault in early boot; Xen makes that a reboot, and xl's on_reboot=restart destroys the
# domain and builds it again (a crash is on_crash=destroy: no restart)
restart_lines() { new_dmesg | grep 'Triple fault'; }
# in_list NAME FILE: NAME is a first column of FILE (a name, not a pattern)
in_list() { awk -v n="$1" '$1 == n { found = 1 } END { exit !found }' "$2"; }
# list_shows NAME STEM: one jxl list into STEM.txt, counted in STEM-attempts; a miss is kept in
# STEM-missed.txt under a line "--- attempt N: exit RC"
list_shows() {
    n=$(( $(cat "$2-attempts" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$2-attempts"
    jx list > "$2.txt" 2>&1; rc=$?; echo "$rc" > "$2.rc"
    in_list "$1" "$2.txt" && return 0
    { echo "--- attempt $n: exit $rc"; cat "$2.txt"; } >> "$2-missed.txt"
    return 1
}
# listed NAME [STEM]: jxl list shows the guest within 120 s (a list in the gap of a restart misses it);
# each attempt's output in STEM.txt, STEM-missed.txt, STEM-attempts, STEM-seconds (STEM: jxl-list)
listed() ( waited=${2:-jxl-list}; wait_for 120 list_shows "$1" "$d/$waited" )
# destroyed NAME: jxl destroy, then xl list into xl-list-after.txt. If xl was restarting the guest
# meanwhile (jxl found no domain and xl brings one back, or jxl destroyed the old instance and the new
# one is up), the first try goes to destroy-during-restart.txt, headed by what happened, and the
# instance xl brings back is destroyed too, so no later scenario runs beside it. A guest still there
# under the domid jxl was asked to destroy is left for RealXenIT to fail.
destroyed() {
    before=$(xl domid "$1" 2>/dev/null)
    jx destroy "$1" > "$d/destroy.out" 2>&1; echo $? > "$d/destroy.rc"
    xl list > "$d/xl-list-after.txt" 2>&1
    after=$(xl domid "$1" 2>/dev/null)
    restart_lines > "$d/xen-restarts.txt"
    race=
    if [ -s "$d/xen-restarts.txt" ]; then
        if [ -n "$after" ] && [ "$after" != "$before" ]; then
            race="back as domain $after; jxl destroy was given ${before:-no domain}"
        elif [ -z "$before" ] && grep -q 'had already ended' "$d/destroy.out"; then
            race="no domain while xl restarted it"
        fi
    fi
    [ -n "$race" ] || return 0
    { echo "$race"; cat "$d/destroy.rc" "$d/destroy.out"; } > "$d/destroy-during-restart.txt"
    if [ -n "$after" ] || listed "$1" jxl-list-restarted; then
        jx destroy "$1" > "$d/destroy.out" 2>&1; echo $? > "$d/destroy.rc"
        xl list > "$d/xl-list-after.txt" 2>&1
    fi
}
