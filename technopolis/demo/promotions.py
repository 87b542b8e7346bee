"""Results editors pin for the questions visitors type most (Wagtail's search promotions):
per language, the word as people type it and the page that answers it. Editors add more
under Settings → Promoted search results; the admin home lists searches that found nothing."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from .loader import DemoLoader

PROMOTED = {
    "nl": [
        ("tickets", "tickets", "Prijzen en tickets online kopen."),
        ("prijs", "tickets", "Wat een bezoek kost, voor volwassenen, kinderen en groepen."),
        ("parking", "plan-your-visit", "Parkeren aan Technopolis, met de auto of de fiets."),
        ("verjaardag", "audience-visitor", "Een verjaardag vieren bij Technopolis."),
        ("groepen", "tickets", "Groepstarieven en reserveren voor groepen."),
    ],
    "fr": [
        ("billets", "tickets", "Tarifs et billets en ligne."),
        ("prix", "tickets", "Ce que coûte une visite, pour adultes, enfants et groupes."),
        ("parking", "plan-your-visit", "Se garer à Technopolis, en voiture ou à vélo."),
        ("anniversaire", "audience-visitor", "Fêter un anniversaire à Technopolis."),
        ("groupes", "tickets", "Tarifs de groupe et réservations pour les groupes."),
    ],
    "en": [
        ("tickets", "tickets", "Prices, and tickets online."),
        ("price", "tickets", "What a visit costs, for adults, children and groups."),
        ("parking", "plan-your-visit", "Parking at Technopolis, by car or by bike."),
        ("birthday", "audience-visitor", "Celebrating a birthday at Technopolis."),
        ("groups", "tickets", "Group rates and booking for groups."),
    ],
}


def load(loader: DemoLoader):
    for language, promotions in PROMOTED.items():
        for order, (words, key, description) in enumerate(promotions):
            page = loader.page(key, language)
            if page is None:
                continue  # that part of the demo is not loaded
            SearchPromotion.objects.get_or_create(
                query=Query.get(words),
                page=page,
                defaults={"sort_order": order, "description": description},
            )
