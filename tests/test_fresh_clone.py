"""A clone of the repository in an empty folder (no sibling folders beside it)
collects the whole suite, and nothing in it reaches for a path outside the clone."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# a path that leaves the checkout: a sibling folder, ROOT.parent, three .parent hops from a module
OUTSIDE = re.compile(r"\.\./shared|\bshared/invoices|ROOT\.parent\b|(\.parent){3}")
SCANNED = ("tests", "benchmarks", "robot_lib", "bots", "demo", "scripts", ".ci")


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("this check needs git and a git checkout of the project")
    where = tmp_path_factory.mktemp("fresh") / "clone"  # its parent holds nothing else
    subprocess.run(["git", "clone", "-q", str(ROOT), str(where)], check=True)
    return where


def test_no_source_reaches_outside_the_checkout(clone: Path) -> None:
    hits = []
    for top in SCANNED:
        for f in sorted((clone / top).rglob("*")):
            if f.suffix not in (".py", ".sh", ".toml", "") or not f.is_file() or "data" in f.parts:
                continue
            for n, text in enumerate(f.read_text(errors="replace").splitlines(), 1):
                if OUTSIDE.search(text) and f.name != Path(__file__).name:
                    hits.append(f"{f.relative_to(clone)}:{n}: {text.strip()}")
    for f in ("Makefile", "pyproject.toml"):
        hits += [f"{f}: {ln}" for ln in (clone / f).read_text().splitlines() if OUTSIDE.search(ln)]
    assert hits == []


@pytest.mark.slow
def test_the_clone_collects_every_test_from_its_own_files(clone: Path) -> None:
    assert sorted(p.name for p in clone.parent.iterdir()) == ["clone"]
    env = {**os.environ, "PYTHONPATH": str(clone), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("BOTS_HOME", None)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert re.search(r"^\d+ tests collected", out, re.M), out[-3000:]
    assert "error" not in out.splitlines()[-1].lower()
    # the modules came from the clone, not from this working tree
    where = subprocess.run(
        [sys.executable, "-c", "import robot_lib, tests.conftest as c; print(robot_lib.__file__)"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(clone), where
