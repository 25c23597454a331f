# SPDX-License-Identifier: MIT
# Sourced by scripts/setup.sh and scripts/setup-tests.sh.

# apt_install_missing LABEL PACKAGE...: installs, with apt, those of the
# Debian packages that are not installed; nothing when all are. nodejs and
# npm count as there when an npm is on the PATH (a node install that ships
# its own npm).
apt_install_missing() {
  local label=$1 p
  shift
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ] && command -v npm >/dev/null 2>&1; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
    read -r -a missing <<<"${missing[*]}"
  fi
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "$label: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
