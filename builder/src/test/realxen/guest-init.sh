#!/bin/busybox sh
# A guest's init in the real-Xen harness: say it is up, show the memory map it was given, and with
# jxl.pmem on the command line find the vNVDIMM, report where it is and write a pattern into it.
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
echo "JXL-GUEST-DONE"
exec $bb sleep 100000
