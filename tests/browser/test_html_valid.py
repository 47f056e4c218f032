"""Every built HTML page is valid HTML according to the Nu HTML Checker (errors only)."""

from .vnu import check_html


def test_every_page_is_valid_html(site):
    messages = check_html(site, errors_only=True)
    assert not messages, f"{len(messages)} HTML errors:\n" + "\n".join(map(str, messages))
