from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

import pytest

from robot_lib.errors import ConfigError
from robot_lib.runtime.registry import bot, convert


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


def test_decorator_returns_function_unchanged_with_frozen_spec() -> None:
    def plain(ctx: object, *, n: int = 2) -> int:
        return n * 2

    decorated = bot(retries=2, retry_delay=[1, 5], timeout="15m", tags=["browser"])(plain)
    assert decorated is plain
    spec = plain.__bot_spec__  # type: ignore[attr-defined]
    assert (spec.name, spec.retries, spec.retry_delay, spec.timeout) == (
        "plain",
        2,
        (1.0, 5.0),
        900.0,
    )
    assert spec.tags == ("browser",)
    with pytest.raises(AttributeError):
        spec.retries = 5
    assert plain(None, n=4) == 8


@pytest.mark.parametrize(
    ("value", "tp", "expected"),
    [
        ("42", int, 42),
        ("0.25", float, 0.25),
        ("yes", bool, True),
        ("off", bool, False),
        ("a/b.xlsx", Path, Path("a/b.xlsx")),
        ("2026-11-03", dt.date, dt.date(2026, 11, 3)),
        ("blue", Color, Color.BLUE),
        ("RED", Color, Color.RED),
        ("x, y,z", list[str], ["x", "y", "z"]),
        ("1,2", list[int], [1, 2]),
        ("none", int | None, None),
        ("7", int | None, 7),
    ],
)
def test_convert(value: str, tp: object, expected: object) -> None:
    assert convert(value, tp) == expected


@pytest.mark.parametrize(
    ("value", "tp"), [("x", int), ("maybe", bool), ("green", Color), ("2026-13-01", dt.date)]
)
def test_convert_refuses(value: str, tp: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        convert(value, tp)


def test_convert_params_refuses_unknown_and_ill_typed_and_missing() -> None:
    def needs(ctx: object, *, count: int, label: str = "x") -> None:
        pass

    spec = bot(name="needs_params_test")(needs).__bot_spec__  # type: ignore[attr-defined]
    assert spec.convert_params({"count": "3"}) == {"count": 3}
    with pytest.raises(ConfigError, match="no parameter 'colour'.*count, label"):
        spec.convert_params({"count": "1", "colour": "red"})
    with pytest.raises(ConfigError, match="count='three'.*expected a whole number"):
        spec.convert_params({"count": "three"})
    with pytest.raises(ConfigError, match="needs parameter"):
        spec.convert_params({})


def test_two_bots_with_one_name_is_an_error_naming_both_files(tmp_path: Path) -> None:
    from robot_lib.runtime.registry import import_bot_file

    for name in ("alpha", "beta"):
        (tmp_path / f"{name}_dup.py").write_text(
            "from robot_lib import bot\n@bot(name='same_name_test')\ndef f(ctx):\n    pass\n"
        )
    import_bot_file(tmp_path / "alpha_dup.py")
    with pytest.raises(ConfigError, match="alpha_dup.py and .*beta_dup.py"):
        import_bot_file(tmp_path / "beta_dup.py")
