#!/usr/bin/env bash
# Installs what kabar needs to build and run on Debian 12, and nothing when
# all of it is there. Safe to run again. The test tools are installed by
# scripts/setup-tests.sh (scripts/test.sh runs both).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libxml2-dev libigraph-dev libraptor2-dev libutf8proc-dev libstemmer-dev
  # The Indonesian word list kabar reads at run time (the common-word test).
  hunspell-id
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
