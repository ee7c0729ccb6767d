#!/bin/sh
# Makes the class-data archive (AppCDS) ./jxl starts with: target/jxl.jsa, a static archive of every
# class a set of typical jxl runs loads. Run by Maven at package time (builder/pom.xml).
#
# Why static and made here: picocli's classes are Java 5 class files, which JDK 17 keeps out of a
# dynamic (-XX:ArchiveClassesAtExit) archive but puts in a static one; and one archive from many
# commands serves every command, where an archive recorded at a user's first run serves only that one.
#
# Usage: cds-archive.sh JAVA TARGET_DIR EXAMPLES_DIR
set -eu
java=$1
target=$2
examples=$3
jar="$target/jxl.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

n=0
train() {
    n=$((n + 1))
    # each run's exit code is irrelevant (some are meant to fail): only the classes it loads count
    "$java" -Xshare:off -XX:DumpLoadedClassList="$work/classes.$n" -jar "$jar" \
        --state-dir "$work/state" "$@" >/dev/null 2>&1 || true
}

cat >"$work/legacy.xm" <<'XM'
import os
kernel = "/boot/vmlinuz-" + os.uname()[2]
memory = 1024
name = "legacy"
vif = ['mac=00:16:3e:00:00:01, bridge=xenbr0']
disk = ['phy:/dev/vg/legacy,xvda,w']
root = "/dev/xvda1 ro"
XM
printf 'name="bad"\nmemory=Lots\n' >"$work/bad.cfg"

train --help
train -N create "$examples/hvm-basic.cfg"
train -N create "$examples/pv-linux.cfg"
train -N create "$examples/pvh-linux.cfg"
train create "$examples/hvm-vnvdimm.cfg"
train list
train info
train destroy hvm-vnvdimm
train check "$examples"/*.cfg "$work/bad.cfg"
train plan "$examples/hvm-vnvdimm.cfg"
train plan --format json "$examples/hvm-basic.cfg"
train plan --format svg "$examples/hvm-vnvdimm.cfg"
train acpi -o "$work/acpi" "$examples/hvm-vnvdimm.cfg"
train pmem list
train convert-xm "$work/legacy.xm"

# one list, first occurrence kept (the dump reads it in order)
cat "$work"/classes.* | awk '!seen[$0]++' >"$work/classes"
rm -f "$target/jxl.jsa"
# the archive only speeds start-up: a JVM that cannot make one leaves ./jxl to start without it
if "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes" -XX:SharedArchiveFile="$work/jxl.jsa" \
    -cp "$jar" >"$target/cds-archive.log" 2>&1; then
    mv -f "$work/jxl.jsa" "$target/jxl.jsa"
else
    echo "cds-archive: no class-data archive (see $target/cds-archive.log); ./jxl starts without one" >&2
fi
