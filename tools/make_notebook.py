"""Write examples/untoc_notebook.ipynb (the notebook's source lives here, reviewable as code).

Run ``python tools/make_notebook.py`` after editing the cells; the test suite executes the
notebook (nbclient) and ``make images`` refreshes the charts the docs show.
"""

from __future__ import annotations

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
        "import os\n"
        "from pathlib import Path\n\n"
        "import matplotlib.pyplot as plt\n"
        "import pandas as pd\n\n"
        "import untoc\n\n"
        "IMAGES = Path(os.environ.get('UNTOC_IMAGES', '../docs/images'))\n"
        "IMAGES.mkdir(parents=True, exist_ok=True)\n"
        "untoc.data_info()"
    ),
    new_markdown_cell(
        "## 1. How has participation changed across sessions?\n\n"
        "Figures as stated: a qualifier such as *more than* is kept in the `stated` column."
    ),
    new_code_cell(
        "p = untoc.to_pandas('participation')\n"
        "preferred = p[p.preferred & (p.status == 'reported')]\n"
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
        "fig.tight_layout(); fig.savefig(IMAGES / 'participation.png', dpi=96)\n"
        "untoc.cite(untoc.session(12).participation.participants)"
    ),
    new_markdown_cell("## 2. Which topics did the texts adopted deal with, session by session?"),
    new_code_cell(
        "r = untoc.to_pandas('resolutions').explode('topics')\n"
        "counts = pd.crosstab(r.topics, r.session)\n"
        "counts.loc[counts.sum(axis=1).sort_values(ascending=False).index]"
    ),
    new_code_cell(
        "top = counts.loc[counts.sum(axis=1).sort_values(ascending=False).index[:8]]\n"
        "fig, ax = plt.subplots(figsize=(8, 4))\n"
        "top.T.plot(kind='bar', stacked=True, ax=ax, width=0.8)\n"
        "ax.set_xlabel('session'); ax.set_ylabel('texts held')\n"
        "ax.set_title('Texts held per topic and session (a text may carry several topics)')\n"
        "ax.legend(fontsize=7, ncol=2); fig.tight_layout()\n"
        "fig.savefig(IMAGES / 'topics.png', dpi=96)"
    ),
    new_markdown_cell(
        "## 3. How fast did each instrument gain parties?\n\n"
        "Counts are computed from the depositary's table, which is complete through the date\n"
        "marked on each line; later years add only the deposits found in other stored pages,\n"
        "so the stated counts (dots) are shown beside them."
    ),
    new_code_cell(
        "rows = []\n"
        "for i in untoc.instruments():\n"
        "    table = untoc.party_table(i.slug)\n"
        "    rows.append({'instrument': i.short_name,\n"
        "                 'entry into force': i.entry_into_force,\n"
        "                 'complete through': table.complete_through,\n"
        "                 'parties then': untoc.party_count(\n"
        "                     i.slug, as_of=table.complete_through)})\n"
        "pd.DataFrame(rows)"
    ),
    new_code_cell(
        "fig, ax = plt.subplots(figsize=(8, 4))\n"
        "for i in untoc.instruments():\n"
        "    steps = untoc.ratification_timeline(i.slug)\n"
        "    days = [d for d, _ in steps]; values = [n for _, n in steps]\n"
        "    line, = ax.step(days, values, where='post', label=i.short_name)\n"
        "    stated = [c for c in untoc.party_counts(i.slug)\n"
        "              if c.as_of and c.measure == 'parties']\n"
        "    ax.plot([c.as_of for c in stated], [c.value for c in stated], '.',\n"
        "            color=line.get_color())\n"
        "    ax.axvline(untoc.party_table(i.slug).complete_through, color=line.get_color(),\n"
        "               lw=0.5, ls=':')\n"
        "ax.set_ylabel('parties'); ax.legend(fontsize=8)\n"
        "ax.set_title('Parties over time: table (steps) and stated counts (dots)')\n"
        "fig.tight_layout(); fig.savefig(IMAGES / 'parties.png', dpi=96)"
    ),
]


def _one_statement_per_line(source: str) -> str:
    lines = []
    for line in source.split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        lines += [indent + part.strip() for part in line.split("; ")]
    return "\n".join(lines)


def main() -> None:
    """Write the notebook next to the examples."""
    for cell in CELLS:
        if cell.cell_type == "code":
            cell.source = _one_statement_per_line(cell.source)
    notebook = new_notebook(cells=CELLS)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = Path(__file__).resolve().parent.parent / "examples" / "untoc_notebook.ipynb"
    nbformat.write(notebook, path)


if __name__ == "__main__":
    main()
