"""Security pieces Django and its add-ons leave to the project: the Permissions-Policy header,
the visitor's address behind a proxy, and throttling of admin logins and password resets."""

import ipaddress

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import render
from django.urls import reverse

from . import throttle

LOGIN_FAILURES = "login-failure"
PASSWORD_RESETS = "password-reset"
# Reset e-mails asked for from one address: enough for a typo or two, too few to flood
# mailboxes or to probe which addresses have an account.
PASSWORD_RESET_LIMIT = 5
PASSWORD_RESET_WINDOW_SECONDS = 3600


class SecurityHeadersMiddleware:
    """Sends Permissions-Policy, for which Django has no setting: the site needs no camera,
    microphone, location or payment API, so embedded content gets none either."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class PreviewFramingMiddleware:
    """Lets the admin frame previews. Wagtail renders a preview by sending a made-up request
    for the page's own address through the whole middleware chain, so the public site's
    `frame-ancestors 'none'` and `X-Frame-Options: DENY` reached it and the editor's preview
    panel (and the Checks panel, which reads it) stayed blank. A preview is admin content:
    framed by the admin's own origin, without the public policy, as the admin is."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            response._csp_exempt = True
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


def _ip(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def visitor_address(remote_addr, forwarded_for, proxies):
    """The visitor's address, given the connection's peer, the X-Forwarded-For header and the
    networks of our own proxies.

    Each proxy appends the address it got the request from, and anyone can write whatever
    they like in front of that. So X-Forwarded-For counts only when one of our proxies sent
    the request, and only read from the right: past our proxies, the first address that is
    not one of them is the visitor. A malformed entry ends the walk at the last good address.
    """

    def is_proxy(ip):
        return ip is not None and any(ip in network for network in proxies)

    if not is_proxy(_ip(remote_addr)):
        return remote_addr
    address = remote_addr
    for entry in reversed(forwarded_for.split(",")):
        ip = _ip(entry)
        if ip is None:
            break
        address = str(ip)
        if not is_proxy(ip):
            break
    return address


def client_address(request):
    """The visitor's address, for every throttle: django-axes, the forms, admin throttling."""
    return visitor_address(
        request.META.get("REMOTE_ADDR") or "",
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        settings.TRUSTED_PROXIES,
    )


def _cooloff_seconds():
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def _count_login_failure(sender, credentials, request=None, **kwargs):
    # Whatever the user name: django-axes counts per user name and address, which lets one
    # address try a few passwords for every user name it can think of.
    if request is not None:
        throttle.record(LOGIN_FAILURES, client_address(request), _cooloff_seconds())


def connect_signals():
    user_login_failed.connect(_count_login_failure, dispatch_uid="technopolis-login-failure")


def _locked_out_page(request, per_address):
    minutes = _cooloff_seconds() // 60
    return render(
        request,
        "technopolis/login_locked_out.html",
        {
            "minutes": minutes,
            "per_address": per_address,
            "login_url": reverse("wagtailadmin_login"),
        },
        status=429,
    )


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes lockout of a user name from an address: say plainly what happened and for
    how long, with 429."""
    return _locked_out_page(request, per_address=False)


class AdminThrottleMiddleware:
    """Refuses, with 429, admin logins from an address with too many recent failures across
    user names, and password-reset requests from an address that asked too often."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST":
            return None
        name = request.resolver_match.url_name
        if name == "wagtailadmin_login":
            failures = throttle.attempts(LOGIN_FAILURES, client_address(request))
            if failures >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS:
                return _locked_out_page(request, per_address=True)
        elif name == "wagtailadmin_password_reset":
            address = client_address(request)
            limit, window = PASSWORD_RESET_LIMIT, PASSWORD_RESET_WINDOW_SECONDS
            if throttle.over_limit(PASSWORD_RESETS, address, limit, window):
                return render(
                    request,
                    "technopolis/password_reset_throttled.html",
                    {"minutes": window // 60, "login_url": reverse("wagtailadmin_login")},
                    status=429,
                )
        return None
