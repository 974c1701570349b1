"""The README's commands work as written (the set-up command minus its pip install)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import eventwire

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def quick_start_commands() -> list[str]:
    block = re.search(r"<!-- quick-start -->\s*```(?:console|sh|bash)?\n(.*?)```", README, re.DOTALL)
    assert block, "README has no quick-start block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_setup_and_run_command_processes_the_shipped_example():
    setup, _test = quick_start_commands()
    run = setup.split("&&")[-1].strip()
    assert run.startswith("eventwire process examples/")
    args = run.split()[1:]
    out = subprocess.run([sys.executable, "-m", "eventwire", *args], cwd=ROOT,
                         check=False, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    eventwire.validate(record)
    assert record["published"]  # from the example's dateline
    assert record["removed"]  # the example's caption, credit, URL and read-more lines


def test_test_command_is_what_ci_runs():
    _setup, test = quick_start_commands()
    assert "scripts/test.sh" in test
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def test_python_api_example_runs():
    block = re.search(r"<!-- python-api -->\s*```python\n(.*?)```", README, re.DOTALL)
    assert block, "README has no python-api block"
    code = block.group(1)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert "record" in namespace
