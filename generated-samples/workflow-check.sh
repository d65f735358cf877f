#!/usr/bin/env bash
# Runs the CI workflow `opctl new` generates (.github/workflows/ci.yml) on a copy of a sample, as
# GitHub Actions would: each step's `run:` script in order, in bash with `set -eo pipefail`, with the
# workflow's env, RUNNER_TEMP and GITHUB_PATH. The `uses:` steps are what this machine already has
# (the checkout, a JDK 17 with Maven). opctl is installed from this clone's committed main, as the
# workflow installs it from opctl's repository. Then it edits a type of the sample and checks that the
# workflow's check step fails, with exit 4 and the CRD's diff, and passes again after `opctl generate`.
#   generated-samples/workflow-check.sh [SAMPLE]    (default: crontab-operator)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
sample=${1:-crontab-operator}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "workflow-check: $*" >&2; exit 1; }

cp -r "$here/$sample" "$work/project"
workflow=$work/project/.github/workflows/ci.yml
[[ -f $workflow ]] || fail "$sample has no .github/workflows/ci.yml"

# The workflow's steps: "name<TAB>script" records, the script's lines joined by \x1f. The file is
# opctl's own template, so a small reader of its YAML subset does (a block scalar or a plain line).
steps() {
  awk '
    function flush() { if (run != "") { printf "%s\t%s\n", name, run } run = ""; inblock = 0 }
    /^      - / { flush(); name = "" }
    /^        name: / || /^      - name: / { sub(/^ *(- )?name: /, ""); name = $0 }
    inblock && /^          / { line = substr($0, 11); run = (run == "" ? line : run "\x1f" line); next }
    inblock { inblock = 0 }
    /^        run: \|$/ { inblock = 1; next }
    /^        run: / { sub(/^        run: /, ""); run = $0 }
    END { flush() }
  ' "$workflow"
}
# The workflow's env: entries, as the steps see them. OPCTL_REPOSITORY comes from a repository
# variable the user sets: here, this clone. Unset, the install step must fail saying so.
grep -q '^  OPCTL_REPOSITORY: \${{ vars.OPCTL_REPOSITORY }}$' "$workflow" || fail "OPCTL_REPOSITORY is not the repository variable"
export OPCTL_REF
OPCTL_REF=$(sed -n 's/^  OPCTL_REF: //p' "$workflow")
[[ -n $OPCTL_REF ]] || fail "the workflow sets no OPCTL_REF"
export RUNNER_TEMP=$work/runner GITHUB_PATH=$work/github_path
mkdir -p "$RUNNER_TEMP" && : >"$GITHUB_PATH"
export XDG_CACHE_HOME=$work/cache

run_step() {  # NAME SCRIPT: as Actions runs a bash step, then applies what it added to GITHUB_PATH
  local name=$1 script=${2//$'\x1f'/$'\n'}
  echo "-- step: $name"
  (cd "$work/project" && bash --noprofile --norc -eo pipefail -c "$script")
  while IFS= read -r dir; do [[ -n $dir ]] && PATH=$dir:$PATH; done <"$GITHUB_PATH"
  export PATH
}
install=$(steps | awk -F'\t' 'NR == 1 { print $2 }')
set +e
unset_out=$(cd "$work/project" && OPCTL_REPOSITORY='' bash --noprofile --norc -eo pipefail -c "${install//$'\x1f'/$'\n'}" 2>&1)
unset_code=$?
set -e
[[ $unset_code != 0 && $unset_out == *"::error::set the repository variable OPCTL_REPOSITORY"* ]] \
  || fail "without OPCTL_REPOSITORY the install step gave exit $unset_code: $unset_out"
export OPCTL_REPOSITORY=$root
count=0
while IFS=$'\t' read -r name script; do
  run_step "$name" "$script"
  count=$((count + 1))
done < <(steps)
[[ $count == 3 ]] || fail "expected the workflow's 3 run steps (install, check, build), ran $count"
[[ $(command -v opctl) == "$RUNNER_TEMP/opctl/bin/opctl" ]] || fail "the install step put no opctl on the PATH"

# A type edited without regenerating: the check step must fail, with the CRD's diff.
check=$(steps | awk -F'\t' 'NR == 2 { print $2 }')
[[ $check == "opctl generate --check" ]] || fail "the second step is not the check: $check"
spec=$(grep -rl --include='*Spec.java' 'class ' "$work/project/src/main/java" | head -n 1)
[[ -n $spec ]] || fail "$sample has no *Spec.java"
python3 - "$spec" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
i = text.rindex("}")
text = text[:i] + "\n    private String addedInCi;\n\n    public String getAddedInCi() {\n        return addedInCi;\n    }\n\n    public void setAddedInCi(String addedInCi) {\n        this.addedInCi = addedInCi;\n    }\n" + text[i:]
open(path, "w", encoding="utf-8").write(text)
PY
set +e
out=$(cd "$work/project" && bash -eo pipefail -c "$check" 2>&1)
code=$?
set -e
[[ $code == 4 ]] || fail "after a type edit the check step exited $code, not 4: $out"
grep -q '^+ *addedInCi:' <<<"$out" || fail "the check step's output lacks the new field's diff: $out"
(cd "$work/project" && opctl generate >/dev/null)
(cd "$work/project" && bash -eo pipefail -c "$check") || fail "the check step still fails after opctl generate"
echo "workflow-check: $sample's generated CI workflow passes, and fails on a stale CRD"
