#!/usr/bin/env bash
# Installs what kabar needs to build and run on Debian 12, and nothing when
# all of it is there. Safe to run again. The test tools are installed by
# scripts/setup-tests.sh (scripts/test.sh runs both).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/apt.sh

packages=(
  build-essential cmake pkg-config
  libxml2-dev libigraph-dev libraptor2-dev libutf8proc-dev libstemmer-dev
  # The Indonesian word list kabar reads at run time (the common-word test).
  hunspell-id
)
apt_install_missing setup "${packages[@]}"
