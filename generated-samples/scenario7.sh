#!/usr/bin/env bash
# Scenario 7 of SCENARIOS.md, scripted: in a copy of sidecarset-operator, edit the types by hand as a
# user would, and check that 'opctl generate --check' fails with the diff, that 'opctl generate'
# updates the CRD, and that running it again changes nothing. CI runs this after the samples.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
opctl=$here/../opctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$here/sidecarset-operator" "$work/"
cd "$work/sidecarset-operator"
api=src/main/java/io/kruise/sidecarsetoperator/api/apps/v1alpha1
fail() { echo "scenario 7: $*" >&2; exit 1; }

# A field with validation annotations and a Javadoc comment, and a changed printer column.
sed -i 's|^    private List<Container> containers;|    private List<Container> containers;\
\
    /**\
     * How many matching Pods may miss their sidecars while they are updated.\
     */\
    @io.fabric8.generator.annotation.Min(0)\
    private Integer maxUnavailable;\
\
    public Integer getMaxUnavailable() {\
        return maxUnavailable;\
    }|' "$api/SidecarSetSpec.java"
sed -i 's|@PrinterColumn(name = "MATCHED")|@PrinterColumn(name = "MATCHED-PODS")|' "$api/SidecarSetStatus.java"

set +e
"$opctl" generate --check >"$work/diff" 2>"$work/err"
code=$?
set -e
[[ $code == 4 ]] || fail "generate --check exited $code, not 4 (stale)"
grep -q '^+              maxUnavailable:' "$work/diff" || fail "the diff does not show the new field"
grep -q '^+                description: How many matching Pods may miss their sidecars' "$work/diff" \
  || fail "the diff does not show the field's Javadoc as its description"
grep -q '^+                minimum: 0' "$work/diff" || fail "the diff does not show @Min(0)"
grep -q '^+      name: MATCHED-PODS' "$work/diff" || fail "the diff does not show the renamed printer column"
grep -q 'stale' "$work/err" || fail "no one-line error naming the stale files"

"$opctl" generate >/dev/null
"$opctl" generate --check >/dev/null || fail "generate --check is stale right after generate"

# A second version of the kind; the CRD gets it, and generate then changes nothing.
"$opctl" add api --group apps --version v1beta1 --kind SidecarSet --namespaced=false >/dev/null
grep -qE '^  (-| ) name: v1beta1$' config/crd/sidecarsets.apps.kruise.io.yaml || fail "no v1beta1 in the CRD"
before=$(find config src PROJECT -type f -exec md5sum {} + | sort)
"$opctl" generate >/dev/null
after=$(find config src PROJECT -type f -exec md5sum {} + | sort)
[[ $before == "$after" ]] || fail "generate changed files right after add api"
"$opctl" generate --check >/dev/null || fail "generate --check is stale after the second version"
echo "scenario 7: hand edits show in generate --check, generate applies them, a second run changes nothing"
