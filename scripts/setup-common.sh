# Shared by scripts/run and scripts/test: Debian packages when missing, then the virtualenv.
# Usage: source scripts/setup-common.sh REQUIREMENTS_FILE [DEBIAN_PACKAGE:CHECK ...]
set -euo pipefail

apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: $*" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

ensure_debian_packages() {
  local missing=()
  ldconfig -p 2>/dev/null | grep -q 'libcairo.so.2' || missing+=(libcairo2)
  # Typefaces for Arabic, Hebrew, Devanagari and Thai names, and for Chinese, Japanese and Korean.
  [ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing+=(fonts-noto-core)
  [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
  for spec in "$@"; do
    local pkg=${spec%%:*} check=${spec#*:}
    eval "$check" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null; then apt_install "${missing[@]}"
    else echo "Please install: ${missing[*]}" >&2; exit 1; fi
  fi
}

ensure_venv() {
  local requirements=$1
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv 2>/dev/null || { apt_install python3-venv; python3 -m venv .venv; }
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$requirements"
}
