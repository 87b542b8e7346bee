from django.apps import AppConfig

from technopolis.role_names import ALL, EDIT, EDITORS, MODERATORS, TRANSLATORS


class DeclarationsConfig(AppConfig):
    # Who edits this app's snippets (technopolis/roles.py).
    staff_roles = {
        EDITORS: {"occasion": ALL},
        MODERATORS: {"occasion": ALL},
        TRANSLATORS: {"occasion": EDIT},
    }
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
