from django.apps import AppConfig


class DeclarationsConfig(AppConfig):
    name = "declarations"
    site_content = True  # its rows are what visitors see (technopolis/cache.py)

    def ready(self):
        from technopolis.search import reindex_on_change

        from .models import DeclarationIndexPage, DeclarationPage, Occasion

        def pages_showing(occasion):
            declarations = list(DeclarationPage.objects.filter(occasion=occasion))
            indexes = DeclarationIndexPage.objects.filter(
                pk__in=[page.get_parent().pk for page in declarations]
            )
            return [*declarations, *indexes]

        reindex_on_change(Occasion, pages_showing)
