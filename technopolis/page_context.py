"""What a page's template gets from modules above its model.

A page model cannot import the code that lists, filters or books what the page shows: that
code imports the model. Such code registers here what it adds to a page type's context, and
`SitePage.get_context` asks, so models stay at the bottom and imports go downwards only.
"""

from collections import defaultdict

_builders = defaultdict(list)


def adds_context(*page_types):
    """Decorates `function(request, page) -> dict`: its values join these pages' context."""

    def register(function):
        for page_type in page_types:
            _builders[page_type].append(function)
        return function

    return register


def added_context(request, page):
    context = {}
    for page_type in type(page).__mro__:
        for function in _builders.get(page_type, ()):
            context.update(function(request, page))
    return context
