"""A draft that says nothing new is no draft.

Wagtail 8's editor autosaves: after a moderator approves (publishes) a page, the open editor
saves once more, a revision with the content just published, and the page shows "live +
draft" and joins "drafts waiting to be published". When a page's newest revision holds the
same content as its live one, the page has no unpublished changes.

The autosave also keeps what an editor typed and then left without saving. Such a revision is
kept (Wagtail offers it when the page is opened again), but it is not a draft someone saved
for the list of drafts waiting to be published: `Autosave` marks it until a person saves.
"""

from django.db import models
from django.db.models.signals import post_save
from wagtail.models import Page, Revision


class Autosave(models.Model):
    """A revision written by the editor's autosave that no person has saved or submitted."""

    cache_neutral = True  # admin bookkeeping: no page changes

    revision = models.OneToOneField(
        Revision, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )

    def __str__(self):
        return f"autosave {self.revision_id}"


def remember_autosave(request, page):
    """After an edit: autosave posts ask for JSON, a person's "Save draft" for a page."""
    if request.accepts("text/html"):
        Autosave.objects.filter(revision=page.latest_revision).delete()
    else:
        Autosave.objects.get_or_create(revision=page.latest_revision)


# Bookkeeping that differs between two revisions of the same content.
METADATA = frozenset(
    {
        "pk",
        "path",
        "depth",
        "numchild",
        "url_path",
        "live",
        "has_unpublished_changes",
        "latest_revision",
        "live_revision",
        "latest_revision_created_at",
        "last_published_at",
        "first_published_at",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
        "expired",
    }
)


def content(revision):
    return {key: value for key, value in revision.content.items() if key not in METADATA}


def same_as_live(page):
    """Whether the page's newest revision holds its live content, as the database has it now
    (the instance saving a revision may predate the publish of another)."""
    latest = page.latest_revision
    live_id = (
        Page.objects.filter(pk=page.pk, live=True)
        .values_list("live_revision_id", flat=True)
        .first()
    )
    if latest is None or live_id is None:
        return False
    return latest.pk == live_id or content(latest) == content(Revision.objects.get(pk=live_id))


def _revision_saved(sender, instance, update_fields=None, **kwargs):
    # save_revision() saves the page with these fields once its revision exists
    if not isinstance(instance, Page) or not instance.has_unpublished_changes:
        return
    if "has_unpublished_changes" not in (update_fields or ()):
        return
    if same_as_live(instance):
        Page.objects.filter(pk=instance.pk).update(has_unpublished_changes=False)
        instance.has_unpublished_changes = False


def connect_signals():
    post_save.connect(_revision_saved, dispatch_uid="drafts-same-as-live")
