"""Parsing of the keys callers pass: one parser per kind of key, shared by every layer.

A parser either returns the canonical key or raises: [`InvalidTypeError`][untoc.InvalidTypeError]
for a wrong type, [`InvalidArgumentError`][untoc.InvalidArgumentError] for a value that cannot be a
key of that kind, [`NotFoundError`][untoc.NotFoundError] (with close matches) for a plausible key
that matches nothing. Nothing here guesses: punctuation is never dropped to make a key fit, and
``True`` is never read as ``1``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, TypeVar

from .errors import AmbiguousError, InvalidArgumentError, InvalidTypeError, NotFoundError, shown

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

MAX_KEY_LENGTH: Final = 200
"""Longer strings match no key: they are rejected before any normalizing or matching."""

_ORDINAL_WORDS: Final = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)
_ORDINALS: Final = {word: number for number, word in enumerate(_ORDINAL_WORDS, start=1)}
_SESSION = r"(?a:(?:cop ?)?([0-9]{1,6}))"  # compiled on first use, by re's cache
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def ordinal(number: int) -> str:
    """The ordinal word UN documents use for a session number: ``12`` -> ``"twelfth"``."""
    if 1 <= number <= len(_ORDINAL_WORDS):
        return _ORDINAL_WORDS[number - 1]
    return f"{number}th"


def require_str(value: object, what: str) -> str:
    """``value`` if it is a ``str``; otherwise ``InvalidTypeError``."""
    if not isinstance(value, str):
        raise InvalidTypeError(f"{what} must be a str, not {type(value).__name__}")
    return value


def bounded(value: object, what: str) -> str:
    """``value`` as a key to look up: a ``str`` no longer than any key could be.

    A longer string is refused before any normalizing or matching (a ``NotFoundError`` that
    says so), so that a huge argument costs nothing.
    """
    text = require_str(value, what)
    if len(text) > MAX_KEY_LENGTH:
        raise NotFoundError(what, value, valid=f"keys of at most {MAX_KEY_LENGTH} characters")
    return text


def require_bool(value: object, what: str) -> bool:
    """``value`` if it is a ``bool`` (``"no"``, ``0``, ``None`` are not); else InvalidTypeError."""
    if not isinstance(value, bool):
        raise InvalidTypeError(f"{what} must be a bool, not {type(value).__name__}")
    return value


def require_int(value: object, what: str) -> int:
    """``value`` if it is an ``int`` (a ``bool`` is not); otherwise ``InvalidTypeError``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"{what} must be an int, not {type(value).__name__}")
    return value


def session_number(value: object) -> int:
    r"""A session number from ``12``, ``"12"``, ``"COP12"``, ``"cop 12"`` or ``"twelfth"``.

    Only those forms: ``"1.2"``, ``"1/2"``, ``"-1"`` or ``"COP\u200b12"`` are not session numbers
    and raise [`InvalidArgumentError`][untoc.InvalidArgumentError]. Whether a session of that number
    is held is for the caller to say.

    Examples:
        >>> session_number("COP 12"), session_number(" twelfth "), session_number(4)
        (12, 12, 4)

    """
    if isinstance(value, str):
        text = value.strip().casefold()
        match = re.fullmatch(_SESSION, text)
        if match is not None:
            number = int(match[1])
            if number >= 1:
                return number
        elif text in _ORDINALS:
            return _ORDINALS[text]
        raise InvalidArgumentError(
            f"{shown(value)} is not a session number (valid forms: 12, '12', 'COP12', 'twelfth')"
        )
    number = require_int(value, "a session number")
    if number < 1:
        raise InvalidArgumentError(f"session numbers start at 1, not {shown(number)}")
    return number


_TEXT_KINDS: Final = {
    "resolution": "resolution",
    "resolutions": "resolution",
    "decision": "decision",
    "decisions": "decision",
}


def text_kind(value: object) -> str:
    """``"resolution"`` or ``"decision"`` from either word, singular or plural, any case."""
    text = require_str(value, "kind")
    found = _TEXT_KINDS.get(text.strip().casefold())
    if found is None:
        raise InvalidArgumentError(f"kind must be 'resolution' or 'decision', not {shown(text)}")
    return found


def year(value: object) -> int:
    """A calendar year (an ``int`` from 1 to 9999; ``bool`` is not a year)."""
    number = require_int(value, "year")
    if not 1 <= number <= 9999:
        raise InvalidArgumentError(f"year must be from 1 to 9999, not {shown(number)}")
    return number


def day(value: object, what: str = "date") -> _dt.date:
    """A date from a ``datetime.date`` or an ISO string ``"YYYY-MM-DD"`` (nothing looser).

    A ``datetime.datetime`` is refused: it would silently drop its time and time zone.
    """
    if isinstance(value, _dt.datetime):
        raise InvalidTypeError(f"{what} must be a datetime.date, not a datetime.datetime")
    if isinstance(value, _dt.date):
        return value
    text = require_str(value, f"{what} (a datetime.date or 'YYYY-MM-DD')")
    if _ISO_DATE.fullmatch(text):
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise InvalidArgumentError(f"{what} must be an ISO date 'YYYY-MM-DD', not {shown(text)}")


def choice(value: object, valid: Iterable[str], what: str) -> str:
    """``value`` if it is one of ``valid`` (exactly); otherwise an error naming the valid ones."""
    text = bounded(value, what)
    options = tuple(valid)
    if text in options:
        return text
    suggestions = close_matches(normalize(text), {normalize(o): o for o in options})
    raise NotFoundError(what, value, suggestions, valid=", ".join(options))


def normalize(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name used as a key.

    Punctuation between words counts as a space ("Res. 12/4" and "res 12 4" normalize alike),
    so this is only for names; numbers and symbols have their own parsers.
    """
    folded = text.casefold()
    if not folded.isascii():
        import unicodedata

        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_ALNUM.sub(" ", folded).split())


_NOT_ALNUM: Final = re.compile(r"[\W_]+")
"""A run of characters that are not ``str.isalnum()`` (a regex word character is one, or ``_``)."""


def close_matches(
    query: str, candidates: Mapping[str, str], n: int = 3, cutoff: float = 0.6
) -> tuple[str, ...]:
    """Canonical keys whose normalized names are close to ``query`` (normalized), best first."""
    from ._sync import module

    difflib = module("difflib")
    found = difflib.get_close_matches(query, list(candidates), n=n * 2, cutoff=cutoff)
    return tuple(dict.fromkeys(candidates[f] for f in found))[:n]


_GENERIC: Final = frozenset(
    [
        "the",
        "of",
        "and",
        "state",
        "states",
        "republic",
        "kingdom",
        "democratic",
        "people",
        "s",
        "peoples",
        "islamic",
        "federal",
        "united",
        "federation",
        "union",
        "principality",
        "plurinational",
        "bolivarian",
        "socialist",
        "arab",
        "commonwealth",
        "grand",
        "duchy",
        "independent",
        "sultanate",
    ]
)
"""Words many official names share: left out when names are compared for suggestions."""


def distinctive(name: str) -> str:
    """A name without the words many names share ("State of Palestine" -> "palestine")."""
    kept = [word for word in name.split() if word not in _GENERIC]
    return " ".join(kept) or name


class KeyIndex(Mapping[str, str]):
    """Every accepted name of a set of records, normalized, mapped to the record's key.

    Built once from the data (slugs, names, aliases, codes); `resolve` is the one way a
    name becomes a key. A spelling two records give is neither's: resolving it raises
    `AmbiguousError` naming both. Immutable, hashable and picklable like the records that hold it.

    Examples:
        >>> index = KeyIndex("instrument", {"firearms-protocol": ["Firearms Protocol"]})
        >>> index.resolve(" firearms protocol "), index.resolve("Firearms Protocol")
        ('firearms-protocol', 'firearms-protocol')

    """

    __slots__ = ("_keys", "_labels", "_names", "_shared", "_what")

    def __init__(self, what: str, names: Mapping[str, Iterable[str]]) -> None:
        keys: dict[str, str] = {}
        givers: dict[str, list[str]] = {}  # each normalized spelling: the records that give it
        labels: dict[str, str] = {}
        for key, spellings in names.items():
            spelled = tuple(spellings)
            labels[key] = spelled[0] if spelled else key
            for spelling in (key, *spelled):
                form = normalize(spelling)
                keys[spelling] = key
                keys.setdefault(form, key)
                if key not in givers.setdefault(form, []):
                    givers[form].append(key)
        # A spelling two records give names neither ("Congo" as much as "congo").
        shared = {form: tuple(owners) for form, owners in givers.items() if len(owners) > 1}
        for spelling in [s for s in keys if normalize(s) in shared]:
            del keys[spelling]
        self._what = what
        self._keys = keys
        self._shared = shared
        self._labels = labels
        self._names = tuple(names)

    def resolve(self, value: object) -> str:
        """The key ``value`` names; ``NotFoundError`` with a few close matches by name otherwise.

        Suggestions compare names, not codes ("State of Palestine" is not close to "QAT"), leave
        out the words many names share ("State of", "Republic"), and name a record keyed by a
        code by its name ("Italy", not "ITA"); a long list of valid keys is described, not
        dumped.
        """
        text = bounded(value, self._what)
        found = self._keys.get(text) or self._keys.get(normalize(text))
        if found is None:
            shared = self._shared.get(normalize(text))
            if shared:  # never guess: name each record the spelling names
                raise AmbiguousError(self._what, value, [self._labels[k] for k in shared])
            query = distinctive(normalize(text))
            by_name: dict[str, str] = {}
            for spelling, key in self._keys.items():
                if len(spelling) > 3 or len(query) <= 3:
                    by_name.setdefault(distinctive(spelling.casefold()), key)
            keys = close_matches(query, by_name, cutoff=0.75)  # names: a closer call than codes
            # A code ("ITA") is suggested by its name; a readable key (a slug) as itself.
            suggestions = [self._labels[k] if k.isupper() else k for k in keys]
            raise NotFoundError(self._what, value, suggestions, valid=self._valid())
        return found

    def _valid(self) -> str:
        if len(self._names) <= 12:
            return ", ".join(self._names)
        examples = ", ".join(repr(self._labels[k]) for k in self._names[:2])
        return f"{len(self._names)} {self._what}s, by name or key, such as {examples}"

    @property
    def keys_in_order(self) -> tuple[str, ...]:
        """The canonical keys, in the order the records were given."""
        return self._names

    def __getitem__(self, name: str) -> str:
        return self._keys[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KeyIndex):
            return NotImplemented
        return (self._what, self._keys, self._shared) == (other._what, other._keys, other._shared)

    def __hash__(self) -> int:
        return hash((self._what, self._names))

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_index,
            (self._what, self._keys, self._names, self._labels, self._shared),
        )

    def __repr__(self) -> str:
        return f"<KeyIndex of {len(self._names)} {self._what} keys>"


def _rebuild_index(
    what: str,
    keys: dict[str, str],
    names: tuple[str, ...],
    labels: dict[str, str],
    shared: dict[str, tuple[str, ...]],
) -> KeyIndex:
    index = KeyIndex.__new__(KeyIndex)
    index._what, index._keys, index._names, index._labels = what, keys, names, labels
    index._shared = shared
    return index


_NOTHING: Any = object()  # no argument given


def _call_renamed(
    function: Callable[..., Any],
    old_to_new: Mapping[str, str],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Any:
    """``function(*args, **kwargs)`` with each old keyword renamed, warning the caller's line."""
    code = function.__code__
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    for old, new in old_to_new.items():
        if old in kwargs:
            if new in kwargs or len(args) > names.index(new):
                raise InvalidTypeError(
                    f"{function.__name__}() takes {new}=, not both {new}= and {old}="
                )
            warnings.warn(
                f"{function.__name__}({old}=...) is deprecated since untoc 0.7; "
                f"write {function.__name__}({new}=...)",
                DeprecationWarning,
                stacklevel=3,  # past this function and the wrapper: the line that called
            )
            kwargs[new] = kwargs.pop(old)
    return function(*args, **kwargs)


def renamed(**old_to_new: str) -> Callable[[F], F]:
    """Keep keyword parameters renamed in 0.7 working, with a `DeprecationWarning` naming the new.

    ``@renamed(instrument_key="instrument")``: a call with ``instrument_key=`` still works for
    at least one more minor release, and says what to write instead.
    """

    def decorate(function: F) -> F:
        code = function.__code__  # (not inspect: it is slow to import, and this runs at import)
        if code.co_argcount + code.co_kwonlyargcount == 1:  # a lookup: keep its call cheap

            @functools.wraps(function)
            def wrapper(value: Any = _NOTHING, /, **kwargs: Any) -> Any:
                if not kwargs and value is not _NOTHING:
                    return function(value)
                args = () if value is _NOTHING else (value,)
                return _call_renamed(function, old_to_new, args, kwargs)

        else:

            @functools.wraps(function)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                if not kwargs:
                    return function(*args)
                return _call_renamed(function, old_to_new, args, kwargs)

        wrapper.__renamed__ = dict(old_to_new)  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
