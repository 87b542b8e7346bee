"""The alert bar above the page header (technopolis/alerts.py)."""

from django import template

from technopolis.alerts import active_alerts

register = template.Library()


@register.inclusion_tag("includes/alert_bar.html", takes_context=True)
def alert_bar(context):
    request = context.get("request")
    return {"alerts": active_alerts(request) if request is not None else []}
