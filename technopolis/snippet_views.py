"""Admin views shared by the snippets whose rows are what visitors see at once."""

from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet


class _SavedByAPerson:
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Wagtail autosaves every model that keeps revisions; without drafts that writes the
        # live row while someone types (a half-typed alert, price or closure on the site).
        self.autosave_enabled = False


class LiveSnippetViewSet(SnippetViewSet):
    """A snippet that keeps revisions (its History says who changed what) but has no drafts:
    saved only when a person presses Save."""

    add_view_class = type("LiveSnippetCreateView", (_SavedByAPerson, CreateView), {})
    edit_view_class = type("LiveSnippetEditView", (_SavedByAPerson, EditView), {})
