"""sitemap.xml: every live public page in every language, each with its translations."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        below_a_home = Q()
        for home in homes:
            below_a_home |= Q(path__startswith=home.path)
        pages = list(
            Page.objects.live()
            .public()
            .filter(below_a_home)
            .select_related("locale")
            .order_by("path")
        )
        self._translations = defaultdict(dict)
        for page in pages:
            self._translations[page.translation_key][page.locale.language_code] = page
        return pages

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            translations = self._translations[item.translation_key]
            alternates = [
                {"lang_code": code, "location": translations[code].get_full_url(self.request)}
                for code, _ in settings.LANGUAGES
                if code in translations
            ]
            default = translations.get(settings.LANGUAGE_CODE)
            if default is not None:
                alternates.append(
                    {"lang_code": "x-default", "location": default.get_full_url(self.request)}
                )
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        return urls
