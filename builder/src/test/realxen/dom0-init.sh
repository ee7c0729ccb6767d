#!/bin/busybox sh
# dom0's init in the real-Xen harness: the few daemons xl needs, then the scenarios, then power off.
/bin/busybox --install -s /bin
export PATH=/bin:/usr/lib/xen-4.17/bin:/usr/libexec
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts   # xenconsoled needs ptys, else libxl times out on the console
mount -t tmpfs tmp /tmp
mount -t tmpfs run /run
mkdir -p /run/xen /run/xenstored /var/run /var/log/xen/console
ip link set lo up
echo "JXL-DOM0-UP $(cut -d' ' -f1 /proc/uptime)"
for m in $(cat /etc/modules); do insmod "$m" || echo "JXL-DOM0: insmod $m failed"; done
mount -t xenfs xenfs /proc/xen
xenstored --pid-file=/run/xenstored.pid
xen-init-dom0 >/tmp/xen-init-dom0.log 2>&1 || echo "JXL-DOM0: xen-init-dom0 failed: $(cat /tmp/xen-init-dom0.log)"
xenconsoled --pid-file=/run/xenconsoled.pid --log=guest --log-dir=/var/log/xen/console
echo "JXL-DOM0-READY $(cut -d' ' -f1 /proc/uptime)"
sh /scenarios/run.sh "$(cat /scenarios/mode)"
echo "JXL-DOM0-DONE $(cut -d' ' -f1 /proc/uptime)"
sync
poweroff -f
