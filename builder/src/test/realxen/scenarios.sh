#!/bin/sh
# The scenarios, run in dom0 by dom0-init.sh. Each writes its evidence under /results/NAME and its
# verdict to /results/NAME/status; after each one the results go to the disk (/dev/vda, a tar).
# RealXenTest reads them on the host; this script only runs the programs and waits for markers.
mode=$1
R=/results
S=/scenarios
J="jxl --backend xl --state-dir /tmp/jxl"
. "$S/lib.sh"
flush() { tar -cf /dev/vda -C "$R" . 2>/dev/null; sync; }
begin() { name=$1; d=$R/$name; mkdir -p "$d"; t0=$(now); echo "JXL-SCENARIO-BEGIN $name"; }
end() {
    echo "$1" > "$d/status"
    echo $(( $(now) - t0 )) > "$d/seconds"
    echo "JXL-SCENARIO-END $name $1 $(( $(now) - t0 ))s"
    flush
}
# a PV guest's early console is its console; a PVH guest's is Xen's (the 0xe9 debug port)
early_console() { in_console "$1" "$2" || in_dmesg "$2"; }
in_console() { grep -q "$2" "/var/log/xen/console/guest-$1.log" 2>/dev/null; }
evidence() { # evidence NAME: what Xen, the guest and jxl left, for the host-side checks
    new_dmesg > "$d/xl-dmesg.txt"
    cp "/var/log/xen/console/guest-$1.log" "$d/guest.log" 2>/dev/null
    xl list -l "$1" > "$d/xl-list-l.json" 2>&1
}

# --- the host as Xen reports it, and as jxl learns it -----------------------------------------
begin host
xl info > "$d/xl-info.txt" 2>&1; info_rc=$?
xl info -n > "$d/xl-info-n.txt" 2>&1
xl dmesg > "$d/xl-dmesg.txt" 2>&1
for e in /sys/firmware/memmap/*; do echo "$(cat $e/start) $(cat $e/end) $(cat $e/type)"; done > "$d/memmap.txt"
ls -l /sys/bus/nd/devices > "$d/nd-devices.txt" 2>&1
cat /proc/iomem > "$d/iomem.txt" 2>&1
jx info > "$d/jxl-info.txt" 2>&1; echo $? > "$d/jxl-info.rc"
jx host capture -o "$d/host.json" > "$d/capture.out" 2>&1; echo $? > "$d/capture.rc"
jx pmem list > "$d/jxl-pmem-list.txt" 2>&1; echo $? > "$d/jxl-pmem-list.rc"
if [ $info_rc -eq 0 ] && [ -s "$d/host.json" ]; then end ok; else end fail; fi

# --- guests: NAME KIND MODES per line of the manifest ------------------------------------------
# KIND boot: the guest's own init prints JXL-GUEST-DONE; hvm-e820: hvmloader hands over to SeaBIOS;
# pv-e820: the guest kernel has printed its memory map (NX comes right after it in setup_arch);
# refused: jxl --backend xl must refuse the config.
grep -v '^#' "$S/scenarios.list" | while read -r name kind modes limit; do
    [ -n "$name" ] || continue
    case ",$modes," in *",$mode,"*) ;; *) continue ;; esac
    begin "$name"
    mark=$(xl dmesg 2>/dev/null | wc -l)
    if [ "$kind" = pmem ]; then
        # a vNVDIMM of 1 GiB (the whole region; QEMU's 1 GiB alignment rule) backed by the start of the host's first pmem region, as dom0 sees it
        region=/sys/bus/nd/devices/region0
        cat $region/resource $region/size > "$d/host-region.txt" 2>&1
        mfn=$(printf '0x%x' $(( $(cat $region/resource) / 4096 )))
        echo "$mfn" > "$d/backend-mfn"
        jx create "$S/$name.cfg" "vnvdimms=['type=mfn, backend=$mfn, nr_pages=0x40000']" > "$d/create.out" 2>&1
        echo $? > "$d/create.rc"
        jx plan --format json "$S/$name.cfg" "vnvdimms=['type=mfn, backend=$mfn, nr_pages=0x40000']" > "$d/plan.json" 2>&1
    elif [ "$kind" = pmem-labels ]; then
        # 512 MiB of data (a 128 MiB alignment) and 32 label pages, from the start of the same region
        region=/sys/bus/nd/devices/region0
        cat $region/resource $region/size > "$d/host-region.txt" 2>&1
        mfn=$(printf '0x%x' $(( $(cat $region/resource) / 4096 )))
        echo "$mfn" > "$d/backend-mfn"
        lspec="vnvdimms=['type=mfn, backend=$mfn, nr_pages=0x20020, nr_label_pages=32, align=0x8000000']"
        jx create "$S/$name.cfg" "$lspec" > "$d/create.out" 2>&1
        echo $? > "$d/create.rc"
        jx plan --format json "$S/$name.cfg" "$lspec" > "$d/plan.json" 2>&1
    else
        jx create "$S/$name.cfg" > "$d/create.out" 2>&1; echo $? > "$d/create.rc"
    fi
    if [ "$kind" = refused ]; then  # jxl must say no, and leave no domain and no file behind
        xl list > "$d/xl-list-after.txt" 2>&1
        ls -A /tmp/jxl/xl > "$d/left-behind.txt" 2>&1
        if [ "$(cat "$d/create.rc")" != 0 ]; then end ok; else jx destroy "$name" >/dev/null 2>&1; end accepted; fi
        continue
    fi
    if [ "$(cat "$d/create.rc")" != 0 ]; then evidence "$name"; end create-failed; continue; fi
    cp "/tmp/jxl/xl/$name.cfg" "$d/native.cfg" 2>/dev/null
    listed "$name"
    case $kind in
        boot) wait_for "$limit" in_console "$name" JXL-GUEST-DONE; ok=$? ;;
        hvm-e820) wait_for "$limit" in_dmesg "Invoking SeaBIOS"; ok=$? ;;
        pmem)
            wait_for "$limit" in_console "$name" JXL-GUEST-DONE; ok=$?
            # what the guest wrote at the start of its /dev/pmem0, read back from the host pmem
            # at the backend frame, through dom0's own /dev/pmem0 of the region
            start=$(( $(cat /sys/bus/nd/devices/region0/resource) / 4096 ))
            dd if=/dev/pmem0 bs=4096 skip=$(( $(cat "$d/backend-mfn") - start )) count=1 2>/dev/null | head -n1 > "$d/host-readback.txt"
            ;;
        pmem-labels)
            wait_for "$limit" in_console "$name" JXL-GUEST-DONE; ok=$?
            # the label pages (right after the 0x20000 data pages) as the host pmem holds them
            start=$(( $(cat /sys/bus/nd/devices/region0/resource) / 4096 ))
            dd if=/dev/pmem0 bs=4096 skip=$(( $(cat "$d/backend-mfn") - start + 0x20000 )) count=32 2>/dev/null \
                | strings | grep -E 'NAMESPACE_INDEX|NAMESPACE' > "$d/host-labels.txt"
            ;;
        pv-e820) wait_for "$limit" early_console "$name" "NX (Execute Disable)"; ok=$? ;;
        *) echo "unknown kind $kind" > "$d/error"; ok=1 ;;
    esac
    evidence "$name"
    destroyed "$name"
    ls -A /tmp/jxl/xl > "$d/left-behind.txt" 2>&1
    if [ "$kind" = pmem-labels ] && [ $ok -eq 0 ]; then
        # persistence: a second guest on the same host pages must find the namespace the first made
        again="$name-again"
        echo "$again" > "$d/again-name"
        jx create "$S/$name.cfg" "name=\"$again\"" "cmdline=\"console=hvc0 jxl.labels=check\"" "$lspec" \
            > "$d/again-create.out" 2>&1
        echo $? > "$d/again-create.rc"
        if [ "$(cat "$d/again-create.rc")" = 0 ]; then
            wait_for "$limit" in_console "$again" JXL-GUEST-DONE; ok=$?
            cp "/var/log/xen/console/guest-$again.log" "$d/again-guest.log" 2>/dev/null
            jx destroy "$again" > "$d/again-destroy.out" 2>&1; echo $? > "$d/again-destroy.rc"
            xl list > "$d/again-xl-list-after.txt" 2>&1
            ls -A /tmp/jxl/xl > "$d/again-left-behind.txt" 2>&1
            [ $ok -eq 0 ] || { end again-marker-missing; continue; }
        else
            end again-create-failed; continue
        fi
    fi
    if [ $ok -eq 0 ]; then end ok; else end marker-missing; fi
done
flush
