#!/usr/bin/env bash
# Benchmarks opctl as users run it (through ./opctl): wall time and peak memory (max RSS) of
# `opctl --version` and `opctl new`, N runs each (default 10), after one warm-up run that builds
# the jar and its class-data-sharing archive if needed. Also measures a bare JVM for scale.
#   cli/bench/startup.sh [RUNS]
# Targets on the 2-core reference machine: --version < 150 ms, new < 500 ms.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-10}
opctl=$root/opctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }

"$opctl" --version >/dev/null   # builds the jar and the CDS archive when needed

measure() {  # label command... ; prints median and max wall ms, median max-RSS MB
  local label=$1; shift
  local i walls=() rss=()
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/p"
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r s kb <"$work/t"
    walls+=("$(awk -v s="$s" 'BEGIN{printf "%d", s*1000}')"); rss+=("$kb")
  done
  local sorted_w sorted_r
  sorted_w=$(printf '%s\n' "${walls[@]}" | sort -n)
  sorted_r=$(printf '%s\n' "${rss[@]}" | sort -n)
  printf '%-28s median %4d ms   max %4d ms   peak RSS %4d MB   (%d runs)\n' "$label" \
    "$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted_w")" "$(tail -1 <<<"$sorted_w")" \
    "$(( $(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted_r") / 1024 ))" "$runs"
}

echo "opctl startup benchmark: $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "java -version (bare JVM)" java -version
measure "opctl --version" "$opctl" --version
measure "opctl help new" "$opctl" help new
measure "opctl new" "$opctl" new demo-operator --domain example.com --dir "$work/p"
