"""The apps build downwards (DESIGN.md): no module imports, even inside a function, a module
that imports it back, and the core (its code and templates) names no app."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("technopolis", "visits", "organisations", "declarations")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    return {
        module_name(path): path
        for app in APPS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
    }


def imported(name, path, modules):
    """The project modules `name` imports anywhere in its code."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # `from package import module` means the module, `from module import name` the module.
            targets = [f"{base}.{alias.name}" for alias in node.names]
            targets = [target if target in modules else base for target in targets]
        else:
            continue
        found.update(target for target in targets if target in modules and target != name)
    return found


def cycles(graph):
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def import_graph():
    modules = project_modules()
    return {name: imported(name, path, modules) for name, path in modules.items()}


def test_no_module_imports_itself_back():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("app", ["visits", "organisations", "declarations"])
def test_the_core_imports_no_app(app):
    graph = import_graph()
    core = [name for name in graph if name.split(".")[0] == "technopolis"]
    # The demo loader and the URLs bring the apps together.
    allowed = ("technopolis.urls", "technopolis.demo", "technopolis.management")
    named = [
        (name, target)
        for name in core
        if not name.startswith(allowed)
        for target in graph[name]
        if target.split(".")[0] == app
    ]
    assert named == []


APP_TEMPLATE_DIRS = ("visits", "agenda", "organisations", "declarations")


def core_templates():
    templates = ROOT / "templates"
    for path in templates.rglob("*.html"):
        if path.relative_to(templates).parts[0] not in APP_TEMPLATE_DIRS:
            yield path


def test_core_templates_name_no_app():
    """Core templates take what apps show through `{% slot %}`, never by loading an app's tag
    library or including an app's template."""
    libraries = {
        path.stem
        for app in APPS[1:]
        for path in (ROOT / app).rglob("templatetags/*.py")
        if path.stem != "__init__"
    }
    assert {"agenda", "visit_today"} <= libraries
    named = []
    for path in core_templates():
        text = path.read_text()
        loads = re.findall(r"{%\s*load ([^%]+)%}", text)
        loaded = {name for load in loads for name in load.split()}
        included = re.findall(r"{%\s*(?:include|extends) \"([a-z_]+)/", text)
        named += [(path.name, name) for name in loaded & libraries]
        named += [(path.name, name) for name in included if name in APP_TEMPLATE_DIRS]
    assert named == []
