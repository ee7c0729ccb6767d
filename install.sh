#!/bin/sh
# Installs jxl (built by `mvn -q -DskipTests package`) under a prefix, as a Debian admin expects of a
# source install: PREFIX/bin/jxl, the jar and its libraries in PREFIX/lib/jxl, bash and zsh completion
# and the man page under PREFIX/share. The class-data archive is made again for the installed jar
# (an archive is only valid for the jar path and the JDK it was made for).
#
# Usage: ./install.sh [PREFIX]      (default /usr/local; DESTDIR is honoured, as by make install)
set -eu
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
prefix=${1:-/usr/local}
root="${DESTDIR:-}$prefix"
target="$here/builder/target"
if [ ! -f "$target/jxl.jar" ] || [ ! -f "$target/share/man/man1/jxl.1" ]; then
    echo "install.sh: build first: mvn -q -DskipTests package" >&2
    exit 2
fi

lib="$root/lib/jxl"
mkdir -p "$root/bin" "$lib/lib" "$root/share/man/man1" "$root/share/bash-completion/completions" \
    "$root/share/zsh/site-functions" "$root/share/doc/jxl"
rm -f "$lib"/lib/*.jar "$lib"/jxl.jsa "$lib"/jxl.jsa.id "$lib"/jxl.aot "$lib"/jxl.aot.id "$lib"/jxl-dry.aot "$lib"/jxl-dry.aot.id
cp "$target/jxl.jar" "$lib/jxl.jar"
cp "$target"/lib/*.jar "$lib/lib/"
cp "$here/jxl" "$root/bin/jxl"
chmod 755 "$root/bin/jxl"
cp "$target/share/man/man1/jxl.1" "$root/share/man/man1/jxl.1"
cp "$target/share/bash-completion/completions/jxl" "$root/share/bash-completion/completions/jxl"
cp "$target/share/zsh/site-functions/_jxl" "$root/share/zsh/site-functions/_jxl"
rm -rf "$root/share/doc/jxl/examples"
cp -r "$here/examples" "$root/share/doc/jxl/examples"
cp "$here/README.md" "$root/share/doc/jxl/README.md"

# the archive is for the JDK the launcher will run (its rule: JAVA_HOME, else java on PATH) and for
# the jar at its final path: under DESTDIR (a staging tree, packaged and moved) none is made
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java=$JAVA_HOME/bin/java
else
    java=$(command -v java || true)
fi
if [ -n "${DESTDIR:-}" ]; then
    echo "install.sh: no class-data archive under DESTDIR (one is valid only for the jar's final path): jxl starts without it" >&2
elif [ -n "$java" ]; then
    sh "$here/builder/src/scripts/cds-archive.sh" "$java" "$lib" "$root/share/doc/jxl/examples"
    rm -f "$lib/cds-archive.log"
fi
echo "installed jxl in $prefix (man jxl; completion for bash and zsh)"
