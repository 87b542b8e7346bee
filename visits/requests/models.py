"""What visitors send: class-visit requests and event enquiries, and how they are received.

A valid submission is stored first and mailed second: the database row is the record staff
work from, so a failing mail server costs an e-mail, never a request.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Site

from technopolis.models import SiteSettings

from ..offers.models import Layout, Level

logger = logging.getLogger(__name__)

# Submissions of one form from one address (technopolis/throttle.py): enough for a teacher who
# corrects a request and sends it again; too few for a spam run.
RATE_LIMIT = 5
RATE_WINDOW_SECONDS = 3600


class Submission(models.Model):
    """Fields every request shares: who sent it, when, in which language, and follow-up."""

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    language = models.CharField(_("language"), max_length=5, default="nl")
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    remarks = models.TextField(_("remarks"), blank=True)
    handled = models.BooleanField(
        _("handled"), default=False, help_text=_("Tick when someone has followed this up.")
    )
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("For colleagues: never sent to the visitor.")
    )

    cache_neutral = True  # a submission changes no public page (technopolis/cache.py)
    # Bookings staff see, export and follow these up; the admin home counts them
    # (technopolis/roles.py).
    awaiting_follow_up = Q(handled=False)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    # What staff may change; everything the visitor sent stays as it was sent.
    staff_fields = ("handled", "staff_notes")

    @classmethod
    def admin_panels(cls):
        """The edit form: what the visitor sent, read-only; then the staff's own fields."""
        sent = [
            FieldPanel(field.name, read_only=True)
            for field in cls._meta.concrete_fields
            if not field.primary_key and field.name not in cls.staff_fields
        ]
        return [
            MultiFieldPanel(sent, heading=_("As sent")),
            MultiFieldPanel(
                [FieldPanel(name) for name in cls.staff_fields], heading=_("Follow-up")
            ),
        ]

    @property
    def reference(self):
        """What the sender quotes when writing to staff, e.g. CV-00042."""
        return f"{self.reference_prefix}-{self.pk:05d}"


class ClassVisitRequest(Submission):
    """A teacher's request to bring a class; staff confirm a date by phone or e-mail."""

    reference_prefix = "CV"
    school = models.CharField(_("school"), max_length=160)
    date_wanted = models.DateField(_("date wanted"))
    alternative_dates = models.CharField(_("alternative dates"), max_length=200, blank=True)
    pupils = models.PositiveSmallIntegerField(_("pupils"))
    adults = models.PositiveSmallIntegerField(_("accompanying adults"))
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    grade = models.PositiveSmallIntegerField(_("grade"))
    programmes = models.TextField(
        _("programmes chosen"), blank=True, help_text=_("Titles as the teacher saw them.")
    )

    class Meta(Submission.Meta):
        verbose_name = _("class visit request")
        verbose_name_plural = _("class visit requests")

    def __str__(self):
        return f"{self.school} · {self.date_wanted:%Y-%m-%d}"


class Catering(models.TextChoices):
    NONE = "none", _("No catering")
    COFFEE = "coffee", _("Coffee and snacks")
    LUNCH = "lunch", _("Sandwich lunch")
    RECEPTION = "reception", _("Walking dinner or reception")
    DINNER = "dinner", _("Seated dinner")


class EventEnquiry(Submission):
    """A company's enquiry to hire spaces; staff answer with an offer."""

    reference_prefix = "EV"
    company = models.CharField(_("company or organisation"), max_length=160)
    date = models.DateField(_("event date"))
    guests = models.PositiveIntegerField(_("guests"))
    spaces = models.TextField(_("spaces"), blank=True, help_text=_("Names as the sender saw them."))
    layout = models.CharField(_("layout"), max_length=10, choices=Layout.choices)
    catering = models.CharField(_("catering"), max_length=10, choices=Catering.choices)

    class Meta(Submission.Meta):
        verbose_name = _("event enquiry")
        verbose_name_plural = _("event enquiries")

    def __str__(self):
        return f"{self.company} · {self.date:%Y-%m-%d}"


def store_and_notify(submission, staff_email):
    """Save `submission`, then e-mail staff and the sender; a mail failure is logged only.

    Staff get every field. The sender gets a short summary with none of the text they typed,
    so the form cannot relay a message to whatever address is typed into it.
    """
    submission.save()
    name = submission._meta.model_name
    context = {
        "submission": submission,
        "fields": submission_fields(submission),
        "contact": staff_contact(),
    }
    messages = [
        (
            f"visits/email/{name}_staff.txt",
            [staff_email] if staff_email else [],
            settings.LANGUAGE_CODE,
        ),
        (f"visits/email/{name}_confirmation.txt", [submission.email], submission.language),
    ]
    for template, recipients, language in messages:
        if not recipients:
            continue
        with translation.override(language):
            subject, _blank, body = render_to_string(template, context).partition("\n")
            try:
                # one line: a line break typed into a field must not reach a mail header
                subject = " ".join(subject.split())
                send_mail(subject, body.strip(), settings.DEFAULT_FROM_EMAIL, recipients)
            except Exception:
                # Kept in the database and listed in the admin: staff still see it.
                logger.exception("Could not send %s for %s %s", template, name, submission.pk)
    return submission


def staff_contact():
    """How a sender reaches staff: the phone and e-mail in the site settings, those given."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    contact = SiteSettings.for_site(site)
    return [value for value in (contact.phone, contact.email) if value]


def submission_fields(submission):
    """(label, shown value) of the fields the sender filled in, for e-mails."""
    skip = {"id", "created_at", "language", *Submission.staff_fields}
    rows = []
    for field in submission._meta.fields:
        if field.name in skip:
            continue
        display = getattr(submission, f"get_{field.name}_display", None)
        value = display() if display else getattr(submission, field.name)
        if value not in ("", None):
            rows.append((field.verbose_name, value))
    return rows
