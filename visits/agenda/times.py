"""Start times as an editor types them: "11:00, 14:30" (also "11.00" or "11u" in Dutch)."""

import re
from datetime import time

from django.utils.translation import gettext as _

_TIME = re.compile(r"^(\d{1,2})(?:[:.hu](\d{2})?)?$")


def parse_times(text):
    """The distinct times in `text`, earliest first; ValueError names the first bad one."""
    found = set()
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        match = _TIME.match(part.lower())
        hour, minute = (int(match[1]), int(match[2] or 0)) if match else (99, 99)
        if hour > 23 or minute > 59:
            raise ValueError(
                _("'%(part)s' is not a time: write times as 11:00, separated by commas.")
                % {"part": part}
            )
        found.add(time(hour, minute))
    return tuple(sorted(found))
