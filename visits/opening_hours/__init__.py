"""Opening hours: the rules and exceptions of each venue, the live status, the calendar,
the feeds and the Museum structured data. Imports nothing else of `visits`."""
