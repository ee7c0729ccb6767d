#!/bin/busybox sh
# /init of the initramfs boot.sh builds: loads the NVDIMM modules, then does what jxl.mode= on the
# kernel command line asks and writes each step to the second serial port (ttyS1) between markers
#   JXL-BEGIN <step>            then the step's output, then
#   JXL-END <step> rc=<exit status> t=<guest uptime, s>
# and powers off. The kernel console (ttyS0) stays separate, so kernel messages never interleave.
#   labels-init   disable the region, ndctl init-labels, enable it, create a 256 MiB fsdax namespace
#   labels-check  list what is there (a second boot on the same backing files), read the label area
#   dump          the ACPI tables Linux was given (hex), and the namespace as Linux sees it
/bin/busybox --install -s /bin
export PATH=/bin:/usr/bin:/sbin:/usr/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
out=/dev/ttyS1
mode=$(sed -n 's/.*jxl\.mode=\([a-z-]*\).*/\1/p' /proc/cmdline)

uptime_s() { cut -d' ' -f1 /proc/uptime; }
step() { # step NAME COMMAND...: run it, its output and status between markers
    name=$1; shift
    echo "JXL-BEGIN $name" > $out
    "$@" > /tmp/step.out 2>&1
    rc=$?
    cat /tmp/step.out > $out
    echo "JXL-END $name rc=$rc t=$(uptime_s)" > $out
    return $rc
}
wait_region() { # the nfit driver registers its regions asynchronously
    i=0
    while [ ! -e /sys/bus/nd/devices/region0 ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
    [ -e /sys/bus/nd/devices/region0 ] && ndctl list -R
}
nvdimm_log() { dmesg | grep -i -E 'nfit|nvdimm|nd_pmem|pmem|label|ACPI (Error|Warning|BIOS)' ; }

echo "JXL-BOOTED mode=$mode t=$(uptime_s)" > $out
for m in $(cat /etc/modules); do insmod "$m" || echo "insmod $m failed" > $out; done
step wait-region wait_region
case "$mode" in
labels-init)
    step list-before ndctl list -DRN
    step disable-region ndctl disable-region all
    step init-labels ndctl init-labels all
    step enable-region ndctl enable-region all
    step create-namespace ndctl create-namespace -r region0 -s 256M
    step list-namespaces ndctl list -N -v
    ;;
labels-check)
    step list-namespaces ndctl list -N -v
    step list-all ndctl list -DRN
    # the whole label area, in max-transfer chunks (the cost of a full read under TCG)
    step read-labels sh -c 'ndctl read-labels nmem0 -o /tmp/lsa.bin && wc -c < /tmp/lsa.bin'
    ;;
dump)
    for t in /sys/firmware/acpi/tables/NFIT* /sys/firmware/acpi/tables/SSDT*; do
        [ -e "$t" ] && step "table-$(basename "$t")" od -An -tx1 -v "$t"
    done
    step list-all ndctl list -DRN
    ;;
*)
    echo "unknown jxl.mode=$mode" > $out
    ;;
esac
step kernel-log nvdimm_log
echo "JXL-DONE t=$(uptime_s)" > $out
sync
poweroff -f
