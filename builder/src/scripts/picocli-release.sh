#!/bin/sh
# Replaces the packaged picocli (target/lib) by the same version compiled from its sources artifact
# for the project's Java release. picocli's jar holds Java 5 class files, which the JVM keeps out of
# a class-data archive once linked (JDK 25's AOT cache left out CommandLine, its model and help
# classes and every jxl class implementing a picocli interface): -N create started 24% slower in
# CPU and --version 30% (bench/perf.sh, the archive section). Same source, same behaviour; only the
# class file version changes. Nothing of picocli is committed: the sources come from Maven Central
# with the build. Compiled once per version and javac flags (target/picocli-release), then copied on
# each package.
#
# String concatenation is compiled inline (StringBuilder, as picocli's own Java 5 classes do): from
# Java 9 on javac makes each `a + b` an invokedynamic call site, and a cold JVM spins method-handle
# classes for each shape the first time it runs (picocli builds messages and names as it builds and
# parses a command: 44 classes generated at run time for -N create); no class-data archive of JDK 17
# holds them.
#
# Usage: picocli-release.sh JAVA_HOME RELEASE SOURCES_JAR PACKAGED_JAR
set -eu
jdk=$1
release=$2
sources=$3
packaged=$4
out="$(dirname "$sources")/../picocli-release"
built="$out/$(basename "$packaged")"
flags="--release $release -XDstringConcat=inline -nowarn -encoding UTF-8"
made=
if [ -f "$out/flags" ]; then IFS= read -r made <"$out/flags" || true; fi
if [ ! -f "$built" ] || [ "$sources" -nt "$built" ] || [ "$made" != "$flags" ]; then
    rm -rf "$out"
    mkdir -p "$out/src" "$out/classes"
    (cd "$out/src" && "$jdk/bin/jar" xf "$sources")
    (cd "$out" && "$jdk/bin/jar" xf "$packaged" META-INF/MANIFEST.MF)
    find "$out/src" -name '*.java' >"$out/files"
    # $flags unquoted: a list of words
    "$jdk/bin/javac" $flags -d "$out/classes" @"$out/files"
    "$jdk/bin/jar" --create --file "$built" --manifest "$out/META-INF/MANIFEST.MF" -C "$out/classes" .
    printf '%s\n' "$flags" >"$out/flags"
fi
cp -f "$built" "$packaged"
