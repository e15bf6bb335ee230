#!/usr/bin/env bash
# Installs the headless browser the browser tests drive: Debian's chromium and its matching chromedriver.
# Safe to run again: does nothing when both are in place. Nothing is ever downloaded outside apt.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
log() { printf '[install-browser] %s\n' "$*"; }

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

# Another developer's or CI step's apt run may hold the lock; wait for it rather than fail.
APT_WAIT=(-o DPkg::Lock::Timeout=600)
if ! apt-cache show chromium-driver >/dev/null 2>&1; then
  log "updating the package lists"
  $SUDO apt-get "${APT_WAIT[@]}" update -qq
fi
log "installing chromium and chromium-driver"
if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${APT_WAIT[@]}" install -y -qq --no-install-recommends chromium chromium-driver; then
  # Stale package lists point at versions the mirror no longer has.
  $SUDO apt-get "${APT_WAIT[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${APT_WAIT[@]}" install -y -qq --no-install-recommends chromium chromium-driver
fi
log "$(/usr/bin/chromium --version) with $(/usr/bin/chromedriver --version | cut -d' ' -f1-2)"
