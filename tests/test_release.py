"""The release step writes the version once and never rewrites a released section (issue #17)."""

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import release  # noqa: E402

CHANGELOG = """# Changelog

Intro.

## [Unreleased]

### Added
- a thing

## [0.2.0] - 2026-01-02

### Fixed
- an old thing

## [0.1.0] - 2026-01-01

- the first
"""
PYPROJECT = 'name = "untoc"\nversion = "0.2.0"\n'


def test_a_release_moves_the_unreleased_entries_under_a_dated_heading() -> None:
    changelog, pyproject = release.release(CHANGELOG, PYPROJECT, "0.3.0", "2026-02-03")
    assert pyproject == 'name = "untoc"\nversion = "0.3.0"\n'
    assert changelog.startswith(
        "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.3.0] - 2026-02-03\n"
    )
    assert "### Added\n- a thing\n\n## [0.2.0]" in changelog
    released = CHANGELOG[CHANGELOG.index("## [0.2.0]") :]
    assert changelog.endswith(released)  # released sections byte for byte


@pytest.mark.parametrize(
    ("changelog", "version", "problem"),
    [
        (CHANGELOG, "0.2.0", "not newer than 0.2.0"),
        (CHANGELOG, "0.1.9", "not newer"),
        (CHANGELOG, "1.0", "not a semantic version"),
        (CHANGELOG.replace("### Added\n- a thing\n", ""), "0.3.0", "nothing under [Unreleased]"),
        (CHANGELOG.replace("## [Unreleased]\n", ""), "0.3.0", "no '## [Unreleased]' section"),
    ],
)
def test_a_release_that_cannot_be_is_refused(changelog: str, version: str, problem: str) -> None:
    with pytest.raises(SystemExit, match=re.escape(problem)):
        release.release(changelog, PYPROJECT, version, "2026-02-03")


def test_the_changelog_lists_releases_newest_first_each_dated() -> None:
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    headings = re.findall(r"^## \[([^\]]+)\](?: - (\S+))?$", text, re.M)
    assert headings[0] == ("Unreleased", "")
    versions = [tuple(map(int, v.split("."))) for v, _ in headings[1:]]
    assert versions == sorted(versions, reverse=True)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) for _, day in headings[1:])
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert f'version = "{headings[1][0]}"' in pyproject  # the newest release is the version
