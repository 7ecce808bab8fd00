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
    html = text_of(site / "api.html")
    assert ":class:" not in html and ":func:" not in html
    assert '<span class="gp">&gt;&gt;&gt; </span>' in html  # examples render as code blocks
    assert "<blockquote>" not in html.split('id="untoc.session"')[1][:3000]
    for field in ("report_symbol", "texts_adopted", "record_sense", "complete_through"):
        assert f">{field}</span></code></td>" in html, field
    assert 'href="#untoc.errors.NotFoundError"' in html  # cross-references resolve


@pytest.mark.slow
def test_the_record_is_browsable_with_citations(site: Path) -> None:
    cop12 = text_of(site / "record" / "sessions" / "cop12.html")
    assert "131" in cop12 and "a record 1,400" in cop12
    assert "Four resolutions passed to strengthen international responses" in cop12
    assert cop12.count('class="footnote-ref"') > 20
    firearms = text_of(site / "record" / "topics" / "firearms.html")
    assert "Decision 2/5" in firearms and "Resolution 8/3" in firearms
    protocol = text_of(site / "record" / "instruments" / "firearms-protocol.html")
    assert "<td>2015</td>" in protocol and "at least" in protocol
    states = text_of(site / "record" / "states.html")
    assert 'id="TUR"' in states and 'id="EUU"' in states


@pytest.mark.slow
def test_charts_are_drawn_from_the_current_data_and_nothing_tracked_changes(site: Path) -> None:
    images = site / "record" / "images"
    names = {p.name for p in images.glob("*.png")}
    assert {"participation.png", "topics.png"} <= names
    assert {f"parties-{i.slug}.png" for i in untoc.instruments()} <= names
    assert git_status() == BEFORE[0]


HREF = re.compile(r'href="([^"#?]+)[^"]*"')


@pytest.mark.slow
def test_every_link_of_the_site_opens_a_page_from_disk(site: Path) -> None:
    # From file:// a link to a folder shows a directory listing: every internal link must name
    # a file that exists (issue #18).
    pages = list(site.rglob("*.html"))
    assert len(pages) > 50
    checked = 0
    for page in pages:
        for target in HREF.findall(text_of(page)):
            if re.match(r"[a-z]+:", target) or target.startswith("/"):
                continue
            resolved = (page.parent / target).resolve()
            assert resolved.is_file(), f"{page.relative_to(site)} links to {target}"
            checked += 1
    assert checked > 1000


@pytest.mark.slow
def test_quotes_render_as_quotes_and_disagreements_read(site: Path) -> None:
    cop12 = text_of(site / "record" / "sessions" / "cop12.html")
    assert "<blockquote>" in cop12
    assert "&gt; " not in cop12  # no literal "> " left in the text
    assert "chosen over over" not in cop12
    assert "participation.participants.qualifier: none chosen over “over”" in cop12


@pytest.mark.slow
def test_the_site_s_search_index_is_served(site: Path) -> None:
    import http.server
    import threading
    import urllib.request

    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(site))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/search/search_index.json") as r:
            index = r.read().decode("utf-8")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/record/sessions/cop12.html") as r:
            page = r.read().decode("utf-8")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert "COP12" in index and "firearms" in index
    assert 'class="md-search' in page  # the search box is on every page


def test_every_public_name_has_its_reference_entry() -> None:
    """``untoc.__all__`` is the list; the reference documents each name, where it lives."""
    api = (ROOT / "docs" / "api.md").read_text("utf-8")
    entries = set(re.findall(r"^::: (untoc[\w.]*)", api, re.M))
    documented = {entry.rsplit(".", 1)[-1] for entry in entries}
    errors = {name for name in untoc.__all__ if name.endswith(("Error", "Warning"))}
    assert "untoc.errors" in entries  # the errors, documented as one module
    missing = set(untoc.__all__) - documented - errors - {"__version__"}
    assert missing == set()


@pytest.mark.slow
def test_each_text_has_a_page_with_what_it_names_and_what_names_it(site: Path) -> None:
    pages = sorted((site / "record" / "texts").glob("*.html"))
    assert len(pages) == len(untoc.resolutions())
    nine_one = text_of(site / "record" / "texts" / "resolution-9-1.html")
    assert "Reaffirming" in nine_one and 'href="decision-1-2.html"' in nine_one
    one_two = text_of(site / "record" / "texts" / "decision-1-2.html")
    assert 'href="resolution-9-1.html"' in one_two and 'href="decision-2-1.html"' in one_two
    cop9 = text_of(site / "record" / "sessions" / "cop09.html")
    assert 'href="../texts/resolution-9-1.html"' in cop9
