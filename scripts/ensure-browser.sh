#!/usr/bin/env bash
# Make sure a Chromium the robot library can drive is on this machine.
# Order: BOTS_BROWSER_PATH, a system Chromium/Chrome, Debian's chromium package (when root
# with apt-get), Playwright's own download.
set -euo pipefail
BIN=${BIN:-.venv/bin}
if [ -n "${BOTS_BROWSER_PATH:-}" ]; then
  [ -x "$BOTS_BROWSER_PATH" ] && { echo "browser: $BOTS_BROWSER_PATH (BOTS_BROWSER_PATH)"; exit 0; }
  echo "BOTS_BROWSER_PATH=$BOTS_BROWSER_PATH is not an executable file" >&2; exit 1
fi
for b in chromium chromium-browser google-chrome google-chrome-stable chrome; do
  if p=$(command -v "$b" 2>/dev/null); then echo "browser: $p"; exit 0; fi
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "browser: installing Debian's chromium package"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  command -v chromium && exit 0
fi
echo "browser: no system Chromium; trying Playwright's own"
"$BIN/python" -m playwright install chromium
