#!/usr/bin/env bash
# Installs opctl from this clone: builds its distribution with Maven (mvn -Pdist package: launcher,
# jar, man pages, bash and zsh completion) and copies it under a prefix, ~/.local by default:
#   PREFIX/bin/opctl                                     the command (needs Java 17 or newer to run)
#   PREFIX/lib/opctl/                                    the jar, and the list of installed files
#   PREFIX/share/man/man1/opctl*.1                       man opctl, man opctl-add-api, ...
#   PREFIX/share/bash-completion/completions/opctl       loaded by bash-completion
#   PREFIX/share/opctl/opctl.zsh                         zsh completion, to source from ~/.zshrc
# Usage: ./install.sh [--prefix DIR]     install, or upgrade (the files of the previous install go first)
#        ./install.sh --uninstall [--prefix DIR]
# Exit codes: 0 done, 1 the build or a copy failed (or, with --uninstall, nothing installed), 2 bad usage.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prefix=$HOME/.local
uninstall=false
usage() { sed -n 's/^# \{0,1\}Usage: //p; s/^#        \(\.\/install.sh\)/\1/p' "${BASH_SOURCE[0]}" | sed 's/^/usage: /' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --prefix) [[ $# -ge 2 && -n $2 ]] || { echo "install.sh: --prefix needs a directory" >&2; usage; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; [[ -n $prefix ]] || usage; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "install.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
if $uninstall; then
  [[ -f $prefix/lib/opctl/installed-files ]] \
    || { echo "install.sh: opctl is not installed under $prefix (no $prefix/lib/opctl/installed-files)" >&2; exit 1; }
else
  mkdir -p "$prefix" || { echo "install.sh: cannot create $prefix; choose another with --prefix" >&2; exit 1; }
fi
prefix=$(cd "$prefix" && pwd)
manifest=$prefix/lib/opctl/installed-files

remove_previous() {
  [[ -f $manifest ]] || return 0
  local file
  while IFS= read -r file; do
    [[ -n $file && $file != *..* ]] || continue
    rm -f "$prefix/$file"
    # The directories the install made, when it leaves them empty (never the prefix itself).
    dir=$(dirname "$file")
    while [[ $dir != . ]] && rmdir "$prefix/$dir" 2>/dev/null; do dir=$(dirname "$dir"); done
  done <"$manifest"
  rm -f "$manifest"
  rmdir "$prefix/lib/opctl" "$prefix/lib" 2>/dev/null || true
}

if $uninstall; then
  remove_previous
  echo "opctl uninstalled from $prefix (its start-up archives stay in ${XDG_CACHE_HOME:-$HOME/.cache}/opctl: delete that directory too if you like)"
  exit 0
fi
upgrade=false
[[ -f $manifest ]] && upgrade=true

command -v mvn >/dev/null || { echo "install.sh: needs Maven 3.8 or newer (mvn) to build opctl" >&2; exit 1; }
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -n 1)
echo "opctl: building the opctl $version distribution with Maven (the first build downloads its dependencies) ..." >&2
"$root/cli/build.sh" -Pdist -DskipTests package
dist=$root/cli/target/opctl-$version
[[ -x $dist/bin/opctl ]] || { echo "install.sh: the build made no $dist/bin/opctl" >&2; exit 1; }

remove_previous
files=$(cd "$dist" && find . -type f | sed 's:^\./::' | LC_ALL=C sort)
while IFS= read -r file; do
  mkdir -p "$(dirname "$prefix/$file")"
  # Each file replaced whole: a copy beside it, then a rename, so an opctl running now never reads half a jar.
  cp -p "$dist/$file" "$prefix/$file.tmp.$$"
  mv -f "$prefix/$file.tmp.$$" "$prefix/$file"
done <<<"$files"
printf '%s\n' "$files" >"$manifest.tmp.$$"
mv -f "$manifest.tmp.$$" "$manifest"

"$prefix/bin/opctl" --version >/dev/null   # checks the Java it finds, and makes the start-up archive
$upgrade && echo "opctl $version installed under $prefix, replacing the opctl that was there:" \
  || echo "opctl $version installed under $prefix:"
echo "  $prefix/bin/opctl; man opctl, man opctl-new, man opctl-add-api, ..."
if [[ -f /usr/share/bash-completion/bash_completion || -f /opt/homebrew/etc/profile.d/bash_completion.sh \
      || -f /usr/local/etc/profile.d/bash_completion.sh ]]; then
  echo "  bash completion: loaded by bash-completion from $prefix/share/bash-completion/completions/opctl"
else
  echo "  bash completion: bash-completion is not installed; add 'source $prefix/share/bash-completion/completions/opctl' to ~/.bashrc"
fi
echo "  zsh completion: add 'source $prefix/share/opctl/opctl.zsh' to ~/.zshrc, after compinit"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "  $prefix/bin is not on your PATH: add 'export PATH=\"$prefix/bin:\$PATH\"' to ~/.bashrc (or ~/.zshrc)" ;;
esac
