"""What's on: activities (demonstrations, shows, workshops, exhibitions …) as pages under a
"What's on" page, scheduled by rows of days and times; school holidays and cancelled
occurrences as data the front desk keeps.

An activity is translated as a page; its schedule rows are the same in every language
(wagtail-localize copies them to the translations), so times never differ between languages.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from technopolis.blocks import body_field
from technopolis.models import SitePage, text_fields
from visits.offers.models import EXAMPLE_HELP, age_range
from visits.opening_hours.models import WEEKDAY_FIELDS, Weekdays
from visits.opening_hours.schedule import schedules

from . import occurrences
from .panels import ScheduleCheckPanel
from .times import parse_times


class Kind(models.TextChoices):
    DEMONSTRATION = "demo", _("Demonstration")
    SHOW = "show", _("Show")
    WORKSHOP = "workshop", _("Workshop")
    TOUR = "tour", _("Guided tour")
    EXHIBITION = "exhibition", _("Exhibition")
    HOLIDAY = "holiday", _("Holiday programme")
    EVENING = "evening", _("Evening event")


class Registration(models.TextChoices):
    NONE = "none", _("No registration: just come")
    ON_ARRIVAL = "arrival", _("Register at the reception on arrival")
    ONLINE = "online", _("Register online")


# The languages an activity can be given in, with the field that says so.
SPOKEN = (("nl", "in_dutch"), ("fr", "in_french"), ("en", "in_english"))
# How far ahead the editor's check looks, and how far a schedule row may go unseen.
CHECK_DAYS = 42
YEAR = 366

NEVER_SHOWN = _(
    "The site will never show these times in the coming year: the venue is closed on these "
    "days or at these hours (a session must end by closing time). Change the times or days, "
    "or tick 'outside the opening hours' for an evening with its own entry."
)


def venue_hours(venue):
    """The opening hours (`visits.opening_hours.schedule`) an activity at `venue` keeps:
    the building's when `venue` is empty."""
    found = schedules(settings.LANGUAGE_CODE)
    return (found.venue(venue.key) if venue else None) or found.main


def holiday_spans():
    return tuple(SchoolHoliday.objects.values_list("first_day", "last_day"))


def _reason(day_hours):
    if not day_hours.published:
        return _("no opening hours published")
    if not day_hours.is_open:
        reason = day_hours.exception.reason if day_hours.exception else ""
        return _("closed (%(reason)s)") % {"reason": reason} if reason else _("closed")
    return _("open only %(hours)s") % {
        "hours": ", ".join(f"{p.opens:%H:%M}–{p.closes:%H:%M}" for p in day_hours.periods)
    }


class ActivityPageForm(WagtailAdminPageForm):
    """Refuses a schedule row the site would never show (every time outside the hours)."""

    def clean(self):
        cleaned = super().clean()
        venue = venue_hours(cleaned.get("venue"))
        if venue is None or "times" not in self.formsets:
            return cleaned
        duration = timedelta(minutes=cleaned.get("duration_minutes") or 0)
        today = timezone.localdate()
        spans = holiday_spans()
        for form in self.formsets["times"].forms:
            if not form.is_valid() or not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            slot = form.instance.as_slot()
            first = max(slot.first_day or today, today)
            last = min(slot.last_day or first + timedelta(days=YEAR), first + timedelta(days=YEAR))
            if first > last:
                continue  # a row wholly in the past: nothing to show any more
            shown = occurrences.between(
                [slot],
                venue.rules,
                venue.exceptions,
                spans,
                first,
                last,
                duration,
                own_hours=cleaned.get("own_hours", False),
            )
            if not shown:
                form.add_error(None, NEVER_SHOWN)
        return cleaned


class WhatsOnPage(SitePage):
    """The day programme: today by default (or the next open day), a weekend, the school
    holidays or a chosen date, filtered by age, kind, language and "included in the ticket"
    through the address, so a filtered programme works without JavaScript and can be shared."""

    page_description = _(
        "The day programme: demonstrations, shows and workshops by day, with filters."
    )

    body = body_field(help_text=_("Shown below the programme."))

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    parent_page_types = ["visits.AudiencePage"]
    subpage_types = ["agenda.ActivityPage"]

    class Meta:
        verbose_name = _("what's on page")


class ActivityPage(SitePage):
    """A demonstration, show, workshop, exhibition or event: for whom, how long, in which
    language, where, at what price, and when (the schedule rows below)."""

    page_description = _("One demonstration, show, workshop or exhibition, with its schedule.")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    image = models.ForeignKey(
        "technopolis.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    age_from = models.PositiveSmallIntegerField(_("age from"), null=True, blank=True)
    age_to = models.PositiveSmallIntegerField(_("age to"), null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        null=True,
        blank=True,
        help_text=_("For an activity at set times. Empty for an exhibition."),
    )
    in_dutch = models.BooleanField(_("in Dutch"), default=False)
    in_french = models.BooleanField(_("in French"), default=False)
    in_english = models.BooleanField(_("in English"), default=False)
    zone = models.ForeignKey(
        "visits.ZonePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("where"),
        help_text=_("The zone or exhibition it takes place in."),
    )
    venue = models.ForeignKey(
        "visits.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("opening hours of"),
        help_text=_("Whose opening hours it keeps, e.g. the outdoor expo. Empty: the building."),
    )
    own_hours = models.BooleanField(
        _("outside the opening hours"),
        default=False,
        help_text=_(
            "An evening with its own entry: shown at its times even when the building is "
            "closed then, but never on a day the building is closed."
        ),
    )
    included = models.BooleanField(_("included in the ticket"), default=True)
    price = models.DecimalField(
        _("own price (EUR)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("When it is not included in the ticket."),
    )
    registration = models.CharField(
        _("registration"), max_length=8, choices=Registration.choices, default=Registration.NONE
    )
    registration_url = models.URLField(_("registration address"), blank=True)
    places = models.PositiveSmallIntegerField(
        _("places"), null=True, blank=True, help_text=_("For each session. Empty: no limit.")
    )
    step_free = models.BooleanField(_("step-free"), default=True)
    seated = models.BooleanField(_("seated"), default=False)
    quiet = models.BooleanField(
        _("quiet, sensory-friendly"),
        default=False,
        help_text=_("Without loud bangs, flashes or crowds."),
    )
    sign_language = models.BooleanField(_("with sign language"), default=False)
    audio_description = models.BooleanField(_("with audio description"), default=False)
    related = StreamField(
        [
            (
                "page",
                blocks.PageChooserBlock(
                    page_type=["visits.ZonePage", "visits.SchoolProgrammePage"],
                    label=_("zone or school programme"),
                ),
            )
        ],
        blank=True,
        verbose_name=_("related zones and school programmes"),
    )
    body = body_field()
    is_example = models.BooleanField(_("example data"), default=False, help_text=EXAMPLE_HELP)

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("is_example"),
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to")]),
                FieldPanel("duration_minutes"),
                FieldRowPanel(
                    [FieldPanel("in_dutch"), FieldPanel("in_french"), FieldPanel("in_english")],
                    help_text=_(
                        "None ticked: no words needed (an exhibition, a demonstration "
                        "without talk)."
                    ),
                ),
                FieldPanel("zone"),
            ],
            heading=_("What, for whom, where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("own_hours"),
                InlinePanel(
                    "times",
                    label=_("days and times"),
                    min_num=1,
                    help_text=_(
                        "Each row: the days (dates, weekdays, in or outside school holidays) "
                        "and the start times. A time outside the opening hours is not shown "
                        "on the site; the check below lists such times."
                    ),
                ),
                ScheduleCheckPanel(heading=_("Check against the opening hours")),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("included"), FieldPanel("price")]),
                FieldRowPanel([FieldPanel("registration"), FieldPanel("places")]),
                FieldPanel("registration_url"),
            ],
            heading=_("Price and registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free"),
                FieldPanel("seated"),
                FieldPanel("quiet"),
                FieldPanel("sign_language"),
                FieldPanel("audio_description"),
            ],
            heading=_("Accessibility"),
        ),
        FieldPanel("image"),
        FieldPanel("related"),
        FieldPanel("body"),
    ]
    search_fields = [*SitePage.search_fields, *text_fields("body")]
    parent_page_types = ["agenda.WhatsOnPage"]

    def shown_texts(self):
        return [self.get_kind_display(), self.zone.title if self.zone_id else ""]

    subpage_types = []
    base_form_class = ActivityPageForm

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    @property
    def ages(self):
        return age_range(self.age_from, self.age_to)

    @property
    def languages(self):
        return [code for code, field in SPOKEN if getattr(self, field)]

    @property
    def duration(self):
        return timedelta(minutes=self.duration_minutes or 0)

    def slots(self):
        return [row.as_slot() for row in self.times.all()]

    def schedule_check(self):
        """(days looked at, [{day, times, why}]): the scheduled days of the coming weeks the
        site does not show, with the times concerned and why."""
        venue = venue_hours(self.venue)
        slots = self.slots()
        if venue is None or not slots:
            return CHECK_DAYS, []
        today = timezone.localdate()
        skipped = occurrences.skipped(
            slots,
            venue.rules,
            venue.exceptions,
            holiday_spans(),
            today,
            today + timedelta(days=CHECK_DAYS - 1),
            self.duration,
            own_hours=self.own_hours,
        )
        by_day = {}
        for item in skipped:
            by_day.setdefault(item.day, (item.day_hours, []))[1].append(
                f"{item.at:%H:%M}" if item.at else str(_("all day"))
            )
        return CHECK_DAYS, [
            {"day": day, "times": times, "why": _reason(day_hours)}
            for day, (day_hours, times) in by_day.items()
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.age_from is not None and self.age_to is not None and self.age_to < self.age_from:
            errors["age_to"] = _("The upper age is below the lower one.")
        if not self.included and self.price is None:
            errors["price"] = _("Give the price, or tick 'included in the ticket'.")
        if self.included and self.price is not None:
            errors["price"] = _("An activity included in the ticket has no price of its own.")
        if self.registration == Registration.ONLINE and not self.registration_url:
            errors["registration_url"] = _("Give the address where visitors register.")
        if errors:
            raise ValidationError(errors)


class ActivityTime(Weekdays, Orderable):
    """One schedule row of an activity: from a date to a date, on the ticked weekdays (none:
    every day), in or outside the school holidays, at the listed times (none: all day)."""

    class Holidays(models.TextChoices):
        ANY = occurrences.ANY_DAY, _("In and outside the school holidays")
        ONLY = occurrences.IN_HOLIDAYS, _("Only in the school holidays")
        OUTSIDE = occurrences.OUTSIDE_HOLIDAYS, _("Only outside the school holidays")

    activity = ParentalKey(ActivityPage, on_delete=models.CASCADE, related_name="times")
    first_day = models.DateField(_("from"), null=True, blank=True, help_text=_("Empty: now."))
    last_day = models.DateField(
        _("until"), null=True, blank=True, help_text=_("Inclusive. Empty: no end.")
    )
    holidays = models.CharField(
        _("school holidays"), max_length=8, choices=Holidays.choices, default=Holidays.ANY
    )
    start_times = models.CharField(
        _("start times"),
        max_length=120,
        blank=True,
        help_text=_("E.g. '11:00, 14:30'. Empty: all day, during the opening hours."),
    )

    panels = [
        FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]),
        FieldRowPanel(
            [FieldPanel(name) for name in WEEKDAY_FIELDS],
            heading=_("Weekdays (none ticked: every day)"),
        ),
        FieldRowPanel([FieldPanel("holidays"), FieldPanel("start_times")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("days and times")
        verbose_name_plural = _("days and times")

    def __str__(self):
        return str(self.start_times or _("all day"))

    def as_slot(self):
        return occurrences.Slot(
            self.first_day,
            self.last_day,
            self.weekdays(),
            parse_times(self.start_times),
            self.holidays,
        )

    def clean(self):
        errors = {}
        try:
            parse_times(self.start_times)
        except ValueError as error:
            errors["start_times"] = str(error)
        if self.first_day and self.last_day and self.last_day < self.first_day:
            errors["last_day"] = _("The period ends before it starts.")
        if errors:
            raise ValidationError(errors)


class SchoolHoliday(models.Model):
    """A period of Flemish school holidays, weekends around it included: activities can be
    scheduled in or outside them, and the programme offers them as a choice."""

    class Name(models.TextChoices):
        AUTUMN = "autumn", _("Autumn holidays")
        CHRISTMAS = "christmas", _("Christmas holidays")
        SPRING = "spring", _("Spring holidays")
        EASTER = "easter", _("Easter holidays")
        SUMMER = "summer", _("Summer holidays")

    name = models.CharField(_("holiday"), max_length=10, choices=Name.choices)
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"), help_text=_("Inclusive."))

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")])]

    class Meta:
        ordering = ["first_day"]
        verbose_name = _("school holiday")
        verbose_name_plural = _("school holidays")

    def __str__(self):
        return f"{self.get_name_display()} {self.first_day:%Y}"

    def clean(self):
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValidationError({"last_day": _("The holiday ends before it starts.")})


class Cancellation(models.Model):
    """An occurrence called off by the front desk (a presenter ill, a full room), shown on
    the site at once with its reason; without a time, every session of that day."""

    class Reason(models.TextChoices):
        FULL = "full", _("fully booked")
        ILLNESS = "illness", _("the presenter is ill")
        TECHNICAL = "technical", _("a technical problem")
        OTHER = "other", _("unforeseen circumstances")

    activity = models.ForeignKey(
        ActivityPage,
        on_delete=models.CASCADE,
        related_name="cancellations",
        verbose_name=_("activity"),
    )
    day = models.DateField(_("date"))
    at = models.TimeField(
        _("time"), null=True, blank=True, help_text=_("Empty: every session of that day.")
    )
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    created_at = models.DateTimeField(_("cancelled on"), auto_now_add=True)

    panels = [
        FieldPanel("activity"),
        FieldRowPanel([FieldPanel("day"), FieldPanel("at")]),
        FieldPanel("reason"),
    ]

    class Meta:
        ordering = ["-day", "at"]
        verbose_name = _("cancelled session")
        verbose_name_plural = _("cancelled sessions")

    def __str__(self):
        at = f" {self.at:%H:%M}" if self.at else ""
        return f"{self.activity.title}, {self.day:%d/%m/%Y}{at}: {self.get_reason_display()}"
