"""The architecture is checked, not described: layers, thin shells, private names, short modules."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "chatbot"
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))
MAX_LINES = 250


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """import-linter's verdict on the package under root, with the contracts of root's pyproject.toml."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"], cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_the_layers_and_the_thin_shells_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line"),
    [
        ("chatbot/text/_script.py", "import chatbot.answer  # noqa: F401"),  # a low layer reaching up
        ("chatbot/ui/cli.py", "from chatbot.retrieval import Retriever  # noqa: F401"),  # a shell reaching inside
    ],
)
def test_an_upward_or_inward_import_breaks_a_contract(tmp_path: Path, module: str, line: str) -> None:
    shutil.copytree(PACKAGE, tmp_path / "chatbot", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with (tmp_path / module).open("a", encoding="utf-8") as handle:
        handle.write("\n" + line + "\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0 and "1 broken" in result.stdout, result.stdout + result.stderr


def test_no_module_is_longer_than_a_sitting() -> None:
    lengths = {str(path.relative_to(ROOT)): len(path.read_text().splitlines()) for path in modules()}
    assert {name: n for name, n in lengths.items() if n > MAX_LINES} == {}


def imported_names(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every `from chatbot... import name` and `import chatbot...` in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("chatbot"):
            found += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names if alias.name.startswith("chatbot")]
    return found


def owner(module: str) -> str:
    """The stage a module belongs to: chatbot.retrieval._linking -> chatbot.retrieval; chatbot.config -> itself."""
    parts = module.split(".")
    return ".".join(parts[:2])


def test_no_private_name_crosses_a_package() -> None:
    crossing = []
    for path in modules():
        here = owner(module_name(path))
        for module, name in imported_names(path):
            private = any(part.startswith("_") for part in module.split(".")) or name.startswith("_")
            if private and owner(module) != here:
                crossing.append(f"{module_name(path)} imports {module}.{name}")
    assert crossing == []


def test_every_stage_has_a_public_face() -> None:
    for package in sorted(p.parent for p in PACKAGE.glob("*/__init__.py")):
        face = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
        targets = [t for n in face.body if isinstance(n, ast.Assign) for t in n.targets]
        targets += [n.target for n in face.body if isinstance(n, ast.AnnAssign)]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        assert "__all__" in names, package.name
        public = [p.name for p in package.glob("*.py") if not p.name.startswith("_")]
        assert package.name == "ui" or public == [], (package.name, public)  # only the shells are scripts
