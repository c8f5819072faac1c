"""The import graph keeps its shape: no cycle, and Qt widgets only in reader.ui.

import-linter's contracts (pyproject) keep the layers; this catches a cycle inside a
layer too, which a layers contract does not see.
"""

from __future__ import annotations

import grimp
import pytest

QT_WIDGETS = ("QtWidgets", "QtWebEngineWidgets")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("reader", include_external_packages=True)


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The import cycles among reader's modules (strongly connected components)."""
    modules = sorted(m for m in graph.modules if m.startswith("reader"))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph.find_modules_directly_imported_by(module)):
            if not other.startswith("reader"):
                continue
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle(graph: grimp.ImportGraph) -> None:
    assert cycles(graph) == []


def test_cycle_finder_sees_a_cycle() -> None:
    """The check can fail: two modules importing each other are a cycle."""
    made = grimp.ImportGraph()
    made.add_import(importer="reader.a", imported="reader.b")
    made.add_import(importer="reader.b", imported="reader.a")
    made.add_module("reader.c")
    assert cycles(made) == [["reader.a", "reader.b"]]


def test_only_the_ui_imports_qt_widgets(graph: grimp.ImportGraph) -> None:
    outside = []
    for module in sorted(graph.find_modules_that_directly_import("PySide6")):
        if module.startswith("reader.ui"):
            continue
        details = graph.get_import_details(importer=module, imported="PySide6")
        lines = [d["line_contents"] for d in details]
        outside += [f"{module}: {line}" for line in lines if any(
            name in line for name in QT_WIDGETS)]
    assert outside == []
