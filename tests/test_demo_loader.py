"""The demo loader says little: a summary by default, each page and role with -v 2."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def load_demo(verbosity):
    out = StringIO()
    call_command("load_demo", verbosity=verbosity, stdout=out)
    return out.getvalue().splitlines()


def test_load_demo_prints_a_summary_and_details_only_when_asked():
    summary = load_demo(1)
    assert "Demo content ready: 0 pages created." in summary
    assert len(summary) <= 3
    assert len(load_demo(2)) > len(summary)
    assert load_demo(0) == []
