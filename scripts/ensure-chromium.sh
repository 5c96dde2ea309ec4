#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download cannot be used
# here). Installs it when it is missing and this user may; otherwise says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
