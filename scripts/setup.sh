#!/usr/bin/env bash
# Installs what crosscheck needs on Debian 12, only what is missing. Idempotent; run as root (or with sudo).
set -euo pipefail

packages=(build-essential cmake ninja-build ccache pkg-config clang libclang-rt-14-dev
          libboost-dev libeigen3-dev nlohmann-json3-dev libcli11-dev libfmt-dev libicu-dev libgumbo-dev
          libgtest-dev libgmock-dev libbenchmark-dev libmimalloc-dev libsimdjson-dev
          wamerican wbritish wordnet-base codespell python3-jsonschema)
# npm fetches the public data sets; a machine that already has node and npm (from any source) keeps them.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
[ "${CROSSCHECK_WITH_BROWSER:-0}" = 1 ] && packages+=(chromium)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Public data sets the build embeds (npm packs into .cache/).
bash "$(dirname "$0")/fetch-data.sh"
