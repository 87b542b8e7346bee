"""Wagtail's content checks (axe-core in the editor and the userbar), plus one of ours.

Wagtail runs its accessibility checks for editors out of the box; this adds a rule that flags
links whose whole text is a vague phrase such as "click here" or "lees meer": a screen reader
lists links out of context, where "here" says nothing about where it leads.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

VAGUE_LINK_TEXTS = [
    "click here",
    "here",
    "read more",
    "more",
    "klik hier",
    "hier",
    "lees meer",
    "meer",
    "cliquez ici",
    "ici",
    "lire la suite",
    "en savoir plus",
]

# axe-core compiles a check's evaluate given as function source; Wagtail only maps its own
# check ids to functions. Compiling needs eval, which the admin allows and the public pages'
# CSP does not: the rule is added only where the checks run inside the admin.
_EVALUATE_LINK_TEXT = """function (node, options) {
  var text = (node.textContent || "").replace(/\\s+/g, " ").trim().toLowerCase();
  return options.phrases.indexOf(text.replace(/[\\s.:!…>»→]+$/, "")) === -1;
}"""


class LinkTextChecker(ContentCheckerItem):
    """Wagtail's checks, and in the admin the check for vague link texts."""

    def in_admin(self, request):
        return self.in_editor or getattr(request, "in_preview_panel", False)

    def get_axe_run_only(self, request):
        run_only = super().get_axe_run_only(request)
        return [*run_only, "link-text-quality"] if self.in_admin(request) else run_only

    def get_axe_custom_rules(self, request):
        rules = super().get_axe_custom_rules(request)
        if not self.in_admin(request):
            return rules
        return [
            *rules,
            {
                "id": "link-text-quality",
                "impact": "serious",
                "selector": "a[href]",
                "tags": ["best-practice"],
                "any": ["check-link-text-quality"],
                "enabled": True,
            },
        ]

    def get_axe_custom_checks(self, request):
        checks = super().get_axe_custom_checks(request)
        if not self.in_admin(request):
            return checks
        return [
            *checks,
            {
                "id": "check-link-text-quality",
                "evaluate": _EVALUATE_LINK_TEXT,
                "options": {"phrases": VAGUE_LINK_TEXTS},
            },
        ]

    def get_axe_messages(self, request):
        return {
            **super().get_axe_messages(request),
            "link-text-quality": {
                "error_name": _("Link text is vague"),
                "help_text": _(
                    "Say where the link leads, such as 'Opening hours' or 'Book a class'"
                ),
            },
        }


def use_link_text_checker(request, items, page):
    """Swap Wagtail's checker item for ours, keeping where it runs (editor or page)."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, LinkTextChecker):
            items[index] = LinkTextChecker(in_editor=item.in_editor)
