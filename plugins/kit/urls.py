"""The site's public address and languages: one place instead of a copy per plugin."""

from __future__ import annotations

import re

LANGUAGES = ("de", "en", "ls")  # ls = Leichte Sprache (German, rendered lang="de")
PAGE_LANGUAGES = ("de", "en")  # languages with their own navigation, search, feeds and lists
LANG_PREFIX = {"de": "", "en": "en", "ls": "leichte-sprache"}
HTML_LANG = {"de": "de", "en": "en", "ls": "de"}  # Leichte Sprache is German for screen readers
LOCALES = {"de": "de_DE", "en": "en_GB", "ls": "de_DE"}  # Babel locales for dates and numbers


def public_url(settings: dict) -> str:
    """The site's absolute address without a trailing slash: SITE_PUBLIC_URL, else SITEURL
    (canonical links, feeds, sitemap, JSON-LD and calendars use it)."""
    return (settings.get("SITE_PUBLIC_URL") or settings.get("SITEURL") or "").rstrip("/")


def site_owner(settings: dict, lang: str = "de") -> str:
    """Who publishes the site (from the town file: "Stadt Beispielhausen", in English "Town of
    Beispielhausen"): feeds' author and title, JSON-LD publisher, calendar names."""
    if lang == "en" and settings.get("SITE_NAME_EN"):
        return settings["SITE_NAME_EN"]
    return settings.get("AUTHOR") or settings.get("SITENAME") or ""


def place_name(settings: dict) -> str:
    """The town's plain name ("Beispielhausen"), as in "Veranstaltungen in Beispielhausen"."""
    return settings.get("SITENAME") or ""


def absolute(base: str, path: str) -> str:
    """`path` ("/rathaus/") on the public address `base`."""
    return base.rstrip("/") + path


def home_url(lang: str) -> str:
    prefix = LANG_PREFIX[lang]
    return f"/{prefix}/" if prefix else "/"


def tel_uri(phone: str | None) -> str | None:
    """RFC 3966 `tel:` with the German country code, so phones abroad can call too."""
    if not phone:
        return None
    digits = re.sub(r"[^\d+]", "", phone)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+49" + digits[1:]
    return "tel:" + digits
