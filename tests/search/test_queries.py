"""The Python-built index, queried by lunr.js + lunr-languages as the browser does, ranks right."""

import pytest

from .corpus import FINDS_ALL, QUERIES
from .helpers import node_search


@pytest.fixture(scope="module")
def answers(corpus_site, tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("queries")
    found = {}
    for lang in ("de", "en"):
        queries = [q for ql, q, _ in QUERIES + FINDS_ALL if ql == lang]
        for answer in node_search(corpus_site / lang, queries, tmp, top=10):
            found[lang, answer["query"]] = answer
    return found


@pytest.mark.parametrize(("lang", "query", "expected"), QUERIES, ids=[q for _, q, _ in QUERIES])
def test_expected_page_comes_first(answers, lang, query, expected):
    urls = [result["url"] for result in answers[lang, query]["results"]]
    assert urls[:1] == [expected], f"{query!r}: {urls}"


@pytest.mark.parametrize(("lang", "query", "expected"), FINDS_ALL, ids=[q for _, q, _ in FINDS_ALL])
def test_compound_parts_find_every_compound(answers, lang, query, expected):
    urls = [result["url"] for result in answers[lang, query]["results"]]
    assert set(expected) <= set(urls), f"{query!r}: {urls}"


def test_at_least_25_ranking_queries():
    assert len(QUERIES) >= 25


def test_matched_words_are_highlighted(answers):
    results = answers["de", "Muell"]["results"]
    marked = {text for r in results for text, hit in r["title"] + r["snippet"] if hit}
    assert {"Sperrmüll", "Müllabfuhr"} <= marked


def test_result_carries_type(answers):
    first = answers["de", "Oeffnungszeiten Buergerbuero"]["results"][0]
    assert first["type"] == "office"
    assert answers["de", "Oeffnungszeiten Buergerbuero"]["counts"]["office"] >= 1


def test_stop_words_alone_find_nothing(corpus_site, tmp_path):
    (answer,) = node_search(corpus_site / "de", ["und die der"], tmp_path)
    assert answer["total"] == 0
