"""The editor's check of an activity's schedule against the opening hours."""

from wagtail.admin.panels import Panel


class ScheduleCheckPanel(Panel):
    """Lists the scheduled times of the coming weeks that the site will not show, and why
    (the building closed that day, or the time outside its hours), as last saved."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "agenda/admin/schedule_check.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["check_days"], context["skipped"] = self.instance.schedule_check()
            return context
