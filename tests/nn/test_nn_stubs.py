"""The type stubs stay in step with what they describe: _core.pyi declares every name the C
extension exports and types each op by its row's kind; ops.pyi exports what nn.ops exports."""
import ast
from pathlib import Path

from aoc.nn import _core, ops
from aoc.nn.optable import KINDS

PACKAGE = Path(ops.__file__).parent


def declared(stub):
    """The stub's top-level statements by each name it exports: private names left out, and
    an import counts only in its `import ... as name` form, the stub spelling of a re-export."""
    names = {}
    for node in ast.parse((PACKAGE / stub).read_text()).body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            names[target.id] = node
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] = node
        elif isinstance(node, ast.ImportFrom):
            names.update({alias.asname: node for alias in node.names if alias.asname})
    return {name: node for name, node in names.items() if not name.startswith("_")}


def test_core_stub_declares_every_name_the_extension_exports():
    assert set(declared("_core.pyi")) == {name for name in dir(_core) if not name.startswith("_")}


def test_core_stub_types_each_op_by_its_kind():
    stub = declared("_core.pyi")
    kinds = {name: ast.unparse(stub[name].annotation) for name in KINDS}
    assert kinds == {name: f"_{kind.capitalize()}" for name, kind in KINDS.items()}


def test_ops_stub_exports_what_ops_exports():
    tree = ast.parse((PACKAGE / "ops.pyi").read_text())
    stub_all = next(node.value for node in tree.body if isinstance(node, ast.Assign)
                    and node.targets[0].id == "__all__")
    assert ast.literal_eval(stub_all) == ops.__all__
    assert set(declared("ops.pyi")) == {*ops.__all__, "KINDS"}
