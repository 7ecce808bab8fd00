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


def parties_markdown() -> str:
    """What each participant table covers, how far it goes, and its stated counts."""
    import warnings

    lines = [
        "# States parties: what the tables cover",
        "",
        "<!-- Generated from the data by `python tools/gen_docs.py`; do not edit. -->",
        "",
        "For each instrument untoc holds the depositary's participant table (signature, consent",
        "and kind of consent per participant) as copied from the UN Treaty Collection, plus",
        "later deposits found in other stored pages. A participant counts as a party from the",
        "deposit of its instrument of consent; `Action.in_force` is the thirtieth day after",
        "deposit, or the instrument's own entry into force if later. Queries for a date past",
        "the table's *complete through* date emit `untoc.IncompleteDataWarning`: the answer",
        "then counts the table plus the later deposits listed here and may undercount.",
        "",
    ]
    for instrument in untoc.instruments():
        table = untoc.party_table(instrument.slug)
        lines += [
            f"## {instrument.name}",
            "",
            f"- Participants held: {len(untoc.participants(instrument.slug))}; parties on "
            f"{table.complete_through.isoformat()}: "
            f"{untoc.party_count(instrument.slug, as_of=table.complete_through)}",
            f"- Complete through: **{table.complete_through.isoformat()}**",
            f"- Table source: {untoc.source(table.sources[0]).cite()}",
            f"- Why that date: {table.evidence}",
            "",
            "Later deposits added from other sources:",
            "",
        ]
        lines += [f"- {item}" for item in table.added] or ["- none"]
        lines += ["", "Reported but not counted (no full date, or doubtful):", ""]
        lines += [f"- {item}" for item in table.not_added] or ["- none"]
        lines += [
            "",
            "| as of | stated | measure | computed from the table | source | note |",
            "|---|---|---|---|---|---|",
        ]
        for count in untoc.party_counts(instrument.slug):
            computed = "-"
            if count.as_of is not None and count.measure == "parties":
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    computed = str(untoc.party_count(instrument.slug, as_of=count.as_of))
                if count.as_of > table.complete_through:
                    computed += " (past the table)"
            when = count.as_of.isoformat() if count.as_of else "undated"
            note = (count.reconciliation or "").replace("|", "/")
            lines.append(
                f"| {when} | {count} | {count.measure} | {computed} "
                f"| {untoc.source(count.sources[0]).publisher} | {note} |"
            )
        lines.append("")
    return "\n".join(lines)


def schema_json() -> str:
    """The JSON Schema shipped in the package, generated from the model."""
    import json

    return json.dumps(untoc.json_schema(), indent=1, ensure_ascii=False) + "\n"


PAGES = {
    "../src/untoc/data/schema.json": schema_json,
    "parties.md": parties_markdown,
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
