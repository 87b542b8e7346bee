"""The answers the home page gives on its first screen (tickets) and below it (zones by age),
for the core's home page template: the core names no app, its template loads these tags."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django import template
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language

from technopolis.cache import cached, generation

from ..offers.models import TicketPrice, TicketsPage, ZonePage, current_price_list

register = template.Library()


@dataclass(frozen=True)
class TicketOffer:
    price: Decimal | None  # the lowest adult price, None without prices
    as_of: date | None
    page_url: str  # the tickets and prices page in this language, or ""


def _ticket_offer(language, today):
    prices = current_price_list(
        list(TicketPrice.objects.filter(locale__language_code=language)), today
    )
    # adults: the categories without an upper age
    adult = [p.price for p in prices.prices if p.age_to is None and p.price > 0]
    page = TicketsPage.objects.live().filter(locale__language_code=language).first()
    return TicketOffer(min(adult, default=None), prices.as_of, page.url if page else "")


@register.simple_tag
def ticket_offer():
    """'Tickets from € …': the lowest adult price in force, its date, the prices page."""
    language, today = get_language(), timezone.localdate()
    return cached(
        f"visits:ticket-offer:{generation()}:{language}:{today}",
        lambda: _ticket_offer(language, today),
    )


@register.inclusion_tag("visits/includes/zones_by_age.html", takes_context=True)
def zones_by_age(context):
    """The permanent zones, youngest first, with their photographs. The request goes along:
    page links then find the site's root paths on it, not in the shared cache."""
    zones = (
        ZonePage.objects.live()
        .filter(locale__language_code=get_language(), kind=ZonePage.Kind.ZONE)
        .select_related("image")
        .prefetch_related("image__renditions")
        .order_by(F("age_from").asc(nulls_last=True), "path")
    )
    return {"zones": zones, "request": context.get("request")}
