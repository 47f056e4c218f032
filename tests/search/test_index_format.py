"""The index files: deterministic, lunr's own weights, shards that score like the whole index,
and the same terms from Python's analysis as from lunr.js + lunr-languages in the browser."""

import json
import subprocess

import pytest
from lunr.builder import Builder
from lunr.pipeline import Pipeline

from plugins.search.analysis import analyse, pipeline_labels, term_function, tokenize
from plugins.search.indexer import FieldIndex, build_search_files, lunr_serialized

from .conftest import CORPUS
from .corpus import QUERIES
from .helpers import HERE, node_search


def _files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*.json"))}


def test_same_input_gives_the_same_bytes(tmp_path):
    build_search_files(CORPUS["de"], "de", tmp_path / "a", "/stadt")
    build_search_files(list(reversed(CORPUS["de"])), "de", tmp_path / "b", "/stadt")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_rebuild_removes_files_of_older_builds(tmp_path):
    build_search_files(CORPUS["de"], "de", tmp_path, "")
    build_search_files(CORPUS["de"][:5], "de", tmp_path, "")
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    listed = set(manifest["docs"]["files"])
    for index in manifest["indexes"].values():
        listed |= {name for _, name in index["shards"]}
    on_disk = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.json")}
    assert on_disk == listed | {"manifest.json"}


def test_stats_and_result_urls_carry_the_base_url(tmp_path):
    stats = build_search_files(CORPUS["de"], "de", tmp_path, "/stadt")
    assert stats["documents"] == len(CORPUS["de"])
    assert stats["bytes"] == sum(len(b) for b in _files(tmp_path).values())
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    rows = json.loads((tmp_path / manifest["docs"]["files"][0]).read_text())
    assert rows[0][0].startswith("/stadt/")


def test_groups_are_id_ranges_by_type_then_section(tmp_path):
    build_search_files(CORPUS["de"], "de", tmp_path, "")
    groups = json.loads((tmp_path / "manifest.json").read_text())["groups"]
    assert [g[0] for g in groups] == sorted(g[0] for g in groups)
    assert [g[1] for g in groups][:3] == ["service", "office", "event"]
    assert groups[0][0] == 0


def test_unknown_type_is_named_in_the_error(tmp_path):
    bad = dict(CORPUS["de"][0], type="recipe")
    with pytest.raises(ValueError, match=r"'/rathaus/leistungen/personalausweis/': type 'recipe'"):
        build_search_files([bad], "de", tmp_path, "")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_weights_equal_lunr_py_builder(lang):
    """FieldIndex is a fast lunr Builder: same terms, same postings, same vector weights."""
    term = term_function(lang)

    def pipeline_function(token, i=None, tokens=None):
        result = term(str(token))
        return token.update(lambda *_: result) if result else None

    Pipeline.register_function(pipeline_function, f"test-{lang}")
    builder = Builder()
    builder.pipeline.add(pipeline_function)
    builder.ref("id")
    builder.field("title", 10)
    builder.field("body", 1)
    ours = FieldIndex((("title", 10.0), ("body", 1.0)))
    for number, doc in enumerate(CORPUS[lang]):
        builder.add({"id": number, "title": doc["title"], "body": doc["body"]})
        ours.add(number, [analyse(doc["title"], lang), analyse(doc["body"], lang)])
    theirs = builder.build().serialize()
    mine = lunr_serialized(ours, lang)

    def postings(serialized):
        return {
            term: {f: sorted(docs) for f, docs in posting.items() if f != "_index"}
            for term, posting in serialized["invertedIndex"]
        }

    def weights(serialized):
        terms = {posting["_index"]: term for term, posting in serialized["invertedIndex"]}
        return {
            (ref, terms[elements[i]]): elements[i + 1]
            for ref, elements in serialized["fieldVectors"]
            for i in range(0, len(elements), 2)
        }

    assert postings(mine) == postings(theirs)
    theirs_weights = weights(theirs)
    assert weights(mine).keys() == theirs_weights.keys()
    for key, value in weights(mine).items():
        assert value == pytest.approx(theirs_weights[key], abs=0.0011), key


def test_sharded_index_scores_like_the_whole_index(tmp_path):
    build_search_files(
        CORPUS["de"], "de", tmp_path / "many", "", title_shard_bytes=300, body_shard_bytes=300
    )
    build_search_files(
        CORPUS["de"], "de", tmp_path / "one", "", title_shard_bytes=10**9, body_shard_bytes=10**9
    )
    shards = json.loads((tmp_path / "many/manifest.json").read_text())["indexes"]["body"]["shards"]
    assert len(shards) > 5
    queries = [q for lang, q, _ in QUERIES if lang == "de"]
    many = node_search(tmp_path / "many", queries, tmp_path, top=20)
    one = node_search(tmp_path / "one", queries, tmp_path, top=20)
    for a, b in zip(many, one, strict=True):
        assert [(r["url"], round(r["score"], 9)) for r in a["results"]] == [
            (r["url"], round(r["score"], 9)) for r in b["results"]
        ], a["query"]
        assert len(a["fetched"]) >= len(b["fetched"])


TRICKY = {
    "de": "Müll Muell MÜLL Straße Strasse Personalausweis „Personalausweis“ (Platz) PDF 2026 "
    "Quelle neue Mauer aktuell Öffnungszeiten Oeffnungszeiten Grüße Gruesse für fuer daß "
    "x-beliebig Ärzte Aerzte Zoë Café 12. 1.000 Bürgerbüros Reisepässe",
    "en": "passports opening hours Öffnungszeiten Rathaus running café 2026 ‘quoted’ easily",
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_python_terms_equal_browser_terms(lang, tmp_path):
    words = [
        w for doc in CORPUS[lang] for k in ("title", "summary", "body") for w in tokenize(doc[k])
    ]
    tokens = sorted(set(words + tokenize(TRICKY[lang])))
    tokens_file = tmp_path / "tokens.json"
    tokens_file.write_text(json.dumps(tokens))
    result = subprocess.run(
        ["node", str(HERE / "node_terms.js"), json.dumps(pipeline_labels(lang)), str(tokens_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    browser = json.loads(result.stdout)
    python = [term_function(lang)(t) for t in tokens]
    assert dict(zip(tokens, python, strict=True)) == dict(zip(tokens, browser, strict=True))


def test_umlaut_spellings_meet_in_one_term():
    term = term_function("de")
    assert term("muell") == term("müll")
    assert term("oeffnungszeiten") == term("öffnungszeiten")
    assert term("strasse") == term("straße")
    assert term("personalausweis") == "personalausweis"  # the trimmer keeps p (lunr.py #149)
    assert term("neue") != term("nü")  # "ue" after a vowel is no umlaut
