#!/usr/bin/env bash
# Regenerates every project under generated-samples/ from opctl commands alone, through ./opctl as a
# user runs it. CI runs this and fails when it changes any file; review such a diff like code.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
opctl=$here/../opctl
cd "$here"

# The README's quickstart, word for word.
rm -rf demo-operator
"$opctl" new demo-operator --domain example.com
