"""The code's dependency direction, read from the source with `ast` (no imports run).

Layers, bottom to top: core, then the sections, then editorial and search, then demo. A module
may import its own app, any app of a lower layer, Django, Wagtail and other libraries. Two apps
of the same layer may depend on each other only through ALLOWED_EDGES, and no modules may import
each other in a circle, not even through an import inside a function. docs/architecture.md
explains the layout.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

LAYERS = {
    "core": 0,
    "home": 1,
    "forum_pages": 1,
    "region_teams": 1,
    "news": 1,
    "regional_statistics": 1,
    "subscriptions": 1,
    "editorial": 2,
    "search": 2,
    "api": 2,
    "demo": 3,
}

# (importing app, imported app): why the one section needs the other. Keep it short.
ALLOWED_EDGES = {
    ("home", "forum_pages"): "the home page shows the next meeting and the latest reports",
    ("home", "news"): "the home page shows the latest news",
    ("home", "region_teams"): "the menu links the staff area for staff",
    ("forum_pages", "region_teams"): "meetings and reports name the counties they concern",
    ("regional_statistics", "region_teams"): "the statistics are per county and team",
    ("subscriptions", "forum_pages"): "subscribers choose strategy themes; meetings send notices",
    ("subscriptions", "region_teams"): "subscribers choose counties",
}

# Written so that the patterns do not match themselves.
FORBIDDEN_REFERENCES = re.compile(r"issue[ ]#|[Ss]eed[ ]0|DOMAIN[.]md|seeds[/]")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    """{dotted name: path} of every module of the project's apps (migrations included)."""
    return {
        module_name(path): path
        for app in LAYERS
        if (ROOT / app).is_dir()
        for path in sorted((ROOT / app).rglob("*.py"))
    }


def imported_names(tree, module, is_package):
    """Every module name an import statement names, at module level or inside a function."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")
                package = package[: len(package) - node.level + (1 if is_package else 0)]
                base = ".".join([*package, base] if base else package)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def ancestors(name):
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def module_graph():
    """{module: set of project modules it imports}. Importing `a.b.c` also runs the packages
    `a` and `a.b`, so they count too, except the importing module's own packages (which Python
    has already started to run)."""
    modules = project_modules()
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = set()
        for name in imported_names(tree, module, path.name == "__init__.py"):
            if name in modules:
                targets |= {name} | (ancestors(name) & modules.keys())
        graph[module] = targets - ancestors(module) - {module}
    return graph


def layer_app(module):
    """The app whose layer rules a module follows."""
    return module.split(".")[0]


def forbidden_edges(graph):
    problems = []
    for module, targets in graph.items():
        source = layer_app(module)
        for target in sorted(targets):
            app = target.split(".")[0]
            if app == source or (source, app) in ALLOWED_EDGES:
                continue
            if LAYERS[app] >= LAYERS[source] and not (source == "demo" and app != "demo"):
                problems.append(f"{module} ({source}) imports {target} ({app})")
    return problems


def find_cycle(graph):
    """One import cycle as a list of modules, or None (depth-first search)."""
    state = {}

    def visit(module, trail):
        state[module] = "open"
        trail.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                return trail[trail.index(target) :] + [target]
            if target not in state:
                found = visit(target, trail)
                if found:
                    return found
        trail.pop()
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state:
            found = visit(module, [])
            if found:
                return found
    return None


def test_every_app_has_a_layer():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert apps <= LAYERS.keys(), f"apps without a layer in LAYERS: {apps - LAYERS.keys()}"


def test_apps_import_only_lower_layers_or_allowed_edges():
    assert forbidden_edges(module_graph()) == []


def test_allowed_edges_are_used():
    graph = module_graph()
    used = {
        (layer_app(module), target.split(".")[0])
        for module, targets in graph.items()
        for target in targets
    }
    assert set(ALLOWED_EDGES) <= used, f"unused allowed edges: {set(ALLOWED_EDGES) - used}"


@pytest.mark.parametrize("app", sorted(LAYERS))
def test_no_import_cycle_inside_an_app(app):
    graph = {
        module: {target for target in targets if target.split(".")[0] == app}
        for module, targets in module_graph().items()
        if module.split(".")[0] == app
    }
    assert find_cycle(graph) is None


def test_no_import_cycle_between_apps():
    apps = {}
    for module, targets in module_graph().items():
        source = layer_app(module)
        apps.setdefault(source, set()).update(
            target.split(".")[0] for target in targets if target.split(".")[0] != source
        )
    assert find_cycle(apps) is None


def project_sources():
    skipped = {".venv", "var", "node_modules", ".git", "static"}
    for path in sorted(ROOT.rglob("*")):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in skipped or relative.parts[0].endswith(".egg-info"):
            continue
        if path.suffix in {".py", ".html", ".txt"} and path.is_file():
            yield path


def test_comments_speak_of_the_code():
    """No pointers to issue numbers, seed files or documents outside the repository."""
    hits = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in project_sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN_REFERENCES.search(line)
    ]
    assert hits == []
