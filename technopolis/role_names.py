"""The staff roles by name, and the actions on a model, for apps to give their models to roles
in their AppConfig (`staff_roles`) without importing models (technopolis/roles.py)."""

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
FRONT_DESK = "Front desk"
BOOKINGS = "Bookings"

ALL = ("add", "change", "delete", "view")
EDIT = ("change", "view")
