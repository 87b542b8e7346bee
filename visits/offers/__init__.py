"""The offers: tickets and prices, zones, school programmes, event spaces and packages.
Builds on the opening hours (school days, STEM days)."""
