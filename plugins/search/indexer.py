"""Build the search files of one language: small term-sharded lunr indexes plus document chunks.

Layout under `out_dir` (for instance output/search/de/), all JSON, file names carry a content hash
so that they can be cached for ever; only manifest.json must be revalidated:

    manifest.json            entry point: pipeline, fields, shard table, type/section ranges,
                             the result types with their labels in filter order
    titles/NNN.<hash>.json   index of title, keywords and their compound parts (answers first)
    body/NNN.<hash>.json     index of summary, body text and its compound parts
    docs/NNN.<hash>.json     [url, title, snippet] of DOCS_PER_CHUNK documents per file

A shard is a slice of the sorted term list: `[[term, postings of field 0, field 1, ...], ...]`,
postings being a flat list `[doc id delta, weight * 1000, ...]`. The weights are lunr's own
(BM25 with field boosts, rounded to 3 places like lunr.js), so search-core.js turns the loaded
shards back into a serialized lunr index for `lunr.Index.load` that scores exactly like the whole
index: lunr divides a match by the query vector's magnitude, never by the document's, so only
the weights of the query's own terms matter.

Document ids are positions in the order (type, section, url): each type and each section is a
range of ids, listed in the manifest, which is how results are filtered and labelled without
shipping a type per document.
"""

import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import pipeline_labels, split_words, terms_of
from .compounds import CompoundSplitter, corpus_vocabulary

FORMAT_VERSION = 1
# Result groups in filter order, with their labels: the site passes its own from the content
# types' declarations (`plugins.search.documents.search_types`); these serve tools and tests.
TYPES = (
    ("service", "Leistung"),
    ("office", "Amt"),
    ("event", "Veranstaltung"),
    ("poi", "Sehenswürdigkeit"),
    ("news", "Aktuelles"),
    ("notice", "Bekanntmachung"),
    ("page", "Seite"),
)
# Field boosts: a title or synonym match must rank above any body match.
TITLE_FIELDS = (("title", 10.0), ("keywords", 8.0), ("title_parts", 3.0))
BODY_FIELDS = (("summary", 2.0), ("body", 1.0), ("body_parts", 0.3))
TITLE_SHARD_BYTES = 24_000  # raw JSON per shard; about a third of that after gzip
BODY_SHARD_BYTES = 48_000
DOCS_PER_CHUNK = 16
SNIPPET_CHARS = 180
LUNR_B = 0.75
LUNR_K1 = 1.2


@dataclass
class FieldIndex:
    """Term frequencies of some fields of every document; lunr's Builder, minus its overhead."""

    fields: tuple[tuple[str, float], ...]
    document_count: int = 0
    # term -> field number -> {doc id: term frequency}
    postings: dict[str, list[dict[int, int]]] = field(default_factory=dict)
    # field number -> {doc id: number of terms}
    lengths: list[dict[int, int]] = field(default_factory=list)

    def __post_init__(self):
        self.lengths = [{} for _ in self.fields]

    def add(self, doc_id: int, field_terms: list[list[str]]) -> None:
        self.document_count += 1
        width = len(self.fields)
        for number, terms in enumerate(field_terms):
            self.lengths[number][doc_id] = len(terms)
            for term, frequency in Counter(terms).items():
                posting = self.postings.get(term)
                if posting is None:
                    posting = self.postings[term] = [{} for _ in range(width)]
                posting[number][doc_id] = frequency

    def weights(self) -> dict[str, list[list[tuple[int, int]]]]:
        """term -> field number -> [(doc id, weight * 1000)], the values of lunr's field vectors.

        lunr's BM25: idf * (k1 + 1) * tf / (k1 * (1 - b + b * length / average) + tf), times the
        field boost, rounded to 3 places; written out here with per-field constants for speed.
        """
        constants = []
        for number, (_, boost) in enumerate(self.fields):
            lengths = self.lengths[number]
            average = sum(lengths.values()) / max(len(lengths), 1) or 1
            constants.append((LUNR_K1 * (1 - LUNR_B), LUNR_K1 * LUNR_B / average, boost, lengths))
        result = {}
        floor = math.floor
        for term in sorted(self.postings):
            posting = self.postings[term]
            idf = _idf(sum(len(docs) for docs in posting), self.document_count)
            fields = []
            for (base, per_length, boost, lengths), docs in zip(constants, posting, strict=True):
                scale = idf * (LUNR_K1 + 1) * boost * 1000
                fields.append(
                    [
                        # Math.round in lunr.js rounds .5 up: floor(x + 0.5).
                        (doc, floor(scale * tf / (base + per_length * lengths[doc] + tf) + 0.5))
                        for doc, tf in sorted(docs.items())
                    ]
                )
            result[term] = fields
        return result


def _idf(documents_with_term: int, document_count: int) -> float:
    # lunr.idf: counts a document once per field it has the term in, like lunr.js.
    x = (document_count - documents_with_term + 0.5) / (documents_with_term + 0.5)
    return math.log(1 + abs(x))


def build_search_files(
    documents: Iterable[dict],
    lang: str,
    out_dir: Path,
    base_url: str,
    *,
    title_shard_bytes: int = TITLE_SHARD_BYTES,
    body_shard_bytes: int = BODY_SHARD_BYTES,
    docs_per_chunk: int = DOCS_PER_CHUNK,
    types: tuple[tuple[str, str], ...] = TYPES,
) -> dict:
    """Write the search files of one language under `out_dir`; return {"files", "bytes", ...}.

    `documents`: dicts with url, title, keywords (list), summary, body (plain text), type (one of
    `types`, which are (name, label) pairs in filter order), section. `base_url` ("" or "/stadt")
    is put in front of every result URL.
    """
    names = [name for name, _ in types]
    docs = sorted((_clean(doc, names) for doc in documents), key=lambda d: _order(d, names))
    titles, body = index_documents(docs, lang)
    out_dir = Path(out_dir)
    written: dict[str, bytes] = {}
    manifest = {
        "version": FORMAT_VERSION,
        "lang": lang,
        "pipeline": pipeline_labels(lang),
        "documents": len(docs),
        "groups": _groups(docs),
        "types": [list(pair) for pair in types],
        "docs": {
            "size": docs_per_chunk,
            "files": _doc_files(docs, base_url, docs_per_chunk, written),
        },
        "indexes": {
            "titles": _index_entry(titles, "titles", title_shard_bytes, written),
            "body": _index_entry(body, "body", body_shard_bytes, written),
        },
    }
    written["manifest.json"] = _json_bytes(manifest)
    _write(out_dir, written)
    return {
        "files": len(written),
        "bytes": sum(len(data) for data in written.values()),
        "documents": len(docs),
        "terms": len(titles.postings) + len(body.postings),
    }


def _clean(document: dict, names: list[str]) -> dict:
    doc_type = document.get("type") or "page"
    if doc_type not in names:
        raise ValueError(
            f"search document {document.get('url')!r}: type {doc_type!r}, "
            f"expected one of: {', '.join(names)}"
        )
    return {
        "url": document["url"],
        "title": _plain(document.get("title")),
        "keywords": " ".join(_plain(k) for k in document.get("keywords") or ()),
        "summary": _plain(document.get("summary")),
        "body": _plain(document.get("body")),
        "type": doc_type,
        "section": document.get("section") or "",
    }


def _plain(text) -> str:
    # lunr.py and lunr.js split on different spaces; one plain space is the same for both.
    return " ".join(str(text or "").split())


def _order(doc: dict, names: list[str]) -> tuple:
    return (names.index(doc["type"]), doc["section"], doc["url"])


def index_documents(docs: list[dict], lang: str) -> tuple[FieldIndex, FieldIndex]:
    """The title index and the body index of documents already in id order."""
    fields = ("title", "keywords", "summary", "body")
    words = [[split_words(doc[name]) for name in fields] for doc in docs]
    splitter = None
    if lang == "de":
        splitter = CompoundSplitter(*corpus_vocabulary(w for doc in words for w in doc))
    titles = FieldIndex(TITLE_FIELDS)
    body = FieldIndex(BODY_FIELDS)
    for doc_id, (title, keywords, summary, text) in enumerate(words):
        title_parts = splitter.text_parts(title + keywords) if splitter else []
        body_parts = splitter.text_parts(summary + text) if splitter else []
        titles.add(
            doc_id,
            [terms_of(title, lang), terms_of(keywords, lang), terms_of(title_parts, lang)],
        )
        body.add(
            doc_id,
            [terms_of(summary, lang), terms_of(text, lang), terms_of(body_parts, lang)],
        )
    return titles, body


def _groups(docs: list[dict]) -> list[list]:
    """[[first id, type, section], ...]: each (type, section) is one range of ids."""
    groups: list[list] = []
    for doc_id, doc in enumerate(docs):
        if not groups or groups[-1][1:] != [doc["type"], doc["section"]]:
            groups.append([doc_id, doc["type"], doc["section"]])
    return groups


def _doc_files(docs: list[dict], base_url: str, size: int, written: dict) -> list[str]:
    names = []
    for start in range(0, len(docs), size):
        rows = [[base_url + d["url"], d["title"], _snippet(d)] for d in docs[start : start + size]]
        names.append(_add_file(written, f"docs/{start // size:03d}", rows))
    return names


def _snippet(doc: dict) -> str:
    text = doc["summary"] or doc["body"]
    if len(text) <= SNIPPET_CHARS:
        return text
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return text[: cut if cut > 0 else SNIPPET_CHARS] + " …"


def _index_entry(index: FieldIndex, kind: str, shard_bytes: int, written: dict) -> dict:
    shards = []
    for number, rows in enumerate(_shards(index.weights(), shard_bytes)):
        shards.append([rows[0][0], _add_file(written, f"{kind}/{number:03d}", rows)])
    if shards:
        shards[0][0] = ""  # the first shard also holds every term sorting before its first
    return {"fields": [name for name, _ in index.fields], "shards": shards}


def _shards(weights: dict, shard_bytes: int) -> Iterable[list]:
    """Consecutive runs of sorted terms of about `shard_bytes` raw JSON each."""
    rows: list = []
    size = 0
    for term, fields in weights.items():
        row = [term, *(_postings(postings) for postings in fields)]
        rows.append(row)
        size += len(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
        if size >= shard_bytes:
            yield rows
            rows, size = [], 0
    if rows:
        yield rows


def _postings(postings: list[tuple[int, int]]) -> list[int]:
    flat: list[int] = []
    previous = 0
    for doc, weight in postings:
        flat += (doc - previous, weight)
        previous = doc
    return flat


def _json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _add_file(written: dict, stem: str, value) -> str:
    data = _json_bytes(value)
    name = f"{stem}.{hashlib.sha256(data).hexdigest()[:10]}.json"
    written[name] = data
    return name


def _write(out_dir: Path, written: dict[str, bytes]) -> None:
    for sub in ("titles", "body", "docs"):
        folder = out_dir / sub
        if folder.is_dir():  # drop files of earlier builds; names change with content
            for old in folder.glob("*.json"):
                if f"{sub}/{old.name}" not in written:
                    old.unlink()
    for name, data in written.items():
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)


def lunr_serialized(index: FieldIndex, lang: str) -> dict:
    """The whole index in lunr's serialized form (what lunr.Index.load reads); for tests/tools."""
    weights = index.weights()
    names = [name for name, _ in index.fields]
    inverted, vectors = [], {}
    for term_index, (term, fields) in enumerate(weights.items()):
        posting = {"_index": term_index}
        for name, postings in zip(names, fields, strict=True):
            posting[name] = {str(doc): {} for doc, _ in postings}
            for doc, weight in postings:
                vectors.setdefault(f"{name}/{doc}", []).extend((term_index, weight / 1000))
        inverted.append([term, posting])
    for number, name in enumerate(names):
        for doc in index.lengths[number]:
            vectors.setdefault(f"{name}/{doc}", [])
    return {
        "version": "2.3.9",
        "fields": names,
        "fieldVectors": sorted(vectors.items(), key=lambda item: _ref_key(item[0], names)),
        "invertedIndex": inverted,
        "pipeline": pipeline_labels(lang),
    }


def _ref_key(ref: str, names: list[str]) -> tuple[int, int]:
    name, doc = ref.split("/")
    return int(doc), names.index(name)
