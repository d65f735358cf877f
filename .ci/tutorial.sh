#!/usr/bin/env bash
# Runs docs/tutorial.md: every ```sh block in order, in one bash with `set -euo pipefail`, so a change
# in opctl that breaks the tutorial fails CI. Directives are HTML comments, invisible on the page:
#   <!-- tutorial: exit N -->         (the line before a block) the block must exit with N
#   <!-- tutorial: skip REASON -->    (the line before a block) not run here, for REASON
#   <!-- tutorial: run                a hidden block: what the reader does in an editor (shown in a
#   ...commands...                    ```java block beside it), done by commands
#   -->
# Needs: a cluster in KUBECONFIG (CI: ../shared/envtest), kubectl and helm on the PATH, Maven, JDK 17+.
# It runs with HOME set to a temporary directory: opctl is installed under it, the project made in it.
#   .ci/tutorial.sh [--print]    (--print: print the script instead of running it)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
doc=$root/docs/tutorial.md

script=$(python3 - "$doc" <<'PY'
import re, shlex, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
TRAP = "trap 'echo \"tutorial: failed in the block at docs/tutorial.md:$TUTORIAL_LINE\" >&2' ERR"
out = ["set -euo pipefail", TRAP]
i, blocks = 0, 0
def block(start, body, expected):
    out.append(f"TUTORIAL_LINE={start}")
    out.append(f"echo {shlex.quote(f'-- docs/tutorial.md:{start}')}")
    out.append("set -x")
    if expected == 0:
        out.extend(body)
        out.append("{ set +x; } 2>/dev/null")
    else:
        out.append("set +e; trap - ERR")
        out.extend(body)
        out.append(f"rc=$?; {{ set +x; }} 2>/dev/null; set -e; {TRAP}")
        out.append(f'[[ $rc == {expected} ]] || {{ echo "tutorial: the block at docs/tutorial.md:{start} exited $rc, not {expected}" >&2; exit 1; }}')
while i < len(lines):
    line = lines[i]
    if line.strip() == "<!-- tutorial: run":
        start, i = i + 1, i + 1
        body = []
        while lines[i].strip() != "-->":
            body.append(lines[i]); i += 1
        block(start, body, 0); blocks += 1
    elif line.startswith("```sh"):
        directive = lines[i - 1].strip() if i > 0 else ""
        start, i = i + 1, i + 1
        body = []
        while not lines[i].startswith("```"):
            body.append(lines[i]); i += 1
        m = re.fullmatch(r"<!-- tutorial: (exit (\d+)|skip (.+)) -->", directive)
        if m and m.group(3):
            out.append(f"echo {shlex.quote(f'-- docs/tutorial.md:{start}: skipped: {m.group(3)}')}")
        else:
            block(start, body, int(m.group(2)) if m else 0); blocks += 1
    elif line.startswith("<!-- tutorial:") and not lines[i + 1].startswith("```sh"):
        sys.exit(f"docs/tutorial.md:{i + 1}: unknown directive {line.strip()}")
    i += 1
if blocks < 10:
    sys.exit(f"docs/tutorial.md: only {blocks} blocks found")
print("\n".join(out))
PY
)
if [[ ${1:-} == --print ]]; then printf '%s\n' "$script"; exit 0; fi

work=$(mktemp -d)
operator_pids() { pgrep -f "$work/home/operators/.*/target/.*\.jar" || true; }
trap 'kill $(operator_pids) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/home"
# The tutorial starts in the clone of opctl, as its first section says; what it installs and makes
# goes under this HOME. Maven keeps the machine's local repository (offline builds stay offline).
repo=${OPCTL_MAVEN_REPO:-$HOME/.m2/repository}
export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$repo"
cd "$root"
HOME=$work/home XDG_CACHE_HOME=$work/cache bash -c "$script"
echo "tutorial: docs/tutorial.md ran green"
