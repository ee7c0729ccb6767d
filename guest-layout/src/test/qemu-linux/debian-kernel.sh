# Sourced, not run: the Debian kernel (and other packages) the QEMU oracles boot, downloaded with
# `apt-get download` and unpacked with `dpkg-deb -x` into a cache, never installed. Used by
# builder/src/test/realxen/harness.sh and guest-layout/src/test/qemu-linux/boot.sh.
#
# The sourcing script sets $cache (the cache directory, with a debs/ subdirectory) and defines
# say MESSAGE (progress) and missing WHAT (report a missing program or package and exit 77).

kernel_pkg() {
    # the kernel Debian's linux-image-amd64 points at, unsigned (same binary, no signature wrapper)
    local k
    k=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-6\.1\.0-[0-9]*-amd64\)$/\1-unsigned/p' | head -n1)
    [ -n "$k" ] || k=$(apt-cache search --names-only '^linux-image-6\.1\.0-[0-9]+-amd64-unsigned$' | awk '{print $1}' | sort -V | tail -n1)
    echo "$k"
}
fetch() { # fetch PKG: the .deb in the cache, unpacked into $cache/PKG
    local pkg=$1
    if [ ! -d "$cache/$pkg" ]; then
        say "downloading $pkg"
        (cd "$cache/debs" && apt-get download -q "$pkg" >/dev/null 2>&1) || missing "package $pkg (apt-get update?)"
        rm -rf "$cache/$pkg.tmp" && mkdir -p "$cache/$pkg.tmp"
        dpkg-deb -x "$cache"/debs/"${pkg}"_*.deb "$cache/$pkg.tmp"
        mv "$cache/$pkg.tmp" "$cache/$pkg"
    fi
}
