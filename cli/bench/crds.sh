#!/usr/bin/env bash
# Benchmarks `opctl generate crds` against fabric8's crd-generator on generated type trees: for each
# size (default 100 and 1000 kinds, each with a nested spec, an enum, a list of objects, a map, a
# Kubernetes model type and a status), wall time, CPU time (user + system) and peak memory (max RSS) of
#   1. opctl generate crds        (reads the sources; JVM start included)
#   2. javac + fabric8 generate   (what fabric8 needs: compile first, then generate)
#   3. fabric8 generate alone     (on the compiled classes)
# and the number of CRDs each wrote. Median of RUNS runs (default 3); the three take turns, run by run, so
# that a change in the machine's load (a shared VM's is large) falls on all three alike. With BASELINE set
# to another checkout of opctl (main's, say), its ./opctl takes turns with them too, to compare two builds.
#   [BENCH_WORK=DIR] [BASELINE=CHECKOUT] cli/bench/crds.sh [RUNS] [KINDS...]
# Targets on the 2-core reference machine: 100 kinds < 1 s wall; >= 10x faster than javac + fabric8;
# cost linear in the number of kinds. On a shared VM wall times vary by 20% from run to run; CPU time
# varies less.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-3}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100 1000)
if [[ -n ${BENCH_WORK:-} ]]; then   # keep the generated sources and outputs for a closer look
  work=$BENCH_WORK; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }
baseline=${BASELINE:-}

"$root/opctl" --version >/dev/null   # builds the jar and the CDS archive when needed
[[ -z $baseline ]] || "$baseline/opctl" --version >/dev/null
# fabric8's generator and the fabric8 model, as opctl's tests use them (offline once built).
(cd "$root/cli" && mvn -q ${MAVEN_ARGS:-} dependency:build-classpath -DincludeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null)
deps=$(cat "$work/cp.txt")

kinds() {  # N DIR: writes N custom resource kinds as Java sources under DIR
  local n=$1 dir=$2 i
  for ((i = 0; i < n; i++)); do
    local pkg="bench.k$i" d="$dir/bench/k$i"
    mkdir -p "$d"
    cat >"$d/Kind$i.java" <<JAVA
package $pkg;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

@Group("g$((i % 10)).bench.example.com")
@Version("v1")
@ShortNames("k$i")
public class Kind$i extends CustomResource<Kind${i}Spec, Kind${i}Status> implements Namespaced {
}
JAVA
    cat >"$d/Kind${i}Spec.java" <<JAVA
package $pkg;

import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

public class Kind${i}Spec {
    /** How many to run. */
    @Min(1)
    @Max(10)
    public int replicas;
    @Required
    @Pattern("^[a-z0-9.-]+$")
    public String image;
    public Mode mode;
    public Map<String, String> labels;
    public List<Port> ports;
    public Storage storage;
    public ResourceRequirements resources;

    public enum Mode { FAST, SAFE, OFF }

    public static class Port {
        @Required
        public String name;
        public int number;
        public String protocol;
    }

    public static class Storage {
        public String size;
        public String storageClass;
        public Backup backup;
    }

    public static class Backup {
        public boolean enabled;
        public String schedule;
        public List<String> targets;
    }
}
JAVA
    cat >"$d/Kind${i}Status.java" <<JAVA
package $pkg;

import java.util.List;

public class Kind${i}Status {
    public int readyReplicas;
    public String phase;
    public List<String> messages;
}
JAVA
  done
}

run() {  # KEY COMMAND... ; one run: appends "wall-ms cpu-ms rss-kb crds" to $work/KEY.times
  local key=$1; shift
  rm -rf "$work/out" "$work/classes-run"
  mkdir -p "$work/out"
  /usr/bin/time -f "%e %M %U %S" -o "$work/t" "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
  local s kb user sys
  read -r s kb user sys <"$work/t"
  echo "$(awk -v s="$s" -v u="$user" -v y="$sys" 'BEGIN{printf "%d %d", s*1000, (u+y)*1000}') $kb" \
    "$(find "$work/out" -name '*.y*ml' | wc -l)" >>"$work/$key.times"
}

report() {  # KEY LABEL SIZE ; prints the medians of the runs of KEY and leaves the median wall ms in $work/KEY.wall
  local key=$1 label=$2 size=$3 mid=$(( (runs + 1) / 2 ))
  median() { cut -d' ' -f"$1" "$work/$key.times" | sort -n | sed -n "${mid}p"; }
  local wall cpu mem crds
  wall=$(median 1); cpu=$(median 2); mem=$(( $(median 3) / 1024 )); crds=$(median 4)
  printf '%5d kinds  %-28s %7d ms wall %7d ms CPU  %5d MB  %4d CRDs\n' "$size" "$label" "$wall" "$cpu" "$mem" \
    "$crds"
  echo "$wall" >"$work/$key.wall"
}

# The fabric8 driver, compiled once here so that neither fabric8 figure includes compiling it.
mkdir -p "$work/driver"
javac -proc:none -nowarn -cp "$deps" -d "$work/driver" "$root/cli/bench/Fabric8Crds.java"
# javac then fabric8, as a build would: SRC CLASSES OUT
compile_and_generate='find "$1" -name "*.java" >"$2.files" && mkdir -p "$2" &&
  javac -proc:none -nowarn -cp "$DEPS" -d "$2" @"$2.files" &&
  java -cp "$2:$DRIVER:$DEPS" Fabric8Crds "$2" "$3"'
export DEPS=$deps DRIVER=$work/driver

echo "opctl CRD benchmark: $(nproc) cores, $(java -version 2>&1 | head -1), median of $runs runs," \
  "the three commands taking turns so that each sees the machine alike"
for n in "${sizes[@]}"; do
  src="$work/src$n"
  kinds "$n" "$src"
  mkdir -p "$work/classes$n"
  find "$src" -name '*.java' >"$work/files"
  javac -proc:none -nowarn -cp "$deps" -d "$work/classes$n" @"$work/files"
  rm -f "$work"/*.times
  for ((round = 0; round < runs; round++)); do
    run opctl "$root/opctl" generate crds --sources "$src" --output "$work/out"
    [[ -z $baseline ]] || run baseline "$baseline/opctl" generate crds --sources "$src" --output "$work/out"
    run both bash -c "$compile_and_generate" bench "$src" "$work/classes-run" "$work/out"
    run alone java -cp "$work/classes$n:$work/driver:$deps" Fabric8Crds "$work/classes$n" "$work/out"
  done
  report opctl "opctl generate crds" "$n"
  [[ -z $baseline ]] || report baseline "baseline opctl generate crds" "$n"
  report both "javac + fabric8 generate" "$n"
  report alone "fabric8 generate alone" "$n"
  awk -v o="$(cat "$work/opctl.wall")" -v b="$(cat "$work/both.wall")" -v a="$(cat "$work/alone.wall")" -v n="$n" \
    'BEGIN{printf "%5d kinds  opctl is %.1fx faster than javac + fabric8, %.1fx faster than fabric8 alone\n", n, b/o, a/o}'
done
