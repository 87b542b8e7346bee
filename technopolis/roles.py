"""The staff roles: groups whose permissions let each role do its job and nothing more.

- Editors: write and change pages, images, documents, people, congresses, prices, event
  spaces and packages, and alerts; submit pages for moderation. Not: publish, delete live
  pages, site settings, opening hours.
- Moderators: what Editors do, plus approve and publish (with or without the workflow),
  redirects and site settings. Not: users, groups, the workflow itself.
- Translators: translate pages and snippets through wagtail-localize and submit them for
  moderation. Not: add, move, delete or publish pages.
- Front desk: opening hours, closures and special hours; cancelled sessions and school
  holidays of the programme; alerts above the header. No pages.
- Bookings: see, export and follow up form submissions. No content.

Why a command (`manage.py setup_roles`) rather than a data migration: Django creates model
permissions after all migrations have run (the `post_migrate` signal), so on a fresh database a
migration cannot find the permissions of the apps' models, and a migration would have to be
rewritten every time a model joins a role. The command runs after `migrate` (deploy step,
`load_demo`), refreshes the groups to exactly what is listed here, and is safe to run again.

Form submissions are the visits app's: a model whose instances visitors create through a form
declares `awaiting_follow_up = Q(...)` (the submissions staff still have to handle); Bookings
may view and change such models, and the dashboard counts them. Nothing is assumed about
their names, so the core imports no app.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .role_names import ALL, BOOKINGS, EDITORS, FRONT_DESK, MODERATORS, TRANSLATORS

__all__ = ["ALL", "BOOKINGS", "EDITORS", "FRONT_DESK", "MODERATORS", "TRANSLATORS"]

# Stored names, shown as they are in every admin language: in the museum's working language.
WORKFLOW_NAME = "Nalezen door een moderator"
TASK_NAME = "Goedkeuring door een moderator"

# The core's and Wagtail's snippets; the apps give theirs in their AppConfig (`staff_roles`).
CONTENT_SNIPPETS = {
    "technopolis.alert": ALL,
    "wagtailsearchpromotions.searchpromotion": ALL,
}
MEDIA = ("add", "change", "choose")


@dataclass(frozen=True)
class Role:
    name: str
    description: str
    # "app_label.model" -> actions; models of apps that are not installed are skipped
    models: dict = field(default_factory=dict)
    extra: tuple = ()  # "app_label.codename" permissions that belong to no model action
    pages: tuple = ()  # page permission codenames on every section's home page
    media: tuple = ()  # image and document actions in the root collection
    submissions: tuple = ()  # actions on form-submission models


ROLES = (
    Role(
        EDITORS,
        _("Write pages and submit them for moderation; images, documents, snippets, alerts."),
        models=CONTENT_SNIPPETS,
        extra=("wagtail_localize.submit_translation",),
        pages=("add_page", "change_page"),
        media=MEDIA,
    ),
    Role(
        MODERATORS,
        _("Everything editors do, plus approving and publishing, redirects and site settings."),
        models={
            **CONTENT_SNIPPETS,
            "wagtailredirects.redirect": ALL,
            "technopolis.sitesettings": ("change",),
        },
        extra=("wagtail_localize.submit_translation",),
        pages=(
            "add_page",
            "change_page",
            "publish_page",
            "bulk_delete_page",
            "lock_page",
            "unlock_page",
        ),
        media=MEDIA,
    ),
    Role(
        TRANSLATORS,
        _("Translate pages and snippets; no new, moved or deleted pages."),
        extra=("wagtail_localize.submit_translation",),
        pages=("change_page",),
        media=("choose",),
    ),
    Role(
        FRONT_DESK,
        _(
            "Opening hours, closures and special hours; cancelled sessions and school "
            "holidays of the programme; alerts above the page header."
        ),
        models={"technopolis.alert": ALL},
        # an urgent alert goes out in every language: they translate it themselves
        extra=("wagtail_localize.submit_translation",),
    ),
    Role(
        BOOKINGS,
        _("See, export and follow up form submissions; no content."),
        submissions=("change", "view"),
    ),
)


def submission_models():
    """Models of the submissions visitors send through forms (see the module docstring)."""
    return [model for model in apps.get_models() if hasattr(model, "awaiting_follow_up")]


def role_models(role):
    """{"app_label.model": actions} of a role: the core's list and what the apps give it."""
    given = {
        f"{config.label}.{model}": actions
        for config in apps.get_app_configs()
        for model, actions in getattr(config, "staff_roles", {}).get(role.name, {}).items()
    }
    return {**role.models, **given}


def _model_permissions(role):
    wanted = []
    for label, actions in role_models(role).items():
        app_label, model_name = label.split(".")
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        wanted += [(model, action) for action in actions]
    wanted += [(model, action) for model in submission_models() for action in role.submissions]
    permissions = [
        Permission.objects.get(
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
            codename=f"{action}_{model._meta.model_name}",
        )
        for model, action in wanted
    ]
    for name in ("wagtailadmin.access_admin", *role.extra):
        app_label, codename = name.split(".")
        permissions.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return permissions


def _media_permissions(actions):
    return list(
        Permission.objects.filter(
            content_type__app_label__in=["wagtailimages", "wagtaildocs"],
            codename__in=[
                f"{action}_{kind}" for action in actions for kind in ("image", "document")
            ],
        )
    )


def section_roots():
    """The home page of each language: the public sections the roles and workflow cover."""
    return list(Page.get_first_root_node().get_children())


def setup_roles():
    """Create or refresh every role's group and the moderation workflow. Returns the groups."""
    groups = {}
    homes = section_roots()
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        group.permissions.set(_model_permissions(role))
        # Wagtail's initial groups hold permissions on the tree root: replace them.
        GroupPagePermission.objects.filter(group=group).delete()
        for home in homes:
            for codename in role.pages:
                GroupPagePermission.objects.create(
                    group=group, page=home, permission=_page_permission(codename)
                )
        GroupCollectionPermission.objects.filter(group=group).delete()
        root = Collection.get_first_root_node()
        for permission in _media_permissions(role.media):
            GroupCollectionPermission.objects.create(
                group=group, collection=root, permission=permission
            )
        groups[role.name] = group
    setup_workflow(groups[MODERATORS], homes)
    return groups


def _page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def setup_workflow(moderators, homes):
    """Pages submitted for moderation in any section wait for a Moderator's approval."""
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in [Page.get_first_root_node(), *homes]:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    # Wagtail's install seeds "Moderators approval" on the root, in English: ours replaces it.
    for seeded in Workflow.objects.filter(name=f"{moderators.name} approval", active=True):
        seeded.deactivate()
        Task.objects.filter(workflow_tasks__workflow=seeded).exclude(pk=task.pk).update(
            active=False
        )
    return workflow
