"""Pages with a request form: the class-visit booking request and the event enquiry.

GET shows the form; a valid POST is stored (then mailed) and redirects to `sent/`, the
confirmation. Rendering the CSRF token sets a cookie, so the page cache never keeps a form.
"""

from functools import cache, partial

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.url_routing import RouteResult

from technopolis.blocks import body_field
from technopolis.models import SitePage, SiteSettings
from technopolis.page_context import adds_context
from technopolis.security import client_address
from technopolis.throttle import over_limit

from ..offers.models import EventSpacesPage, SchoolProgrammePage
from .forms import ClassVisitForm, EventEnquiryForm
from .models import RATE_LIMIT, RATE_WINDOW_SECONDS, store_and_notify

SENT = "sent"


class RequestFormPage(SitePage):
    """A page whose form sends a request to staff. Subclasses name their form class."""

    intro = body_field(verbose_name=_("introduction"), help_text=_("Shown above the form."))
    thanks = models.TextField(
        _("confirmation text"),
        blank=True,
        help_text=_("Shown after sending; the sender also gets it by e-mail."),
    )

    content_panels = [*SitePage.content_panels, FieldPanel("intro"), FieldPanel("thanks")]
    parent_page_types = ["visits.AudiencePage"]
    sent_template = "visits/request_sent.html"
    form_class = None

    class Meta:
        abstract = True

    def route(self, request, path_components):
        if path_components == [SENT]:
            return RouteResult(self, kwargs={"sent": True})
        return super().route(request, path_components)

    def form_kwargs(self, request):
        # the form offers the programmes or spaces of the page's language
        return {"locale": self.locale}

    def serve(self, request, *args, sent=False, **kwargs):
        if sent:
            return TemplateResponse(request, self.sent_template, self.get_context(request))
        if request.method != "POST":
            form = self.form_class(**self.form_kwargs(request))
            return self.render_form(request, form)
        form = self.form_class(request.POST, **self.form_kwargs(request))
        if form.is_spam():
            # Robots are shown the confirmation they expect; nothing is stored or sent.
            return redirect(self.url + f"{SENT}/")
        if not form.is_valid():
            return self.render_form(request, form, status=400)
        address = client_address(request)
        if over_limit(self.form_class.__name__, address, RATE_LIMIT, RATE_WINDOW_SECONDS):
            form.add_error(
                None,
                _(
                    "Many requests came from your address in the last hour. Please try again "
                    "later or call us."
                ),
            )
            return self.render_form(request, form, status=429)
        submission = form.save(commit=False)
        submission.language = self.locale.language_code
        store_and_notify(submission, SiteSettings.for_request(request).email)
        return redirect(self.url + f"{SENT}/")

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)


class ClassVisitFormPage(RequestFormPage):
    """A teacher asks for a class visit: school, date wanted, class, programmes."""

    page_description = _("The form in which a teacher asks for a class visit.")

    form_class = ClassVisitForm
    template = "visits/request_form_page.html"

    class Meta:
        verbose_name = _("class visit request page")

    def form_kwargs(self, request):
        programme = request.GET.get("programme", "")
        initial = (
            {"programme_choices": [programme]}
            if programme.isascii() and programme.isdigit()
            else {}
        )
        return {**super().form_kwargs(request), "initial": initial}


class EventEnquiryFormPage(RequestFormPage):
    """An organiser asks for an offer: date, guests, spaces, layout, catering."""

    page_description = _("The form in which an organiser asks for an offer for an event.")

    form_class = EventEnquiryForm
    template = "visits/request_form_page.html"

    class Meta:
        verbose_name = _("event enquiry page")


def _form_url(form_page_type, request, page):
    """The address of the live form page of this type in the page's language, or ""."""
    form_page = form_page_type.objects.live().filter(locale_id=page.locale_id).first()
    return form_page.get_url(request) if form_page else ""


@adds_context(SchoolProgrammePage)
def booking_url(request, page):
    # looked up by the template only where its part of the page is not kept already
    return {"booking_url": cache(partial(_form_url, ClassVisitFormPage, request, page))}


@adds_context(EventSpacesPage)
def enquiry_url(request, page):
    return {"enquiry_url": cache(partial(_form_url, EventEnquiryFormPage, request, page))}
