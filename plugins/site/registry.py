"""Which plugins take part in a build, what each needs, and where its files are.

A plugin is a package listed in the setting PLUGINS (plus the core: frontmatter and site). In its
`__init__.py` it may declare

    REQUIRES = ("plugins.offices",)   # plugins that must be listed too

Only listed plugins count: their content types are known to the reader, their receivers of the
site's signals run (in the order of `@signals.priority`, then of PLUGINS), their `templates/`
are reachable as "<folder name>/<file>" (so two plugins can never shadow each other's template),
and their `translations/` and `static/` are used. A test may therefore build with a subset of
plugins in the same process as a full build.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from plugins.kit.i18n import load_catalogues, message

CORE = ("plugins.frontmatter", "plugins.site")


class PluginError(Exception):
    """The plugin configuration is wrong (a missing plugin, a missing requirement)."""


@dataclass(frozen=True)
class Plugin:
    name: str  # "plugins.news"
    folder: Path

    @property
    def short(self) -> str:
        """The folder name, which is also the plugin's template namespace: "news"."""
        return self.folder.name


def listed(settings: dict) -> tuple[str, ...]:
    names = [name for name in settings.get("PLUGINS") or () if isinstance(name, str)]
    return tuple(dict.fromkeys([*CORE, *names]))


def active_plugins(settings: dict) -> tuple[Plugin, ...]:
    return _plugins(listed(settings), tuple(settings.get("PLUGIN_PATHS") or ()))


@lru_cache(maxsize=32)
def _plugins(names: tuple[str, ...], paths: tuple[str, ...]) -> tuple[Plugin, ...]:
    for path in paths:  # PLUGIN_PATHS: folders that hold plugins outside this repository
        if path not in sys.path:
            sys.path.append(path)
    found = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError as error:
            raise PluginError(
                message(
                    "Das Plugin '{name}' lässt sich nicht laden ({error})"
                    " — prüfen Sie den Namen in PLUGINS in pelicanconf.py",
                    name=name,
                    error=error,
                )
            ) from None
        found.append(Plugin(name, Path(module.__file__).resolve().parent))
    return tuple(found)


def check_requirements(settings: dict) -> None:
    """Every plugin's REQUIRES is listed too; otherwise one error naming all that is missing."""
    names = set(listed(settings))
    missing = []
    for plugin in active_plugins(settings):
        module = sys.modules[plugin.name]
        for needed in getattr(module, "REQUIRES", ()):
            if needed not in names:
                missing.append(
                    message(
                        "Das Plugin '{name}' braucht '{needed}' — nehmen Sie '{needed}' in "
                        "PLUGINS in pelicanconf.py auf (vor '{name}')",
                        name=plugin.name,
                        needed=needed,
                    )
                )
    if missing:
        raise PluginError("\n".join(missing))


def is_active(module_name: str, settings: dict) -> bool:
    """True when `module_name` belongs to a listed plugin (or is not a plugin module at all)."""
    if not module_name.startswith("plugins."):
        return True
    return _owner(module_name, listed(settings)) is not None


@lru_cache(maxsize=4096)
def _owner(module_name: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        if module_name == name or module_name.startswith(name + "."):
            return name
    return None


def folders(settings: dict, kind: str) -> list[Path]:
    """`templates`, `translations` or `static` folders of the listed plugins that have one."""
    return [p.folder / kind for p in active_plugins(settings) if (p.folder / kind).is_dir()]


def catalogues(settings: dict) -> dict:
    """The translation catalogues of the theme and the listed plugins (plugins.kit.i18n)."""
    theme = Path(settings.get("THEME") or "theme")
    plugin_folders = tuple(p.parent for p in folders(settings, "translations"))
    return _catalogues((theme, *plugin_folders))


@lru_cache(maxsize=8)
def _catalogues(folders_: tuple[Path, ...]) -> dict:
    return load_catalogues(folders_)


def plugin_of(module_name: str, settings: dict) -> Plugin | None:
    owner = _owner(module_name, listed(settings))
    return next((p for p in active_plugins(settings) if p.name == owner), None)


def active_types(settings: dict) -> dict:
    """{name: Schema} of the content types whose plugins are listed (page is always there)."""
    from plugins.frontmatter.schema import TYPES

    return {name: schema for name, schema in TYPES.items() if is_active(schema.module, settings)}
