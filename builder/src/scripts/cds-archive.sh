#!/bin/sh
# Makes the class-data archive ./jxl starts with, for the JDK given and the jar in TARGET_DIR, from
# one training run (dev.jxl.cli.ArchiveTraining: typical jxl commands in one JVM, each checked for
# the exit code it must end with):
#   JDK 25 and later: two AOT caches (JEP 483/514/515: classes loaded and linked, method profiles),
#     made with -XX:AOTCacheOutput, each from one training run, because all of a cache's classes are
#     loaded at every start (see ArchiveTraining's scopes): TARGET_DIR/jxl-dry.aot from -N create
#     alone, for -N create, and TARGET_DIR/jxl.aot from the short commands, for every other;
#   before: TARGET_DIR/jxl.jsa, a static AppCDS archive from the run's class list (static, because
#     JDK 17 keeps Java 5 class files out of a dynamic one).
# Beside each, ARCHIVE.id says which JDK made it for which jar ("JAVA VERSION JAR", as ./jxl works
# them out); ./jxl uses an archive only when that line is its own and the jar is not newer. Every
# archive of an earlier jar is removed first, so none is left stale. Run by Maven at package time
# (builder/pom.xml) and by install.sh.
#
# A failed training run fails (exit 1): a jar that cannot run its own commands is broken. A JVM that
# cannot dump an archive it trained for leaves ./jxl to start without one, with a warning.
#
# Usage: cds-archive.sh JAVA TARGET_DIR EXAMPLES_DIR
set -eu
java=$(readlink -f "$(command -v "$1")")
target=$(readlink -f "$2")
examples=$3
jar="$target/jxl.jar"
[ -f "$jar" ] || { echo "cds-archive: $jar not found" >&2; exit 1; }
version=
if [ -r "${java%/bin/java}/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "${java%/bin/java}/release")
fi
feature=${version%%[!0-9]*}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$target/jxl.jsa" "$target/jxl.jsa.id" "$target/jxl.aot" "$target/jxl.aot.id" "$target/jxl-dry.aot" \
    "$target/jxl-dry.aot.id" "$target/cds-archive.log"
log="$target/cds-archive.log"
: >"$log"

# train SCOPE JVM-OPTIONS...
train() {
    scope=$1
    shift
    rm -rf "$work/train"
    mkdir -p "$work/train"
    if ! "$java" "$@" -cp "$jar" dev.jxl.cli.ArchiveTraining "$examples" "$work/train" "$scope" >>"$log" 2>&1; then
        cat "$log" >&2
        echo "cds-archive: the training run failed (exit code above); no archive" >&2
        exit 1
    fi
}

if [ -n "$feature" ] && [ "$feature" -ge 25 ]; then
    archive="$target/jxl.aot"
    # the training JVM dumps the cache at exit (a child JVM assembles it); -Xlog keeps its notes of
    # classes left out (dynamic proxies, JFR events) in the log
    # -N create alone, and the short commands: the JVM loads every class of an AOT cache at start,
    # whatever the command
    for scope in dry short; do
        train $scope -XX:AOTCacheOutput="$work/$scope.aot" -Xlog:aot=warning:file="$work/aot.log" \
            -Xlog:cds=warning:file="$work/cds.log"
        cat "$work"/aot.log* "$work"/cds.log* >>"$log" 2>/dev/null || true
        rm -f "$work"/aot.log* "$work"/cds.log*
    done
    made="$work/short.aot"
    # the dry cache only beside a short one (the launcher falls back to that)
    if [ -s "$made" ] && [ -s "$work/dry.aot" ]; then
        mv -f "$work/dry.aot" "$target/jxl-dry.aot"
        printf '%s %s %s\n' "$java" "$version" "$jar" >"$target/jxl-dry.aot.id"
    fi
else
    archive="$target/jxl.jsa"
    train all -Xshare:off -XX:DumpLoadedClassList="$work/classes"
    made="$work/jxl.jsa"
    "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes" -XX:SharedArchiveFile="$made" \
        -cp "$jar" >>"$log" 2>&1 || rm -f "$made"
fi
if [ ! -s "$made" ]; then
    echo "cds-archive: warning: $java ($version) made no archive (see $log); ./jxl starts without one" >&2
    exit 0
fi
mv -f "$made" "$archive"
printf '%s %s %s\n' "$java" "$version" "$jar" >"$archive.id"
