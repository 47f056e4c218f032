"""Random and malformed front matter and Markdown: always a value or a clear problem, never a
traceback or a hang."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugins.frontmatter import Problems
from plugins.frontmatter.schema import TYPES
from plugins.frontmatter.validate import check
from plugins.frontmatter.yamlblock import FrontMatterError, parse
from plugins.site.markdown import MarkdownRenderer

FIELDS = ["title", "summary", "type", "date", "start", "end", "order", "keywords", "postal_code",
          "opening_hours", "draft", "key", "contacts", "location", "über", ""]  # fmt: skip
YAML_BITS = [": ", "- ", "  ", "\t", '"', "'", "{", "}", "[", "]", "&a", "*a", "!!python/object",
             "01067", "14:00", "no", "31.12.", "2024-02-30", "---", "...", "#", "|", ">", "@",
             "`", "%YAML 1.1", "\\", "\ufeff", "\x00", "ü"]  # fmt: skip
MD_BITS = ["# ", "## ", "[a](", ")", "](b.md)", "{filename}/x.md", "<script>", "<div>", "</div>",
           "![", "`", "```", "*", "_", "| a | b |\n|---|---|", "<a href=\"javascript:x\">",
           "javascript:", "&amp;", "<!--", "\n", "    ", "> ", "1. ", "http://",
           "#anker"]  # fmt: skip

noise = st.text(alphabet=string.printable + "äöüß€\u00a0", max_size=20)
yaml_text = st.lists(st.one_of(st.sampled_from(YAML_BITS), noise), max_size=30).map("".join)
field_line = st.tuples(st.sampled_from(FIELDS), yaml_text).map(lambda kv: f"{kv[0]}: {kv[1]}")
front_matter = st.lists(st.one_of(field_line, yaml_text), max_size=12).map("\n".join)
markdown = st.lists(st.one_of(st.sampled_from(MD_BITS), noise), max_size=40).map("".join)
opening = st.sampled_from(["---\n", "---\r\n", "", "\ufeff---\n", "--- \n", "----\n"])
closing = st.sampled_from(["\n---\n", "\n...\n", "\n", "", "\n---"])
files = st.tuples(opening, front_matter, closing, markdown).map("".join)

SETTINGS = settings(max_examples=150, deadline=500, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(files)
def test_reader_gives_a_document_or_a_front_matter_error(text):
    try:
        document = parse(text)
    except FrontMatterError as error:
        assert error.line >= 1 and error.what and error.fix
        return
    assert isinstance(document.data, dict)
    assert document.body_line >= 1


@SETTINGS
@given(files, st.sampled_from(sorted(TYPES) or ["page"]))
def test_validator_gives_values_or_problems_with_lines(text, type_name):
    try:
        document = parse(text)
    except FrontMatterError:
        return
    problems = Problems()
    values = check(document, TYPES[type_name], "fuzz.md", problems)
    if values is None:
        assert problems.errors
        for problem in problems.items:
            assert problem.path == "fuzz.md" and problem.line >= 1 and problem.what
    else:
        assert isinstance(values, dict)


class _Item:
    """The parts of an Item that rendering a body reads."""

    def __init__(self, body: str):
        self.body, self.body_line, self.source, self.lang = body, 5, "fuzz.md", "de"
        self.translations, self.url = {}, "/fuzz/"


renderer = MarkdownRenderer()


@SETTINGS
@given(body=markdown)
def test_markdown_renders_or_reports(body, tmp_path_factory):
    from plugins.site.markdown import LinkContext

    problems = Problems()
    links = LinkContext({}, tmp_path_factory.getbasetemp(), "", problems)
    html = renderer.render(_Item(body), links)
    assert isinstance(html, str)
    assert "<script" not in html.lower()
    for problem in problems.items:
        assert problem.path == "fuzz.md" and problem.line >= 1
