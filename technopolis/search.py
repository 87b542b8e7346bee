"""Site search: cleaning the query, the text shown for each result, "did you mean …" from
the site's own words, editors' promoted results, and the searches that found nothing."""

import difflib
import re
import threading
from datetime import timedelta

from django.db import IntegrityError, connection, models, transaction
from django.db.models import F, Sum
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.search.query import Or, PlainText, SearchQuery
from wagtail.search.utils import normalise_query_string

from .cache import any_view_restrictions, cached, generation

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


_reindex = threading.local()  # the pages to index again when this thread's transaction commits


def _reindex_pending():
    # Read again: a page noted in a transaction that was rolled back may no longer exist.
    pending = _reindex.__dict__.pop("pages", set())
    for page in Page.objects.filter(pk__in=pending).specific():
        index.insert_or_update_object(page)


def reindex_on_change(model, pages_of):
    """Keep the search index of pages true to text they show from another model: when an
    instance of `model` is saved or deleted, the pages `pages_of(instance)` are indexed again
    (a person renamed, a congress moved, a closure added). Once each, when the transaction
    commits: saving a venue or a person saves every row of its hours or roles."""

    def reindex(sender, instance, **kwargs):
        pending = _reindex.__dict__.setdefault("pages", set())
        pending.update(page.pk for page in pages_of(instance))
        # The first callback of a commit indexes them all; the others find nothing left.
        # (After a rollback the pages wait for the next commit: indexing them is harmless.)
        transaction.on_commit(_reindex_pending)

    uid = f"search-reindex-{model._meta.label_lower}"
    post_save.connect(reindex, sender=model, dispatch_uid=uid, weak=False)
    post_delete.connect(reindex, sender=model, dispatch_uid=f"{uid}-delete", weak=False)


def _text_columns():
    # The plain text modelsearch keeps of each indexed object: mirrors of the tsvectors in
    # PostgreSQL, the indexed text itself in SQLite.
    return ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")


def indexed_texts(pages):
    """The indexed text of each page (what the search matched), {page pk: text}: one query."""
    from wagtail.search.models import IndexEntry

    _title, body = _text_columns()
    rows = IndexEntry.objects.filter(
        content_type_id__in={page.content_type_id for page in pages},
        object_id__in=[str(page.pk) for page in pages],
    ).values_list("object_id", body)
    return {int(pk): text or "" for pk, text in rows}


def vocabulary(language):
    """Every word of three letters or more on the live pages of a language: {lower case: as
    written}, lower case where the site writes it so (a name keeps its capital)."""
    from wagtail.search.models import IndexEntry

    def load():
        pages = visible_pages(language)
        rows = pages.values_list("pk", "content_type_id")
        entries = IndexEntry.objects.filter(
            content_type_id__in={content_type for _pk, content_type in rows},
            object_id__in=[str(pk) for pk, _content_type in rows],
        )
        words = {}
        for texts in entries.values_list(*_text_columns()):
            for word in _WORD.findall(" ".join(text or "" for text in texts)):
                lower = word.lower()
                if len(word) > 2 and words.get(lower) != lower:
                    words[lower] = word if lower not in words or word == lower else words[lower]
        return words

    return cached(f"search-words:{generation()}:{language}", load)


SUGGESTED_WORDS = 5  # a query's first words are checked; the rest are kept as typed


def did_you_mean(query, language):
    """The query with each word the site does not use replaced by the closest one it does
    ("Jaquemyn" → "Jacquemyn", "openinguren" → "openingsuren"), or "" when nothing changed."""
    words = vocabulary(language)
    changed, out = False, []
    for position, word in enumerate(_WORD.findall(query)):
        lower = word.lower()
        if position < SUGGESTED_WORDS and len(lower) > 3 and lower not in words:
            # one or two letters off, and the first letter right (people rarely miss that);
            # comparing only such candidates keeps a long query cheap
            candidates = [
                known
                for known in words
                if known[0] == lower[0] and abs(len(known) - len(lower)) <= 2
            ]
            close = difflib.get_close_matches(lower, candidates, n=1, cutoff=0.8)
            if close:
                out.append(words[close[0]])
                changed = True
                continue
        out.append(word)
    return " ".join(out) if changed else ""


def visible_pages(language):
    """The live pages of a language that visitors may see: private ones left out (and the
    query that finds them spared while no page is private, the usual case)."""
    locale = cached(
        f"locale:{generation()}:{language}",
        lambda: Locale.objects.filter(language_code=language).values_list("pk", flat=True).first(),
    )
    pages = Page.objects.live().filter(locale=locale)
    return pages.public() if any_view_restrictions() else pages


def promoted(query, language):
    """The pages editors pinned for this query (Search promotions), in the page language."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    return list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query),
            page__in=visible_pages(language),
        )
        .select_related("page")
        .order_by("sort_order")
    )


class MissedSearch(models.Model):
    """How often a query found nothing on a day, per language: kept for 30 days, so editors
    see what people looked for in vain and can add a page or a promotion."""

    cache_neutral = True  # a count for editors: no page changes

    query = models.CharField(_("search"), max_length=MAX_QUERY_LENGTH)
    language = models.CharField(_("language"), max_length=8)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "day"], name="one_row_a_day")
        ]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.day})"


KEPT_DAYS = 30


def record_missed(query, language):
    """Count a search that found nothing: one UPDATE, or an INSERT for the day's first."""
    row = {
        "query": normalise_query_string(query)[:MAX_QUERY_LENGTH],
        "language": language,
        "day": timezone.localdate(),
    }
    if MissedSearch.objects.filter(**row).update(count=F("count") + 1):
        return
    try:
        MissedSearch.objects.create(**row, count=1)
    except IntegrityError:  # another request inserted it first
        MissedSearch.objects.filter(**row).update(count=F("count") + 1)


def most_missed(limit=10):
    """The searches that found nothing most often in the last 30 days: (query, language, n)."""
    since = timezone.localdate() - timedelta(days=KEPT_DAYS)
    MissedSearch.objects.filter(day__lt=since).delete()  # what is older is forgotten
    return list(
        MissedSearch.objects.filter(day__gte=since)
        .values_list("query", "language")
        .annotate(total=Sum("count"))
        .order_by("-total", "query")[:limit]
    )
