#!/usr/bin/env bash
# Installs opctl from this clone the documented way (./install.sh) under a temporary prefix and
# checks it as a user would meet it: the command on the PATH, its man pages, bash completion, any
# JDK 17 or newer, a clear refusal of an older one, an upgrade in place, and the uninstall.
#   .ci/install-check.sh [PREFIX]   (default: a temporary directory, removed afterwards)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -n ${1:-} ]]; then prefix=$1; else prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT; fi
fail() { echo "install-check: $*" >&2; exit 1; }

"$root/install.sh" --prefix "$prefix"
export PATH=$prefix/bin:$PATH
[[ $(command -v opctl) == "$prefix/bin/opctl" ]] || fail "opctl is not $prefix/bin/opctl on the PATH"
(cd /tmp && opctl --version) | grep -q '^opctl ' || fail "opctl --version printed no version"

# man finds the pages through the PATH (man-db maps PREFIX/bin to PREFIX/share/man).
for page in opctl opctl-new opctl-add-api opctl-generate-crds opctl-completion; do
  [[ -f $prefix/share/man/man1/$page.1 ]] || fail "no man page $page"
done
if command -v man >/dev/null; then
  [[ $(man -w opctl-add-api) == "$prefix/share/man/man1/opctl-add-api.1" ]] || fail "man -w opctl-add-api: $(man -w opctl-add-api 2>&1)"
  MANWIDTH=80 man opctl-add-api 2>/dev/null | grep -q -- '--workload' || fail "man opctl-add-api lacks --workload"
else
  echo "install-check: no man command here; checked the pages' files only"
fi

# bash completion, as bash-completion loads it, completing commands, options and option values.
completion=$prefix/share/bash-completion/completions/opctl
complete_words() {
  bash -c 'source "$1" 2>/dev/null; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _complete_opctl 2>/dev/null
           printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@" | tr '\n' ' '
}
[[ $(complete_words opctl ad) == "add " ]] || fail "opctl ad<TAB> gave '$(complete_words opctl ad)'"
[[ $(complete_words opctl add api --work) == "--workload " ]] || fail "--work<TAB>: '$(complete_words opctl add api --work)'"
[[ $(complete_words opctl add api --workload "") == "deployment statefulset " ]] || fail "--workload <TAB>"
[[ -f $prefix/share/opctl/opctl.zsh ]] || fail "no zsh completion"

# Any JDK 17 or newer; an older one is one clear line.
for jdk in /usr/lib/jvm/*; do
  [[ -x $jdk/bin/java && -f $jdk/release ]] || continue
  out=$(cd /tmp && JAVA_HOME=$jdk opctl --version) || fail "opctl on $jdk failed: $out"
  echo "install-check: runs on $(sed -n 's/^JAVA_VERSION=//p' "$jdk/release") ($jdk)"
done
old=$(mktemp -d)
mkdir -p "$old/bin" && printf '#!/bin/sh\necho should not run; exit 9\n' >"$old/bin/java" && chmod +x "$old/bin/java"
echo 'JAVA_VERSION="11.0.2"' >"$old/release"
set +e; msg=$(JAVA_HOME=$old opctl --version 2>&1); code=$?; set -e
rm -rf "$old"
[[ $code == 1 && $msg == "opctl: error: needs Java 17 or newer, and "*"is Java 11; set JAVA_HOME"* ]] \
  || fail "Java 11 gave exit $code: $msg"

# Nothing to uninstall: exit 1, and no directory made.
set +e; "$root/install.sh" --uninstall --prefix "$prefix/none" >/dev/null 2>&1; code=$?; set -e
[[ $code == 1 && ! -e $prefix/none ]] || fail "--uninstall of nothing: exit $code, or it made $prefix/none"
# A second install replaces the first; the uninstall leaves nothing of it.
"$root/install.sh" --prefix "$prefix" >/dev/null 2>&1 || fail "the second install failed"
"$root/install.sh" --uninstall --prefix "$prefix"
left=$(find "$prefix" -mindepth 1 | head -n 5)
[[ -z $left ]] || fail "the uninstall left $left"
echo "install-check: opctl installs, runs, has man pages and completion, and uninstalls"
