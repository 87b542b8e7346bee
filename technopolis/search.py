"""Site search: cleaning the query, and the text shown for each result."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search.query import Or, PlainText, SearchQuery

MAX_QUERY_LENGTH = 200
SNIPPET_WORDS = 30
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw: str) -> str:
    """The query as the search engine gets it: no control characters, bounded in length."""
    return " ".join(_CONTROL.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


def query_terms(query: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(query) if len(word) > 1]


# Dutch doubles a consonant after a short vowel before -en/-e (congres → congressen, bus →
# bussen); PostgreSQL's Dutch stemmer undoubles only d, k and t, so the plural would miss
# the singular. The singular is searched too.
_DUTCH_DOUBLED_PLURAL = re.compile(r"([bcfglmnprsvz])\1(en|e)$")


def dutch_singular(word: str) -> str:
    return _DUTCH_DOUBLED_PLURAL.sub(r"\1", word.lower())


def engine_query(query: str, language: str = "") -> SearchQuery:
    """The query the search engine gets: only words, since quotes, operators and brackets
    mean syntax to PostgreSQL and SQLite, and nothing to a visitor typing them."""
    words = _WORD.findall(query)
    plain = PlainText(" ".join(words))
    if language == "nl":
        singulars = [dutch_singular(word) for word in words]
        if singulars != [word.lower() for word in words]:
            return Or([plain, PlainText(" ".join(singulars))])
    return plain


def _stem(term: str) -> str:
    # A crude prefix stands in for the stemmer, so "congressen" marks "congres" too.
    return term[: max(4, len(term) - 3)] if len(term) > 4 else term


def matches(word: str, terms: list[str]) -> bool:
    word = word.lower()
    return any(word.startswith(_stem(term)) or term.startswith(word) for term in terms)


def snippet(text: str, terms: list[str], words: int = SNIPPET_WORDS):
    """A window of `text` around the first matched term, the matched words in <mark>."""
    tokens = text.split()
    first = next(
        (
            i
            for i, token in enumerate(tokens)
            if any(matches(w, terms) for w in _WORD.findall(token))
        ),
        0,
    )
    start = max(0, first - words // 3)
    window = tokens[start : start + words]
    parts = []
    for token in window:
        escaped = escape(token)
        if any(matches(w, terms) for w in _WORD.findall(token)):
            escaped = f"<mark>{escaped}</mark>"
        parts.append(escaped)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + words < len(tokens) else ""
    return mark_safe(prefix + " ".join(parts) + suffix)


def searchable_text(page) -> str:
    """The words of a page a visitor would recognise: its lead, then its body."""
    texts = [getattr(page, "lead", ""), page.search_description]
    body = getattr(page, "body", None)
    if body is not None:
        texts.extend(body.stream_block.get_searchable_content(body))
    return " ".join(t for t in texts if t)
