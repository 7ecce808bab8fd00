"""One pipeline: research/ -> make data -> src/untoc/data, and a rebuild changes nothing.

Each data file is exactly what ``untoc.to_json(table)`` writes (key first, fields in model
order), every generated file is current, and the manifest's digest matches the tables.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import untoc
from untoc import _tables

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "untoc" / "data"


@pytest.mark.parametrize(
    "tool", ["build_data.py", "gen_schema.py", "gen_codebook.py", "list_searches.py"]
)
def test_regenerating_changes_nothing(tool: str) -> None:
    # The tools need the maintainer's extra (ruff, pycountry, babel): `make test` runs them
    # on the main interpreter; the other Pythons' quick suites skip them.
    needs = {"build_data.py": "pycountry"}
    if tool in needs:
        pytest.importorskip(needs[tool])
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / tool), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("table", _tables.TABLES, ids=lambda t: t.name)
def test_each_data_file_is_what_to_json_writes(table: _tables.Table) -> None:
    assert (DATA / table.file).read_text("utf-8") == untoc.to_json(table.name)


@pytest.mark.parametrize("table", _tables.TABLES, ids=lambda t: t.name)
def test_the_key_comes_first_in_every_record(table: _tables.Table) -> None:
    rows = json.loads((DATA / table.file).read_text("utf-8"))
    assert rows
    assert all(next(iter(row)) == table.key for row in rows)


def test_the_manifest_digest_covers_the_tables() -> None:
    manifest = json.loads((DATA / "manifest.json").read_text("utf-8"))
    digest = hashlib.sha256()
    for name in sorted(t.file for t in _tables.TABLES):
        digest.update(name.encode() + b"\0" + (DATA / name).read_text("utf-8").encode() + b"\0")
    assert manifest["digest"] == digest.hexdigest()
    assert set(manifest["counts"]) == {t.name for t in _tables.TABLES}
    assert untoc.data_info().version == manifest["data_version"]


def test_the_data_version_is_in_the_changelog() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert f"data {untoc.data_info().version}" in changelog.lower()


def test_no_research_file_names_a_path_of_one_machine() -> None:
    local = re.compile(r"""(?:^|[\s"'(])(?:/tmp/|/work/|/root/|/home/|~/|\.venv/)""")
    for path in (ROOT / "research").rglob("*"):
        if path.is_file() and path.suffix in {".json", ".md", ".py", ".csv"}:
            assert not local.search(path.read_text("utf-8")), path


def test_the_shipped_schema_validates_the_data() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DATA / "schema.json").read_text("utf-8"))
    payload = {t.name: json.loads((DATA / t.file).read_text("utf-8")) for t in _tables.TABLES}
    jsonschema.validate(payload, schema)


# Suites left out of the mutation run, each because it exercises untoc out of process or
# through tools rather than the mutated modules in-process.
NOT_MUTATION_TESTED = {
    "test_bench.py": "times the benchmark script in a subprocess",
    "test_docs.py": "builds the site with mkdocs",
    "test_examples.py": "runs the example scripts in subprocesses",
    "test_install.py": "installs the wheel into fresh virtualenvs",
    "test_pipeline.py": "regenerates the data, schema and codebook with the tools",
    "test_release.py": "runs the release tool on a copy of the repository",
    "test_reuse.py": "validates with frictionless and serves with Datasette",
}


def test_every_in_process_suite_takes_part_in_mutation_testing() -> None:
    text = (ROOT / "pyproject.toml").read_text("utf-8")  # tomllib is 3.11+: read the one list
    listed = re.search(r"^pytest_add_cli_args_test_selection = \[(.*?)\]", text, re.S | re.M)
    assert listed is not None
    selected = set(re.findall(r'"tests/(test_\w+\.py)"', listed[1]))
    suites = {p.name for p in (ROOT / "tests").glob("test_*.py")}
    assert selected | set(NOT_MUTATION_TESTED) == suites
    assert not selected & set(NOT_MUTATION_TESTED)
