#!/usr/bin/env bash
# Contract tests: `forge test` in contracts/, compiled offline through contracts/tools/solc (a
# solc-js wrapper; DESIGN.md "Stack"). Uses the forge binary from npm
# (@foundry-rs/forge-linux-amd64) and falls back to a `forge` on PATH. Extra arguments go to
# `forge test` (e.g. `bash scripts/forge-test.sh --match-test test_trade -vvv`).
# Exits non-zero when compilation or any test fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
forge="$root/node_modules/@foundry-rs/forge-linux-amd64/bin/forge"
if [[ ! -x "$forge" ]]; then
  if command -v forge >/dev/null 2>&1; then
    forge="$(command -v forge)"
  else
    echo "forge-test: no forge binary (install @foundry-rs/forge-linux-amd64 or put forge on PATH)" >&2
    exit 1
  fi
fi
if [[ ! -d "$root/node_modules/solc" ]]; then
  echo "forge-test: node_modules/solc is missing (run npm ci)" >&2
  exit 1
fi

cd "$root/contracts"
export FOUNDRY_DISABLE_NIGHTLY_WARNING=1
exec "$forge" test --offline "$@"
