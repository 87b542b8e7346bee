"""Addresses of the site this one replaces, and the demo page each now leads to.

From FACTS.md §1: the old "fiche" URLs exposed the CMS taxonomy; they answer 301 to the
page that took their place. Managed with Wagtail's redirects app, so editors can add more.
"""

from wagtail.contrib.redirects.models import Redirect

from .loader import DemoLoader

OLD_ADDRESSES = [
    (
        "/en/fiche/functional-navigation/international/umbrella-organisations",
        "umbrella-organisations",
        "en",
    ),
    (
        "/fr/fiche/functional-navigation/international/organisations-de-coordination",
        "umbrella-organisations",
        "fr",
    ),
    (
        "/en/fiche/functional-navigation/international/european-programmes",
        "european-programmes",
        "en",
    ),
    ("/en/fiche/practical-messages/technopolis-is-closed", "opening-hours", "en"),
    (
        "/en/fiche/zones-6-main-zones/general-expo-schools/technopolisbuilds",
        "audience-teacher",
        "en",
    ),
    ("/en/expositions/technopolisbuilds", "audience-visitor", "en"),
    ("/en/visitors/competition-chain-reaction", "audience-visitor", "en"),
    ("/en/legal/terms-and-conditions-of-sale", "terms", "en"),
    ("/nl/toegankelijkheid-en-voorzieningen", "audience-visitor", "nl"),
    ("/eng/index.php", "home", "en"),
]


def load(loader: DemoLoader):
    for old_path, key, language in OLD_ADDRESSES:
        page = loader.page(key, language)
        if page is None:
            continue  # that part of the demo is not loaded
        Redirect.objects.get_or_create(
            old_path=Redirect.normalise_path(old_path),
            site=None,
            defaults={"redirect_page": page, "is_permanent": True},
        )
