#!/usr/bin/env bash
# Install the Debian/Ubuntu libraries the app needs (and, with --test, what the tests need).
# Idempotent: does nothing when everything is present. Without root or apt, prints what to install.
set -euo pipefail
RUN_PKGS="libportaudio2 libspeexdsp1 espeak-ng libespeak-ng1 wordnet-base alsa-utils libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3
 fonts-dejavu-core libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1
 libxcb-shm0 libxcb-util1 python3-venv"
TEST_PKGS="pulseaudio pulseaudio-utils libasound2-plugins sox xvfb xauth xdotool imagemagick x11-apps
 pocketsphinx-testdata dbus-daemon"
pkgs="$RUN_PKGS"
[ "${1:-}" = "--test" ] && pkgs="$pkgs $TEST_PKGS"

missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "These system libraries are needed but this system has no apt-get. Install their equivalents:" >&2
  echo " $missing" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "These system libraries are missing; install them and run this again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
    exit 1
  fi
fi
echo "Installing system libraries:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
