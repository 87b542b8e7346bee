from django.apps import AppConfig

from technopolis.role_names import ALL, EDIT, EDITORS, MODERATORS, TRANSLATORS


class OrganisationsConfig(AppConfig):
    # Who edits this app's snippets (technopolis/roles.py).
    staff_roles = {
        EDITORS: {"person": ALL},
        MODERATORS: {"person": ALL},
        TRANSLATORS: {"person": EDIT},
    }
    name = "organisations"
    site_content = True  # its rows are what visitors see (technopolis/cache.py)

    def ready(self):
        from technopolis.search import reindex_on_change

        from .models import OrganisationIndexPage, OrganisationPage, PersonRole

        def pages_showing(role):
            organisations = OrganisationPage.objects.filter(pk=role.organisation_id)
            return [
                *organisations,
                *OrganisationIndexPage.objects.filter(
                    pk__in=[page.get_parent().pk for page in organisations]
                ),
            ]

        reindex_on_change(PersonRole, pages_showing)
