from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT


@pytest.fixture
def bots_env(portal_env: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The real bots/ folder, the session portal's credentials, an isolated BOTS_HOME."""
    monkeypatch.setenv("BOTS_PATH", str(ROOT / "bots"))
    return portal_env


def run_bot(name: str, params: dict[str, str] | None = None, retries: int | None = None) -> Any:
    from robot_lib.runtime.runner import Runner, RunOptions
    from robot_lib.runtime.store import Store

    lines: list[str] = []
    run = Runner(Store(), on_line=lines.append).run(
        name, params or {}, RunOptions(retries=retries, retry_delay=0.5)
    )
    run.output = "".join(lines)  # type: ignore[attr-defined]
    return run


def tagged(tmp_path: Path) -> str:
    import hashlib

    # a tag per folder; it ends in a digit, because an invoice number needs one (the extractor
    # takes no word for a number): five hex letters alone, such as "CDBFE", failed a test
    digest = hashlib.sha1(str(tmp_path).encode()).hexdigest()
    return "-" + digest[:4].upper() + str(int(digest[4], 16) % 10)
