"""The documentation: its code blocks run, and the built site reads well (issue #12)."""

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


def git_status() -> str:
    done = subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout


BEFORE: list[str] = []


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    BEFORE.append(git_status())
    env = {**os.environ, "DISABLE_MKDOCS_2_WARNING": "true", "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out


def text_of(path: Path) -> str:
    return path.read_text("utf-8")


@pytest.mark.slow
def test_the_api_reference_has_no_raw_roles_and_lists_fields(site: Path) -> None:
    html = text_of(site / "api" / "index.html")
    assert ":class:" not in html and ":func:" not in html
    assert '<span class="gp">&gt;&gt;&gt; </span>' in html  # examples render as code blocks
    assert "<blockquote>" not in html.split('id="untoc.session"')[1][:3000]
    for field in ("report_symbol", "texts_adopted", "record_sense", "complete_through"):
        assert f">{field}</span></code></td>" in html, field
    assert 'href="#untoc.errors.NotFoundError"' in html  # cross-references resolve


@pytest.mark.slow
def test_the_record_is_browsable_with_citations(site: Path) -> None:
    cop12 = text_of(site / "record" / "sessions" / "cop12" / "index.html")
    assert "131" in cop12 and "a record 1,400" in cop12
    assert "Four resolutions passed to strengthen international responses" in cop12
    assert cop12.count('class="footnote-ref"') > 20
    firearms = text_of(site / "record" / "topics" / "firearms" / "index.html")
    assert "Decision 2/5" in firearms and "Resolution 8/3" in firearms
    protocol = text_of(site / "record" / "instruments" / "firearms-protocol" / "index.html")
    assert "<td>2015</td>" in protocol and "at least" in protocol
    states = text_of(site / "record" / "states" / "index.html")
    assert 'id="TUR"' in states and 'id="EUU"' in states


@pytest.mark.slow
def test_charts_are_drawn_from_the_current_data_and_nothing_tracked_changes(site: Path) -> None:
    images = site / "record" / "images"
    names = {p.name for p in images.glob("*.png")}
    assert {"participation.png", "topics.png"} <= names
    assert {f"parties-{i.slug}.png" for i in untoc.instruments()} <= names
    assert git_status() == BEFORE[0]
