"""``bots new NAME``: a working bot module and its passing test, from a template."""

from __future__ import annotations

import keyword
import re
from pathlib import Path

BOT_TEMPLATE = '''"""{name}: greets each name it is given and files the greetings.

Replace the body with your bot's work; keep one work item per thing you process, so a
re-run skips what is done and a bad input goes to review instead of stopping the run.
"""

from __future__ import annotations

from robot_lib import BusinessError, Item, Review, RunContext, approves, bot


@bot(
    retries=1,
    retry_delay=10,
    timeout="10m",
    description="Greet people and file greetings",
    credentials=[],  # the secrets it reads (e.g. "ERP_PASSWORD"): only these reach it
)
def {name}(ctx: RunContext, *, names: list[str] | None = None, greeting: str = "Hello") -> None:
    names = names if names is not None else ["Ann", "Bob"]
    out = ctx.path("greetings.txt")
    for item in ctx.items(names):
        with item:
            name = str(item.value).strip()
            if not name:
                raise BusinessError("empty name: nothing to greet")
            line = f"{{greeting}}, {{name}}!"
            with out.open("a", encoding="utf-8") as f:
                f.write(line + "\\n")
            item.output["greeting"] = line
            ctx.log.info(line)


@approves({name})
def greet_reviewed(ctx: RunContext, item: Item, review: Review) -> None:
    \"\"\"A person gave the missing name: `bots review approve N --set name=Ann`.\"\"\"
    name = review.values.get("name", "").strip()
    if not name:
        raise BusinessError("still no name: approve with --set name=...")
    line = f"{{ctx.params.get('greeting', 'Hello')}}, {{name}}!"
    with ctx.path("greetings.txt").open("a", encoding="utf-8") as f:
        f.write(line + "\\n")
    item.output["greeting"] = line
'''

TEST_TEMPLATE = """from __future__ import annotations

from pathlib import Path

from bots.{name} import {name}
from robot_lib import RunContext


def test_{name}_greets_and_reviews_empty_names(tmp_path: Path) -> None:
    ctx = RunContext.for_test(tmp_path, bot="{name}")
    {name}(ctx, names=["Ann", " ", "Bob"], greeting="Hi")
    assert (ctx.artifacts / "greetings.txt").read_text().splitlines() == ["Hi, Ann!", "Hi, Bob!"]
    assert ctx.counts == {{"done": 2, "review": 1}}
"""


def scaffold(name: str, root: Path) -> list[Path]:
    """Write ``bots/NAME.py`` and ``tests/bots/test_NAME.py`` under *root*.

    Raises ValueError for a name that is not a Python identifier and FileExistsError
    rather than overwrite either file.
    """
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name) or keyword.iskeyword(name):
        raise ValueError(f"{name!r} is not a valid bot name (lower_case_with_underscores)")
    bot_file = root / "bots" / f"{name}.py"
    test_file = root / "tests" / "bots" / f"test_{name}.py"
    for p in (bot_file, test_file):
        if p.exists():
            raise FileExistsError(f"{p} already exists; not overwriting it")
    bot_file.parent.mkdir(parents=True, exist_ok=True)
    test_file.parent.mkdir(parents=True, exist_ok=True)
    bot_file.write_text(BOT_TEMPLATE.format(name=name), encoding="utf-8")
    test_file.write_text(TEST_TEMPLATE.format(name=name), encoding="utf-8")
    return [bot_file, test_file]
