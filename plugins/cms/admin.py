"""The `/admin/` folder of the output: the editor page, its config and the Sveltia CMS bundle.

Everything comes from node_modules, nothing from a CDN. The single-file bundle names a few files
by public CDN addresses; /admin/ serves them itself, and the copy of the bundle points those
addresses at /admin/ (`rewrite_bundle`):

- the package's own address (`https://unpkg.com/@sveltia/cms`), from where the bundle loads its
  German translation (`<package>@<version>/locales/de.json`) and checks for updates
  (`<package>/package.json`): both are copied from the installed package;
- the three fonts of its interface (fontsource addresses on jsDelivr), copied from the package.

Features that would load further code from a CDN at the moment they are used (highlighting in
code blocks, map fields, PDF thumbnails, HEIC conversion, machine translation) stay off: the
page's Content-Security-Policy blocks them, and our schemas use none of them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from markupsafe import escape

from plugins.kit.i18n import message
from plugins.site.generator import write_if_changed

ROOT = Path(__file__).resolve().parent.parent.parent
SVELTIA = ROOT / "node_modules" / "@sveltia" / "cms"
BUNDLE = "sveltia-cms.js"
PACKAGE_ADDRESS = "https://unpkg.com/@sveltia/cms"
LOCAL_PACKAGE = "sveltia"  # /admin/sveltia/package.json, /admin/sveltia@VERSION/locales/
# Interface languages besides English (which is inside the bundle).
LOCALES = ("de",)
# Font file in /admin/fonts/ -> the start of its name in the package (the rest is a content hash).
FONTS = {
    "source-sans-3": "source-sans-3-latin-wght-normal-",
    "noto-mono": "noto-mono-latin-400-normal-",
    "material-symbols-outlined": "material-symbols-outlined-latin-wght-normal-",
}
FONT_ADDRESS = re.compile(
    r"https://cdn\.jsdelivr\.net/fontsource/fonts/(?P<font>[a-z0-9-]+)(?::vf)?@[0-9.]+/[\w-]+\.woff2"
)
OWN_FILES = Path(__file__).resolve().parent / "admin"

PAGE = """<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<link rel="cms-config-url" type="application/yaml" href="{base}/admin/config.yml">
</head>
<body>
<script src="{base}/admin/{bundle}"></script>
<script src="{base}/admin/editor.js"></script>
</body>
</html>
"""


def admin_page(title: str, base: str = "", policy: str = "") -> str:
    """The editor's page. `policy` (from `admin_csp`) also goes into the page itself, so the
    editor keeps to it where no server header sends it, as in the preview of `invoke edit`."""
    return PAGE.format(
        title=escape(title),
        base=base.rstrip("/"),
        bundle=BUNDLE,
        policy=escape(meta_policy(policy or admin_csp())),
    )


def meta_policy(policy: str) -> str:
    """The policy without frame-ancestors, which browsers ignore (and warn about) in <meta>."""
    directives = [d for d in policy.split("; ") if not d.startswith("frame-ancestors")]
    return "; ".join(directives)


def config_yaml(config: dict) -> bytes:
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=100)
    return text.encode("utf-8")


def admin_csp(connect: list[str] = ()) -> str:
    """Content-Security-Policy for /admin/ only (the site keeps `default-src 'self'`).

    Sveltia CMS runs without `'unsafe-eval'`. It needs `'unsafe-inline'` styles (Svelte adds its
    component styles as `<style>` elements), `blob:`/`data:` images (media previews), `blob:`
    frames (the entry preview), `data:` connections (it reads its built-in logo with `fetch`;
    no network is involved) and the forge's API. Local editing reads and writes through the
    browser's File System Access API: no connection at all.
    """
    sources = " ".join(["'self'", "data:", *connect])
    return (
        "default-src 'self'; script-src 'self'; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; "
        f"connect-src {sources}; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def connect_sources(backend: dict) -> list[str]:
    """Origins the editor talks to: the forge's API and its login page."""
    origins = []
    for url in (backend.get("api_root", ""), backend.get("base_url", "")):
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
        if origin and origin not in origins:
            origins.append(origin)
    return origins


def not_installed(package: Path) -> FileNotFoundError:
    return FileNotFoundError(
        message(
            "cms: Sveltia CMS fehlt in {folder} — installieren Sie es mit `npm ci`",
            folder=package,
        )
    )


def package_version(package: Path = SVELTIA) -> str:
    try:
        return json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    except FileNotFoundError:
        raise not_installed(package) from None


def rewrite_bundle(text: str, base: str = "") -> str:
    """The bundle with its CDN addresses pointed at /admin/ (see the module docstring)."""
    admin = f"{base.rstrip('/')}/admin"
    package_literal = f"`{PACKAGE_ADDRESS}`"
    fonts = [match["font"] for match in FONT_ADDRESS.finditer(text)]
    if text.count(package_literal) != 1 or sorted(fonts) != sorted(FONTS):
        raise ValueError(
            message(
                "cms: der Aufbau von {bundle} hat sich geändert (Paketadresse {count}-mal, "
                "Schriften {fonts}) — passen Sie plugins/cms/admin.py an die neue Version an",
                bundle=BUNDLE,
                count=text.count(package_literal),
                fonts=", ".join(fonts) or "-",
            )
        )
    text = text.replace(package_literal, f"`{admin}/{LOCAL_PACKAGE}`")
    return FONT_ADDRESS.sub(lambda match: f"{admin}/fonts/{match['font']}.woff2", text)


def package_files(package: Path = SVELTIA) -> dict[str, Path]:
    """Files /admin/ serves as they are: name in /admin/ -> file in the npm package."""
    version = package_version(package)
    files = {
        f"{LOCAL_PACKAGE}/package.json": package / "package.json",  # the update check: up to date
        f"{LOCAL_PACKAGE}/LICENSE.txt": package / "LICENSE.txt",
    }
    for locale in LOCALES:
        files[f"{LOCAL_PACKAGE}@{version}/locales/{locale}.json"] = (
            package / "locales" / f"{locale}.json"
        )
    assets = package / "npm" / "assets"
    for name, prefix in FONTS.items():
        found = sorted(assets.glob(f"{prefix}*.woff2"))
        if len(found) != 1:
            raise not_installed(package)
        files[f"fonts/{name}.woff2"] = found[0]
        files[f"fonts/{name}.LICENSE.txt"] = assets / f"{name}.LICENSE.txt"
    return files


def write_admin(
    target: Path,
    config: dict,
    title: str,
    base: str = "",
    policy: str = "",
    package: Path = SVELTIA,
) -> int:
    """Write page, config, our script and the CMS into `target`; return the CMS file count."""
    bundle = package / "dist" / BUNDLE
    if not bundle.is_file():
        raise not_installed(package)
    write_if_changed(target / "index.html", admin_page(title, base, policy).encode("utf-8"))
    write_if_changed(target / "config.yml", config_yaml(config))
    write_if_changed(target / "editor.js", (OWN_FILES / "editor.js").read_bytes())
    text = rewrite_bundle(bundle.read_text(encoding="utf-8"), base)
    write_if_changed(target / BUNDLE, text.encode("utf-8"))
    files = package_files(package)
    for name, source in files.items():
        write_if_changed(target / name, source.read_bytes())
    return len(files) + 1
