#!/bin/busybox sh
# A guest's init in the real-Xen harness: say it is up, show the memory map it was given, and with
# jxl.pmem on the command line find the vNVDIMM, report where it is and write a pattern into it;
# with jxl.labels=init|check run ndctl on a labelled vNVDIMM (the labels initrd holds ndctl).
# Then it stays up: the scenario lists the running guest and destroys it with jxl.
bb=/bin/busybox
$bb mkdir -p /proc /sys /dev
$bb mount -t proc proc /proc
$bb mount -t sysfs sys /sys
$bb mount -t devtmpfs dev /dev 2>/dev/null
echo "JXL-GUEST-UP $($bb cut -d' ' -f1 /proc/uptime)"
for d in /sys/firmware/memmap/*; do
    echo "JXL-GUEST-MEMMAP $($bb cat $d/start) $($bb cat $d/end) $($bb cat $d/type)"
done
$bb grep -E '^(MemTotal)' /proc/meminfo
if $bb grep -q 'jxl.pmem' /proc/cmdline; then
    for m in $($bb cat /etc/modules); do $bb insmod "$m" 2>/dev/null; done
    i=0
    while [ ! -b /dev/pmem0 ] && [ $i -lt 120 ]; do $bb sleep 1; i=$((i + 1)); done
    if [ -b /dev/pmem0 ]; then
        r=/sys/bus/nd/devices/region0
        echo "JXL-GUEST-PMEM size=$($bb cat /sys/block/pmem0/size) resource=$($bb cat $r/resource) region_size=$($bb cat $r/size)"
        pattern="JXL-PMEM-PATTERN-$($bb cat /proc/sys/kernel/random/uuid)"
        echo "$pattern" | $bb dd of=/dev/pmem0 bs=4096 conv=notrunc,fsync 2>/dev/null
        echo "JXL-GUEST-PMEM-WRITTEN $pattern"
        echo "JXL-GUEST-PMEM-READ $($bb dd if=/dev/pmem0 bs=64 count=1 2>/dev/null | $bb head -n1)"
    else
        echo "JXL-GUEST-PMEM-MISSING"
        $bb ls /sys/bus/nd/devices 2>&1
        $bb dmesg | $bb grep -i -E 'nfit|nvdimm|nd_|pmem' | $bb tail -20
    fi
fi
if $bb grep -q 'jxl.labels=' /proc/cmdline; then
    # jxl.labels=init: label the vNVDIMM with ndctl and create a namespace on it; jxl.labels=check:
    # a later guest on the same host pmem lists what it finds. Each step between markers
    #   JXL-GUEST-STEP-BEGIN <step>   its output   JXL-GUEST-STEP-END <step> rc=<status> t=<uptime>
    export PATH=/bin:/usr/bin:/sbin:/usr/sbin
    $bb mkdir -p /tmp
    $bb dmesg -n 1  # kernel messages off the console (hvc0), so they never split a step's output
    for m in $($bb cat /etc/modules); do $bb insmod "$m" 2>/dev/null; done
    step() {
        s=$1; shift
        echo "JXL-GUEST-STEP-BEGIN $s"
        "$@" > /tmp/step.out 2>&1
        rc=$?
        $bb cat /tmp/step.out
        echo "JXL-GUEST-STEP-END $s rc=$rc t=$($bb cut -d' ' -f1 /proc/uptime)"
    }
    wait_region() { # the nfit driver registers its regions asynchronously
        i=0
        while [ ! -e /sys/bus/nd/devices/region0 ] && [ $i -lt 300 ]; do $bb sleep 1; i=$((i + 1)); done
        [ -e /sys/bus/nd/devices/region0 ] && ndctl list -R
    }
    step wait-region wait_region
    case "$($bb sed -n 's/.*jxl\.labels=\([a-z]*\).*/\1/p' /proc/cmdline)" in
    init)
        step list-before ndctl list -DRN
        step disable-region ndctl disable-region all
        step init-labels ndctl init-labels all
        step enable-region ndctl enable-region all
        step create-namespace ndctl create-namespace -r region0 -s 256M
        ;;
    check)
        i=0  # the namespace from the labels comes up after the region
        while [ ! -b /dev/pmem0 ] && [ $i -lt 120 ]; do $bb sleep 1; i=$((i + 1)); done
        ;;
    esac
    step list-namespaces ndctl list -N
    step list-all ndctl list -DRN
    step kernel-log $bb sh -c "$bb dmesg | $bb grep -i -E 'nfit|nvdimm|nd_pmem|pmem|label|ACPI (Error|Warning|BIOS)'"
fi
echo "JXL-GUEST-DONE"
exec $bb sleep 100000
