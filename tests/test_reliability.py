"""Whatever the caller passes, untoc answers or raises a documented error; results never change.

Property-based (hypothesis) over every public query helper and the command line; immutability
of results; packaging (wheel, sdist, zip import) and no network.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import socket
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import untoc
from untoc.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=5000),
    st.binary(max_size=20),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=3),
    st.sampled_from(["12", "COP12", "12/4", "6/1", "firearms", "ITA", "convention", "Türkiye"]),
)
EXPECTED = (untoc.UntocError, TypeError)

ONE_ARGUMENT = [
    untoc.session,
    untoc.resolution,
    untoc.resolutions_by_topic,
    untoc.topic,
    untoc.instrument,
    untoc.party,
    untoc.party_table,
    untoc.participants,
    untoc.source,
    untoc.event,
    untoc.observance,
    untoc.statement,
    untoc.cite,
    untoc.search,
    untoc.participation_summary,
    untoc.events,
    untoc.statements,
    untoc.party_counts,
    untoc.ratification_timeline,
    untoc.to_csv,
    untoc.to_pandas,
]


def call(function: object, *args: object, **kwargs: object) -> object:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", untoc.IncompleteDataWarning)
            return function(*args, **kwargs)  # type: ignore[operator]
    except EXPECTED:
        return None


@pytest.mark.parametrize("function", ONE_ARGUMENT, ids=lambda f: f.__name__)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=ANYTHING)
def test_any_single_argument(function: object, value: object) -> None:
    before = untoc.resolutions()
    call(function, value)
    assert untoc.resolutions() is before


@settings(max_examples=150, deadline=None)
@given(session=ANYTHING, topic=ANYTHING, kind=ANYTHING, instrument=ANYTHING)
def test_resolutions_filters(
    session: object, topic: object, kind: object, instrument: object
) -> None:
    result = call(untoc.resolutions, session=session, topic=topic, kind=kind, instrument=instrument)
    assert result is None or isinstance(result, tuple)


@settings(max_examples=150, deadline=None)
@given(instrument=ANYTHING, as_of=ANYTHING)
def test_party_counts_on_any_date(instrument: object, as_of: object) -> None:
    count = call(untoc.party_count, instrument, as_of=as_of)
    parties = call(untoc.parties, instrument, as_of=as_of)
    if count is not None and parties is not None:
        assert count == len(parties)  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_counts_never_decrease(day: dt.date) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", untoc.IncompleteDataWarning)
        before = untoc.party_count("convention", as_of=day - dt.timedelta(days=1))
        after = untoc.party_count("convention", as_of=day)
    assert 0 <= before <= after <= len(untoc.participants("convention"))


@settings(max_examples=100, deadline=None)
@given(
    argv=st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                [
                    "session",
                    "resolution",
                    "parties",
                    "party",
                    "search",
                    "export",
                    "--json",
                    "--as-of",
                    "--topic",
                    "--format",
                    "csv",
                    "12",
                    "firearms-protocol",
                    "2018-10-15",
                ]
            ),
        ),
        max_size=5,
    )
)
def test_cli_never_crashes(argv: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli_main(argv)
    assert status in (0, 1, 2)
    assert "Traceback" not in err.getvalue()


def test_results_cannot_be_mutated() -> None:
    sessions = untoc.sessions()
    with pytest.raises(TypeError):
        sessions[0] = None  # type: ignore[index]
    copy = list(sessions)
    copy.clear()
    assert len(untoc.sessions()) == 12
    titles = untoc.resolution("12/4").titles
    with pytest.raises(TypeError):
        titles["en"] = "changed"  # type: ignore[index]
    assert untoc.resolution("12/4").title is not None
    assert "changed" not in untoc.resolution("12/4").title


def test_network_is_blocked_here() -> None:
    with pytest.raises(OSError, match="network access"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)


def test_no_warning_on_plain_use() -> None:
    subprocess.run(
        [sys.executable, "-W", "error", "-c", "import untoc; untoc.sessions(); untoc.search('x')"],
        check=True,
    )


def test_import_from_a_zip_file(tmp_path: Path) -> None:
    archive = tmp_path / "untoc.zip"
    package = Path(untoc.__file__).parent
    with zipfile.ZipFile(archive, "w") as zf:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(package.parent).as_posix())
    code = (
        f"import sys; sys.path.insert(0, {str(archive)!r}); import untoc; "
        "assert untoc.__file__.startswith(sys.path[0]), untoc.__file__; "
        "print(untoc.session(12).city, untoc.party('ITA').code, len(untoc.sources()) > 100)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Vienna", "ITA", "True"]


@pytest.mark.slow
def test_wheel_and_sdist_install_and_run_outside_the_repo(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--sdist", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    assert "untoc/py.typed" in names
    assert "untoc/data/sessions.json" in names
    assert "untoc/data/schema.json" in names
    for artifact in (wheel, next(dist.glob("*.tar.gz"))):
        env = tmp_path / f"venv-{artifact.suffix.strip('.')}"
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
        python = env / "bin" / "python"
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", str(artifact)],
            check=True,
            capture_output=True,
        )
        result = subprocess.run(
            [str(python), str(ROOT / "examples" / "cop12_overview.py")],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=True,
        )
        assert "COP12: the twelfth session, Vienna" in result.stdout
        cli = subprocess.run(
            [str(env / "bin" / "untoc"), "session", "4"], capture_output=True, text=True
        )
        assert cli.returncode == 0
        assert "CTOC/COP/2008/19" in cli.stdout
