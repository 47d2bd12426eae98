#!/usr/bin/env bash
# Builds the application if needed and starts the whole system (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
# Sources only: build output (target), the data directory and git's own files never ask for a build. The stamp,
# not the runnable jar, marks the last build: Maven leaves a jar whose content did not change as it was.
stamp=server/target/start.stamp
if [ ! -f server/target/par-server.jar ] || [ ! -f "$stamp" ] || [ -n "$(find . \( -path ./par-data -o -path ./.git -o -name target \) -prune -o \( -name '*.java' -o -name '*.xml' -o -name '*.sql' -o -name '*.tsv' -o -name '*.properties' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.webmanifest' \) -newer "$stamp" -print -quit)" ]; then
  # Maven 3.8 writes colour resets even in batch mode; the console gets plain text.
  mvn -B -q -ntp -DskipTests install 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
  touch "$stamp"
fi
# The Java process's memory, sized on purpose (see docs/operations.md); PAR_JAVA_OPTS replaces it.
PAR_JAVA_OPTS="${PAR_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxNewSize=48m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+ExitOnOutOfMemoryError}"
# Two glibc malloc arenas instead of one per core and thread: the JVM allocates little outside its own heaps.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# Class-data sharing: the classes a start loads (Payara Micro's and the application's) are archived when the first
# start after a build or a JDK change ends, and later starts map the archive instead of reading and verifying
# them again (docs/operations.md). PAR_CDS=off leaves it out. The start that writes the archive notes its process
# (this shell's, which becomes java's) in a file beside it: while that process runs, other starts neither map the
# archive nor write one of their own.
archive=server/target/par-server.jsa
writer=server/target/par-server.jsa.writer
cds=""
if [ "${PAR_CDS:-on}" != off ]; then
  java_bin="$(command -v java || true)"
  jvm="$(dirname "$(readlink -f "${java_bin:-.}")")/../lib/server/libjvm.so"
  writing="$(cat "$writer" 2>/dev/null || true)"
  # The JVM's notes on classes it cannot archive (generated, not yet linked) would fill the console.
  if [ -n "$writing" ] && kill -0 "$writing" 2>/dev/null; then
    :
  elif [ "$archive" -nt server/target/par-server.jar ] && [ "$archive" -nt server/target/app/ROOT.war ] \
      && { [ ! -f "$jvm" ] || [ "$archive" -nt "$jvm" ]; }; then
    cds="-XX:SharedArchiveFile=$archive -Xlog:cds*=off"
  else
    rm -f "$archive"
    echo $$ > "$writer"
    cds="-XX:ArchiveClassesAtExit=$archive -Xlog:cds*=off"
  fi
fi
# shellcheck disable=SC2086
exec java $PAR_JAVA_OPTS $cds -jar server/target/par-server.jar "$@"
