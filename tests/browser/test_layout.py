"""Page structure and reflow: lang, template name and one h1 on every page; no sideways
scrolling at 320 px (= 1280 px at 400 % zoom, WCAG 1.4.10); no motion when reduced motion
is asked for."""

from .checks import NARROW, horizontal_overflow, moving_elements, open_page


def test_every_page_has_lang_template_and_one_h1(site_pages):
    problems = []
    for info in site_pages:
        if not info.lang:
            problems.append(f"{info.path}: <html> has no lang")
        if not info.template:
            problems.append(f"{info.path}: <html> has no data-template")
        if info.h1_count != 1:
            problems.append(f"{info.path}: {info.h1_count} h1 elements, expected 1")
    assert not problems, "\n".join(problems)


def test_no_horizontal_scrolling_at_320_px(new_context, http_server, sample):
    page = new_context(viewport=NARROW).new_page()
    problems = []
    for info in sample:
        open_page(page, http_server + info.url_path)
        problems += [f"{info.label}: {problem}" for problem in horizontal_overflow(page)]
    assert not problems, "pages scroll sideways at 320 px:\n" + "\n".join(problems)


def test_reduced_motion_stops_transitions_and_animations(new_context, http_server, sample):
    page = new_context(reduced_motion="reduce").new_page()
    problems = []
    for info in sample:
        open_page(page, http_server + info.url_path)
        problems += [f"{info.label}: {problem}" for problem in moving_elements(page)]
    assert not problems, "motion despite prefers-reduced-motion:\n" + "\n".join(problems)
