#!/usr/bin/env bash
# The real-Xen harness: boots Xen 4.17 and a Linux dom0 from Debian's packages under QEMU (TCG; no
# KVM needed), runs jxl's scenarios inside dom0 against the real xl/libxl/hvmloader, and leaves
# every scenario's evidence under OUT (read by RealXenTest). Nothing is installed into the system:
# the kernel and the hypervisor are downloaded with `apt-get download` and unpacked into a cache.
#
#   harness.sh [fast|full] [OUT]       (jxl must be built: mvn -q -DskipTests package)
#
# Exit: 0 the boot ran to its end (each scenario's own verdict is in OUT/results), 77 a needed
# program or package is missing (the message says which), anything else the boot itself failed.
set -euo pipefail
# all of it in one block, read whole before it runs: editing the file mid-boot cannot break a run
{
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../../.." && pwd)
mode=${1:-fast}
out=${2:-$top/builder/target/realxen-$mode}
cache=${JXL_REALXEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/jxl/realxen}
xenbin=/usr/lib/xen-4.17/bin
dm=/usr/libexec/xen-qemu-system-i386
case "$mode" in fast|full) ;; *) echo "usage: harness.sh [fast|full] [OUT]" >&2; exit 2 ;; esac

say() { printf 'realxen: %s\n' "$*" >&2; }
missing() { say "missing: $*"; exit 77; }

# --- what the host must have (Debian packages; .ci/run installs them) ---------------------------
command -v qemu-system-x86_64 >/dev/null || missing "qemu-system-x86_64 (apt-get install qemu-system-x86)"
[ -x "$xenbin/xl" ] || missing "$xenbin/xl (apt-get install xen-utils-4.17)"
[ -x "$dm" ] || missing "$dm, the HVM device model (apt-get install qemu-system-xen)"
[ -f /usr/share/seabios/bios-256k.bin ] || missing "SeaBIOS (apt-get install seabios)"
busybox=/bin/busybox
# the static busybox: a dynamic one would need its libraries in the guests' initrd too
{ [ -x "$busybox" ] && ! ldd "$busybox" >/dev/null 2>&1; } || missing "a static busybox (apt-get install busybox-static)"
for c in cpio gzip apt-get dpkg-deb jlink ldd; do command -v $c >/dev/null || missing "$c"; done
jar=$top/builder/target/jxl.jar
[ -f "$jar" ] || missing "$jar (build first: mvn -q -DskipTests package)"

# --- the kernel and the hypervisor, from Debian's archive, unpacked (never installed) -----------
mkdir -p "$cache/debs"
# kernel_pkg and fetch PKG (shared with guest-layout's QEMU + Linux oracle)
. "$top/guest-layout/src/test/qemu-linux/debian-kernel.sh"
kpkg=$(kernel_pkg)
[ -n "$kpkg" ] || missing "a linux-image-6.1.0-*-amd64-unsigned package (apt-get update?)"
fetch "$kpkg"
fetch xen-hypervisor-4.17-amd64
kroot=$cache/$kpkg
kver=$(ls "$kroot/lib/modules" | head -n1)
vmlinuz=$kroot/boot/vmlinuz-$kver
xen_elf=$cache/xen-4.17-amd64.elf
[ -f "$xen_elf" ] || gunzip -c "$cache"/xen-hypervisor-4.17-amd64/boot/xen-4.17-amd64.gz > "$xen_elf"

# --- a small JRE for dom0 (jxl needs java.base only) ---------------------------------------------
jv=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
jre=$cache/jre-$jv
if [ ! -x "$jre/bin/java" ]; then
    say "jlink: a java.base runtime for dom0"
    rm -rf "$jre.tmp"
    jlink --add-modules java.base --strip-debug --no-header-files --no-man-pages --compress=2 --output "$jre.tmp"
    mv "$jre.tmp" "$jre"
fi

# --- dom0's root: busybox, Xen's tools and their libraries, modules, jxl, the guests ------------
rm -rf "$out" && mkdir -p "$out"
root=$out/dom0-root
mkdir -p "$root"/{bin,etc,proc,sys,dev,tmp,run,var/log/xen/console,var/lib/xen,var/run/xen,var/lib/xenstored,results}
cp "$busybox" "$root/bin/busybox"
copy() { # copy FILE…: into the root at the same path, with the shared libraries it loads
    local f
    for f in "$@"; do
        mkdir -p "$root$(dirname "$f")"
        cp -L "$f" "$root$f"
        ldd "$f" 2>/dev/null | awk '/=> \//{print $3} /^\t\/lib/{print $1}' | while read -r lib; do
            [ -e "$root$lib" ] && continue
            mkdir -p "$root$(dirname "$lib")"
            cp -L "$lib" "$root$lib"
        done
    done
}
copy $xenbin/xl $xenbin/xenstored $xenbin/xenconsoled $xenbin/xen-init-dom0 $dm
mkdir -p "$root/usr/lib/xen-4.17/boot" "$root/usr/share"
cp /usr/lib/xen-4.17/boot/hvmloader "$root/usr/lib/xen-4.17/boot/"
cp -r /usr/share/seabios /usr/share/qemu "$root/usr/share/"
mkdir -p "$root/etc/xen" && cp /etc/xen/xl.conf "$root/etc/xen/" 2>/dev/null || true
# the JRE and jxl
mkdir -p "$root/opt/jxl"
cp -r "$jre" "$root/opt/jre"
for so in $(find "$root/opt/jre" -name "*.so"); do ldd "$so" 2>/dev/null | awk '/=> \//{print $3}' | while read -r lib; do
    [ -e "$root$lib" ] || { mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"; }; done; done
cp "$jar" "$root/opt/jxl/" && cp -r "$top/builder/target/lib" "$root/opt/jxl/lib"
cat > "$root/bin/jxl" <<'JXL'
#!/bin/sh
exec /opt/jre/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -jar /opt/jxl/jxl.jar "$@"
JXL
chmod +x "$root/bin/jxl"

# kernel modules dom0 loads (and what they depend on, from each module's own modinfo)
modules="xen-evtchn xen-gntdev xen-gntalloc xen-privcmd xenfs virtio_pci virtio_blk nfit nd_pmem dax_pmem device_dax"
kmods=$kroot/lib/modules/$kver
declare -A want=()
resolve() {
    local m=$1 f dep
    f=$(find "$kmods" -name "${m//-/[-_]}.ko" | head -n1)
    [ -n "$f" ] || { say "no module $m in $kver"; exit 1; }
    [ -n "${want[$f]:-}" ] && return
    for dep in $(grep -a -o 'depends=[A-Za-z0-9_,-]*' "$f" | head -n1 | sed 's/^depends=//; s/,/ /g'); do
        resolve "$dep"
    done
    want[$f]=1
    echo "$f" >> "$out/modules.order"
}
: > "$out/modules.order"
for m in $modules; do resolve "$m"; done
mkdir -p "$root/lib/modules"
while read -r f; do cp "$f" "$root/lib/modules/"; echo "/lib/modules/$(basename "$f")"; done < "$out/modules.order" > "$root/etc/modules"

# the guests: the same Debian kernel, with a busybox initrd whose init prints a marker
mkdir -p "$root/guest" "$out/guest-root/bin" "$out/guest-root"/{proc,sys,dev}
cp "$vmlinuz" "$root/guest/vmlinuz"
cp "$busybox" "$out/guest-root/bin/busybox"
cp "$here/guest-init.sh" "$out/guest-root/init" && chmod +x "$out/guest-root/init"
# the NVDIMM modules, for the vNVDIMM guest (dom0's list minus Xen's backends)
mkdir -p "$out/guest-root/lib/modules" "$out/guest-root/etc"
grep -v -E '/(xen|virtio)' "$out/modules.order" | while read -r f; do
    cp "$f" "$out/guest-root/lib/modules/"; echo "/lib/modules/$(basename "$f")"; done > "$out/guest-root/etc/modules"
(cd "$out/guest-root" && find . | cpio -o -H newc --quiet | gzip -1) > "$root/guest/initrd.gz"
if [ "$mode" = full ]; then
    # the labelled-vNVDIMM guest's initrd: the same, plus ndctl with the libraries it loads, and nd_btt
    # (the modules guest-layout's QEMU + Linux label test loads); the other guests keep theirs
    [ -x /usr/bin/ndctl ] || missing "/usr/bin/ndctl (apt-get install ndctl)"
    rm -rf "$out/guest-labels-root" && cp -a "$out/guest-root" "$out/guest-labels-root"
    for f in /usr/bin/ndctl $(ldd /usr/bin/ndctl | awk '/=> \//{print $3} /^\t\/lib/{print $1}'); do
        mkdir -p "$out/guest-labels-root$(dirname "$f")"
        cp -L "$f" "$out/guest-labels-root$f"
    done
    btt=$(find "$kmods" -name nd_btt.ko | head -n1)
    [ -n "$btt" ] || { say "no module nd_btt in $kver"; exit 1; }
    cp "$btt" "$out/guest-labels-root/lib/modules/" && echo /lib/modules/nd_btt.ko >> "$out/guest-labels-root/etc/modules"
    (cd "$out/guest-labels-root" && find . | cpio -o -H newc --quiet | gzip -1) > "$root/guest/initrd-labels.gz"
fi

# the scenarios and their configs
mkdir -p "$root/scenarios"
cp "$here/scenarios.sh" "$root/scenarios/run.sh"
cp "$here/lib.sh" "$root/scenarios/lib.sh"
cp "$here"/guests/*.cfg "$root/scenarios/"
if [ -n "${JXL_REALXEN_ONLY:-}" ]; then  # a subset, for working on the harness
    grep -E "^(${JXL_REALXEN_ONLY// /|})[[:space:]]" "$here/guests/scenarios.list" > "$root/scenarios/scenarios.list" || true
else
    cp "$here/guests/scenarios.list" "$root/scenarios/"
fi
echo "$mode" > "$root/scenarios/mode"
cp "$here/dom0-init.sh" "$root/init" && chmod +x "$root/init" "$root/scenarios/run.sh"
(cd "$root" && find . | cpio -o -H newc --quiet) > "$out/dom0.cpio"
say "dom0 initramfs $(du -h "$out/dom0.cpio" | cut -f1), kernel $kver, $(wc -l < "$out/modules.order") modules"

# --- the boot ----------------------------------------------------------------------------------
# results come back on a raw disk (a tar dom0 rewrites after each scenario): Xen's serial console
# drops characters under load, a disk does not
truncate -s 64M "$out/results.img"
if [ "$mode" = full ]; then limit=${JXL_REALXEN_TIMEOUT:-5400}; else limit=${JXL_REALXEN_TIMEOUT:-2400}; fi
machine="q35"
extra=()
if [ "$mode" = full ]; then
    # host pmem for the nested Xen: an NVDIMM Xen and dom0 see through a real NFIT
    machine="q35,nvdimm=on"
    extra+=(-object memory-backend-ram,id=pm0,size=1G -device nvdimm,id=nv0,memdev=pm0)
fi
say "booting Xen + dom0 under QEMU ($mode; at most ${limit}s; console in $out/console.log)"
start=$(date +%s)
set +e
timeout --kill-after=30 "$limit" qemu-system-x86_64 -accel tcg -machine "$machine" -cpu max,-smap,-rdtscp \
    -m 6G,slots=2,maxmem=12G -smp 2 -display none -no-reboot -monitor none \
    -serial "file:$out/console.log" \
    -kernel "$xen_elf" \
    -append "console=com1 com1=115200,8n1 dom0_mem=1G,max:1G dom0_max_vcpus=1 loglvl=all guest_loglvl=all noreboot conring_size=4m" \
    -initrd "$vmlinuz console=hvc0 earlyprintk=xen panic=-1 ignore_loglevel,$out/dom0.cpio" \
    -drive "file=$out/results.img,format=raw,if=none,id=res" -device virtio-blk-pci,drive=res \
    "${extra[@]}" &
qpid=$!
# progress for the person watching: each scenario's verdict as dom0 reports it
# (tail ends with QEMU: a reader left behind would hold the caller's output open, and Maven waits on it)
( tail -n +1 -F --pid=$qpid "$out/console.log" 2>/dev/null | grep --line-buffered -a 'JXL-SCENARIO' \
    | sed -u 's/^/realxen: /' >&2 ) &
tpid=$!
wait $qpid
rc=$?
wait $tpid 2>/dev/null
set -e
echo $(( $(date +%s) - start )) > "$out/boot-seconds"
mkdir -p "$out/results"
tar -xf "$out/results.img" -C "$out/results" 2>/dev/null || say "no results on the disk (dom0 never wrote them)"
if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    say "the boot did not finish in ${limit}s"
    echo timeout > "$out/boot-status"
    exit 0 # the scenarios that did not report fail in RealXenTest
fi
echo "qemu-exit-$rc" > "$out/boot-status"
say "boot finished in $(cat "$out/boot-seconds")s"
}
exit
