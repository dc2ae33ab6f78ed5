#!/usr/bin/env bash
# Makes Debian's headless Chromium and its ChromeDriver available for the browser test
# (system-tests' BrowserCorsIT), installing the Debian packages when they are missing, and prints
# their paths as two lines: the browser, then the driver. Test tools' own browser downloads do not
# work on this kind of machine; Debian's packages do.
#
# Usage: deploy/local/browser.sh        (root, or sudo without a password, to install)
set -euo pipefail

PACKAGES=(chromium chromium-driver fonts-wqy-zenhei)   # the font: the progress table is in Chinese

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
   || ! fc-list 2>/dev/null | grep -qi wqy; then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n" || {
      echo "Chromium is missing and this user cannot install it: run as root 'apt-get install ${PACKAGES[*]}'" >&2
      exit 1
    }
  fi
  echo "[browser] installing ${PACKAGES[*]} from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  # The package lists may be stale on a new machine: refresh them only when the install fails.
  $sudo apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >&2 \
    || { $sudo apt-get update -q >&2 && $sudo apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >&2; }
fi
command -v chromium
command -v chromedriver
