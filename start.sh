#!/usr/bin/env bash
# Builds the application if needed and starts the whole system (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f server/target/par-server.jar ] || [ -n "$(find . -path ./par-data -prune -o \( -name '*.java' -o -name '*.xml' -o -name '*.sql' -o -name '*.tsv' -o -name '*.properties' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.webmanifest' \) -newer server/target/par-server.jar -print -quit)" ]; then
  mvn -B -q -ntp -DskipTests install
fi
exec java -jar server/target/par-server.jar "$@"
