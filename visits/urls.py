"""Opening hours for machines, the same in every language (texts follow `?lang=`)."""

from django.urls import path

from .opening_hours import feeds

app_name = "visits"

urlpatterns = [
    path("api/opening-hours.json", feeds.opening_hours_json, name="opening_hours_json"),
    path("opening-hours.ics", feeds.opening_hours_ics, name="opening_hours_ics"),
]
