"""The resident runner (robot_lib.launch, robot_lib.cli.resident): ``bots run`` handed to a
process that has the runtime imported, with the command's own folder, environment,
terminal, signals and exit code, a fresh process per attempt, and nothing lost when any of
the processes is killed."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, run_cli, start_sleeper
from tests.servers import new_database

SERVING = re.compile(r"resident runner (\d+) serving on (\S+)")


@contextmanager
def _short_folder() -> Iterator[Path]:
    """A folder with a short path: the runner's Unix socket must have one under 100 bytes,
    and pytest's folders are longer under a test worker (`popen-gw0/…`) and for long test
    names; a BOTS_HOME deeper than that has no resident runner (by design, see
    ``robot_lib.launch.resident_socket``)."""
    base = Path(tempfile.mkdtemp(prefix="bots-r-"))
    try:
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def short_home() -> Iterator[Path]:
    with _short_folder() as base:
        yield base / "var"


@pytest.fixture(scope="module")
def resident_home() -> Iterator[dict[str, str]]:
    """One BOTS_HOME with its resident runner, for this module; the runner ends after."""
    with _short_folder() as base:
        env = {
            "BOTS_HOME": str(base / "var"),
            "BOTS_PATH": str(FIXTURES / "bots"),
            "BOTS_CREDENTIALS": str(base / "credentials.env"),
            "BOTS_SCHEDULES": str(base / "schedules"),
            "BOTS_COLOR": "0",
            "BOTS_RESIDENT": "1",
            "BOTS_RESIDENT_IDLE": "5m",
        }
        code, out = run_cli("run", "noop", env=env)  # runs here, then starts the runner
        assert code == 0, out
        _serving(env)
        yield env
        for sock in Path(env["BOTS_HOME"], "resident").glob("*.sock"):
            sock.unlink()  # the runner sees it and ends


def _serving(env: dict[str, str], other_than: int | None = None) -> int:
    """The pid of the runner serving *env*'s BOTS_HOME (waits for it to listen)."""
    log = Path(env["BOTS_HOME"], "resident", "resident.log")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = SERVING.findall(log.read_text()) if log.exists() else []
        if found and int(found[-1][0]) != other_than and Path(found[-1][1]).exists():
            return int(found[-1][0])
        time.sleep(0.05)
    raise AssertionError(f"no resident runner: {log.read_text() if log.exists() else 'no log'}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"


def _sleeper(env: dict[str, str], pidfile: Path) -> subprocess.Popen[str]:
    """``bots run sleeper`` once its bot sleeps (with a grandchild), its pids in *pidfile*."""
    proc = start_sleeper(pidfile, stdout=subprocess.PIPE, text=True, env={**os.environ, **env})
    time.sleep(0.2)
    return proc


def _assert_tree_gone(pidfile: Path) -> None:
    bot_pid, grandchild = (int(x) for x in pidfile.read_text().split())
    time.sleep(0.5)
    assert not _alive(bot_pid) and not _alive(grandchild)


def _last_run(env: dict[str, str], bot: str) -> dict[str, object]:
    code, out = run_cli("runs", "--bot", bot, "--json", env=env)
    assert code == 0, out
    runs: list[dict[str, object]] = json.loads(out)
    return runs[0]


def test_a_run_is_served_with_the_commands_folder_environment_and_exit_code(
    resident_home: dict[str, str], tmp_path: Path
) -> None:
    env = {**resident_home, "BOTS_TEST_MARK": "from-the-client", "TEST_SECRET": "s3cr3t-value"}
    pids = []
    for _ in range(2):
        code, out = run_cli("run", "whereabouts", env=env, cwd=tmp_path)
        assert code == 0, out
        assert "started as: -P -m robot_lib.cli.resident" in out  # forked by the runner
        assert "mark: from-the-client" in out
        assert "secret in environment: False" in out  # as for a spawned attempt
        assert "whereabouts succeeded" in out
        pids.append(int((tmp_path / "whereabouts.pid").read_text()))  # in the command's folder
    assert pids[0] != pids[1]  # a fresh process for each run, never reused
    code, out = run_cli("run", "crashy", env=resident_home)
    assert code == 1 and "crashy failed" in out, out
    # nothing of the command's environment stays in the runner
    runner = _serving(resident_home)
    assert b"s3cr3t-value" not in Path(f"/proc/{runner}/environ").read_bytes()
    assert b"from-the-client" not in Path(f"/proc/{runner}/environ").read_bytes()


def test_ctrl_c_reaches_the_run(resident_home: dict[str, str], tmp_path: Path) -> None:
    pidfile = tmp_path / "p"
    proc = _sleeper(resident_home, pidfile)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 130, out
    assert "cancelled" in out
    assert _last_run(resident_home, "sleeper")["status"] == "cancelled"
    _assert_tree_gone(pidfile)


def test_a_killed_command_stops_its_run(resident_home: dict[str, str], tmp_path: Path) -> None:
    pidfile = tmp_path / "p"
    proc = _sleeper(resident_home, pidfile)
    proc.kill()  # kill -9: it cannot pass anything on
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 30
    while _last_run(resident_home, "sleeper")["status"] == "running":
        assert time.monotonic() < deadline, "the run went on without its command"
        time.sleep(0.2)
    assert _last_run(resident_home, "sleeper")["status"] == "cancelled"
    _assert_tree_gone(pidfile)


def test_a_killed_runner_is_replaced_and_nothing_is_lost(
    resident_home: dict[str, str], tmp_path: Path
) -> None:
    runner = _serving(resident_home)
    os.kill(runner, signal.SIGKILL)
    time.sleep(0.2)
    code, out = run_cli("run", "whereabouts", env=resident_home, cwd=tmp_path)  # socket left
    assert code == 0, out
    assert "started as: -m robot_lib.runtime.child" in out  # ran on its own
    new = _serving(resident_home, other_than=runner)
    code, out = run_cli("run", "whereabouts", env=resident_home, cwd=tmp_path)
    assert code == 0 and "started as: -P -m robot_lib.cli.resident" in out, out
    assert _serving(resident_home) == new


def test_an_unused_runner_ends(short_home: Path) -> None:
    env = {
        "BOTS_HOME": str(short_home),
        "BOTS_PATH": str(FIXTURES / "bots"),
        "BOTS_RESIDENT": "1",
        "BOTS_RESIDENT_IDLE": "1s",
    }
    code, out = run_cli("run", "noop", env=env)
    assert code == 0, out
    runner = _serving(env)
    deadline = time.monotonic() + 30
    while _alive(runner):
        assert time.monotonic() < deadline, "the runner did not end"
        time.sleep(0.1)
    assert not list(Path(env["BOTS_HOME"], "resident").glob("*.sock"))
    assert (
        f"resident runner {runner} ended"
        in Path(env["BOTS_HOME"], "resident", "resident.log").read_text()
    )


def test_timeouts_and_retries_as_without_it(resident_home: dict[str, str], tmp_path: Path) -> None:
    pidfile = tmp_path / "p"
    code, out = run_cli(
        "run", "sleeper", "-p", f"pidfile={pidfile}", "--timeout", "1s", "--retries", "0",
        env=resident_home,
    )  # fmt: skip
    assert code == 1 and "attempt 1 timed out after 1s" in out, out
    _assert_tree_gone(pidfile)  # the forked attempt's whole tree
    code, out = run_cli("run", "flaky", "-p", "succeed_on=2", env=resident_home)
    assert code == 0, out
    assert "portal answered 500 (attempt 1)" in out and "flaky succeeded" in out
    assert _last_run(resident_home, "flaky")["attempts"] == 2


def test_a_stuck_runner_is_replaced_and_runs_nothing_twice(
    resident_home: dict[str, str], tmp_path: Path
) -> None:
    runner = _serving(resident_home)
    code, out = run_cli("runs", "--bot", "whereabouts", "--json", env=resident_home)
    before = len(json.loads(out))
    os.kill(runner, signal.SIGSTOP)
    code, out = run_cli("run", "whereabouts", env=resident_home, cwd=tmp_path)  # 10 s
    assert code == 0, out
    assert f"the resident runner (pid {runner}) did not answer: stopped it" in out
    assert "started as: -m robot_lib.runtime.child" in out  # ran on its own
    assert not _alive(runner)
    new = _serving(resident_home, other_than=runner)
    code, out = run_cli("run", "whereabouts", env=resident_home, cwd=tmp_path)
    assert code == 0 and "started as: -P -m robot_lib.cli.resident" in out, out
    assert _serving(resident_home) == new
    code, out = run_cli("runs", "--bot", "whereabouts", "--json", env=resident_home)
    assert len(json.loads(out)) == before + 2, out  # each command ran once


def test_a_killed_command_process_in_the_runner(
    resident_home: dict[str, str], tmp_path: Path
) -> None:
    pidfile = tmp_path / "p"
    proc = _sleeper(resident_home, pidfile)
    bot_pid = int(pidfile.read_text().split()[0])
    command = int(Path(f"/proc/{bot_pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    os.kill(command, signal.SIGKILL)  # the runner's copy that runs the command
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGKILL, out  # the runner says how it ended
    _assert_tree_gone(pidfile)  # the attempt watches its parent
    # as with a killed `bots run`: the next command finds the run's process gone
    run_cli("run", "noop", env=resident_home)
    assert _last_run(resident_home, "sleeper")["status"] == "interrupted"


def test_a_runner_for_other_code_retires_the_old_one(tmp_path: Path, short_home: Path) -> None:
    env = {"BOTS_HOME": str(short_home), "BOTS_PATH": str(FIXTURES / "bots")}
    env["BOTS_RESIDENT"] = "1"
    code, out = run_cli("run", "noop", env=env)
    assert code == 0, out
    old = _serving(env)
    sleeping = _sleeper(env, tmp_path / "p")  # a command the old runner is running
    # another import path counts as other code, as a change to robot_lib or the packages does
    changed = {**env, "PYTHONPATH": str(tmp_path / "elsewhere")}
    code, out = run_cli("run", "noop", env=changed)
    assert code == 0, out
    new = _serving(changed, other_than=old)
    assert len(list(Path(env["BOTS_HOME"], "resident").glob("*.sock"))) == 1
    code, out = run_cli("run", "whereabouts", env=changed, cwd=tmp_path)
    assert code == 0 and "started as: -P -m robot_lib.cli.resident" in out, out
    time.sleep(1.5)
    assert _alive(old)  # until its command ends, and that command still gets its exit code
    sleeping.send_signal(signal.SIGINT)
    out, _ = sleeping.communicate(timeout=30)
    assert sleeping.returncode == 130, out
    for pid in (old, new):
        if pid == new:
            for sock in Path(env["BOTS_HOME"], "resident").glob("*.sock"):
                sock.unlink()
        deadline = time.monotonic() + 30
        while _alive(pid):
            assert time.monotonic() < deadline, f"runner {pid} did not end"
            time.sleep(0.1)


def test_served_with_a_postgresql_run_database(
    postgres_url: str, tmp_path: Path, short_home: Path
) -> None:
    env = {
        "BOTS_HOME": str(short_home),
        "BOTS_PATH": str(FIXTURES / "bots"),
        "BOTS_RESIDENT": "1",
        "BOTS_DATABASE_URL": new_database(postgres_url),
    }
    try:
        code, out = run_cli("run", "noop", env=env)
        assert code == 0, out
        _serving(env)
        code, out = run_cli("run", "whereabouts", env=env, cwd=tmp_path)
        assert code == 0 and "started as: -P -m robot_lib.cli.resident" in out, out
        assert _last_run(env, "whereabouts")["status"] == "succeeded"
    finally:
        for sock in Path(env["BOTS_HOME"], "resident").glob("*.sock"):
            sock.unlink()
