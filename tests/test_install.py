"""untoc works where users put it: imported from a zip, installed from a wheel or an sdist into
a fresh virtual environment outside the repository, with only its own dependencies."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import untoc

ROOT = Path(__file__).resolve().parent.parent


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
        "print(untoc.session(12).city, untoc.participant('ITA').code, len(untoc.sources()) > 100)"
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
        names = set(zf.namelist())
    assert {"untoc/py.typed", "untoc/data/sessions.json", "untoc/data/schema.json"} <= names
    assert any(n.endswith("licenses/LICENSE") for n in names)
    assert not any(n.startswith(("research/", "tools/", "tests/")) for n in names)
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
        no_pandas = subprocess.run(
            [str(python), "-c", "import untoc; untoc.to_pandas('sessions')"],
            capture_output=True,
            text=True,
        )
        assert "pip install 'untoc[pandas]'" in no_pandas.stderr
