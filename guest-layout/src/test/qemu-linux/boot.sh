#!/usr/bin/env bash
# One boot of Debian's Linux 6.1 under QEMU (TCG, no KVM) with a busybox initramfs that holds ndctl
# and the NVDIMM modules (init.sh says what it does in each mode). The caller gives the ACPI tables
# and the memory devices as QEMU options after --; nothing here knows jxl.
#
#   boot.sh [-t TIMEOUT_S] [-a KERNEL-ARGS] [-i INITRD-DIR] MODE WORK -- QEMU-OPTION...
#
# TIMEOUT_S bounds the boot (default 600; QEMU is killed after it); KERNEL-ARGS are added to the
# kernel command line; INITRD-DIR holds the initramfs, built once (default WORK), so boots can share it.
# WORK gets console.log (ttyS0: the kernel), results.log (ttyS1: the
# init's markers), boot-seconds and boot-status ("qemu-exit-N" or "timeout"). The kernel package
# comes from the same cache as the real-Xen harness (debian-kernel.sh).
# Exit: 0 QEMU ran (its own status is in boot-status), 77 a needed program or package is missing (the
# message says which), 2 usage.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
say() { printf 'qemu-linux: %s\n' "$*" >&2; }
missing() { say "missing: $*"; exit 77; }
usage() { echo "usage: boot.sh [-t TIMEOUT_S] [-a KERNEL-ARGS] [-i INITRD-DIR] MODE WORK -- QEMU-OPTION..." >&2; exit 2; }
limit=600
kargs=""
initrd_dir=""
while getopts t:a:i: o; do
    case $o in t) limit=$OPTARG ;; a) kargs=$OPTARG ;; i) initrd_dir=$OPTARG ;; *) usage ;; esac
done
shift $((OPTIND - 1))
[ $# -ge 3 ] && [ "$3" = "--" ] || usage
mode=$1 work=$2
shift 3
initrd_dir=${initrd_dir:-$work}
cache=${JXL_REALXEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/jxl/realxen}

command -v qemu-system-x86_64 >/dev/null || missing "qemu-system-x86_64 (apt-get install qemu-system-x86)"
busybox=/bin/busybox
{ [ -x "$busybox" ] && ! ldd "$busybox" >/dev/null 2>&1; } || missing "a static busybox (apt-get install busybox-static)"
[ -x /usr/bin/ndctl ] || missing "/usr/bin/ndctl (apt-get install ndctl)"
for c in cpio gzip ldd timeout; do command -v $c >/dev/null || missing "$c"; done

mkdir -p "$work" "$initrd_dir" "$cache/debs"
# shellcheck source=debian-kernel.sh
. "$here/debian-kernel.sh"
kpkg=$(kernel_pkg)
if [ -z "$kpkg" ]; then # no apt lists: any kernel already in the cache will do
    kpkg=$(cd "$cache" 2>/dev/null && ls -d linux-image-6.1.0-*-amd64-unsigned 2>/dev/null | sort -V | tail -n1 || true)
fi
[ -n "$kpkg" ] || missing "a linux-image-6.1.0-*-amd64-unsigned package (apt-get update?)"
command -v dpkg-deb >/dev/null || [ -d "$cache/$kpkg" ] || missing "dpkg-deb"
fetch "$kpkg"
kroot=$cache/$kpkg
kver=$(ls "$kroot/lib/modules" | head -n1)
vmlinuz=$kroot/boot/vmlinuz-$kver

# --- the initramfs: busybox, ndctl and the libraries it loads, the modules and what they need -----
initrd=$initrd_dir/initrd-$kver.cpio.gz
if [ ! -f "$initrd" ] || [ "$here/init.sh" -nt "$initrd" ] || [ "$0" -nt "$initrd" ]; then
    say "building the initramfs ($initrd)"
    root=$initrd_dir/initrd-root
    rm -rf "$root" && mkdir -p "$root"/{bin,dev,proc,sys,tmp,etc,lib/modules}
    cp "$busybox" "$root/bin/busybox"
    cp "$here/init.sh" "$root/init" && chmod +x "$root/init"
    for f in /usr/bin/ndctl $(ldd /usr/bin/ndctl | awk '/=> \//{print $3} /^\t\/lib/{print $1}'); do
        mkdir -p "$root$(dirname "$f")"
        cp -L "$f" "$root$f"
    done
    kmods=$kroot/lib/modules/$kver
    declare -A seen=()
    order=()
    resolve() { # a module after the modules it depends on (the .ko's own depends= field)
        local m=$1 f dep
        f=$(find "$kmods" -name "${m//-/[-_]}.ko" | head -n1)
        [ -n "$f" ] || { say "no module $m in $kver"; exit 1; }
        [ -n "${seen[$f]:-}" ] && return
        seen[$f]=1
        for dep in $(grep -a -o 'depends=[A-Za-z0-9_,-]*' "$f" | head -n1 | sed 's/^depends=//; s/,/ /g'); do
            resolve "$dep"
        done
        order+=("$f")
    }
    for m in libnvdimm nfit nd_btt nd_pmem; do resolve "$m"; done
    : > "$root/etc/modules"
    for f in "${order[@]}"; do cp "$f" "$root/lib/modules/"; echo "/lib/modules/$(basename "$f")" >> "$root/etc/modules"; done
    (cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) > "$initrd.tmp"
    mv "$initrd.tmp" "$initrd"
    rm -rf "$root"
fi

# --- the boot ----------------------------------------------------------------------------------
rm -f "$work/console.log" "$work/results.log" "$work/boot-status" "$work/boot-seconds"
say "booting Linux $kver under QEMU ($mode; at most ${limit}s; console in $work/console.log)"
start=$(date +%s.%N)
set +e
timeout --kill-after=20 "$limit" qemu-system-x86_64 -accel tcg -machine pc -cpu max -smp 1 \
    -display none -no-reboot -monitor none -nodefaults \
    -serial "file:$work/console.log" -serial "file:$work/results.log" \
    -kernel "$vmlinuz" -initrd "$initrd" \
    -append "console=ttyS0 acpi_no_memhotplug panic=-1 ignore_loglevel jxl.mode=$mode $kargs" \
    "$@" < /dev/null
rc=$?
set -e
end=$(date +%s.%N)
awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", b - a }' > "$work/boot-seconds"
if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    say "the boot did not finish in ${limit}s"
    echo timeout > "$work/boot-status"
else
    echo "qemu-exit-$rc" > "$work/boot-status"
    say "boot finished in $(cat "$work/boot-seconds")s (QEMU exit $rc)"
fi
