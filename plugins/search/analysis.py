"""Text analysis for the search index: the same token pipeline as lunr.js in the browser.

Every function here has a twin in `static/search-core.js` (or in lunr / lunr-languages), registered
in the browser under the label written into the index, so that a word typed by a visitor becomes
the same term that the build stored:

    de: trimmer-de, umlaut-de, stopWordFilter-de, stemmer-de
    en: trimmer-de, stopWordFilter, stemmer

`trimmer-de` is also used for English: lunr's own English trimmer only knows ASCII letters and
would turn "Öffnungszeiten" into "ffnungszeiten".
"""

import re
from collections.abc import Callable
from functools import cache

from lunr.stemmer import PorterStemmer
from lunr.stop_word_filter import WORDS as ENGLISH_STOP_WORDS
from nltk.stem.snowball import GermanStemmer

from .stopwords_de import STOP_WORDS as GERMAN_STOP_WORDS
from .stopwords_de import WORD_CHARACTERS

PIPELINE_LABELS = {
    "de": ["trimmer-de", "umlaut-de", "stopWordFilter-de", "stemmer-de"],
    "en": ["trimmer-de", "stopWordFilter", "stemmer"],
}

# lunr.js splits on /[\s\-]+/; lunr.py on fewer spaces. Splitting here on every Unicode space
# keeps thin and narrow no-break spaces (common in German typography) from gluing words.
_SEPARATORS = re.compile(r"[\s\-]+")
# lunr-languages' trimmer: word characters of lunr.de.js plus ASCII digits (lunr-languages >= 1.17).
_TRIM = re.compile(f"^[^{WORD_CHARACTERS}0-9]+|[^{WORD_CHARACTERS}0-9]+$")
# "ae/oe/ue" written for "ä/ö/ü", except after a vowel or q, where they are real letter pairs
# (neue, Mauer, Quelle). Twin: normaliseUmlauts() in search-core.js.
_UMLAUT_PAIR = re.compile(r"([^aeiouyäöüq]|^)([aou])e")
_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}

_german_stemmer = GermanStemmer()


class _LunrJsPorterStemmer(PorterStemmer):
    """lunr.py's Porter stemmer, changed in one rule to give lunr.js's stems.

    lunr.js turns a final y into i only after a consonant (/^(.+?[^aeiou])y$/: "days" -> "day");
    lunr.py, like Porter's reference code, after any vowel in the stem ("days" -> "dai").
    Measured: that rule was the only difference on 40,000 English words.
    """

    def step1c(self):
        if self.ends("y") and self.k > self.k0 and self.b[self.k - 1] not in "aeiou":
            self.b = self.b[: self.k] + "i" + self.b[self.k + 1 :]


_english_stemmer = _LunrJsPorterStemmer()


def tokenize(text: str) -> list[str]:
    """Lower-cased tokens as lunr.js's tokenizer makes them (before the pipeline)."""
    return [token for token in _SEPARATORS.split(text.lower()) if token]


def split_words(text: str) -> list[str]:
    """The tokens of a text with their case kept (the term functions lower-case them)."""
    return [token for token in _SEPARATORS.split(text) if token]


def trim(token: str) -> str:
    return _TRIM.sub("", token)


def normalise_umlauts(token: str) -> str:
    """Muell -> müll, Oeffnungszeiten -> öffnungszeiten; ß is left to the stemmer (ß -> ss)."""
    if "e" not in token:
        return token
    return _UMLAUT_PAIR.sub(lambda m: m.group(1) + _UMLAUTS[m.group(2)], token)


@cache
def term_de(token: str) -> str:
    """The index term for one German token, or "" when the token is dropped."""
    word = normalise_umlauts(trim(token.lower()))
    if not word or word in GERMAN_STOP_WORDS:
        return ""
    return _german_stemmer.stem(word)


@cache
def term_en(token: str) -> str:
    """The index term for one English token, or "" when the token is dropped."""
    word = trim(token.lower())
    if not word or word in ENGLISH_STOP_WORDS:
        return ""
    return _english_stemmer.stem(word)


def term_function(lang: str) -> Callable[[str], str]:
    """The token -> term function of a language ("de" for every language but English)."""
    return term_en if lang == "en" else term_de


def pipeline_labels(lang: str) -> list[str]:
    return PIPELINE_LABELS["en" if lang == "en" else "de"]


def analyse(text: str, lang: str) -> list[str]:
    """All index terms of a text, in order, duplicates kept (term frequencies count)."""
    return terms_of(split_words(text), lang)


def terms_of(words: list[str], lang: str) -> list[str]:
    """The index terms of tokens from `split_words`."""
    return [t for t in map(term_function(lang), words) if t]
