#!/usr/bin/env bash
# Prints what an AOT cache of the extracted standalone must match: every extracted jar (path, size,
# modification time) and the JVM (home, name, version). Usage: stamp.sh <extracted dir> <java home>
set -euo pipefail
(cd "$1" && find . -name '*.jar' -printf '%p %s %T@\n' | sort)
"$2/bin/java" -XshowSettings:properties -version 2>&1 | grep -E '^ *java\.(home|vm\.version|vm\.name) = ' || true
