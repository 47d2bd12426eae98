#!/usr/bin/env bash
# Builds the application if needed and starts the whole system (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
# Sources only: build output (target), the data directory and git's own files never ask for a build.
if [ ! -f server/target/par-server.jar ] || [ -n "$(find . \( -path ./par-data -o -path ./.git -o -name target \) -prune -o \( -name '*.java' -o -name '*.xml' -o -name '*.sql' -o -name '*.tsv' -o -name '*.properties' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.webmanifest' \) -newer server/target/par-server.jar -print -quit)" ]; then
  # Maven 3.8 writes colour resets even in batch mode; the console gets plain text.
  mvn -B -q -ntp -DskipTests install 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
fi
# The Java process's memory, sized on purpose (see docs/operations.md); PAR_JAVA_OPTS replaces it.
PAR_JAVA_OPTS="${PAR_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+ExitOnOutOfMemoryError}"
# Two glibc malloc arenas instead of one per core and thread: the JVM allocates little outside its own heaps.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2086
exec java $PAR_JAVA_OPTS -jar server/target/par-server.jar "$@"
