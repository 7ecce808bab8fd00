"""Write examples/untoc_notebook.ipynb (the notebook's source lives here, reviewable as code).

Run ``python tools/make_notebook.py`` after editing the cells (``--check`` exits 1 when the
notebook is out of date); the test suite executes the notebook (nbclient). It writes no file:
its charts are shown inline, and the site draws its own from the data at build time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

CELLS = [
    new_markdown_cell(
        "# untoc in a notebook\n\n"
        "Three questions about the UN Convention against Transnational Organized Crime and its\n"
        "Conference of the Parties, each answered with a table and a chart, every figure\n"
        "traceable to its source with `untoc.cite()`."
    ),
    new_code_cell(
        "import matplotlib.pyplot as plt\n"
        "import pandas as pd\n\n"
        "import untoc\n"
        "from untoc.membership import party_table, ratification_timeline\n\n"
        "untoc.data_info()"
    ),
    new_markdown_cell(
        "## 1. How has participation changed across sessions?\n\n"
        "Figures as stated: a qualifier such as *more than* is kept in the `stated` column."
    ),
    new_code_cell(
        "p = untoc.to_pandas('participation')\n"
        "# The first reported figure of each session and measure is the one untoc prefers.\n"
        "preferred = p[p.status == 'reported'].drop_duplicates(['session', 'measure'])\n"
        "MEASURES = ['participants', 'delegates', 'states', 'states_parties',\n"
        "            'intergovernmental_organizations', 'side_events']\n"
        "table = preferred.pivot_table(index='session', columns='measure', values='stated',\n"
        "                              aggfunc='first').reindex(columns=MEASURES)\n"
        "table.fillna('')"
    ),
    new_code_cell(
        "fig, ax = plt.subplots(figsize=(8, 4))\n"
        "for measure in ['participants', 'delegates', 'states', 'states_parties']:\n"
        "    rows = preferred[preferred.measure == measure]\n"
        "    label = measure.replace('_', ' ')\n"
        "    ax.plot(rows.session, rows.value, marker='o', ls='', label=label)\n"
        "    for _, row in rows.iterrows():\n"
        "        ax.annotate(row.stated, (row.session, row.value), fontsize=7,\n"
        "                    xytext=(4, 4), textcoords='offset points')\n"
        "ax.set_xticks(range(1, 13)); ax.set_xlabel('session of the Conference')\n"
        "ax.set_ylabel('as stated (log scale)'); ax.set_yscale('log'); ax.legend(fontsize=8)\n"
        "ax.set_title('Participation as stated (sessions with no stated figure are blank)')\n"
        "fig.tight_layout()\n"
        "untoc.cite(untoc.session(12).participation.participants)"
    ),
    new_markdown_cell("## 2. Which topics did the texts adopted deal with, session by session?"),
    new_code_cell(
        "r = untoc.to_pandas('resolutions').explode('topics')\n"
        "counts = pd.crosstab(r.topics, r.session)\n"
        "counts.loc[counts.sum(axis=1).sort_values(ascending=False).index]"
    ),
    new_code_cell(
        "fig, ax = plt.subplots(figsize=(8, 4))\n"
        "counts.T.plot(kind='bar', stacked=True, ax=ax, width=0.8)\n"
        "ax.set_xlabel('session'); ax.set_ylabel('texts held')\n"
        "ax.set_title('Texts held per topic and session (a text may carry several topics)')\n"
        "ax.legend(fontsize=6, ncol=3); fig.tight_layout()"
    ),
    new_markdown_cell(
        "## 3. How fast did each instrument gain parties?\n\n"
        "Counts are computed from the depositary's table, exact through the date marked on each\n"
        "line; later counts add only the deposits found in other stored pages and are lower\n"
        "bounds (dashed), so the counts sources stated (dots) are shown beside them."
    ),
    new_code_cell(
        "rows = []\n"
        "for i in untoc.instruments():\n"
        "    table = party_table(i.slug)\n"
        "    rows.append({'instrument': i.short_name,\n"
        "                 'entry into force': i.entry_into_force,\n"
        "                 'complete through': table.complete_through,\n"
        "                 'parties then': untoc.party_count(\n"
        "                     i.slug, as_of=table.complete_through),\n"
        "                 'now (the data knows)': str(untoc.party_count(i.slug))})\n"
        "pd.DataFrame(rows)"
    ),
    new_code_cell(
        "fig, ax = plt.subplots(figsize=(8, 4))\n"
        "for i in untoc.instruments():\n"
        "    window = party_table(i.slug).complete_through\n"
        "    steps = ratification_timeline(i.slug)\n"
        "    exact = [(d, n) for d, n in steps if d <= window]\n"
        "    bound = [exact[-1], *[(d, n) for d, n in steps if d > window]]\n"
        "    line, = ax.step(*zip(*exact), where='post', label=i.short_name)\n"
        "    ax.step(*zip(*bound), where='post', ls='--', color=line.get_color())\n"
        "    stated = [c for c in untoc.stated_party_counts(i.slug)\n"
        "              if c.as_of and c.measure == 'parties']\n"
        "    ax.plot([c.as_of for c in stated], [c.value for c in stated], '.',\n"
        "            color=line.get_color())\n"
        "    ax.axvline(window, color=line.get_color(), lw=0.5, ls=':')\n"
        "ax.set_ylabel('parties'); ax.legend(fontsize=8)\n"
        "ax.set_title('Parties: exact (steps), lower bounds (dashed), stated (dots)')\n"
        "fig.tight_layout()"
    ),
]


def _one_statement_per_line(source: str) -> str:
    lines = []
    for line in source.split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        lines += [indent + part.strip() for part in line.split("; ")]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Write the notebook next to the examples (or, with --check, say whether it is current)."""
    for number, cell in enumerate(CELLS, start=1):
        cell["id"] = f"cell-{number}"  # stable ids: nbformat would draw random ones
        if cell.cell_type == "code":
            cell.source = _one_statement_per_line(cell.source)
    notebook = new_notebook(cells=CELLS)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = Path(__file__).resolve().parent.parent / "examples" / "untoc_notebook.ipynb"
    text = nbformat.writes(notebook) + "\n"
    if "--check" in argv:
        if path.read_text("utf-8") != text:
            print("out of date: examples/untoc_notebook.ipynb; run tools/make_notebook.py")
            return 1
        return 0
    path.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
