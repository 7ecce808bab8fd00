"""Build ``src/untoc/data/*.json`` from the reviewed research drafts in ``research/``.

The drafts hold each fact with its source ids and the verbatim quote that shows it; this script
only reshapes them into the package's tables (deterministic: sorted, indented, newline at end),
so a data diff reads like a changelog. Run: ``python tools/build_data.py`` (``make data``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESEARCH = ROOT / "research"
DATA = ROOT / "src" / "untoc" / "data"
DATA_VERSION = "2026.11.28"
AS_OF = "2026-11-28"

problems: list[str] = []

# The purpose as the General Assembly stated it, quoted by the source in extras.json.
PURPOSE_OF_THE_DAY = (
    "to raise awareness of the threats posed by all forms of transnational organized crime "
    "and to enhance international cooperation in this regard"
)


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def slug(text: str, limit: int = 48) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return words[:limit].rstrip("-")


def pick(record: dict[str, Any], keys: tuple[str, ...], where: str) -> dict[str, Any]:
    extra = set(record) - set(keys)
    if extra:
        problems.append(f"{where}: dropped unknown keys {sorted(extra)}")
    return {k: record[k] for k in keys if k in record and record[k] not in ([], {})}


class Sources:
    def __init__(self) -> None:
        self.by_id: dict[str, dict[str, Any]] = {}
        self.id_by_url: dict[str, str] = {}
        self.alias: dict[str, str] = {}

    def add(self, record: dict[str, Any], where: str) -> None:
        record = pick(
            record,
            ("id", "url", "title", "publisher", "published", "kind", "language", "note"),
            where,
        )
        record.setdefault("language", "en")
        record.setdefault("published", None)
        if record["published"] and len(record["published"]) < 10:
            month = record.pop("published")
            record["published"] = None
            partial = f"Published {month} (the page gives no day)."
            record["note"] = f"{record['note']} {partial}" if record.get("note") else partial
        record.setdefault("title", None)
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


def main() -> int:
    sources = Sources()
    sessions: list[dict[str, Any]] = []
    resolutions: list[dict[str, Any]] = []
    participation: list[dict[str, Any]] = []
    party_counts: list[dict[str, Any]] = []

    drafts = sorted((RESEARCH / "sessions").glob("session-*.json"))
    extras = load(RESEARCH / "extras.json")
    conference = load(RESEARCH / "conference.json")
    for draft_path in [*drafts, RESEARCH / "extras.json", RESEARCH / "conference.json"]:
        for record in load(draft_path).get("sources", []):
            sources.add(record, f"{draft_path.name} source {record.get('id')}")

    for path in drafts:
        draft = load(path)
        raw = dict(draft["session"])
        number = raw["number"]
        # Evidence-only keys: their sources join the session's, their quotes stay in research/.
        raw["sources"] = [*raw.get("sources", []), *raw.pop("president_sources", [])]
        for key in ("president_quote", "purpose"):  # purpose: see conference.json
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
            note = president.pop("notes", None)
            if note:
                session["notes"] = f"{session['notes']} {note}" if session.get("notes") else note
            session["president"] = pick(president, ("name", "country", "role"), where)
        session["texts_adopted"] = [
            pick(
                {("note" if k == "notes" else k): v for k, v in c.items()},
                ("kind", "value", "qualifier", "sources", "quote", "note"),
                where,
            )
            for c in session.get("texts_adopted", [])
        ]
        session["discrepancies"] = [
            {**d, "chosen": str(d["chosen"]), "other": str(d["other"])}
            for d in session.get("discrepancies", [])
        ]
        if not session.get("start") or not session.get("end"):
            problems.append(f"{where}: no dates, session {number} left out")
            continue
        sessions.append(session)

        for figure in draft.get("participation", []):
            figure = {**figure}
            if "notes" in figure:
                figure["note"] = figure.pop("notes")
            row = pick(
                figure,
                (
                    "measure",
                    "value",
                    "qualifier",
                    "status",
                    "stated_as_record",
                    "sources",
                    "quote",
                    "note",
                ),
                f"{path.name} participation",
            )
            participation.append({"session": number, **row})

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
                ),
                f"{path.name} text {text.get('number')}",
            )
            row["session"] = number
            if "id" not in row:
                tail = str(row["number"]) if row.get("number") is not None else slug(row["subject"])
                row["id"] = f"{row['kind']}-{number}-{tail}"
            row.setdefault("number", None)
            if not row.get("titles"):
                row.pop("titles", None)
            resolutions.append(row)

        for count in draft.get("party_counts", []):
            row = pick(
                count,
                ("instrument", "count", "qualifier", "as_of", "sources", "quote", "note", "notes"),
                f"{path.name} party count",
            )
            row["value"] = row.pop("count")
            if "notes" in row:
                row["note"] = row.pop("notes")
            row.setdefault("as_of", None)
            if row["as_of"] and len(row["as_of"]) < 10:
                partial = f"As of {row['as_of']} (the source gives no day)."
                row["as_of"] = None
                row["note"] = f"{row['note']} {partial}" if row.get("note") else partial
            party_counts.append({"session": number, **row})

    for count in extras.get("party_counts", []):
        row = pick(
            count,
            ("instrument", "count", "qualifier", "as_of", "sources", "quote", "notes", "session"),
            "extras party count",
        )
        row["value"] = row.pop("count")
        if "notes" in row:
            row["note"] = row.pop("notes")
        party_counts.append(row)

    instruments = [
        pick(
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
            ),
            f"extras instrument {i.get('slug')}",
        )
        for i in extras["instruments"]
    ]
    for instrument in instruments:
        instrument.pop("other_quotes", None)  # further evidence, kept in research/
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
                note = f"Participants included {including}."
                row["notes"] = f"{row['notes']} {note}" if row.get("notes") else note
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

    parties, party_tables, stated_counts = build_parties(sources)
    party_counts += stated_counts
    participation = prefer(participation, sessions, sources)
    party_counts = dedupe_counts(party_counts, sources)
    reconcile(party_counts)
    tables: dict[str, list[dict[str, Any]]] = {
        "sources": sorted(sources.by_id.values(), key=lambda s: s["id"]),
        "topics": load(DATA / "topics.json"),
        "instruments": instruments,
        "conference": [
            pick(
                conference["conference"],
                (
                    "name",
                    "short_name",
                    "meets_every_years",
                    "purposes",
                    "secretariat",
                    "sources",
                    "quote",
                ),
                "conference",
            )
        ],
        "sessions": sorted(sessions, key=lambda s: s["number"]),
        "resolutions": sorted(
            resolutions,
            key=lambda r: (r["session"], r["number"] is None, r["number"] or 0, r["kind"], r["id"]),
        ),
        "participation": participation,
        "party_counts": sorted(
            party_counts, key=lambda c: (c.get("as_of") or "9999", c["instrument"], c["sources"])
        ),
        "events": events,
        "observances": observances,
        "statements": statements,
        "parties": parties,
        "party_tables": party_tables,
    }
    tables = {name: fix_sources(rows, sources) for name, rows in tables.items()}
    used = {sid for name, rows in tables.items() if name != "sources" for sid in _ids(rows)}
    unused = [s["id"] for s in tables["sources"] if s["id"] not in used]
    tables["sources"] = [s for s in tables["sources"] if s["id"] in used]

    DATA.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        write(DATA / f"{name}.json", rows)
    manifest = {
        "data_version": DATA_VERSION,
        "as_of": AS_OF,
        "description": "The public record of UNTOC and its Conference of the Parties, read from "
        "stored public pages; see research/ for the evidence behind every record.",
        "counts": {name: len(rows) for name, rows in tables.items() if name != "conference"},
    }
    write(DATA / "manifest.json", manifest)
    for problem in problems:
        print("warning:", problem, file=sys.stderr)
    if unused:
        print(f"note: {len(unused)} sources cited by no record were left out: {unused}")
    print({name: len(rows) for name, rows in tables.items()})
    return 0


def reconcile(counts: list[dict[str, Any]]) -> None:
    """Attach the recorded reason to each stated count that differs from the table."""
    reconciled = load(RESEARCH / "parties" / "reconciliations.json")["reconciliations"]
    for item in reconciled:
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


def dedupe_counts(counts: list[dict[str, Any]], sources: Sources) -> list[dict[str, Any]]:
    """Drop a count stated twice (same instrument, date, figure and sources) across drafts."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for count in counts:
        key = (
            count["instrument"],
            count.get("as_of"),
            count["value"],
            count.get("qualifier", ""),
            tuple(sources.ids(count["sources"])),
        )
        if key in kept:
            if "session" not in kept[key] and "session" in count:
                kept[key]["session"] = count["session"]
            continue
        kept[key] = count
    return list(kept.values())


KIND_RANK = {"official": 0, "copy": 1, "secondary": 2}


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


def _ids(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("sources", "other_sources"):
                found.update(item)
            else:
                found |= _ids(item)
    elif isinstance(value, list):
        for item in value:
            found |= _ids(item)
    return found


def write(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


INSTRUMENT_FILES = ("convention", "trafficking-protocol", "smuggling-protocol", "firearms-protocol")
CONSENT_KINDS = {"ratification", "acceptance", "approval", "accession", "succession"}

# Short and former names people type, beyond what ISO 3166 (via pycountry) gives.
EXTRA_ALIASES = {
    "BOL": ["Bolivia"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "CZE": ["Czechia", "Czech Republic"],
    "EUU": ["EU", "European Community", "European Union"],
    "FSM": ["Micronesia"],
    "GBR": ["United Kingdom", "UK", "Great Britain", "Britain"],
    "IRN": ["Iran"],
    "KOR": ["South Korea", "Korea, Republic of"],
    "PRK": ["North Korea"],
    "LAO": ["Laos"],
    "MDA": ["Moldova"],
    "MKD": ["North Macedonia", "Macedonia"],
    "PSE": ["Palestine"],
    "RUS": ["Russia"],
    "SWZ": ["Swaziland", "Eswatini"],
    "SYR": ["Syria"],
    "TUR": ["Turkey", "Türkiye", "Turkiye"],
    "TZA": ["Tanzania"],
    "USA": ["United States", "USA", "US"],
    "VEN": ["Venezuela"],
    "VNM": ["Vietnam", "Viet Nam"],
    "BRN": ["Brunei"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Republic of the Congo"],
}


def iso_aliases(code: str) -> list[str]:
    """Names ISO 3166 gives a code (through pycountry, a build-time dependency only)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return []
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    names = [country.alpha_2, country.name]
    names += [getattr(country, f) for f in ("official_name", "common_name") if hasattr(country, f)]
    return names


def build_parties(sources: Sources) -> tuple[list[Any], list[Any], list[Any]]:
    """Participants with their actions, the tables' completeness, and stated counts."""
    people: dict[str, dict[str, Any]] = {}
    tables: list[dict[str, Any]] = []
    counts: list[dict[str, Any]] = []
    for slug in INSTRUMENT_FILES:
        draft = load(RESEARCH / "parties" / f"{slug}.json")
        for record in draft["sources"]:
            sources.add(record, f"parties/{slug}.json source {record.get('id')}")
        for row in draft["participants"]:
            person = people.setdefault(
                row["iso3"], {"code": row["iso3"], "name": row["name"], "actions": []}
            )
            notes = " ".join(x for x in (row.get("notes"), row.get("iso3_note")) if x) or None
            person["actions"].append(
                {
                    "instrument": slug,
                    "signature": row["signature"],
                    "consent": row["consent"],
                    "consent_kind": row["consent_kind"],
                    "sources": row["sources"],
                    "notes": notes,
                }
            )
        added: list[str] = []
        not_added: list[str] = []
        event_sources: list[str] = []
        for event in draft["later_events"]:
            date, kind = event.get("date"), event.get("action")
            what = f"{event['name']}: {kind or 'consent'} {date or '(no date)'}"
            event_sources.extend(event["sources"])
            note = " ".join(x for x in (event.get("action_note"), event.get("notes")) if x)
            if not date or len(date) < 10:
                not_added.append(
                    f"{what}: no full date stated ({note or 'see research'}) "
                    f"[{', '.join(event['sources'])}]"
                )
                continue
            if "doubtful" in note.lower():
                not_added.append(f"{what}: doubtful ({note}) [{', '.join(event['sources'])}]")
                continue
            person = people.setdefault(
                event["iso3"], {"code": event["iso3"], "name": event["name"], "actions": []}
            )
            action = next((a for a in person["actions"] if a["instrument"] == slug), None)
            if action is None:
                action = {
                    "instrument": slug,
                    "signature": None,
                    "consent": None,
                    "consent_kind": None,
                    "sources": [],
                    "notes": None,
                }
                person["actions"].append(action)
            if kind == "signature":
                if action["signature"] is not None:
                    not_added.append(f"{what}: the table already has a signature")
                    continue
                action["signature"] = date
            else:
                if action["consent"] is not None:
                    not_added.append(f"{what}: the table already has a consent")
                    continue
                action["consent"] = date
                action["consent_kind"] = kind if kind in CONSENT_KINDS else None
            action["sources"] = [*action["sources"], *event["sources"]]
            extra = f"{what} added from a later source" + (f" ({note})" if note else "") + "."
            action["notes"] = f"{action['notes']} {extra}" if action["notes"] else extra
            added.append(f"{what} ({', '.join(event['sources'])})")
        tables.append(
            {
                "instrument": slug,
                "sources": list(dict.fromkeys([draft["table_source"], *event_sources])),
                "complete_through": draft["complete_through"],
                "evidence": draft["complete_through_evidence"],
                "added": added,
                "not_added": not_added,
            }
        )
        stated = [(c, "parties") for c in draft["stated_counts"]]
        stated += [(c, "signatories") for c in draft.get("stated_signatories", [])]
        for count, measure in stated:
            note = (
                " ".join(
                    x
                    for x in (
                        count.get("notes"),
                        f"Stated as: {count['measure']}." if count.get("measure") else None,
                        f"Check against the table: {count['table_check']}."
                        if count.get("table_check")
                        else None,
                    )
                    if x
                )
                or None
            )
            row = {
                "instrument": slug,
                "value": count["count"],
                "qualifier": count.get("qualifier") or "",
                "as_of": count.get("as_of"),
                "measure": measure,
                "sources": count["sources"],
                "quote": count.get("quote"),
                "note": note,
            }
            if row["as_of"] and len(row["as_of"]) < 10:
                row["note"] = f"{row['note'] or ''} As of {row['as_of']} (no day stated).".strip()
                row["as_of"] = None
            counts.append(row)
    parties = []
    for code, person in sorted(people.items()):
        aliases = [*iso_aliases(code), *EXTRA_ALIASES.get(code, [])]
        person["aliases"] = sorted({a for a in aliases if a != person["name"]})
        person["actions"].sort(key=lambda a: INSTRUMENT_FILES.index(a["instrument"]))
        parties.append(person)
    return parties, tables, counts


if __name__ == "__main__":
    raise SystemExit(main())
