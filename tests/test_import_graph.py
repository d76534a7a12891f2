"""No import circles among the bot's modules, and dependencies that point inwards.

Why a test: a circle is easy to create and hard to see (the Discord adapter once had five modules
importing one another through the client class, hidden behind `TYPE_CHECKING`), and it is what
makes a module impossible to reuse on its own, as the web console must reuse the moderation
layer. The graph is read from the source with `ast`, so imports under `TYPE_CHECKING` and inside
functions count too: they are dependencies all the same.

Run as a script to print the graph's circles: `python tests/test_import_graph.py`.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "storage", "rules")
SDKS = ("discord", "telegram")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            found[module_name(path)] = path
    return found


def _imported(tree: ast.AST, here: str, is_package: bool, known: set[str] | dict[str, Path]) -> Iterator[str]:
    """Every module an import statement in `tree` names, as an absolute name. `from a import b`
    names the module a.b when there is one, else a (b is then a name defined in a)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports (directly, in any position in the file)."""
    known = modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[name] = {t for t in _imported(tree, name, path.name == "__init__.py", known) if t in known and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def sdk_imports() -> dict[str, set[str]]:
    """Module -> the platform SDKs it imports."""
    found: dict[str, set[str]] = {}
    for name, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        sdks = {imported.split(".")[0] for imported in _imported(tree, name, path.name == "__init__.py", set())
                if imported.split(".")[0] in SDKS}
        if sdks:
            found[name] = sdks
    return found


def test_no_import_circles_in_the_bot() -> None:
    """Circles that involve `bot` modules (storage and rules have owners of their own; the script
    lists every circle in the three packages)."""
    found = [c for c in cycles(import_graph()) if any(m == "bot" or m.startswith("bot.") for m in c)]
    assert not found, "import circles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_the_cycle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_dependencies_point_inwards() -> None:
    graph = import_graph()
    for name, targets in graph.items():
        if name.startswith(("rules", "storage")):
            assert not {t for t in targets if t.startswith("bot")}, f"{name} imports the bot"
        if name.startswith("rules"):
            assert not {t for t in targets if t.startswith("storage")}, f"{name} imports storage"


def test_only_platform_code_imports_a_platform_sdk() -> None:
    for name, sdks in sdk_imports().items():
        for sdk in sdks:
            assert name.startswith(f"bot.platforms.{sdk}"), f"{name} imports {sdk}"


if __name__ == "__main__":
    circles = cycles(import_graph())
    for circle in circles:
        print(" <-> ".join(circle))
    print(f"{len(circles)} import circle(s) among {len(modules())} modules")
    sys.exit(1 if circles else 0)
