"""The vault: secrets encrypted at rest, handed only to the bot that declares them, found in no
artifact, rotated under a running bot; a wrong key is one clear error."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from robot_lib.runtime.store import Store
from tests.conftest import BIN, run_cli

SECRET = "vault-s3cret-Qx7"  # long enough to be registered, unlike any other string here


def _contains(root: Path, value: str) -> list[str]:
    """Files under *root* holding *value*, looking inside zip archives (traces) too."""
    hits = []
    for p in root.rglob("*"):
        if not p.is_file():
            continue
        blobs = [p.read_bytes()]
        if zipfile.is_zipfile(p):
            with zipfile.ZipFile(p) as z:
                blobs += [z.read(n) for n in z.namelist()]
        if any(value.encode() in b for b in blobs):
            hits.append(str(p))
    return hits


def _set(name: str, value: str) -> str:
    code, out = run_cli("secret", "set", name, "--stdin", stdin=value + "\n")
    assert code == 0, out
    return out


def test_a_secret_set_with_the_cli_reaches_its_bot_and_no_artifact_nor_the_database(
    test_bots: Path, tmp_path: Path
) -> None:
    out = _set("TEST_SECRET", SECRET)
    assert "created the vault key" in out and SECRET not in out
    key = Path(os.environ["BOTS_HOME"]) / "vault.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert not (tmp_path / "credentials.env").exists()  # nothing but the vault holds it
    code, out = run_cli("run", "leaker")  # reads it, logs it, puts it in items and errors
    run = Store().list_runs(bot="leaker", limit=1)[0]
    assert run.status == "failed" and "****" in (run.error or ""), out
    assert SECRET not in out
    assert _contains(Path(run.run_dir or ""), SECRET) == []
    assert _contains(Path(os.environ["BOTS_HOME"]), SECRET) == []  # the SQLite file too
    code, out = run_cli("secret", "list", "--json")
    rows = json.loads(out)
    assert [(r["name"], r["bots"]) for r in rows] == [
        ("TEST_SECRET", ["env_probe", "leaker", "slow_secret"])
    ]
    assert SECRET not in out
    code, out = run_cli("audit", "--json")
    assert ["set secret"] == [e["action"] for e in json.loads(out)]
    assert _set("TEST_SECRET", SECRET + "2").strip().endswith("changed")
    code, out = run_cli("describe", "leaker")
    assert "TEST_SECRET: set (vault)" in out
    assert run_cli("secret", "rm", "TEST_SECRET", "--yes")[0] == 0
    assert run_cli("secret", "list", "--json")[1].strip() == "[]"
    actions = [e["action"] for e in json.loads(run_cli("audit", "--json")[1])]
    assert actions == ["remove secret", "change secret", "set secret"]


def test_a_bot_gets_only_what_it_declares(test_bots: Path, tmp_path: Path) -> None:
    _set("TEST_SECRET", SECRET)
    code, out = run_cli("run", "undeclared_reader")
    error = Store().list_runs(limit=1)[0].error or ""
    assert code != 0 and SECRET not in out
    assert 'add "TEST_SECRET" to @bot(credentials=[...]) in ' in error
    assert error.endswith("secret_bots.py")
    # neither a secret of the environment nor the vault key is inherited by the process
    env = {"OTHER_API_TOKEN": "tok-123456", "BOTS_VAULT_KEY": ""}
    probe = tmp_path / "env.txt"
    code, out = run_cli("run", "env_probe", "-p", f"out={probe}", env=env)
    assert code == 0, out
    names = set(probe.read_text().split())
    assert "OTHER_API_TOKEN" not in names and "TEST_SECRET" not in names
    assert "BOTS_VAULT_KEY" not in names and "BOTS_CREDENTIALS" in names


def test_a_wrong_or_exposed_key_is_one_clear_error_and_nothing_is_decrypted(
    test_bots: Path, tmp_path: Path
) -> None:
    from cryptography.fernet import Fernet

    _set("TEST_SECRET", SECRET)
    other = Fernet.generate_key().decode()
    code, out = run_cli(
        "run", "slow_secret", "-p", f"marks={tmp_path}", env={"BOTS_VAULT_KEY": other}
    )
    error = Store().list_runs(limit=1)[0].error or ""
    assert code != 0 and "does not open secret TEST_SECRET" in error and SECRET not in out
    assert "BOTS_VAULT_KEY" in error and not (tmp_path / "started").exists()
    key = Path(os.environ["BOTS_HOME"]) / "vault.key"
    key.chmod(0o644)
    code, out = run_cli("run", "slow_secret", "-p", f"marks={tmp_path}")
    assert code != 0 and not (tmp_path / "started").exists()
    assert f"chmod 600 {key}" in (Store().list_runs(limit=1)[0].error or "")
    key.unlink()
    code, out = run_cli("secret", "set", "OTHER", "--stdin", stdin="x-value\n")
    assert code != 0 and "holds 1 secret(s) but no key was found" in out
    assert str(key) in out


def test_rotating_the_key_does_not_disturb_a_running_bot(test_bots: Path, tmp_path: Path) -> None:
    _set("TEST_SECRET", SECRET)
    key = Path(os.environ["BOTS_HOME"]) / "vault.key"
    before = key.read_text()
    bot = subprocess.Popen(
        [str(BIN / "bots"), "run", "slow_secret", "-p", f"marks={tmp_path}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (tmp_path / "started").exists():
        assert time.monotonic() < deadline and bot.poll() is None, "the bot did not start"
        time.sleep(0.05)
    code, out = run_cli("secret", "rotate-key")
    assert code == 0 and "re-encrypted" in out, out
    after = key.read_text()
    assert after != before and len(after.split()) == 1  # the old key is gone
    (tmp_path / "go").write_text("x")
    out, _ = bot.communicate(timeout=60)
    assert bot.returncode == 0, out
    sha = hashlib.sha256(SECRET.encode()).hexdigest()
    assert (tmp_path / "used").read_text().split() == [sha, sha]
    assert SECRET not in out
    (tmp_path / "started").unlink()
    (tmp_path / "used").unlink()
    code, out = run_cli("run", "slow_secret", "-p", f"marks={tmp_path}")  # the new key opens it
    assert code == 0, out
    assert (tmp_path / "used").read_text().split() == [sha, sha]
    actions = [e["action"] for e in json.loads(run_cli("audit", "--json")[1])]
    assert actions == ["rotate vault key", "set secret"]


@pytest.mark.slow
def test_postgresql_holds_no_plaintext(
    postgres_url: str, test_bots: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import glob

    from tests.servers import new_database

    url = new_database(postgres_url)
    monkeypatch.setenv("BOTS_DATABASE_URL", url)
    _set("TEST_SECRET", SECRET)
    (tmp_path / "go").write_text("x")
    code, out = run_cli("run", "slow_secret", "-p", f"marks={tmp_path}")
    assert code == 0, out  # the bot opened it from PostgreSQL
    pg_dump = next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))), "pg_dump")
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    dump = subprocess.run([pg_dump, plain], capture_output=True, check=True).stdout
    assert b"vault_secrets" in dump and b"TEST_SECRET" in dump
    assert SECRET.encode() not in dump


def test_doctor_says_where_credentials_come_from_and_warns_in_production(
    test_bots: Path, tmp_path: Path
) -> None:
    from robot_lib.scheduling.state import LOCK

    _set("TEST_SECRET", SECRET)
    assert run_checks_row("credentials of leaker") == (True, "TEST_SECRET (vault)", "")
    assert run_cli("secret", "rm", "TEST_SECRET", "--yes")[0] == 0
    (tmp_path / "credentials.env").write_text(f"TEST_SECRET={SECRET}\n")
    Store().acquire_lock(LOCK, "scheduler@elsewhere:1")  # a scheduler runs on this database
    ok, detail, fix = run_checks_row("credentials of leaker")
    assert not ok and detail == "TEST_SECRET (credentials file)"
    assert fix == "a scheduler is running: move TEST_SECRET into the vault (`bots secret set NAME`)"


def run_checks_row(name: str) -> tuple[bool, str, str]:
    from robot_lib.cli.doctor import run_checks

    return next((ok, d, f) for n, ok, d, f in run_checks() if n == name)


@pytest.mark.browser
def test_a_vault_password_used_to_sign_in_is_in_no_file_nor_trace_member(
    portal: Any, test_bots: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from urllib.parse import quote_plus

    password = portal.settings.password
    monkeypatch.setenv("PORTAL_URL", portal.url)
    monkeypatch.setenv("PORTAL_USERNAME", portal.settings.username)
    monkeypatch.delenv("PORTAL_PASSWORD", raising=False)
    _set("PORTAL_PASSWORD", password)
    code, out = run_cli("run", "traced_login")
    run = Store().list_runs(bot="traced_login", limit=1)[0]
    folder = Path(run.run_dir or "")
    assert "signed in (1 login)" in (folder / "run.log").read_text(), out
    assert zipfile.is_zipfile(folder / "trace.zip")
    for form in (password, quote_plus(password)):
        assert _contains(folder, form) == [] and form not in out
    assert _contains(Path(os.environ["BOTS_HOME"]), password) == []
