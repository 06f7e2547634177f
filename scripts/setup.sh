#!/usr/bin/env bash
# Installs the build and test dependencies of rubric that are missing on a Debian 12 machine.
# Safe to run again: it only installs what `dpkg -s` does not report as installed.
# Works unattended (CI=true, no stdin): as root it runs apt-get directly; as another user it uses
# sudo when sudo works without a prompt (or a terminal can answer one); otherwise it prints the
# exact command to run and exits 1. With --browser it also installs Chromium, which the HTML
# report check (scripts/check-html.sh) renders pages in; without it that check is skipped. With
# --format it also installs clang-format-14 for scripts/check-format.sh. With --editors it also installs
# Neovim, which the editor test drives headless (tests/editors/test_nvim.sh). With --fuzz it installs clang-14
# and its libFuzzer and sanitizer runtimes (scripts/fuzz.sh). CI passes all four. With --coverage, gcovr
# (scripts/coverage.sh).
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  tao-pegtl-dev libfmt-dev nlohmann-json3-dev catch2 libcli11-dev
  libkainjow-mustache-dev libsimdjson-dev python3
  python3-jsonschema
)
for option in "$@"; do
  case "$option" in
    --browser) packages+=(chromium) ;;
    --format) packages+=(clang-format-14) ;;
    --editors) packages+=(neovim) ;;
    --fuzz) packages+=(clang-14 libclang-rt-14-dev) ;;
    --coverage) packages+=(gcovr) ;;
    *) echo "setup.sh: unknown option $option (known: --browser, --format, --editors, --fuzz, --coverage)" >&2; exit 2 ;;
  esac
done

if ! command -v dpkg >/dev/null 2>&1; then
  echo "setup.sh: dpkg not found; this script supports Debian 12 (bookworm)." >&2
  echo "Install these packages with your system's package manager: ${packages[*]}" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup.sh: all dependencies are installed."
  exit 0
fi

echo "setup.sh: missing ${missing[*]}"
install_command="apt-get update && apt-get install -y ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" -eq 0 ]; then
  apt-get update
  apt-get install -y "${missing[@]}"
elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
  sudo DEBIAN_FRONTEND=noninteractive apt-get update
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
else
  echo "setup.sh: missing packages and no way to install them as $(id -un) (not root, no usable sudo)." >&2
  echo "Run this as root, then run the script again:" >&2
  echo "  $install_command" >&2
  exit 1
fi
