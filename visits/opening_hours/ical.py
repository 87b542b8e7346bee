"""An iCalendar (RFC 5545) feed as text, from prepared events; no database, no translation."""

from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass(frozen=True)
class Event:
    uid: str
    start: date | datetime  # a date: an all-day event; a datetime: aware
    end: date | datetime  # exclusive, as iCalendar wants it
    summary: str
    url: str = ""
    description: str = ""
    location: str = ""
    cancelled: bool = False


def _escape(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _value(moment):
    if isinstance(moment, datetime):
        return f":{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return f";VALUE=DATE:{moment:%Y%m%d}"


def _fold(line):
    """Lines longer than 75 octets continue on the next line after a space."""
    data = line.encode()
    parts = []
    while len(data) > 75:
        cut = 75 if not parts else 74
        while data[cut] & 0xC0 == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
    parts.append(data)
    return "\r\n ".join(part.decode() for part in parts)


def calendar(name, events, stamp, product="Opening hours"):
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Technopolis//{product}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(name)}",
        "X-WR-TIMEZONE:Europe/Brussels",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
            f"DTSTART{_value(event.start)}",
            f"DTEND{_value(event.end)}",
            f"SUMMARY:{_escape(event.summary)}",
            "TRANSP:TRANSPARENT",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{_escape(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{_escape(event.location)}")
        if event.cancelled:
            lines.append("STATUS:CANCELLED")
        if event.url:
            lines.append(f"URL:{event.url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
