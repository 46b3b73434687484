#!/usr/bin/env bash
# Starts a virtual X screen (Debian's Xvfb, installed when missing) and takes the README's
# screenshots in real X windows.
set -euo pipefail
out=${1:-docs/screenshots}
python=${PYTHON:-.venv/bin/python}
need=(xvfb x11-utils libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
      libxcb-xfixes0 fonts-dejavu-core)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing: ${missing[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for n in $(seq 150 199); do [[ -e /tmp/.X$n-lock ]] || { display=:$n; break; }; done
Xvfb "$display" -screen 0 1400x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display QT_QPA_PLATFORM=xcb LANG=de_DE.UTF-8 TZ=Europe/Berlin "$python" -X faulthandler tools/screenshots.py "$out"
