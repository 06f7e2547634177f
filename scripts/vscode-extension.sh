#!/usr/bin/env bash
# Builds the VS Code extension in editors/vscode: installs its npm packages (into editors/vscode/node_modules,
# never committed), type-checks and compiles src/extension.ts, and tests the TextMate grammar against its
# token snapshots. Options: --update rewrites the snapshots after a deliberate grammar change; --package
# also builds editors/vscode/rubric.vsix with vsce. Not part of CI (it needs the npm registry); the grammar
# test in CTest runs when the packages are installed and is skipped otherwise.
set -euo pipefail
cd "$(dirname "$0")/../editors/vscode"
update=()
package=false
for option in "$@"; do
  case "$option" in
    --update) update=(--update) ;;
    --package) package=true ;;
    *) echo "vscode-extension.sh: unknown option $option (known: --update, --package)" >&2; exit 2 ;;
  esac
done
npm install --no-audit --no-fund --loglevel=error
npx tsc -p .
node test/grammar.test.js "${update[@]}"
if $package; then
  npx vsce package --allow-missing-repository --out rubric.vsix
fi
