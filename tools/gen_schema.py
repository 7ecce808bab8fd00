"""Write ``src/untoc/data/schema.json``, the JSON Schema generated from the model.

Run: ``python tools/gen_schema.py`` (part of ``make data``); ``--check`` exits 1 if the shipped
file differs from what the model generates.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from untoc.exports import dumps  # noqa: E402
from untoc.schema import json_schema  # noqa: E402

PATH = ROOT / "src" / "untoc" / "data" / "schema.json"


def main(argv: list[str]) -> int:
    text = dumps(json_schema())
    if "--check" in argv:
        if not PATH.exists() or PATH.read_text("utf-8") != text:
            print("out of date: schema.json; run python tools/gen_schema.py", file=sys.stderr)
            return 1
        return 0
    PATH.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
