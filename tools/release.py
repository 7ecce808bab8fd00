"""The release step (``make release VERSION=0.7.0``): the one place a version is written.

It moves the changelog's ``[Unreleased]`` entries under a dated heading for the new version
(released sections above it are never touched), leaves an empty ``[Unreleased]`` for what comes
next, and writes the version into ``pyproject.toml``, which the package reads its
``__version__`` from, and into ``CITATION.cff`` with the release date. It refuses a version
that is not newer, an empty ``[Unreleased]``, and a
changelog whose released sections it cannot find.

Run: ``python tools/release.py 0.7.0`` (``--date YYYY-MM-DD`` for another day than today;
``--check`` only says whether the release would go through).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
PYPROJECT = ROOT / "pyproject.toml"
CITATION = ROOT / "CITATION.cff"
VERSION = re.compile(r"^version = \"([0-9]+\.[0-9]+\.[0-9]+)\"$", re.M)
UNRELEASED = "## [Unreleased]\n"


def parse(version: str) -> tuple[int, ...]:
    if not re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", version):
        raise SystemExit(f"not a semantic version: {version!r}")
    return tuple(int(part) for part in version.split("."))


def release(changelog: str, pyproject: str, version: str, day: str) -> tuple[str, str]:
    """The new changelog and pyproject texts for releasing ``version`` on ``day``."""
    current = VERSION.search(pyproject)
    if current is None:
        raise SystemExit("pyproject.toml has no version line")
    if parse(version) <= parse(current[1]):
        raise SystemExit(f"{version} is not newer than {current[1]}")
    head, found, rest = changelog.partition(UNRELEASED)
    if not found:
        raise SystemExit("CHANGELOG.md has no '## [Unreleased]' section")
    entries, heading, released = rest.partition("\n## [")
    if not heading:
        raise SystemExit("CHANGELOG.md has no released section below [Unreleased]")
    if not entries.strip():
        raise SystemExit("nothing under [Unreleased] to release")
    text = f"{head}{UNRELEASED}\n## [{version}] - {day}\n{entries.rstrip()}\n\n## [{released}"
    return text, VERSION.sub(f'version = "{version}"', pyproject, count=1)


def cite(citation: str, version: str, day: str) -> str:
    """``CITATION.cff`` naming the new version and its release date."""
    citation = re.sub(r"^version: .*$", f"version: {version}", citation, count=1, flags=re.M)
    return re.sub(r"^date-released: .*$", f'date-released: "{day}"', citation, count=1, flags=re.M)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("version")
    parser.add_argument("--date", default=dt.date.today().isoformat())
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    changelog, pyproject = release(
        CHANGELOG.read_text("utf-8"), PYPROJECT.read_text("utf-8"), args.version, args.date
    )
    if args.check:
        print(f"{args.version} can be released")
        return 0
    CHANGELOG.write_text(changelog, "utf-8")
    PYPROJECT.write_text(pyproject, "utf-8")
    CITATION.write_text(cite(CITATION.read_text("utf-8"), args.version, args.date), "utf-8")
    print(f"released {args.version} ({args.date}): CHANGELOG.md, pyproject.toml, CITATION.cff")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
