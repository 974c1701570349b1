#!/usr/bin/env bash
# The whole test suite (the README's test command runs this).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 -m pytest -q "$@"
