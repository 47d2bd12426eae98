#!/usr/bin/env bash
# Builds the application if needed and starts the whole system (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f server/target/par-server.jar ] || [ -n "$(find . -path ./par-data -prune -o \( -name '*.java' -o -name '*.xml' -o -name '*.sql' -o -name '*.tsv' -o -name '*.properties' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.webmanifest' \) -newer server/target/par-server.jar -print -quit)" ]; then
  mvn -B -q -ntp -DskipTests install
fi
# The Java process's memory, sized on purpose (see docs/operations.md); PAR_JAVA_OPTS replaces it.
PAR_JAVA_OPTS="${PAR_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx320m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+ExitOnOutOfMemoryError}"
# Two glibc malloc arenas instead of one per core and thread: the JVM allocates little outside its own heaps.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2086
exec java $PAR_JAVA_OPTS -jar server/target/par-server.jar "$@"
