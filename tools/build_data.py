"""Build ``src/untoc/data/*.json`` from the inputs in ``research/`` (``make data``).

Inputs, all edited by people or copied verbatim (``research/README.md`` says which is which):
the evidence drafts (``sessions/``, ``extras.json``, ``conference.json``, ``topics.json``), the
depositary tables as raw CSV at pinned commits (``parties/raw/``, ``parties/tables.json``),
the later deposits and stated counts (``parties/deposits/``) and the reconciliations of stated
counts. Nothing in between is edited by hand: this script reshapes the inputs, structures every
record with untoc's own strict converter (so a fact that does not fit the model stops the
build), and writes each table as ``untoc.exports`` writes it, so each file equals
``untoc.to_json(table)``. The manifest records a digest of the tables; the data version and
as-of date change only when the digest does.

Run: ``python tools/build_data.py``; ``--check`` builds in memory and exits 1 if any file would
change.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import importlib.metadata
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESEARCH = ROOT / "research"
PARTIES = RESEARCH / "parties"
DATA = ROOT / "src" / "untoc" / "data"
sys.path.insert(0, str(ROOT / "src"))

from untoc import _store, _tables  # noqa: E402
from untoc._codec import structure  # noqa: E402
from untoc.errors import DataError  # noqa: E402
from untoc.exports import dumps, unstructure  # noqa: E402
from untoc.model._bodies import CITY_NAMES  # noqa: E402
from untoc.model._events import MONTHS  # noqa: E402

LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
"""The data's licence (LICENSE-DATA; docs/sources.md says why)."""

DESCRIPTION = (
    "The public record of UNTOC and its Conference of the Parties, read from stored public "
    "pages; see research/ for the evidence behind every record."
)

# The purpose as the General Assembly stated it, quoted by the source in extras.json.
PURPOSE_OF_THE_DAY = (
    "to raise awareness of the threats posed by all forms of transnational organized crime "
    "and to enhance international cooperation in this regard"
)

INSTRUMENTS = ("convention", "trafficking-protocol", "smuggling-protocol", "firearms-protocol")
CONSENT_KINDS = {"ratification", "acceptance", "approval", "accession", "succession"}
KIND_RANK = {"official": 0, "copy": 1, "secondary": 2}

problems: list[str] = []


def load(path: Path) -> Any:
    """A research input: JSON with no key written twice in one object."""
    return _store.loads_strict(str(path.relative_to(ROOT)), path.read_bytes())


def slug(text: str, limit: int = 48) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return words[:limit].rstrip("-")


def pick(
    record: dict[str, Any], keys: tuple[str, ...], where: str, also: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The keys the model knows; any other key in a draft, not read ``also``, is reported."""
    extra = set(record) - set(keys) - set(also)
    if extra:
        problems.append(f"{where}: dropped unknown keys {sorted(extra)}")
    return {k: record[k] for k in keys if k in record and record[k] not in ([], {})}


def joined(*parts: str | None) -> str | None:
    """Notes put together as sentences."""
    kept = [p.strip() for p in parts if p and p.strip()]
    text = " ".join(p if p[-1] in ".!?)'\"" else p + "." for p in kept[:-1])
    return " ".join(x for x in (text, kept[-1] if kept else "") if x) or None


class Sources:
    """Source records from every draft, one per URL; ids of the same URL are merged."""

    def __init__(self) -> None:
        self.by_id: dict[str, dict[str, Any]] = {}
        self.id_by_url: dict[str, str] = {}
        self.alias: dict[str, str] = {}

    def add(self, record: dict[str, Any], where: str) -> None:
        record = {("notes" if k == "note" else k): v for k, v in record.items()}
        record = pick(
            record,
            ("id", "url", "title", "publisher", "published", "kind", "language", "notes"),
            where,
        )
        record.setdefault("language", "en")
        record.setdefault("published", None)
        record.setdefault("title", None)
        if record["published"] and len(record["published"]) < 10:
            partial = f"Published {record['published']} (the page gives no day)."
            record["published"] = None
            record["notes"] = joined(record.get("notes"), partial)
        sid, url = record["id"], record["url"]
        if url in self.id_by_url and self.id_by_url[url] != sid:
            self.alias[sid] = self.id_by_url[url]
            return
        if sid in self.by_id:
            if self.by_id[sid]["url"] != url:
                problems.append(f"{where}: source id {sid} names two URLs")
            return
        self.by_id[sid] = record
        self.id_by_url[url] = sid

    def add_all(self, records: list[dict[str, Any]], where: str) -> None:
        for record in records:
            self.add(record, f"{where} source {record.get('id')}")

    def ids(self, ids: list[str]) -> list[str]:
        out: list[str] = []
        for sid in ids:
            sid = self.alias.get(sid, sid)
            if sid not in out:
                out.append(sid)
        return out


def fix_sources(record: Any, sources: Sources) -> Any:
    """Rewrite source ids (aliases of one URL) everywhere inside a record."""
    if isinstance(record, dict):
        return {
            k: (sources.ids(v) if k in ("sources", "other_sources") else fix_sources(v, sources))
            for k, v in record.items()
        }
    if isinstance(record, list):
        return [fix_sources(v, sources) for v in record]
    return record


# Sessions ------------------------------------------------------------------------------------


def read_sessions(sources: Sources) -> dict[str, list[dict[str, Any]]]:
    """Sessions, texts, participation figures and counts from ``research/sessions``."""
    sessions: list[dict[str, Any]] = []
    announced: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []
    for path in sorted((RESEARCH / "sessions").glob("session-*.json")):
        draft = load(path)
        sources.add_all(draft.get("sources", []), path.name)
        raw = dict(draft["session"])
        number = raw["number"]
        # Evidence-only keys: their sources join the session's, their quotes stay in research/.
        raw["sources"] = [
            *raw.get("sources", []),
            *raw.pop("president_sources", []),
            *raw.pop("bureau_sources", []),
        ]
        for key in ("president_quote", "bureau_quote", "purpose"):  # purpose: conference.json
            raw.pop(key, None)
        where = f"{path.name} session"
        session = pick(
            raw,
            (
                "number",
                "start",
                "end",
                "city",
                "venue",
                "format",
                "president",
                "bureau",
                "report_symbol",
                "texts_adopted",
                "sources",
                "quote",
                "discrepancies",
                "notes",
            ),
            where,
        )
        if session.get("president"):
            president = dict(session["president"])
            session["notes"] = joined(session.get("notes"), president.pop("notes", None))
            session["president"] = pick(president, ("name", "country", "role"), where)
        if session.get("bureau"):
            session["bureau"] = [pick(o, ("name", "country", "role"), where) for o in raw["bureau"]]
        session["texts_adopted"] = [
            pick(c, ("kind", "value", "qualifier", "sources", "quote", "notes"), where)
            for c in session.get("texts_adopted", [])
        ]
        session["discrepancies"] = [
            {**d, "chosen": str(d["chosen"]), "other": str(d["other"])}
            for d in session.get("discrepancies", [])
        ]
        if not session.get("start") or not session.get("end"):
            if draft.get("announced"):
                row = pick(
                    draft["announced"],
                    ("when_as_stated", "period", "city", "sources", "quote", "notes"),
                    f"{path.name} announced",
                )
                announced.append({"number": number, "status": "announced", **row})
                continue
            problems.append(f"{where}: no dates, session {number} left out (see its notes)")
            continue
        sessions.append(session)

        seen: Counter[str] = Counter()
        for figure in draft.get("participation", []):
            row = pick(
                figure,
                (
                    "measure",
                    "value",
                    "qualifier",
                    "status",
                    "stated_as_record",
                    "record_sense",
                    "sources",
                    "quote",
                    "notes",
                ),
                f"{path.name} participation",
            )
            seen[row["measure"]] += 1
            n = seen[row["measure"]]
            figure_id = f"cop{number}-{row['measure'].replace('_', '-')}"
            figure_id += f"-{n}" if n > 1 else ""
            figures.append({"id": figure_id, "session": number, **row})

        for text in draft.get("texts", []):
            text = {**text}
            text.pop("adoption_quote", None)  # evidence for "adopted"; kept in research/
            row = pick(
                text,
                (
                    "kind",
                    "number",
                    "titles",
                    "subject",
                    "adopted",
                    "topics",
                    "instruments",
                    "sources",
                    "quote",
                    "notes",
                    "discrepancies",
                    "id",
                    "recalls",
                ),
                f"{path.name} text {text.get('number')}",
            )
            row["session"] = number
            if "id" not in row:
                tail = str(row["number"]) if row.get("number") is not None else slug(row["subject"])
                row["id"] = f"{row['kind'] or 'text'}-{number}-{tail}"
            row.setdefault("number", None)
            texts.append(row)

        for count in draft.get("party_counts", []):
            row = pick(
                count,
                ("instrument", "count", "qualifier", "as_of", "sources", "quote", "notes"),
                f"{path.name} party count",
                also=("signatories",),
            )
            counts += with_signatories(
                {"session": number, **stated_count(row)}, count.get("signatories")
            )
    return {
        "sessions": sessions,
        "announced_sessions": sorted(announced, key=lambda a: a["number"]),
        "resolutions": texts,
        "participation": figures,
        "stated_party_counts": counts,
    }


def with_signatories(row: dict[str, Any], signatories: int | None) -> list[dict[str, Any]]:
    """A stated count of parties, and the count of signatories stated in the same words."""
    if signatories is None:
        return [row]
    assert str(signatories) in (row.get("quote") or ""), (row, signatories)
    signed = {k: v for k, v in row.items() if k != "notes"}
    signed.update(
        value=signatories,
        qualifier="",
        measure="signatories",
        notes=f"Stated in the same words as the count of {row['value']} parties.",
    )
    return [row, signed]


def stated_count(row: dict[str, Any]) -> dict[str, Any]:
    """A stated count from a draft's shape (``count``, partial ``as_of``) to the model's."""
    row = {**row}
    row["value"] = row.pop("count")
    row.setdefault("as_of", None)
    if row["as_of"] and len(row["as_of"]) < 10:
        row["notes"] = joined(row.get("notes"), f"As of {row['as_of']} (the source gives no day).")
        row["as_of"] = None
    return row


# Instruments, events, observances, statements, the Conference ----------------------------------


COUNT_KEYS = ("instrument", "count", "qualifier", "as_of", "sources", "quote", "notes", "session")


def read_extras(sources: Sources) -> dict[str, list[dict[str, Any]]]:
    extras = load(RESEARCH / "extras.json")
    conference = load(RESEARCH / "conference.json")
    sources.add_all(extras.get("sources", []), "extras.json")
    sources.add_all(conference.get("sources", []), "conference.json")
    instruments = []
    for i in extras["instruments"]:
        row = pick(
            i,
            (
                "slug",
                "name",
                "short_name",
                "treaty_number",
                "adopted",
                "adopted_by",
                "opened_for_signature",
                "entry_into_force",
                "description",
                "aliases",
                "sources",
                "quote",
                "signature_period",
                "notes",
                "discrepancies",
                "other_quotes",
                "alias_evidence",
                "entry_rule",
                "signature_rule",
            ),
            f"extras instrument {i.get('slug')}",
        )
        row.pop("other_quotes", None)  # further evidence, kept in research/
        # Names people use, each with a quote: the names join the aliases, the sources the
        # record's sources; the quotes stay in research/.
        for evidence in row.pop("alias_evidence", []):
            row["aliases"] = [*row.get("aliases", []), evidence["alias"]]
            row["sources"] = [*row["sources"], *evidence["sources"]]
        instruments.append(row)
    events = []
    for e in extras.get("events", []):
        row = pick(
            e,
            (
                "id",
                "title",
                "date",
                "start",
                "end",
                "session",
                "place",
                "attendees",
                "purpose",
                "sources",
                "quote",
                "notes",
                "organizers",
                "participants",
            ),
            f"extras event {e.get('id')}",
        )
        if "date" in row:
            row["start"] = row.pop("date")
        row.setdefault("start", None)
        row["attendees"] = [
            pick(a, ("role", "country", "name", "organization", "sources", "notes"), row["id"])
            for a in row.get("attendees", [])
        ]
        if "participants" in row:
            figure = dict(row["participants"])
            including = figure.pop("including", None)
            row["participants"] = pick(figure, ("value", "qualifier"), row["id"])
            if including:
                row["notes"] = joined(row.get("notes"), f"Participants included {including}.")
        events.append(row)
    observances = []
    for o in extras.get("observances", []):
        o = {**o}
        # Evidence for single fields: the sources join the record's, the quotes stay here.
        extra_sources = [*o.pop("proclaimed_on_sources", []), *o.pop("date_reason_sources", [])]
        o.pop("proclaimed_on_quote", None)
        o.pop("date_reason_quote", None)
        o.pop("other_quotes", None)
        purpose = o.pop("purpose_quote", None)
        if purpose:
            o["purpose"] = PURPOSE_OF_THE_DAY
            extra_sources += purpose["sources"]
        sponsors = o.pop("main_sponsors", None)
        if sponsors:
            o["sponsors"] = sponsors["value"]
            extra_sources += sponsors["sources"]
        o["sources"] = [*o["sources"], *extra_sources]
        row = pick(
            o,
            (
                "id",
                "name",
                "month",
                "day",
                "first_observed",
                "proclaimed_by",
                "proclaimed_on",
                "date_reason",
                "themes",
                "sources",
                "quote",
                "notes",
                "purpose",
                "sponsors",
            ),
            f"extras observance {o.get('id')}",
        )
        row["themes"] = [
            pick(t, ("year", "theme", "sources", "quote"), "theme") for t in row.get("themes", [])
        ]
        observances.append(row)
    statements = []
    for s in extras.get("statements", []):
        s = {**s}
        s["quotes"] = [*s.get("quotes", []), *s.pop("speech_quotes", [])]
        s["sources"] = [
            *s["sources"],
            *s.pop("quotes_sources", []),
            *s.pop("speech_quotes_sources", []),
        ]
        for key in ("date", "speaker", "role"):
            s.setdefault(key, None)
        if "reported_speech" in s:
            s["summary"] = s.pop("reported_speech")
        statements.append(
            pick(
                s,
                (
                    "id",
                    "speaker",
                    "role",
                    "organization",
                    "date",
                    "session",
                    "kind",
                    "quotes",
                    "sources",
                    "summary",
                    "notes",
                ),
                f"extras statement {s.get('id')}",
            )
        )
    counts = [
        row
        for c in extras.get("party_counts", [])
        for row in with_signatories(
            stated_count(pick(c, COUNT_KEYS, "extras party count", also=("signatories",))),
            c.get("signatories"),
        )
    ]
    conference_row = pick(
        conference["conference"],
        ("name", "short_name", "meets_every_years", "purposes", "secretariat", "sources", "quote"),
        "conference",
    )
    return {
        "instruments": instruments,
        "conference": [conference_row],
        "events": events,
        "observances": observances,
        "statements": statements,
        "stated_party_counts": counts,
    }


# Participants --------------------------------------------------------------------------------

CSV_DATE = re.compile(r"^(\d{1,2} [A-Z][a-z]{2} \d{4})(?: (a|A|AA|d))?$")
SUFFIX = {
    "": "ratification",
    "a": "accession",
    "A": "acceptance",
    "AA": "approval",
    "d": "succession",
}


# Depositary names that pycountry.countries.lookup() does not resolve. Codes are ISO 3166-1
# alpha-3, except EUU (ISO 3166-1 has no code for the European Union).
class Names:
    """Participant names to ISO 3166-1 alpha-3 codes, and each code's aliases.

    Every name comes from a maintained list or a cited page, none written here: ISO 3166
    through pycountry (name, official and common names), the CLDR English territory names
    through babel, forms of those names the depositary writes ("Bolivia (Plurinational State
    of)" for "Plurinational State of Bolivia", "Republic of Korea" for "Korea, Republic of",
    "St." for "Saint"), and ``parties/names.json`` for former names and the short names a cited
    source writes ("Palestine"), with their sources.
    """

    def __init__(self, sources: Sources) -> None:
        import pycountry
        from babel import Locale

        residual = load(PARTIES / "names.json")
        sources.add_all(residual["sources"], "parties/names.json")
        cldr = Locale("en").territories
        self.aliases: dict[str, list[str]] = {}
        for country in pycountry.countries:
            names = [country.name]
            names += [
                getattr(country, f) for f in ("official_name", "common_name") if hasattr(country, f)
            ]
            if country.alpha_2 in cldr:
                names.append(cldr[country.alpha_2])
            forms = [country.alpha_2, *(f for n in names for f in self.forms(n))]
            self.aliases[country.alpha_3] = list(dict.fromkeys(forms))
        for own in residual["own_codes"]:
            self.aliases[own["code"]] = [
                own["name"],
                *(k for k, v in cldr.items() if v == own["name"]),
            ]
        self.index: dict[str, set[str]] = {}
        for code, names in self.aliases.items():
            for name in names:
                self.index.setdefault(self.key(name), set()).add(code)
        self.sources: dict[str, list[str]] = {}
        for former in [*residual["former_names"], *residual.get("names_in_sources", [])]:
            code = self.code(former["now"])
            self.aliases[code].append(former["name"])
            self.index.setdefault(self.key(former["name"]), set()).add(code)
            self.sources.setdefault(code, []).extend(former["sources"])

    @staticmethod
    def key(name: str) -> str:
        return " ".join(name.casefold().replace("’", "'").split())

    @staticmethod
    def forms(name: str) -> list[str]:
        """A name and the other ways the depositary and users write it."""
        out = [name]
        if ", " in name:  # ISO's "Korea, Republic of"
            head, tail = name.split(", ", 1)
            out.append(f"{tail.removeprefix('The ')} {head}")  # "Republic of Korea"
            if tail.endswith(" of"):
                out.append(f"{head} ({tail})")  # "Bolivia (Plurinational State of)"
        if name.endswith(")") and " (" in name:  # "Holy See (Vatican City State)"
            out.append(name[: name.index(" (")])
        out += [n.replace("Saint ", "St. ") for n in out if n.startswith("Saint ")]
        return out

    def code(self, name: str) -> str:
        """The code of a name as a table or a source writes it; one code, or the build stops."""
        codes = self.index.get(self.key(name), set())
        if len(codes) != 1:
            raise SystemExit(f"no single ISO 3166-1 code for {name!r}: {sorted(codes)}")
        (code,) = codes
        return code


NAMES: Names | None = None


def iso3(name: str) -> str:
    assert NAMES is not None, "read_parties sets up the names first"
    return NAMES.code(name)


def iso_aliases(code: str) -> list[str]:
    """Every name of a code, for the participant's aliases."""
    assert NAMES is not None
    return NAMES.aliases.get(code, [])


def csv_date(cell: str, where: str) -> tuple[str, str]:
    match = CSV_DATE.match(cell)
    if not match:
        raise SystemExit(f"unparsed date cell {cell!r} at {where}")
    day = dt.datetime.strptime(match.group(1), "%d %b %Y").date().isoformat()
    return day, (match.group(2) or "")


def read_table(table: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    """A raw participant table: one row per participant, and its latest date."""
    path = PARTIES / "raw" / table["file"]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    if header[:2] != ["Participant", "Signature"]:
        raise SystemExit(f"{path.name}: unexpected header {header}")
    for token in ("Acceptance(A)", "Approval(AA)", "Accession(a)", "Succession(d)", "Ratification"):
        if token not in header[2]:
            raise SystemExit(f"{path.name}: the legend lacks {token}")
    out = []
    latest = ""
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != 3:
            raise SystemExit(f"{path.name}:{line}: expected 3 cells, got {row}")
        name, signature, consent = (cell.strip() for cell in row)
        entry: dict[str, Any] = {
            "name": name,
            "code": iso3(name),
            "signature": None,
            "consent": None,
            "consent_kind": None,
            "notes": None,
        }
        if signature:
            day, suffix = csv_date(signature, f"{path.name}:{line}")
            if suffix:
                raise SystemExit(f"{path.name}:{line}: a suffix on a signature date")
            entry["signature"] = day
            latest = max(latest, day)
        if consent:
            day, suffix = csv_date(consent, f"{path.name}:{line}")
            entry["consent"], entry["consent_kind"] = day, SUFFIX[suffix]
            latest = max(latest, day)
            if not signature and suffix == "":
                entry["notes"] = (
                    "The table gives a consent date with no suffix (read as ratification) but no "
                    "signature date; the kind of consent is doubtful (ratification normally "
                    "follows signature)."
                )
        if entry["code"] == "EUU":
            entry["notes"] = joined(
                entry["notes"],
                "EUU is not an ISO 3166-1 code (ISO 3166-1 has none for the EU); used by "
                "convention for the European Union.",
            )
        out.append(entry)
    if len({e["name"] for e in out}) != len(out):
        raise SystemExit(f"{path.name}: a participant appears twice")
    return out, latest


def describe(event: dict[str, Any]) -> str:
    """An event in a line, for the table's ``added`` and ``not_added`` lists."""
    date, kind = event.get("date"), event.get("action")
    return f"{event['name']}: {kind or 'consent'} {date or '(no date)'}"


def event_note(event: dict[str, Any]) -> str:
    return joined(event.get("action_note"), event.get("notes")) or ""


def periods(events: list[dict[str, Any]]) -> set[str]:
    """The months or years stated by events that give no full date."""
    return {e["date"] for e in events if e.get("date")}


def merge_events(
    action: dict[str, Any],
    events: list[dict[str, Any]],
    chosen: dict[tuple[str, str], dict[str, Any]],
    added: list[str],
    not_added: list[str],
) -> None:
    """Put one participant's later deposits under one instrument into its action.

    A full date wins; two full dates that differ need a recorded choice (``discrepancies``);
    a consent no source dates in full is still kept, as ``consent_undated`` (the month or year
    stated, else "date not stated"), so that it is never silently missing.
    """
    consents = [e for e in events if e.get("action") != "signature"]
    for event in events:
        if event.get("action") == "signature" and event.get("date"):
            if action["signature"] is not None:
                not_added.append(f"{describe(event)}: the table already has a signature")
                continue
            action["signature"] = event["date"]
            action["sources"] = [*action["sources"], *event["sources"]]
            added.append(f"{describe(event)} ({', '.join(event['sources'])})")
    doubtful = [e for e in consents if "doubtful" in event_note(e).lower()]
    for event in doubtful:
        cited = ", ".join(event["sources"])
        not_added.append(f"{describe(event)}: doubtful ({event_note(event)}) [{cited}]")
    consents = [e for e in consents if e not in doubtful]
    dated = [e for e in consents if e.get("date") and len(e["date"]) == 10]
    undated = [e for e in consents if e not in dated]
    name = events[0]["name"]
    choice = chosen.get((name, "date"))
    held = {action["consent"]} if action["consent"] else set()
    days = {e["date"] for e in dated} | held
    if len(days) > 1:
        if choice is None or choice["chosen"] not in days:
            problems.append(
                f"{action['instrument']}: {name}: dates {sorted(days)} and no recorded choice"
            )
            return
        others = sorted(d for d in days if d != choice["chosen"])
        if others != [choice["other"]]:
            problems.append(f"{action['instrument']}: {name}: the choice does not name {others}")
    elif choice is not None and choice["chosen"] not in days | periods(undated):
        problems.append(f"{action['instrument']}: {name}: a recorded choice matches no date")
    if choice is not None:
        action["discrepancies"] = [
            {
                "field": "consent",
                "chosen": choice["chosen"],
                "other": choice["other"],
                "other_sources": choice["other_sources"],
                "reason": choice["reason"],
            }
        ]
    if choice is not None and choice["chosen"] in days:
        day: str | None = choice["chosen"]
    else:  # no choice, or one between the months or years stated for an undated consent
        day = min(days) if days else None  # at most one here
    if action["consent"] is not None:
        for event in consents:
            same = event.get("date") == day
            why = "the table has the same date" if same else "dated by the table"
            not_added.append(f"{describe(event)}: {why}")
        return
    if day is not None:
        winners = [e for e in dated if e["date"] == day]
        kinds = {e.get("action") for e in winners} & CONSENT_KINDS
        action["consent"] = day
        action["consent_kind"] = kinds.pop() if len(kinds) == 1 else None
        action["sources"] = [*action["sources"], *(i for e in winners for i in e["sources"])]
        for event in winners:
            note = event_note(event)
            extra = f"{describe(event)} added from a later source" + (f" ({note})" if note else "")
            action["notes"] = joined(action["notes"], extra + ".")
            added.append(f"{describe(event)} ({', '.join(event['sources'])})")
        for event in consents:
            if event not in winners:
                not_added.append(f"{describe(event)}: dated by a later source")
        return
    if not undated:
        return
    stated = sorted(periods(undated), key=len)
    if stated and any(not stated[-1].startswith(s) for s in stated):
        problems.append(f"{action['instrument']}: {name}: stated periods {stated} disagree")
    kinds = {e.get("action") for e in undated} & CONSENT_KINDS
    action["consent_undated"] = stated[-1] if stated else "date not stated"
    action["consent_kind"] = kinds.pop() if len(kinds) == 1 else None
    action["sources"] = [*action["sources"], *(i for e in undated for i in e["sources"])]
    for event in undated:
        note = event_note(event)
        extra = f"{describe(event)}: consent reported, no full date stated" + (
            f" ({note})" if note else ""
        )
        action["notes"] = joined(action["notes"], extra + ".")
        cited = ", ".join(event["sources"])
        added.append(f"{describe(event)}: reported without a full date [{cited}]")


def read_parties(sources: Sources) -> dict[str, list[dict[str, Any]]]:
    """Participants from the raw tables plus later deposits; each table's reach; stated counts."""
    global NAMES
    NAMES = Names(sources)
    spec = load(PARTIES / "tables.json")
    sources.add_all(spec["sources"], "parties/tables.json")
    deposits = [load(p) for p in sorted((PARTIES / "deposits").glob("*.json"))]
    for path, draft in zip(sorted((PARTIES / "deposits").glob("*.json")), deposits, strict=True):
        sources.add_all(draft.get("sources", []), f"parties/deposits/{path.name}")
    people: dict[str, dict[str, Any]] = {}
    party_tables = []
    counts = []
    for table in spec["tables"]:
        slug_ = table["instrument"]
        rows, latest = read_table(table)
        for row in rows:
            person = people.setdefault(
                row["code"], {"code": row["code"], "name": row["name"], "actions": []}
            )
            person["actions"].append(
                {
                    "instrument": slug_,
                    "signature": row["signature"],
                    "consent": row["consent"],
                    "consent_kind": row["consent_kind"],
                    "sources": [table["source"]],
                    "notes": row["notes"],
                }
            )
        added: list[str] = []
        not_added: list[str] = []
        event_sources: list[str] = []
        events = [e for d in deposits for e in d.get("events", []) if e["instrument"] == slug_]
        chosen = {
            (d["name"], d["field"]): d
            for draft in deposits
            for d in draft.get("discrepancies", [])
            if d["instrument"] == slug_
        }
        by_code: dict[str, list[dict[str, Any]]] = {}
        for event in events:
            event_sources.extend(event["sources"])
            code = event.get("iso3") or iso3(event["name"])
            by_code.setdefault(code, []).append(event)
        for code, group in by_code.items():
            person = people.setdefault(
                code, {"code": code, "name": group[0]["name"], "actions": []}
            )
            action = next((a for a in person["actions"] if a["instrument"] == slug_), None)
            fresh = action is None
            if action is None:
                action = {
                    "instrument": slug_,
                    "signature": None,
                    "consent": None,
                    "consent_kind": None,
                    "sources": [],
                    "notes": None,
                }
            merge_events(action, group, chosen, added, not_added)
            kept = action["signature"] or action["consent"] or action.get("consent_undated")
            if fresh and kept:
                person["actions"].append(action)
        party_tables.append(
            {
                "instrument": slug_,
                "sources": list(dict.fromkeys([table["source"], *event_sources])),
                "complete_through": latest,
                "evidence": table["evidence"],
                "added": added,
                "not_added": not_added,
            }
        )
    for draft in deposits:
        for count in draft.get("stated_counts", []):
            notes = joined(
                count.get("notes") or count.get("note"),
                count.get("as_of_note"),
                f"Stated as: {count['measure']}." if count.get("measure") else None,
                f"Check against the table: {count['table_check']}."
                if count.get("table_check")
                else None,
            )
            row = stated_count(
                {
                    "instrument": count["instrument"],
                    "count": count["count"],
                    "qualifier": count.get("qualifier") or "",
                    "as_of": count.get("as_of"),
                    "measure": count.get("of", "parties"),
                    "sources": count["sources"],
                    "quote": count.get("quote"),
                    "notes": notes,
                }
            )
            counts += with_signatories(row, count.get("signatories"))
    participants = []
    for code, person in sorted(people.items()):
        aliases = iso_aliases(code)
        assert NAMES is not None
        person["sources"] = NAMES.sources.get(code, [])
        person["aliases"] = sorted({a for a in aliases if a != person["name"]})
        person["actions"].sort(key=lambda a: INSTRUMENTS.index(a["instrument"]))
        participants.append(person)
    return {
        "participants": participants,
        "party_tables": party_tables,
        "stated_party_counts": counts,
    }


def number_instruments(instruments: list[dict[str, Any]]) -> None:
    """Each instrument's UN Treaty Collection number, from the participant table that gives it."""
    spec = load(PARTIES / "tables.json")
    for table in spec["tables"]:
        (instrument,) = [i for i in instruments if i["slug"] == table["instrument"]]
        known = instrument.get("treaty_number")
        if known is not None and known != table["treaty_number"]:
            raise SystemExit(f"{instrument['slug']}: treaty number {known} vs the table's")
        if known is None:
            instrument["treaty_number"] = table["treaty_number"]
            instrument["sources"] = [*instrument["sources"], table["source"]]


# Subsidiary bodies ---------------------------------------------------------------------------

TEXT_NAME = re.compile(r"^(resolution|decision) (\d+)/(\d+)$", re.IGNORECASE)
MEETING_KEYS = (
    "id",
    "kind",
    "number",
    "number_as_stated",
    "title",
    "title_language",
    "start",
    "end",
    "city",
    "venue",
    "format",
    "status",
    "chairs",
    "report_symbol",
    "documents",
    "agenda",
    "topics",
    "reported_to_session",
    "sources",
    "evidence",
    "discrepancies",
    "notes",
)


def link_text(entry: dict[str, Any], relation: str, texts: list[dict[str, Any]]) -> dict[str, Any]:
    """A body's establishing or mandating text, linked to the record's text where it is held."""
    name = entry["text"].strip()
    row: dict[str, Any] = {"relation": relation, "text": name, "sources": entry["sources"]}
    match = TEXT_NAME.match(name)
    if match:
        kind, session, number = match[1].lower(), int(match[2]), int(match[3])
        row["text"] = f"{kind.capitalize()} {session}/{number}"
        held = [
            t["id"]
            for t in texts
            if (t["kind"], t["session"], t["number"]) == (kind, session, number)
        ]
        if held:
            row["resolution"] = held[0]
    if entry.get("quote"):
        row["quote"] = entry["quote"]
    return row


def evidence_sources(record: dict[str, Any]) -> list[str]:
    """A record's sources and those of its per-field evidence (the quotes stay in research/)."""
    ids = list(record.get("sources", []))
    for item in record.pop("evidence", []) or []:
        ids += item["sources"]
        record.setdefault("quote", item.get("quote"))
    return list(dict.fromkeys(ids))


def read_bodies(sources: Sources, texts: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Bodies and their meetings from ``research/bodies``."""
    bodies: list[dict[str, Any]] = []
    meetings: list[dict[str, Any]] = []
    for path in sorted((RESEARCH / "bodies").glob("*.json")):
        draft = load(path)
        sources.add_all(draft.get("sources", []), f"bodies/{path.name}")
        raw = dict(draft["body"])
        raw["sources"] = evidence_sources(raw)
        links = [link_text(e, "established", texts) for e in raw.pop("established_by", [])]
        links += [link_text(e, "mandated", texts) for e in raw.pop("mandated_by", [])]
        body = pick(
            raw,
            (
                "slug",
                "name",
                "kind",
                "aliases",
                "symbol_prefix",
                "description",
                "sources",
                "quote",
                "notes",
            ),
            f"bodies/{path.name} body",
        )
        body["texts"] = links
        body["sources"] = list(
            dict.fromkeys([*body["sources"], *(i for t in links for i in t["sources"])])
        )
        structure = draft.get("review_mechanism")
        if structure:
            body["structure"] = review_structure(structure, f"bodies/{path.name}")
        bodies.append(body)
        for meeting in draft.get("meetings", []):
            where = f"bodies/{path.name} meeting {meeting.get('id')}"
            row = pick(dict(meeting), MEETING_KEYS, where)
            row["body"] = body["slug"]
            row["sources"] = evidence_sources(row)
            for end in ("start", "end"):
                if row.get(end) and len(row[end]) < 10:
                    row["when_as_stated"] = row.pop(end)
            if row.get("format") == "in-person":
                row["format"] = "in person"
            if row.get("city") in CITY_NAMES:  # printed in another language: English kept first
                row["city_as_stated"] = row["city"]
                row["city"] = CITY_NAMES[row["city"]]
            row["chairs"] = [
                pick(c, ("name", "country", "role"), where) for c in row.get("chairs", []) if c
            ]
            row["documents"] = [
                pick(d, ("symbol", "title", "sources"), where) for d in row.get("documents", [])
            ]
            row["discrepancies"] = [
                {**d, "chosen": str(d["chosen"]), "other": str(d["other"])}
                for d in row.get("discrepancies", [])
            ]
            meetings.append({k: v for k, v in row.items() if v not in (None, [], {})})

    def founded(body: dict[str, Any]) -> tuple[int, str]:
        sessions = [
            int(m[2])
            for t in body["texts"]
            if t["relation"] == "established" and (m := TEXT_NAME.match(t["text"]))
        ]
        return (min(sessions, default=99), body["name"])

    return {"bodies": sorted(bodies, key=founded), "meetings": meetings}


def review_structure(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """The Review Mechanism's groups, clusters, phases, steps and status, as drafted."""
    out: dict[str, Any] = {}
    total = raw.get("clusters_total")
    if total:
        out["clusters_total"] = total["value"]
        out["sources"] = total["sources"]
        out["quote"] = total.get("quote")
    out["groups"] = [
        pick(g, ("name", "year_started", "states", "reviews", "sources", "quote", "notes"), where)
        for g in raw.get("review_groups", [])
    ]
    out["clusters"] = [
        pick(c, ("number", "name", "articles", "sources", "quote"), where)
        for c in raw.get("clusters", [])
    ]
    out["phases"] = [
        pick(p, ("name", "start", "end", "sources", "quote", "notes"), where)
        for p in raw.get("phases", [])
    ]
    out["steps"] = [
        pick(s, ("order", "name", "sources", "quote"), where) for s in raw.get("steps", [])
    ]
    status = [
        pick(s, ("as_of", "measure", "value", "qualifier", "sources", "quote", "notes"), where)
        for s in raw.get("status", [])
    ]
    out["status"] = sorted(status, key=lambda s: s.get("as_of") or "9999")
    return {k: v for k, v in out.items() if v not in (None, [], {})}


# Choices made across tables ------------------------------------------------------------------


def prefer(
    figures: list[dict[str, Any]], sessions: list[dict[str, Any]], sources: Sources
) -> list[dict[str, Any]]:
    """Order each session's figures so that the preferred one per measure comes first.

    The rule (documented in docs/sources.md): reported before expected; then by the best source
    kind (official, copy, secondary); then figures published on or after the session's last day
    before those published while it ran; then the earliest of those; then draft order.
    """
    ends = {s["number"]: s["end"] for s in sessions}

    def key(item: tuple[int, dict[str, Any]]) -> tuple[Any, ...]:
        position, figure = item
        records = [sources.by_id[sid] for sid in sources.ids(figure["sources"])]
        best = min(KIND_RANK[r["kind"]] for r in records)
        dates = [r["published"] for r in records if r.get("published")]
        published = min(dates) if dates else "9999"
        after = published[:10] >= ends.get(figure["session"], "")
        return (
            figure["session"],
            figure.get("status", "reported") != "reported",
            best,
            not after,
            published,
            position,
        )

    return [figure for _, figure in sorted(enumerate(figures), key=key)]


def dedupe_counts(counts: list[dict[str, Any]], sources: Sources) -> list[dict[str, Any]]:
    """Drop a count stated twice (same instrument, date, figure and sources) across drafts.

    Where one copy quotes the same page at more length (the status header with its day), the
    longer quote is kept.
    """
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for count in counts:
        key = (
            count["instrument"],
            count.get("as_of"),
            count["value"],
            count.get("qualifier", ""),
            count.get("measure", "parties"),
            tuple(sources.ids(count["sources"])),
        )
        if key in kept:
            if "session" not in kept[key] and "session" in count:
                kept[key]["session"] = count["session"]
            shorter, longer = kept[key].get("quote") or "", count.get("quote") or ""
            if shorter and shorter != longer and shorter in longer:
                kept[key]["quote"] = longer
            continue
        kept[key] = count
    return list(kept.values())


def reconcile(counts: list[dict[str, Any]]) -> None:
    """Attach the recorded reason to each stated count that differs from the table."""
    for item in load(PARTIES / "reconciliations.json")["reconciliations"]:
        matches = [
            c
            for c in counts
            if (c["instrument"], c["as_of"], c["value"])
            == (item["instrument"], item["as_of"], item["value"])
            and item["source"] in c["sources"]
        ]
        if len(matches) != 1:
            problems.append(f"reconciliation {item} matches {len(matches)} counts")
        for match in matches:
            match["reconciliation"] = item["reconciliation"]


def reconcile_later(
    counts: list[dict[str, Any]],
    participants: list[dict[str, Any]],
    tables: list[dict[str, Any]],
) -> None:
    """Say, for each count stated past a table's window, how far the held deposits reach.

    The held deposits give a lower bound on the date; a stated count below it is an error
    (some held date or the count is wrong), one equal to it is reproduced, one above it gets a
    reconciliation that says how many deposits no stored page dates, and which reported
    consents might be among them.
    """
    from untoc.model import Action

    reach = {t["instrument"]: dt.date.fromisoformat(t["complete_through"]) for t in tables}
    actions: dict[str, list[tuple[str, Action]]] = {slug: [] for slug in reach}
    for person in participants:  # the model's own reading of a consent's date, dated or not
        for action in person["actions"]:
            actions[action["instrument"]].append((person["code"], structure(action, Action)))
    for count in counts:
        slug, as_of = count["instrument"], count.get("as_of")
        if count.get("measure", "parties") != "parties" or not as_of or len(as_of) < 10:
            continue
        day = dt.date.fromisoformat(as_of)
        if day <= reach[slug] or count.get("reconciliation"):
            continue
        known = 0
        later = 0
        unsettled = []
        for code, action in actions[slug]:
            by = action.consent_known_by
            if by is not None and by <= day:
                known += 1
                later += by > reach[slug]
            elif action.may_be_party_on(day):
                unsettled.append(code)
        value = count["value"]
        if known > value:
            problems.append(
                f"{slug} {as_of}: {value} stated but the held deposits give {known} by then"
            )
            continue
        if known == value:  # reproduced
            continue
        text = (
            f"The held deposits give at least {known} by {as_of}: the table (complete through "
            f"{reach[slug].isoformat()}) and {later} later deposits dated by stored pages. The "
            f"other {value - known} are deposits after {reach[slug].isoformat()} that no stored "
            "page dates"
        )
        if unsettled:
            text += (
                f"; consents reported without a date that settles it, possibly among them: "
                f"{', '.join(sorted(unsettled))}"
            )
        count["reconciliation"] = text + "."


def day_forms(day: str) -> tuple[str, ...]:
    """The ways a page prints a day: "2024-05-04", "4 May 2024", "May 4, 2024", "04-05-2024"."""
    d = dt.date.fromisoformat(day)
    month = MONTHS[d.month - 1]
    return (
        day,
        f"{d.day} {month} {d.year}",
        f"{month} {d.day}, {d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day} {month}",
        f"{month} {d.day}",
    )


def date_bases(counts: list[dict[str, Any]], sources: Sources) -> None:
    """Say of each dated count how its ``as_of`` was reached (``as_of_basis``), by one rule.

    "stated": the quote prints the day; "source date": it is the date of one of the count's
    sources (a count given in the present tense, "has 192 States Parties", is the count on the
    day the page was published or the statement delivered); "worked out": neither, so the
    count's notes must say how the day was reached (a session's opening day, 90 days before
    an entry into force).
    """
    for count in counts:
        day = count.get("as_of")
        if not day:
            continue
        quote = (count.get("quote") or "").casefold()
        published = {
            sources.by_id[sources.alias.get(i, i)].get("published") for i in count["sources"]
        }
        if any(form.casefold() in quote for form in day_forms(day)):
            count["as_of_basis"] = "stated"
        elif day in published:
            count["as_of_basis"] = "source date"
        else:
            count["as_of_basis"] = "worked out"
            if not count.get("notes"):
                problems.append(
                    f"count {count['instrument']} {day}: as_of is neither in the quote nor a "
                    "source's date, and no note says how it was reached"
                )


def count_ids(counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stated counts oldest first (undated last), each with a stable id."""
    ordered = sorted(
        counts,
        key=lambda c: (
            c.get("as_of") or "9999",
            INSTRUMENTS.index(c["instrument"]),
            c.get("measure", "parties"),
            c["value"],
            c["sources"],
        ),
    )
    seen: Counter[str] = Counter()
    out = []
    for count in ordered:
        base = f"{count['instrument']}-{count.get('as_of') or 'undated'}"
        if count.get("measure", "parties") != "parties":
            base += f"-{count['measure']}"
        seen[base] += 1
        suffix = f"-{seen[base]}" if seen[base] > 1 else ""
        out.append({"id": base + suffix, **count})
    return out


def used_ids(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("sources", "other_sources"):
                found.update(item)
            else:
                found |= used_ids(item)
    elif isinstance(value, list):
        for item in value:
            found |= used_ids(item)
    return found


# Assembly ------------------------------------------------------------------------------------


def build() -> dict[str, str]:
    """Every data file's text, by file name."""
    sources = Sources()
    drafts = read_sessions(sources)
    extras = read_extras(sources)
    parties = read_parties(sources)
    bodies = read_bodies(sources, drafts["resolutions"])
    number_instruments(extras["instruments"])
    counts = [*drafts["stated_party_counts"], *extras["stated_party_counts"]]
    counts += parties["stated_party_counts"]
    counts = dedupe_counts(counts, sources)
    reconcile(counts)
    reconcile_later(counts, parties["participants"], parties["party_tables"])
    date_bases(counts, sources)
    sessions = sorted(drafts["sessions"], key=lambda s: s["number"])
    tables: dict[str, list[dict[str, Any]]] = {
        "sources": sorted(sources.by_id.values(), key=lambda s: s["id"]),
        "topics": load(RESEARCH / "topics.json"),
        "instruments": extras["instruments"],
        "conference": extras["conference"],
        "sessions": sessions,
        "announced_sessions": drafts["announced_sessions"],
        "resolutions": sorted(
            drafts["resolutions"],
            key=lambda r: (
                r["session"],
                r["number"] is None,
                r["number"] or 0,
                r["kind"] or "",
                r["id"],
            ),
        ),
        "bodies": bodies["bodies"],
        "meetings": sorted(
            bodies["meetings"],
            key=lambda m: (m["body"], m.get("start") or m.get("when_as_stated") or "9999", m["id"]),
        ),
        "participation": prefer(drafts["participation"], sessions, sources),
        "stated_party_counts": count_ids(counts),
        "events": extras["events"],
        "observances": extras["observances"],
        "statements": extras["statements"],
        "participants": parties["participants"],
        "party_tables": parties["party_tables"],
    }
    tables = {name: fix_sources(rows, sources) for name, rows in tables.items()}
    used = {sid for name, rows in tables.items() if name != "sources" for sid in used_ids(rows)}
    unused = [s["id"] for s in tables["sources"] if s["id"] not in used]
    if unused:
        print(f"note: {len(unused)} sources cited by no record were left out: {unused}")
    tables["sources"] = [s for s in tables["sources"] if s["id"] in used]
    if set(tables) != set(_tables.REGISTRY):
        raise SystemExit(f"tables built {sorted(tables)} differ from the registry")

    files: dict[str, str] = {}
    counts_by_table: dict[str, int] = {}
    context = BuildContext(tables)
    for table in _tables.TABLES:
        try:
            records = _tables.build(
                table,
                tables[table.name],
                functools.partial(_structured, table.record_class),
                context,
            )
        except DataError as error:
            raise SystemExit(f"build stopped: {error}") from None
        files[table.file] = dumps(unstructure(table, records))
        counts_by_table[table.name] = len(records)
    files["manifest.json"] = manifest(files, counts_by_table)
    return files


def _structured(cls: type, row: object) -> Any:
    return structure(row, cls)


class BuildContext:
    """What the registry's table rules ask of the build: the keys of the tables being built."""

    def __init__(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        self.tables = tables

    def keys_of(self, name: str) -> set[Any]:
        key = _tables.REGISTRY[name].key
        return {row[key] for row in self.tables[name]}

    def records_of(self, name: str) -> Any:
        raise NotImplementedError("the build writes tables as stored")

    def links(self, name: str, field: str, target: str, *, skip_malformed: bool = False) -> Any:
        raise NotImplementedError("the build writes tables as stored")

    @property
    def as_of(self) -> dt.date:
        return dt.date.today()


def manifest(files: dict[str, str], counts: dict[str, int]) -> str:
    """The manifest: the version and as-of date move only when the tables' digest changes."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    current = load(DATA / "manifest.json") if (DATA / "manifest.json").exists() else {}
    version, as_of = current.get("data_version"), current.get("as_of")
    if current.get("digest") != digest.hexdigest() or not version:
        today = dt.date.today()
        version = today.strftime("%Y.%m.%d")
        if current.get("data_version", "").startswith(version):
            parts = current["data_version"].split(".")
            version += f".{int(parts[3]) + 1 if len(parts) > 3 else 2}"
        as_of = today.isoformat()
        print(f"data changed: version {current.get('data_version')} -> {version}")
    from babel.core import get_cldr_version

    builders = {name: importlib.metadata.version(name) for name in ("pycountry", "babel")}
    builders["CLDR (through babel)"] = get_cldr_version()
    return dumps(
        {
            "data_version": version,
            "as_of": as_of,
            "description": DESCRIPTION,
            "licence": LICENCE,
            "counts": counts,
            "files": {name: _store.digest(files[name].encode()) for name in sorted(files)},
            "built_with": builders,
            "digest": digest.hexdigest(),
        }
    )


def main(argv: list[str]) -> int:
    files = build()
    for problem in problems:
        print("warning:", problem, file=sys.stderr)
    if "--check" in argv:
        stale = [n for n, text in files.items() if (DATA / n).read_text("utf-8") != text]
        if stale:
            print(f"out of date: {', '.join(stale)}; run make data", file=sys.stderr)
            return 1
        return 0
    DATA.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (DATA / name).write_text(text, encoding="utf-8")
    for old in sorted({p.name for p in DATA.glob("*.json")} - {*files, "schema.json"}):
        (DATA / old).unlink()
        print(f"removed {old} (no longer a table)")
    print(dict(load(DATA / "manifest.json")["counts"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
