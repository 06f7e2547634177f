#!/usr/bin/env bash
# End to end in Neovim: the shipped editors/vim config starts `rubric lsp` for a rubric with a typo, and the
# diagnostic arrives at the typo. Usage: test_nvim.sh RUBRIC_BINARY SOURCE_DIR. Exit 77 (skipped) without nvim.
set -euo pipefail
binary=$1
source_dir=$2
if ! command -v nvim >/dev/null 2>&1; then
  echo "skipped: Neovim is not installed (scripts/setup.sh --editors installs it)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/typo.rubric" <<'RUBRIC'
rubric "Typo"
offer { base : money }
let cash : money = base
criterion pay "Pay" weight 100 { score cahs / 10k }
RUBRIC
# A private home: no user config, shada or plugins take part.
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state XDG_CACHE_HOME=$tmp/cache
export RUBRIC_BINARY=$binary RUBRIC_FILE=$tmp/typo.rubric
timeout 60 nvim --headless --clean --cmd "set runtimepath^=$source_dir/editors/vim" \
  -c "luafile $source_dir/tests/editors/nvim_diagnostic.lua" </dev/null
echo "nvim test: the diagnostic arrived at 4:40"
