#!/usr/bin/env bash
# Builds opctl with Maven, printing a line per build step and a count of downloaded files instead of
# Maven's whole output (or nothing for a minute while it downloads); on failure, Maven's errors.
#   cli/build.sh MAVEN_ARGS...      e.g. cli/build.sh -DskipTests package
# Used by ./opctl (the contributors' launcher) and ./install.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

progress() {
  local line downloads=0
  while IFS= read -r line; do
    case $line in
      "[INFO] Downloaded from "*)
        downloads=$((downloads + 1))
        (( downloads % 50 == 0 )) && echo "opctl:   $downloads files downloaded" >&2 ;;
      "[INFO] --- "*)
        line=${line#"[INFO] --- "}
        echo "opctl:   ${line%% (*}" >&2 ;;
    esac
  done
  return 0
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -B -Dstyle.color=never -f "$root/pom.xml" "$@" 2>&1 | tee "$log" | progress; then
  grep -E '^\[ERROR\]' "$log" >&2 || tail -n 40 "$log" >&2
  echo "opctl: building opctl failed (Maven's errors above; run 'mvn $*' in $root for all of its output)" >&2
  exit 1
fi
