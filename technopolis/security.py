"""Security pieces Django and its add-ons leave to the project: the Permissions-Policy header,
the client address behind a proxy, and the page shown to a locked-out admin login."""

from django.conf import settings
from django.shortcuts import render


class SecurityHeadersMiddleware:
    """Sends Permissions-Policy, for which Django has no setting: the site needs no camera,
    microphone, location or payment API, so embedded content gets none either."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def client_address(request):
    """The visitor's address for login throttling (django-axes)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.TRUST_X_FORWARDED_FOR and forwarded:
        # Earlier entries come from the client and can be forged; the last one, our proxy wrote.
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR")


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes lockout: say plainly what happened and for how long, with 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "technopolis/login_locked_out.html",
        {"minutes": minutes, "login_url": "/admin/login/"},
        status=429,
    )
