"""Alerts: short, time-limited messages in a bar above the page header.

Editors and the front desk schedule them (Snippets → Alerts): "The outdoor expo is closed
today because of the storm", from one moment to another. An alert shows in the languages it
is translated into (technopolis/translated_snippets.py); its moments, priority and link are
the same in all of them.

Every public page shows the bar, so reading it must be cheap and cache-safe:
- the alerts that have not ended yet are kept in Django's cache per language under the page
  cache's generation, which changes whenever content (an alert included) is saved: no query
  on a hit;
- which of them show is decided per request from the clock, and the response's cache lifetime
  is bounded by the next moment one starts or ends (`request.content_expires_at`, read by
  technopolis/cache.py), so a cached page never shows an alert too early or too long;
- saving or deleting an alert changes what every page shows at once: the app's page cache
  follows the generation, and a caching proxy or CDN in front is purged of every live page.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page, RevisionMixin
from wagtail_localize.fields import TranslatableField

from .cache import cached, generation, purge_proxy
from .navigation import localized_pages
from .translated_snippets import TranslatedSnippet, shared


class Alert(RevisionMixin, TranslatedSnippet):
    """A message shown above the header of every public page between two moments."""

    # Every save keeps a revision: the history shows who changed what, and when.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="alert")

    class Priority(models.IntegerChoices):
        INFO = 1, _("Information")
        IMPORTANT = 2, _("Important")
        URGENT = 3, _("Urgent")

    text = models.CharField(_("text"), max_length=200, help_text=_("One short sentence."))
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("link to a page"),
        help_text=_("Optional page with more information; linked in the visitor's language."),
    )
    link_url = models.URLField(
        _("link to another site"),
        blank=True,
        help_text=_("Optional address outside this site. Use either a page or an address."),
    )
    starts_at = models.DateTimeField(
        _("shown from"),
        default=timezone.now,
        help_text=_("Brussels time. The bar appears at this moment."),
    )
    ends_at = models.DateTimeField(
        _("shown until"),
        help_text=_("Brussels time. The bar disappears at this moment."),
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"),
        choices=Priority.choices,
        default=Priority.INFO,
        help_text=_("Urgent alerts stand out in red and come first when several show at once."),
    )

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When")),
        FieldPanel("priority"),
        MultiFieldPanel([FieldPanel("link_page"), FieldPanel("link_url")], heading=_("Link")),
    ]

    translatable_fields = [
        TranslatableField("text"),
        *shared("starts_at", "ends_at", "priority", "link_page", "link_url"),
    ]

    class Meta(TranslatedSnippet.Meta):
        ordering = ["-starts_at", "pk"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return self.text

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The alert must end after it starts.")
        if self.link_page_id and self.link_url:
            errors["link_url"] = _("Choose a page or an address, not both.")
        if errors:
            raise ValidationError(errors)


@dataclass(frozen=True)
class AlertText:
    """An alert as one language shows it."""

    text: str
    url: str
    priority: int
    starts_at: datetime
    ends_at: datetime

    @property
    def urgent(self):
        return self.priority == Alert.Priority.URGENT


def _load(language, now):
    alerts = list(
        Alert.objects.filter(ends_at__gt=now, locale__language_code=language).select_related(
            "link_page"
        )
    )
    linked = [alert.link_page for alert in alerts if alert.link_page]
    urls = {page.translation_key: page.url for page in localized_pages(linked)} if linked else {}
    return [
        AlertText(
            alert.text,
            urls.get(alert.link_page.translation_key, "") if alert.link_page else alert.link_url,
            alert.priority,
            alert.starts_at,
            alert.ends_at,
        )
        for alert in sorted(alerts, key=lambda a: (-a.priority, a.starts_at, a.pk))
    ]


def upcoming(language, now):
    """The alerts in `language` that have not ended at `now`, most important first."""
    # A list loaded before `now` may hold alerts that have ended since: filtered later.
    return cached(f"alerts:{generation()}:{language}", lambda: _load(language, now))


def next_change(alerts, now):
    """The next moment an alert of `alerts` starts or ends after `now`, or None."""
    moments = [m for alert in alerts for m in (alert.starts_at, alert.ends_at) if m > now]
    return min(moments, default=None)


def active_alerts(request, now=None):
    """The alerts showing now in the active language; bounds the response's cache lifetime."""
    now = now or timezone.now()
    alerts = upcoming(get_language(), now)
    change = next_change(alerts, now)
    if change is not None:
        current = getattr(request, "content_expires_at", None)
        request.content_expires_at = change if current is None else min(current, change)
    return [alert for alert in alerts if alert.starts_at <= now < alert.ends_at]


def _alert_changed(sender, instance, **kwargs):
    purge_proxy(Page.objects.live().specific())


post_save.connect(_alert_changed, sender=Alert, dispatch_uid="alerts-purge-proxy-save")
post_delete.connect(_alert_changed, sender=Alert, dispatch_uid="alerts-purge-proxy-delete")
