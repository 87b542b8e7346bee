"""The programme for calendar apps, outside the language prefixes (`?lang=` chooses)."""

from django.urls import path

from . import views

app_name = "agenda"

urlpatterns = [
    path("whats-on.ics", views.programme_ics, name="programme_ics"),
    path("whats-on/<int:page_id>.ics", views.activity_ics, name="activity_ics"),
]
