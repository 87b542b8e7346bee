"""Factories for what visitors send: the request form pages (class visit, event enquiry) and
the requests themselves, as a valid form submission stores them."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from tests.factories import SitePageFactory
from tests.factories.offers import AudiencePageFactory
from visits.models import (
    Audience,
    ClassVisitFormPage,
    ClassVisitRequest,
    EventEnquiry,
    EventEnquiryFormPage,
)


class ClassVisitFormPageFactory(SitePageFactory):
    """The class-visit request form, below a new teachers' page unless `parent` says."""

    class Meta:
        model = ClassVisitFormPage

    parent = factory.SubFactory(AudiencePageFactory, title="Scholen", audience=Audience.TEACHER)
    title = "Klasbezoek aanvragen"
    lead = "Vraag een datum aan; we antwoorden binnen twee werkdagen."
    thanks = "We nemen contact op om de datum te bevestigen."
    show_in_menus = True


class EventEnquiryFormPageFactory(SitePageFactory):
    """The event enquiry form, below a new event organisers' page unless `parent` says."""

    class Meta:
        model = EventEnquiryFormPage

    parent = factory.SubFactory(AudiencePageFactory, title="Zaal huren", audience=Audience.EVENTS)
    title = "Offerte aanvragen"
    lead = "Vertel ons over je evenement."
    thanks = "Je krijgt een voorstel op maat."
    show_in_menus = True


class ClassVisitRequestFactory(DjangoModelFactory):
    class Meta:
        model = ClassVisitRequest

    school = factory.Sequence(lambda n: f"Basisschool Het Klavertje {n}")
    contact_name = "Lies Wouters"
    email = "lies.wouters@example.be"
    phone = "+32 3 000 00 00"
    date_wanted = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    pupils = 22
    adults = 2
    level = "primary"
    grade = 3
    language = "nl"


class EventEnquiryFactory(DjangoModelFactory):
    class Meta:
        model = EventEnquiry

    company = factory.Sequence(lambda n: f"Bedrijf {n} NV")
    contact_name = "Tom Claes"
    email = "tom.claes@example.com"
    date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=60))
    guests = 80
    layout = "reception"
    catering = "coffee"
    language = "nl"
