"""schema.org Museum with its opening hours, from the same data as the status."""

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _hm(value):
    return f"{value:%H:%M}"


def opening_hours_specification(rules):
    specs = []
    for rule in rules:
        spec = {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{DAYS[day]}" for day in sorted(rule.weekdays)],
            "opens": _hm(rule.opens),
            "closes": _hm(rule.closes),
        }
        if rule.valid_from:
            spec["validFrom"] = rule.valid_from.isoformat()
        if rule.valid_until:
            spec["validThrough"] = rule.valid_until.isoformat()
        specs.append(spec)
    return specs


def special_opening_hours_specification(exceptions, today):
    """Exceptions from `today` on; a closure is "00:00"–"00:00", as schema.org advises."""
    specs = []
    for exception in exceptions:
        if exception.end < today:
            continue
        dates = {
            "validFrom": exception.start.isoformat(),
            "validThrough": exception.end.isoformat(),
        }
        if exception.reason:
            dates["name"] = exception.reason
        periods = (
            [("00:00", "00:00")]
            if exception.closed
            else [(_hm(p.opens), _hm(p.closes)) for p in exception.periods]
        )
        specs.extend(
            {"@type": "OpeningHoursSpecification", "opens": opens, "closes": closes, **dates}
            for opens, closes in periods
        )
    return specs


def postal_address(site_settings):
    """A PostalAddress from the address fields of the site settings."""
    return {
        "@type": "PostalAddress",
        "streetAddress": site_settings.street_address,
        "postalCode": site_settings.postal_code,
        "addressLocality": site_settings.locality,
        "addressCountry": "BE",
    }


def museum(venue, today, url, site_settings, telephone):
    """The Museum node, with the address of the site settings."""
    data = {
        "@context": "https://schema.org",
        "@type": "Museum",
        "name": "Technopolis",
        "url": url,
        "address": postal_address(site_settings),
        "openingHoursSpecification": opening_hours_specification(venue.rules),
        "specialOpeningHoursSpecification": special_opening_hours_specification(
            venue.exceptions, today
        ),
    }
    if telephone:
        data["telephone"] = telephone
    return data
