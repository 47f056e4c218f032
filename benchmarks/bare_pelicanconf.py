"""Bare Pelican for the baseline: no plugins, the built-in simple theme, pages only."""

SITENAME = "Bare"
SITEURL = ""
PATH = "content"
PAGE_PATHS = ["pages"]
ARTICLE_PATHS: list[str] = []
THEME = "simple"
PLUGINS: list[str] = []
TIMEZONE = "Europe/Berlin"
DEFAULT_LANG = "de"
FEED_ALL_ATOM = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
DISPLAY_PAGES_ON_MENU = False  # the default menu lists every page on every page: O(n²)
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
