"""The layers of DESIGN hold: the records core never imports Qt or the desktop layer, and
neither package has an import cycle.

And the code type-checks: mypy finds no error in ``db`` or ``desktop``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_layers_hold() -> None:
    """import-linter's contracts in pyproject.toml, on the real import graph: db never imports
    Qt or desktop; db's rooms and desktop's rooms import only what lies below them; the
    command line imports PySide6 only for the window, --screenshot and name order."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


def test_mypy_finds_no_error() -> None:
    """mypy finds no error in the packages ``[tool.mypy]`` names (``db`` and ``desktop``)."""
    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run(
        [str(mypy)],  # its cache (.mypy_cache) makes a second run take a second
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found"), result.stdout


def test_importing_db_loads_no_qt() -> None:
    code = (
        "import sys, db.library, db.csv.export, db.safekeeping.check; "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Return the import cycles of ``graph``: its strongly connected components of two or
    more modules, each sorted, in the order Tarjan's algorithm closes them.

    Every import counts, those inside functions and under ``TYPE_CHECKING`` too: a
    function-local import that closes a cycle only hides it.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for start in sorted(graph.modules):
        if start in index:
            continue
        # Iterative Tarjan: each frame is a module and the imports still to visit.
        frames = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while frames:
            module, imported = frames[-1]
            for other in imported:
                if other not in index:
                    index[other] = low[other] = len(index)
                    stack.append(other)
                    on_stack.add(other)
                    frames.append(
                        (other, iter(sorted(graph.find_modules_directly_imported_by(other))))
                    )
                    break
                if other in on_stack:
                    low[module] = min(low[module], index[other])
            else:
                frames.pop()
                if frames:
                    parent = frames[-1][0]
                    low[parent] = min(low[parent], low[module])
                if low[module] == index[module]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == module:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))
    return cycles


def _described(graph: grimp.ImportGraph, cycles: list[list[str]]) -> str:
    """Each cycle with the imports that close it (``importer:line -> imported``)."""
    lines = []
    for cycle in cycles:
        lines.append(" <-> ".join(cycle))
        for importer in cycle:
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                if imported in cycle:
                    found = graph.get_import_details(importer=importer, imported=imported)
                    where = ", ".join(str(detail["line_number"]) for detail in found)
                    lines.append(f"    {importer}:{where} -> {imported}")
    return "\n".join(lines)


@pytest.mark.parametrize("package", ["db", "desktop"])
def test_no_import_cycle(package: str) -> None:
    """No module of ``package`` imports itself back through others, even from a function.

    Layers stay layers only without cycles: a module that opens a library sits
    above the library, the migrations and the backups, none of which imports it.
    """
    graph = grimp.build_graph(package, cache_dir=None)
    cycles = import_cycles(graph)
    assert not cycles, "import cycles:\n" + _described(graph, cycles)


def test_import_cycles_are_found() -> None:
    """The cycle finder sees a cycle held open by an import inside a function."""
    graph = grimp.ImportGraph()
    for module in ("pkg", "pkg.a", "pkg.b", "pkg.c", "pkg.d"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b", line_number=1, line_contents="")
    graph.add_import(importer="pkg.b", imported="pkg.c", line_number=1, line_contents="")
    graph.add_import(importer="pkg.c", imported="pkg.a", line_number=9, line_contents="")
    graph.add_import(importer="pkg.d", imported="pkg.a", line_number=1, line_contents="")
    assert import_cycles(graph) == [["pkg.a", "pkg.b", "pkg.c"]]


def test_no_module_is_longer_than_400_lines() -> None:
    """One module, one job: a module past 400 lines is split before it grows further.

    Alembic's revisions are records of the past, not modules to split, and are left out.
    """
    long = {
        path.relative_to(ROOT).as_posix(): lines
        for package in ("db", "desktop")
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
