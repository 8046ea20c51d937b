"""The layers of docs/ARCHITECTURE.md, checked on the source: no import from a lower layer to a
higher one, and no import cycle, counting the imports made inside functions too (but not those
only type checkers see)."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "aoc"

# The lowest layer first; a module belongs to the first layer whose prefix names it.
LAYERS = [
    ("foundation", ["aoc", "aoc.errors", "aoc.units", "aoc.status", "aoc.config", "aoc.calendar", "aoc.plot",
                    "aoc.lib", "aoc.nn"]),
    ("store", ["aoc.store"]),
    ("site", ["aoc.site"]),
    ("days and runs", ["aoc.registry", "aoc.runner", "aoc.worker", "aoc.inputs", "aoc.lab.study", "aoc.lab", "aoc.days"]),
    ("workflows", ["aoc.batch", "aoc.known_answers", "aoc.examples", "aoc.scaffold", "aoc.submit", "aoc.stars",
                   "aoc.posts", "aoc.lab.driver", "aoc.leaderboard", "aoc.watch", "aoc.reader", "aoc.accounts"]),
    ("commands", ["aoc.cli", "aoc.__main__"]),
]


def module_name(path: Path) -> str:
    """aoc/site/client.py → aoc.site.client; aoc/store/__init__.py → aoc.store."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def layer(module: str) -> int:
    """The index of the module's layer: the longest matching prefix decides."""
    best, rank = -1, None
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    assert rank is not None, f"{module} belongs to no layer: add it to LAYERS and docs/ARCHITECTURE.md"
    return rank


def runtime_nodes(module: str):
    """Every node of the module's source but those under `if TYPE_CHECKING:` (never imported at run time)."""
    stack = [ast.parse(MODULES[module].read_text(encoding="utf-8"))]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            test = child.test if isinstance(child, ast.If) else None
            if test is not None and "TYPE_CHECKING" in ast.unparse(test):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def imports(module: str) -> set[str]:
    """The aoc modules a module imports at run time, anywhere in its body."""
    found = set()
    for node in runtime_nodes(module):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("aoc")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("aoc") and not node.level:
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                found.add(name if name in MODULES else node.module)
    return {name for name in found if name in MODULES and name != module}


GRAPH = {module: imports(module) for module in MODULES}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_reaches_a_higher_layer(module):
    upward = [target for target in GRAPH[module] if layer(target) > layer(module)]
    assert not upward, f"{module} ({LAYERS[layer(module)][0]}) imports higher layers: {upward}"


def test_no_import_cycle():
    done, path = set(), []

    def visit(module):
        if module in path:
            cycle = path[path.index(module):] + [module]
            pytest.fail("import cycle: " + " → ".join(cycle))
        if module in done:
            return
        path.append(module)
        for target in sorted(GRAPH[module]):
            # a package's __init__ re-exporting its own modules is not a cycle with them
            if not module.startswith(target + "."):
                visit(target)
        path.pop()
        done.add(module)

    for module in sorted(GRAPH):
        visit(module)


def test_only_the_site_client_imports_requests():
    importers = sorted(module for module in MODULES if "requests" in _imported_roots(module))
    assert importers == ["aoc.site.client"]


def _imported_roots(module: str) -> set[str]:
    """Top-level names of every import in the module."""
    roots = set()
    for node in runtime_nodes(module):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            roots.add(node.module.split(".")[0])
    return roots
