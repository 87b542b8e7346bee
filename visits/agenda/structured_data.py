"""schema.org Events for an activity's coming occurrences."""

from visits.opening_hours import hours
from visits.opening_hours.structured_data import postal_address

SCHEMA = "https://schema.org/"


def _iso(moment):
    return moment.astimezone(hours.TZ).isoformat(timespec="minutes")


def _span(occurrence):
    if occurrence.starts:
        return occurrence.starts, occurrence.ends
    return (
        hours.moment_on(occurrence.day, occurrence.periods[0].opens),
        hours.moment_on(occurrence.day, occurrence.periods[-1].closes),
    )


def events(activity, entries, *, url, home_url, site_settings, ticket_url, image_url=""):
    """One Event per occurrence in `entries`, as search engines read them."""
    place = {"@type": "Place", "name": "Technopolis", "address": postal_address(site_settings)}
    if activity.included:
        offer = {"@type": "Offer", "url": ticket_url, "priceCurrency": "EUR"}
    else:
        offer = {
            "@type": "Offer",
            "url": ticket_url,
            "price": str(activity.price),
            "priceCurrency": "EUR",
        }
    found = []
    for entry in entries:
        starts, ends = _span(entry.occurrence)
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": activity.title,
            "url": url,
            "startDate": _iso(starts),
            "endDate": _iso(ends),
            "eventStatus": SCHEMA
            + ("EventCancelled" if entry.occurrence.cancelled else "EventScheduled"),
            "eventAttendanceMode": SCHEMA + "OfflineEventAttendanceMode",
            "location": place,
            "organizer": {"@type": "Organization", "name": "Technopolis", "url": home_url},
            "offers": offer,
        }
        if activity.lead:
            data["description"] = activity.lead
        if activity.languages:
            data["inLanguage"] = list(activity.languages)
        if activity.age_from is not None or activity.age_to is not None:
            upper = "" if activity.age_to is None else activity.age_to
            data["typicalAgeRange"] = f"{activity.age_from or 0}-{upper}"
        if image_url:
            data["image"] = image_url
        found.append(data)
    return found
