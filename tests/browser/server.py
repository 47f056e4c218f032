"""The site's static server for browser tests: `plugins.site.static_server` (tests import it here
too, so that older imports keep working)."""

from plugins.site.static_server import MIME_TYPES, SiteRequestHandler, serve_directory

__all__ = ["MIME_TYPES", "SiteRequestHandler", "serve_directory"]
