#!/usr/bin/env bash
# Debian packages for the real VS Code host: code-server's native modules, its ripgrep,
# and the browser that drives it. Installs only what is missing; quick when all are present.
set -euo pipefail
packages=(libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config build-essential python3 ripgrep chromium)
if ! command -v dpkg-query >/dev/null; then
  echo "Not a Debian system: make sure these are installed: ${packages[*]}" >&2
  exit 0
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
((${#missing[@]})) || exit 0
echo "Installing Debian packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
