"""pandas DataFrames of the record, for notebooks. pandas is an optional extra.

One shape per table, shared with CSV: the registry's flat columns (``untoc._tables``), dates as
``datetime64``, whole numbers as nullable ``Int64``, lists (topics, sources) as list cells.
"""

from __future__ import annotations

import datetime as _dt
import warnings
from typing import TYPE_CHECKING, Any

from ._public import publish
from .errors import MissingDependencyError
from .exports import table_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_pandas"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise MissingDependencyError(
            "pandas is needed for DataFrames; install it with: pip install 'untoc[pandas]'"
        ) from error
    return pandas


def to_pandas(what: str | tuple[Any, ...]) -> pd.DataFrame:
    """A table of the record (by name) or any collection of records as a DataFrame.

    ``what`` is a table name ("sessions", "resolutions", "participation", "participants",
    "stated_party_counts", "sources", ...) or a collection a query returned. Columns are the
    same as [`untoc.to_csv`][untoc.to_csv]'s. Needs pandas (``pip install "untoc[pandas]"``).

    Examples:
        >>> frame = untoc.to_pandas("resolutions")
        >>> ", ".join(frame.loc[frame.symbol == "12/4", "topics"].iloc[0])
        'environment, working-groups'

    """
    columns, rows = table_rows(what, "to_pandas")
    return frame_of(columns, rows)


def frame_of(columns: list[str], rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Plain rows as a DataFrame: dates as ``datetime64``, whole numbers as ``Int64``."""
    pd = _pandas()
    frame = pd.DataFrame(rows, columns=columns)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        for column in columns:
            values = [row[column] for row in rows if row.get(column) is not None]
            if values and all(isinstance(v, _dt.date) for v in values):
                frame[column] = pd.to_datetime(frame[column])
            elif values and all(type(v) is int for v in values):
                frame[column] = frame[column].astype("Int64")
    return frame  # type: ignore[no-any-return]


publish(globals())
