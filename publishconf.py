"""Production settings: `pelicanconf.py` plus the public address, checks and optimised output.

Used by `invoke publish` (and by CI on main). For hosting under a sub-path set both addresses to
it, e.g. SITEURL = SITE_PUBLIC_URL = "https://example.org/stadt": every link, asset, feed and
search request then carries /stadt.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: F403

# The address the site is served from: the town file's `url`; the environment can override it
# (staging, sub-path).
SITEURL = os.environ.get("SITE_URL", PUBLIC_URL).rstrip("/")  # noqa: F405
SITE_PUBLIC_URL = SITEURL  # absolute links: canonical, hreflang, feeds, sitemap, security.txt
RELATIVE_URLS = False

# plugins/publishing: what a production build adds after every page is written.
PUBLISH_LINK_CHECK = True  # broken internal links and anchors fail the build
PUBLISH_FINGERPRINT = True  # theme CSS/JS under content-hashed names, cached for a year
PUBLISH_MINIFY = True
PUBLISH_PRECOMPRESS = True  # .gz and .br beside every text file (nginx gzip_static/brotli_static)

# RFC 9116 /.well-known/security.txt (Expires: build date + 1 year): SECURITY_CONTACT comes
# from the town file (`security_contact`, else the town's e-mail and phone).
SECURITY_POLICY = ""  # e.g. SITEURL + "/sicherheit/" once the page exists
SECURITY_LANGUAGES = "de, en"

# Where `invoke publish` puts releases:
# "local:/var/www/stadt" or "rsync:deploy@host:/var/www/stadt".
# The web server's document root is <that folder>/current.
PUBLISH_TARGET = os.environ.get("PUBLISH_TARGET", "local:" + str(Path.home() / "www" / "stadt"))
PUBLISH_HTML_CHECK = True  # the Nu HTML Checker, when Java is installed
