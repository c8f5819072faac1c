#!/usr/bin/env bash
# Debian packages that Qt WebEngine and Japanese text need on a bare machine:
# libnss3 (Chromium's crypto), the xcb libraries of Qt's platform plugins,
# fonts-noto-cjk (kanji and kana glyphs), xvfb (a screen for real-window runs), and
# nodejs with npm (the page script's checks, tsc and ESLint) unless node is there.
# Installs what is missing when run as root with apt; otherwise says what to install.
set -euo pipefail
pkgs=(libnss3 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0
      libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcomposite1
      libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 libgbm1 libegl1 libgl1
      libfontconfig1 libdbus-1-3 fonts-noto-cjk xvfb)
# Any node >= 18.18 with npm will do (Debian's, or NodeSource's, which bundles npm).
command -v node >/dev/null && command -v npm >/dev/null || pkgs+=(nodejs npm)
command -v dpkg-query >/dev/null || { echo "system-deps: not Debian; see README"; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "system-deps: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: please install: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
