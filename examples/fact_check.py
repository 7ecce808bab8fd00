"""Check a sentence's figure about a session of the Conference against the record.

Run: ``python examples/fact_check.py "131 States attended COP12"``. The script finds the session
("COP12", "the twelfth session") and the number, looks for a participation figure of that
session whose measure the sentence names, and says whether the record agrees, citing the source
with its quote. A figure the record holds as a bound ("more than 770") agrees with any number
inside it. Only untoc's public API is used. Exit status: 0 agrees, 1 disagrees or not found.
"""

from __future__ import annotations

import re
import sys

import untoc
from untoc.model import MEASURES

WORDS = {  # the words a sentence may use for each measure, longest first where they overlap
    "non_governmental_organizations": ("non-governmental organizations", "ngos"),
    "intergovernmental_organizations": ("intergovernmental organizations",),
    "states_parties": ("states parties",),
    "side_events": ("side events",),
    "participants": ("participants", "people"),
    "delegates": ("delegates",),
    "states": ("states", "countries"),
}


def check(sentence: str) -> tuple[bool, str]:
    """Whether the record agrees with the sentence, and why, with the citation."""
    text = sentence.lower()
    found = re.search(r"\bcop\s?(\d+)\b|\b(\w+) session\b", text)
    if found is None:
        return False, "no session in the sentence (COP12, 'the twelfth session')"
    rest = text[: found.start()] + " " + text[found.end() :]
    number = re.search(r"\d[\d,]*", rest)
    if number is None:
        return False, "no number in the sentence"
    session = untoc.session(found.group(1) or found.group(2))
    claimed = int(number.group(0).rstrip(",").replace(",", ""))
    named = [
        (len(word), measure)
        for measure in MEASURES
        for word in WORDS.get(measure, (measure.replace("_", " "),))
        if word in rest
    ]
    if not named:
        return False, f"the sentence names no measure the record holds ({', '.join(MEASURES)})"
    measure = max(named)[1]
    figure = session.participation.get(measure)
    if figure is None:
        return False, f"the record holds no figure of {measure.replace('_', ' ')} for {session}"
    low, high = figure.bounds
    agrees = (low is None or claimed >= low) and (high is None or claimed <= high)
    verdict = "agrees" if agrees else "disagrees"
    lines = [
        f"{verdict}: {session.name} {measure.replace('_', ' ')}: {figure} ({figure.precision})",
        *(f"  source: {citation}" for citation in untoc.cite(figure)),
    ]
    if figure.quote:
        lines.append(f"  quote: “{figure.quote}”")
    return agrees, "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print('usage: fact_check.py "131 States attended COP12"', file=sys.stderr)
        return 2
    try:
        agrees, why = check(args[0])
    except untoc.UntocError as error:
        print(f"not found: {error}")
        return 1
    print(why)
    return 0 if agrees else 1


if __name__ == "__main__":
    raise SystemExit(main())
