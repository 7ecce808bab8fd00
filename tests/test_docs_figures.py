"""Counts written in prose (CHANGELOG) match the data, so they cannot silently drift."""

from __future__ import annotations

import re
from pathlib import Path

import untoc

CHANGELOG = (Path(__file__).resolve().parent.parent / "CHANGELOG.md").read_text("utf-8")


def test_changelog_counts_match_the_data() -> None:
    counts = untoc.data_info().counts
    assert re.search(rf"\b{counts['parties']} participants\b", CHANGELOG)
    assert re.search(rf"\b{counts['party_counts']} stated counts\b", CHANGELOG)
    assert re.search(rf"\b{counts['resolutions']} decisions and\b", CHANGELOG)
    assert re.search(rf"\b{counts['participation']} participation figures\b", CHANGELOG)
    assert re.search(rf"\b{counts['sources']} sources in all\b", CHANGELOG)
