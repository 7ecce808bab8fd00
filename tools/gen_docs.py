"""Render the documentation pages generated from the data: coverage and topic tagging.

``python tools/gen_docs.py`` writes docs/coverage.md and docs/topics.md;
``python tools/gen_docs.py --check`` exits 1 if either is out of date (run by the tests).
"""

from __future__ import annotations

import sys
from pathlib import Path

import untoc

DOCS = Path(__file__).resolve().parent.parent / "docs"


def topics_markdown() -> str:
    """The topic vocabulary and, for each topic, the texts tagged with it."""
    lines = [
        "# Topics and how texts are tagged",
        "",
        "<!-- Generated from the data by `python tools/gen_docs.py`; do not edit. -->",
        "",
        "Each decision or resolution carries zero or more topics from a controlled vocabulary.",
        "A topic is assigned by reading the text's official title (or, where no title is",
        "stored, the subject a source gives): a text is tagged with every topic whose subject",
        "its title names, using the keywords listed for each topic as the guide (a title on",
        "the Firearms Protocol is `firearms`; one establishing or continuing a working group",
        "is also `working-groups`). Tags are reviewed by hand, never guessed from a number.",
        "Lookups accept the slug, the label or any alias, ignoring case and accents.",
        "",
    ]
    for topic in untoc.topics():
        tagged = untoc.resolutions_by_topic(topic.slug)
        lines += [
            f"## {topic.label} (`{topic.slug}`)",
            "",
            topic.description,
            "",
            f"- Aliases: {', '.join(topic.aliases) or '-'}",
            f"- Keywords: {', '.join(topic.keywords) or '-'}",
            f"- Texts tagged: {len(tagged)}",
            "",
        ]
        for r in tagged:
            title = r.title or next(iter(r.titles.values()), None) or f"({r.subject})"
            lines.append(f"    - {r.label}: {title}")
        lines.append("")
    return "\n".join(lines)


PAGES = {
    "coverage.md": lambda: untoc.coverage().to_markdown(),
    "topics.md": topics_markdown,
}


def main(argv: list[str]) -> int:
    """Write the pages, or with ``--check`` report the stale ones."""
    stale = []
    for name, render in PAGES.items():
        path = DOCS / name
        text = render()
        if "--check" in argv:
            if not path.exists() or path.read_text("utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, "utf-8")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python tools/gen_docs.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
