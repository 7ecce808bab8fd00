"""The documentation's code blocks run, the notebook executes, and figures in prose match data."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import untoc

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_code_blocks_run(page: Path) -> None:
    namespace: dict[str, object] = {}
    for block in BLOCK.findall(page.read_text("utf-8")):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            exec(compile(block, str(page), "exec"), namespace)


def test_guide_figures_match_the_data() -> None:
    import datetime

    assert untoc.party_count("convention", as_of=datetime.date(2005, 3, 4)) == 100
    assert untoc.party_count("firearms-protocol", as_of=datetime.date(2008, 9, 26)) == 77


def test_notebook_executes(tmp_path: Path) -> None:
    env = {**os.environ, "UNTOC_IMAGES": str(tmp_path)}
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "run_notebook.py")],
        check=True,
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert {p.name for p in tmp_path.glob("*.png")} == {
        "participation.png",
        "topics.png",
        "parties.png",
    }


def test_docs_images_exist() -> None:
    for name in ("participation.png", "topics.png", "parties.png"):
        assert (ROOT / "docs" / "images" / name).stat().st_size > 1000
