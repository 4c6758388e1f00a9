"""The dependency rule of DEVELOPERS.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "palabre"
FRAMEWORKS = ("fastapi", "starlette", "uvicorn")
# What each inner layer may not import: the outer ring, or the web framework.
FORBIDDEN = {
    "domain": ("palabre",),
    "policies": ("palabre.services", "palabre.storage", "palabre.web", "palabre.cli",
                 "palabre.jobs", "palabre.notify"),
    "services": ("palabre.web", "palabre.cli", "palabre.jobs", "palabre.notify"),
    "storage": ("palabre.services", "palabre.web", "palabre.cli", "palabre.jobs",
                "palabre.notify"),
    "text": ("palabre.services", "palabre.storage", "palabre.web", "palabre.cli"),
}  # fmt: skip


def imports_of(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def violates(layer: str, name: str) -> bool:
    """domain may import only itself; the other inner layers only inner layers."""
    if name.startswith(f"palabre.{layer}"):
        return False
    return name.startswith(FORBIDDEN[layer])


def modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_inner_layers_do_not_reach_outwards(layer: str) -> None:
    offences = []
    for path in modules(layer):
        for name in imports_of(path):
            if violates(layer, name):
                offences.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offences == []


def test_only_web_imports_the_web_framework() -> None:
    offences = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        if "web" not in path.relative_to(PACKAGE).parts[:1]
        and path.relative_to(PACKAGE).parts[:1] != ("cli",)  # `palabre serve` starts uvicorn
        for name in imports_of(path)
        if name.split(".")[0] in FRAMEWORKS
    ]
    assert offences == []
