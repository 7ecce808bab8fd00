"""One generic loader, driven by the registry: read, verify, compose, structure, check, index.

Data flows one way: ``data/<table>.json`` -> its digest checked against ``manifest.json`` ->
records built by the small decoder (``_codec.composing``), each once, its composed fields added
by the table's compose step before the record's validators run -> the table's rules
(``_tables.build``, shared with ``load_json``) -> a `Loaded` table: records in file order, by
key, by name, grouped by field on first use. A table is loaded the first time a query needs it;
references are checked against the keys of the tables they point to, read from those files
without structuring them, and each file is parsed once. Every load happens once per process
under the package lock (``_sync``), which a fork waits for; a load that fails raises
[`DataError`][untoc.DataError] and caches nothing, so the next call retries.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._codec import composing
from ._keys import KeyIndex
from ._sync import LOCK, module, once
from ._tables import REGISTRY, Registry, Table, build, row_id
from .errors import DataError, NotFoundError
from .model._base import Records

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from .model import DataInfo

T = TypeVar("T")
S = TypeVar("S")

_VERSION = re.compile(r"[0-9]{4}\.[0-9]{2}\.[0-9]{2}(\.[0-9]+)?", re.ASCII)
_HEX = re.compile(r"[0-9a-f]{64}", re.ASCII)
REINSTALL = "the installed data was changed or damaged; reinstall untoc"


def data_root() -> Traversable | Folder:
    """The package's ``data`` folder, wherever the package is (a folder, a wheel, a zip).

    A plain folder is read directly; any other loader (a zip, an egg, a custom importer)
    through ``importlib_resources.files()``, which gives the same API on Python 3.10-3.13 and
    costs a first answer some 26 ms of imports that a folder does not need.
    """
    folder = os.path.join(os.path.dirname(__file__), "data")
    if os.path.isdir(folder):
        return Folder(folder)
    files: Callable[[str], Traversable] = module("importlib_resources").files
    return files("untoc").joinpath("data")


class Folder:
    """The data folder on the file system: the one method the store reads files with."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def joinpath(self, name: str) -> Folder:
        return Folder(os.path.join(self.path, name))

    def read_bytes(self) -> bytes:
        with open(self.path, "rb") as handle:
            return handle.read()


def digest(data: bytes) -> str:
    """The BLAKE2b-256 digest the manifest holds for a file (hex)."""
    try:
        from _blake2 import blake2b  # CPython's built-in: no OpenSSL to load (about 4 ms)
    except ImportError:  # pragma: no cover - other interpreters
        from hashlib import blake2b
    return blake2b(data, digest_size=32).hexdigest()


# A loaded table -------------------------------------------------------------------------------


class Loaded(Generic[T]):
    """The records of one table: in file order, by key, by name, grouped by a field.

    ``get(key)`` and ``[key]`` find a record by its key; ``find(name)`` by any name the
    registry declares for it (or raises `NotFoundError` with close matches); ``by(field)``
    groups the records by a field's value (each item of a tuple field), built on first use;
    ``memo(build)`` keeps an index a query layer derives from the table.
    """

    __slots__ = ("_groups", "by_key", "memos", "records", "table")

    def __init__(self, table: Table, records: Records[T]) -> None:
        self.table = table
        self.records = records
        self.by_key: Mapping[Any, T] = {getattr(r, table.key): r for r in records}
        self._groups: dict[str, Mapping[Any, Records[T]]] = {}
        self.memos: dict[Callable[..., Any], Any] = {}
        """The indexes `memo` built, by their build function: filled by `memo` alone, read here
        by a warm query without a call."""

    @property
    def names(self) -> KeyIndex | None:
        """Every name the registry declares for the records, normalized (built on first use)."""
        if self.table.names is None:
            return None
        index: KeyIndex = once(self.memos, KeyIndex, self._name_index)
        return index

    def _name_index(self) -> KeyIndex:
        spell, key = self.table.names, self.table.key
        assert spell is not None
        spellings = {getattr(r, key): tuple(spell(r)) for r in self.records}
        return KeyIndex(self.table.what, spellings)

    def get(self, key: Any, default: Any = None) -> T | Any:
        """The record whose key is ``key``, else ``default``."""
        return self.by_key.get(key, default)

    def __getitem__(self, key: Any) -> T:
        return self.by_key[key]

    def __len__(self) -> int:
        return len(self.records)

    def find(self, name: object) -> T:
        """The record ``name`` names (its key or any declared name); `NotFoundError` otherwise."""
        names = self.names
        if names is None:
            found = self.by_key.get(name) if isinstance(name, (str, int)) else None
            if found is None:
                raise NotFoundError(self.table.what, name)
            return found
        return self.by_key[names.resolve(name)]

    def by(self, field: str) -> Mapping[Any, Records[T]]:
        """The records grouped by ``field`` (each item of a tuple field), in file order."""
        return once(self._groups, field, lambda: _group(self.records, field))

    def memo(self, build: Callable[[Loaded[T]], S]) -> S:
        """``build(self)``, computed once per loaded table (an index a query derives)."""
        value: S | None = self.memos.get(build)  # the warm path: no lock, no closure
        if value is None:
            value = once(self.memos, build, lambda: build(self))
        return value

    def __repr__(self) -> str:
        return f"<{self.table.name}: {len(self.records)} records>"


def _group(records: Iterable[Any], field: str) -> Mapping[Any, Records[Any]]:
    groups: dict[Any, list[Any]] = defaultdict(list)
    for record in records:
        value = getattr(record, field)
        for item in value if isinstance(value, tuple) else (value,):
            groups[item].append(record)
    return {k: Records(v) for k, v in groups.items()}


# The store ----------------------------------------------------------------------------------


class Store:
    """Every table of a data folder, loaded on first use. One per process; read-only once loaded."""

    def __init__(self, root: Traversable | Folder, registry: Registry = REGISTRY) -> None:
        self.root = root
        self.registry = registry
        self._loaded: dict[str, Loaded[Any]] = {}
        self._parsed: dict[str, Any] = {}
        self._keys: dict[str, frozenset[Any]] = {}
        self._loading: set[str] = set()
        self._made: dict[str, Any] = {}  # the manifest and the data's description

    # Tables ------------------------------------------------------------------------------

    def table(self, name: str) -> Loaded[Any]:
        """Table ``name``, loaded, checked, composed and indexed (once, under the lock)."""
        found = self._loaded.get(name)  # the fast path: no closure made
        if found is None:
            found = once(self._loaded, name, lambda: self._load(self.registry[name]))
        return found

    def _load(self, table: Table) -> Loaded[Any]:
        if table.name in self._loading:
            raise DataError(table.file, None, "its compose step needs the table itself")
        self._loading.add(table.name)
        try:
            # The digests prove the files are those make data checked as a whole, references
            # included; the records' validators and the table's own rules run here as well.
            rows = self.parse(table)
            completing = {} if table.compose is None else table.compose(self)
            decode = composing(table.record_class, completing)  # each record built once
            records = build(table, rows, decode, self, references_checked=True)
        finally:
            self._loading.discard(table.name)
        self._parsed.pop(table.file, None)  # parsed once; the records are what stays
        self._keys.pop(table.name, None)
        return Loaded(table, records)

    def is_loaded(self, name: str) -> bool:
        """Whether table ``name`` has been loaded yet."""
        return name in self._loaded

    def load_all(self) -> None:
        """Load, check and index every table (the benchmark's measure; queries load lazily).

        The tables with the most records load first: the parsed JSON of a big file is freed
        before most other records exist, and its memory is reused for them (peak RSS about
        0.35 MiB lower than in the registry's order).
        """
        counts = self.manifest["counts"]
        for name in sorted(self.registry, key=lambda name: -counts[name]):
            self.table(name)
        self.info  # noqa: B018 - loads the data's description too

    # What the tables' rules ask (``_tables.Context``) ---------------------------------------

    def records_of(self, name: str) -> Records[Any]:
        """The records of table ``name``, loaded and composed."""
        return self.table(name).records

    def keys_of(self, name: str) -> Collection[Any]:
        """The keys of table ``name``: its index if loaded, else the keys its file holds.

        Checking a reference needs only the keys, so a first query does not structure the
        tables its records point to; each is still checked in full when it is loaded.
        """
        loaded = self._loaded.get(name)
        if loaded is not None:
            return loaded.by_key.keys()
        return once(self._keys, name, lambda: self._file_keys(self.registry[name]))

    def _file_keys(self, table: Table) -> frozenset[Any]:
        rows = self.parse(table)
        if type(rows) is not list:
            raise DataError(table.file, None, "expected a JSON array of records")
        keys: set[Any] = set()
        for position, row in enumerate(rows):
            key = row.get(table.key) if type(row) is dict else None
            if type(key) not in (str, int):
                raise DataError(table.file, row_id(row, table.key, position), "malformed record")
            if key in keys:
                raise DataError(table.file, repr(key), f"duplicate {table.key} {key!r}")
            keys.add(key)
        return frozenset(keys)

    def links(
        self, name: str, field: str, target: str, *, skip_malformed: bool = False
    ) -> list[tuple[Any, Any]]:
        """``(key, target)`` for each ``record.field[*].target`` of table ``name``, in file order.

        Read from the loaded table if it is, else from its file without structuring it (the
        table is checked in full when loaded); a link of the wrong shape is an error, or, with
        ``skip_malformed``, left out: a table composing itself from its own links reads them
        so, and its decoder then says what is wrong in its own words.
        """
        table = self.registry[name]
        loaded = self._loaded.get(name)
        if loaded is not None:
            return [
                (getattr(record, table.key), getattr(link, target))
                for record in loaded.records
                for link in getattr(record, field)
            ]
        rows = self.parse(table)
        out = []
        for position, row in enumerate(rows if type(rows) is list else [None]):
            key = row.get(table.key) if type(row) is dict else None
            items = row.get(field, []) if type(row) is dict else None
            if type(items) is not list or type(key) not in (str, int):
                if skip_malformed:
                    continue
                raise DataError(table.file, row_id(row, table.key, position), "malformed record")
            for link in items:
                value = link.get(target) if type(link) is dict else link
                if type(link) is not dict or type(value) not in (str, int, type(None)):
                    if skip_malformed:
                        continue
                    raise DataError(table.file, repr(key), f"malformed {field} link")
                out.append((key, value))
        return out

    @property
    def as_of(self) -> _dt.date:
        """The data's as-of date (from the manifest)."""
        return self.info.as_of

    # Reading -----------------------------------------------------------------------------

    def read(self, file: str) -> bytes:
        """One data file's bytes, checked against the manifest's digest."""
        expected = self.manifest["files"].get(file)
        data = self._bytes(file)
        if expected is None:
            raise DataError("manifest.json", None, f"no digest for {file}")
        if digest(data) != expected:
            raise DataError(file, None, f"does not match the manifest's digest: {REINSTALL}")
        return data

    def parse(self, table: Table) -> Any:
        """A table's file as JSON (verified, parsed once; its record count as the manifest says)."""
        return once(self._parsed, table.file, lambda: self._parse(table))

    def _parse(self, table: Table) -> Any:
        found = loads_strict(table.file, self.read(table.file))
        stated = self.manifest["counts"].get(table.name)
        held = len(found) if type(found) is list else None
        if held is not None and stated != held:
            raise DataError(
                "manifest.json", None, f"{table.name}: {stated} records stated, {held} in the file"
            )
        return found

    def _bytes(self, file: str) -> bytes:
        try:
            return self.root.joinpath(file).read_bytes()
        except OSError as error:
            raise DataError(file, None, f"cannot be read ({error})") from None

    @property
    def manifest(self) -> Mapping[str, Any]:
        """``manifest.json``: data version, as-of date, record count and digest per table."""
        manifest: Mapping[str, Any] = once(self._made, "manifest", self._read_manifest)
        return manifest

    def _read_manifest(self) -> Mapping[str, Any]:
        manifest = loads_strict("manifest.json", self._bytes("manifest.json"))
        where = "manifest.json"
        if type(manifest) is not dict:
            raise DataError(where, None, "expected a JSON object")
        version = manifest.get("data_version")
        if type(version) is not str or not _VERSION.fullmatch(version):
            raise DataError(where, None, "data_version must read YYYY.MM.DD (or YYYY.MM.DD.N)")
        if type(manifest.get("as_of")) is not str:
            raise DataError(where, None, "as_of must be a date 'YYYY-MM-DD'")
        if type(manifest.get("description", "")) is not str:
            raise DataError(where, None, "description must be a string")
        counts = manifest.get("counts")
        names = set(self.registry)
        if (
            type(counts) is not dict
            or set(counts) != names
            or not all(type(v) is int and v >= 0 for v in counts.values())
        ):
            raise DataError(where, None, "counts must give a whole number for each table")
        files = manifest.get("files")
        wanted = {self.registry[n].file for n in names}
        if (
            type(files) is not dict
            or set(files) != wanted
            or not all(type(v) is str and _HEX.fullmatch(v) for v in files.values())
        ):
            raise DataError(where, None, "files must give a BLAKE2b-256 digest for each table")
        licence = manifest.get("licence")
        if not (
            type(licence) is dict
            and all(type(licence.get(k)) is str for k in ("name", "title", "path"))
        ):
            raise DataError(where, None, "licence must give the data licence's name, title, path")
        built = manifest.get("built_with", {})
        if type(built) is not dict or not all(
            type(k) is str and type(v) is str for k, v in built.items()
        ):
            raise DataError(where, None, "built_with must map names to versions")
        return manifest

    @property
    def info(self) -> DataInfo:
        """The data's version, as-of date and record counts."""
        info: DataInfo = once(self._made, "info", self._data_info)
        return info

    def _data_info(self) -> DataInfo:
        from .model import DataInfo

        manifest = self.manifest
        try:
            as_of = _dt.date.fromisoformat(manifest["as_of"])
        except ValueError:
            raise DataError("manifest.json", None, "as_of is not a date") from None
        return DataInfo(
            version=manifest["data_version"],
            as_of=as_of,
            counts=manifest["counts"],
            description=manifest.get("description", ""),
            licence=manifest["licence"]["name"],
            licence_url=manifest["licence"]["path"],
            built_with=manifest.get("built_with", {}),
        )


# JSON ---------------------------------------------------------------------------------------


def _loads(file: str, data: bytes | str, **options: Any) -> Any:
    try:
        return json.loads(data, parse_constant=_no_constant, **options)
    except RecursionError:
        raise DataError(file, None, "is nested too deeply") from None
    except ValueError as error:  # JSONDecodeError, bad UTF-8, a huge integer, a repeated key
        raise DataError(file, None, f"is not valid JSON ({error})") from None


def loads_strict(file: str, data: bytes | str) -> Any:
    """JSON text as `json.loads` reads it, a key written twice in one object refused.

    Every JSON untoc reads goes through here: the shipped files, the manifest, an export given
    to ``load_json`` and the build's research inputs (it costs ``json.loads`` nothing measurable).
    """
    return _loads(file, data, object_pairs_hook=_no_repeats)


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # as fast as json's own objects; the loop below runs only on a repeat
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"the key {key!r} is written twice in one object")
            seen.add(key)
    return out


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


# The process's store ------------------------------------------------------------------------

_store: Store | None = None


def get() -> Store:
    """The process's store (created on first use; tables load when first needed)."""
    store = _store
    if store is None:
        with LOCK:
            if _store is None:
                _set(Store(data_root()))
            store = _store
    assert store is not None
    return store


def loaded(name: str) -> Loaded[Any]:
    """Table ``name`` of the process's store (the fast path of every query)."""
    store = _store
    if store is not None:
        found = store._loaded.get(name)
        if found is not None:
            return found
    return get().table(name)


def _set(store: Store | None) -> None:
    global _store
    _store = store


def reset() -> None:
    """Forget every loaded table and every cache built from the data or the model (for tests).

    The next query reads the data again and rebuilds its decoders, as a fresh process would.
    """
    from . import _codec, _tables

    with LOCK:
        _set(None)
        _codec.forget()
        _tables.forget()
