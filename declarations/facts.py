"""Pure wording for declarations and their congresses: ordinals and date ranges, per language."""

import datetime

from django.utils.dateformat import format as format_date
from django.utils.translation import get_language


def ordinal(number: int, language: str | None = None) -> str:
    """'5th' in English, '5e' in Dutch, '1er'/'5e' in French."""
    language = (language or get_language() or "en")[:2]
    if language == "en":
        if 10 <= number % 100 <= 20:
            suffix = "th"
        else:
            suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix}"
    if language == "fr" and number == 1:
        return "1er"
    return f"{number}e"


def date_range(start: datetime.date | None, end: datetime.date | None) -> str:
    """'14–19 June 2008', '30 May – 2 June 2017', '19 March 2014'; month names localized."""
    if start and end and start != end:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{format_date(end, 'j F Y')}"
        if start.year == end.year:
            return f"{format_date(start, 'j F')} – {format_date(end, 'j F Y')}"
        return f"{format_date(start, 'j F Y')} – {format_date(end, 'j F Y')}"
    day = start or end
    return format_date(day, "j F Y") if day else ""


def builds_on_problems(
    own_id, signed: datetime.date | None, earlier: list[tuple[object, datetime.date, str]]
) -> list[tuple[str, str]]:
    """The chosen declarations that are this one ("self") or not older than it ("later").

    `earlier` holds (id, date signed, title) of each declaration this one builds on;
    the result holds (kind, title) pairs.
    """
    problems = []
    for other_id, other_signed, title in earlier:
        if own_id is not None and other_id == own_id:
            problems.append(("self", title))
        elif signed and other_signed and other_signed >= signed:
            problems.append(("later", title))
    return problems
