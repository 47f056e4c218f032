"""The `/admin/` folder of the output: the editor page, its config and the Decap CMS bundle.

The bundle is copied from node_modules (no CDN): `decap-cms.js` and the chunks it loads from
beside itself at run time.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml
from markupsafe import escape

from plugins.site.generator import write_if_changed

ROOT = Path(__file__).resolve().parent.parent.parent
DECAP_DIST = ROOT / "node_modules" / "decap-cms" / "dist"
BUNDLE_FILES = ("decap-cms.js", "*.decap-cms.js", "decap-cms.js.LICENSE.txt")
OWN_FILES = Path(__file__).resolve().parent / "admin"

PAGE = """<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Redaktion – {site}</title>
<link rel="cms-config-url" type="text/yaml" href="{base}/admin/config.yml">
</head>
<body>
<script src="{base}/admin/decap-cms.js"></script>
<script src="{base}/admin/preview.js"></script>
</body>
</html>
"""


def admin_page(site_name: str, base: str = "") -> str:
    return PAGE.format(site=escape(site_name), base=base.rstrip("/"))


def config_yaml(config: dict) -> bytes:
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=100)
    return text.encode("utf-8")


def admin_csp(connect: list[str] = ()) -> str:
    """Content-Security-Policy for /admin/ only (the site keeps `default-src 'self'`).

    Decap needs `'unsafe-eval'` (its config schema is compiled with `new Function`),
    `'unsafe-inline'` styles (CSS-in-JS), `blob:`/`data:` images (media previews) and a
    connection to the forge API or, on an editor's machine, to decap-server.
    """
    sources = " ".join(["'self'", *connect])
    return (
        "default-src 'self'; script-src 'self' 'unsafe-eval'; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        f"connect-src {sources}; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def connect_sources(backend: dict, local_backend) -> list[str]:
    """Origins the editor talks to: the forge (API and login) and the local proxy."""
    urls = [backend.get("api_root", ""), backend.get("base_url", "")]
    if isinstance(local_backend, dict):
        urls.append(local_backend.get("url", ""))
    elif local_backend:
        urls.append("http://localhost:8081")
    origins = []
    for url in urls:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
        if origin and origin not in origins:
            origins.append(origin)
    return origins


def copy_bundle(target: Path, dist: Path = DECAP_DIST) -> int:
    copied = 0
    for pattern in BUNDLE_FILES:
        for source in sorted(dist.glob(pattern)):
            write_if_changed(target / source.name, source.read_bytes())
            copied += 1
    if not (dist / "decap-cms.js").is_file():
        raise FileNotFoundError(f"cms: Decap CMS not found in {dist}; run `npm ci`")
    return copied


def write_admin(target: Path, config: dict, site_name: str, base: str = "") -> int:
    """Write page, config, preview script and bundle into `target`; return the bundle count."""
    write_if_changed(target / "index.html", admin_page(site_name, base).encode("utf-8"))
    write_if_changed(target / "config.yml", config_yaml(config))
    write_if_changed(target / "preview.js", (OWN_FILES / "preview.js").read_bytes())
    return copy_bundle(target)
