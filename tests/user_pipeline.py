"""A user's own spaCy pipeline, installed for a test: eventwire's pipeline plus one component of
the test's, as an importable package (module and dist-info) in a temporary folder. A command run
with ``PYTHONPATH`` naming that folder loads it with ``--model NAME``, in its worker processes
too, as it would a pipeline installed with pip."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def install_pipeline(folder: Path, name: str, component: str, after: str = "eventwire_places") -> dict:
    """Write package ``name`` into ``folder``; its pipeline runs ``component`` (source code of a
    function ``component(doc)``) after ``after``. Returns the environment that finds it."""
    (folder / name).mkdir(parents=True)
    (folder / name / "__init__.py").write_text(
        "import os, signal\n"
        "from spacy.language import Language\n"
        "import eventwire\n"
        "from eventwire.models import DEFAULT_MODEL\n\n"
        f'@Language.component("{name}_component")\n'
        + textwrap.dedent(component).strip() + "\n\n"
        "def load(**overrides):\n"
        "    nlp = eventwire.load(DEFAULT_MODEL)\n"
        f'    nlp.add_pipe("{name}_component", after="{after}")\n'
        "    return nlp\n",
        encoding="utf-8",
    )
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "top_level.txt").write_text(name + "\n")
    path = os.pathsep.join([str(ROOT / "src"), str(folder)])
    return {**os.environ, "PYTHONPATH": path}
