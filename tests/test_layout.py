"""The package's folders name its architecture, and imports only go downward:

    ways in      robot_lib.cli, demo                         (may import everything below)
    scheduling   robot_lib.scheduling                        (schedules, service, executors)
    runtime      robot_lib.runtime                           (registry, runner, store, logs ...)
    library      browser, pdf, excel, mail, forms, invoices  (what a bot author imports)
    core         errors, config, credentials, context, files (the contract with the runtime)

Bots (``bots/``) sit on the library: they may import the core, the library and the
``robot_lib`` facade, nothing of the runtime, scheduling or the CLI. Lazy imports inside
functions count as much as imports at the top. See docs/architecture.md.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

LAYERS = {
    "core": 0,
    "library": 1,
    "runtime": 2,
    "scheduling": 3,
    "ways in": 4,
}
CORE = {"errors", "config", "credentials", "context", "files"}
LIBRARY = {"browser", "pdf", "pdf_accents", "pdf_words", "excel", "mail", "forms", "invoices"}


def layer_of(module: str) -> str | None:
    """The layer of a dotted module name of this project (None: outside the project)."""
    parts = module.split(".")
    if parts[0] == "demo":
        return "ways in"
    if parts[0] != "robot_lib":
        return None
    if len(parts) == 1:
        return "facade"
    head = parts[1]
    if head in CORE:
        return "core"
    if head in LIBRARY:
        return "library"
    if head == "runtime":
        return "runtime"
    if head == "scheduling":
        return "scheduling"
    if head in ("cli", "console", "launch"):  # launch: the `bots` command before its CLI
        return "ways in"
    raise AssertionError(f"robot_lib.{head} belongs to no layer: add it to tests/test_layout.py")


def _facade_names() -> dict[str, str]:
    import robot_lib

    return dict(robot_lib._LAZY)


def imports_of(source: str, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) for every import of a project module in *source*, top-level or not.
    ``from robot_lib import NAME`` resolves to the submodule NAME, or, for a name of the
    facade (``bot``, ``RunContext`` ...), to ``robot_lib:MODULE`` where it takes NAME from."""
    facade = _facade_names()
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                path = root / sub.replace(".", "/")
                if path.is_dir() or path.with_suffix(".py").is_file():
                    out.append((node.lineno, sub))
                elif node.module == "robot_lib" and a.name in facade:
                    out.append((node.lineno, f"robot_lib:{facade[a.name]}"))
                else:
                    out.append((node.lineno, node.module))
    return [
        (n, m) for n, m in out if m.split(".")[0].split(":")[0] in ("robot_lib", "demo", "bots")
    ]


def violations(path: Path, source: str, module: str) -> list[str]:
    mine = "bots" if module.split(".")[0] == "bots" else layer_of(module)
    found = []
    for line, imported in imports_of(source):
        via_facade, _, target = imported.rpartition(":")
        if via_facade and mine == "bots":
            continue  # the bot author's API: bot, RunContext, the errors
        theirs = layer_of(target)
        if target.split(".")[0] == "bots" or theirs in (None, "facade"):
            continue
        if mine == "bots":
            bad = theirs not in ("core", "library")
        elif mine == "facade":
            bad = False  # the facade re-exports the author's API, lazily
        else:
            assert mine is not None
            bad = LAYERS[theirs] > LAYERS[mine]
        if bad:
            found.append(f"{path.relative_to(ROOT)}:{line}: {mine} imports {target} ({theirs})")
    return found


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def test_imports_only_go_downward() -> None:
    found = []
    files = [*(ROOT / "robot_lib").rglob("*.py"), *(ROOT / "bots").rglob("*.py")]
    files += (ROOT / "demo").rglob("*.py")
    assert len(files) > 40
    for path in sorted(files):
        found += violations(path, path.read_text(encoding="utf-8"), _module_name(path))
    assert found == []


def test_the_checker_catches_an_upward_import() -> None:
    upward = {
        "robot_lib.pdf": "from robot_lib.runtime.store import Store\n",
        "robot_lib.browser.session": "def f():\n    from robot_lib.scheduling import service\n",
        "robot_lib.runtime.runner": "import robot_lib.cli\n",
        "robot_lib.errors": "from robot_lib import excel\n",
        "bots.invoice_processing": "from robot_lib.runtime.registry import discover\n",
    }
    for module, source in upward.items():
        path = ROOT / (module.replace(".", "/") + ".py")
        assert len(violations(path, source, module)) == 1, module
    fine = "from robot_lib import BusinessError, bot, files\nfrom robot_lib.invoices import x\n"
    assert violations(ROOT / "bots/x.py", fine, "bots.x") == []


def test_every_folder_says_what_lives_there_and_what_it_may_import() -> None:
    for folder in ("runtime", "scheduling", "cli", "browser", "invoices"):
        doc = ast.get_docstring(
            ast.parse((ROOT / "robot_lib" / folder / "__init__.py").read_text())
        )
        assert doc and len(doc.splitlines()) >= 3, folder
    for folder in ("runtime", "scheduling", "cli"):
        doc = ast.get_docstring(
            ast.parse((ROOT / "robot_lib" / folder / "__init__.py").read_text())
        )
        assert doc and ("May import" in doc or "imports" in doc), folder


def test_no_module_holds_more_than_one_idea() -> None:
    """A rule of thumb: a module over ~500 lines holds more than one idea; split it."""
    long = []
    for top in ("robot_lib", "bots", "demo"):
        for path in (ROOT / top).rglob("*.py"):
            n = len(path.read_text(encoding="utf-8").splitlines())
            if n > 560:
                long.append(f"{path.relative_to(ROOT)}: {n} lines")
    assert long == []
