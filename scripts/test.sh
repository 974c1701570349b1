#!/usr/bin/env bash
# The whole test suite, from a fresh checkout: installs what the tests need, then runs pytest.
# (The README's test command; .ci/run calls it.) Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-system.sh
PIP_ROOT_USER_ACTION=ignore python3 -m pip install -q -e '.[dev]'
exec python3 -m pytest -q "$@"
