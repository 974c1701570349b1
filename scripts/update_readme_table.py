"""Rewrite the README's ``--format table`` example with what the command prints today.

tests/test_process_table.py keeps the two equal; run this after a change to the coder:
``python scripts/update_readme_table.py``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(<!-- table-example -->\s*```console\n\$ (.*?)\n)(.*?)(```)", re.DOTALL)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text("utf-8")
    m = BLOCK.search(text)
    if not m:
        print("README.md has no table-example block", file=sys.stderr)
        return 1
    args = m.group(2).split()[1:]
    out = subprocess.run([sys.executable, "-m", "eventwire", *args], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    readme.write_text(text[: m.start(3)] + out.stdout + text[m.end(3):], "utf-8")
    print(f"README.md: table example rewritten ({len(out.stdout.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
