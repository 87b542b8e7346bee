"""StreamField blocks shared by every page type.

Each block carries an icon, a template, a description for the block picker and a preview
value, so editors see what they insert before they insert it.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Page


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Heading text"))
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Subheading (H3)"))],
        default="h2",
        help_text=_("Use H2 for sections; H3 only below an H2."),
        search_index=False,
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A section heading that also appears in the page outline.")
        preview_value = {"text": _("Why membership matters"), "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "document-link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Text")
        description = _("Running text with links and lists.")

    def get_preview_value(self):
        return self.normalize(
            gettext(
                "<p>Technopolis is the Flemish science centre: a place where you "
                "<b>do</b> science rather than read about it.</p>"
            )
        )


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Leave empty to use the image's own alt text."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/figure.html"
        label = _("Image")
        description = _("An image with alt text and an optional caption.")

    def get_preview_value(self):
        # The library's newest image, so the picker shows a figure as visitors will see it.
        image = get_image_model().objects.order_by("-created_at").first()
        return self.normalize({"image": image, "caption": _("Caption under the image.")})


class RouteMapBlock(blocks.StructBlock):
    """The site's own route map (static/img/route-map.svg): the E19 exit, Technologielaan,
    Technopolis, the car park and Mechelen station. Its labels are names, the same in every
    language; what the map shows is said in the alt text and caption of each page's language."""

    # A map takes more words to describe than a photograph.
    alt = blocks.CharBlock(
        label=_("Alt text"),
        max_length=400,
        help_text=_(
            "Say what the map shows for people who cannot see it: the roads, the exit, "
            "the car park, the station and the way between them."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "site"
        template = "blocks/route_map.html"
        label = _("Route map")
        description = _("The map of how to reach Technopolis, with alt text and a caption.")
        preview_value = {
            "alt": _(
                "Map: the E19 exit Mechelen (Technopolis) leads along Technologielaan to "
                "Technopolis and its car park; a path joins Mechelen station to Technopolis."
            ),
            "caption": _("Not to scale; north is at the top."),
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, max_length=120, label=_("Said by"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")
        description = _("A quotation with who said it.")
        preview_value = {
            "quote": _("Hear and you forget; see and you remember; do and you understand."),
            "attribution": _("Technopolis motto"),
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(
        required=False, help_text=_("Only when the target is not a page."), label=_("Web address")
    )
    button_label = blocks.CharBlock(max_length=60, label=_("Button text"))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": _("Choose a page or enter a web address.")}
            )
        return value

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A highlighted box with one button.")
        preview_value = {
            "title": _("Plan your visit"),
            "text": _("Route, parking, food and accessibility at a glance."),
            "url": "https://www.technopolis.be/",
            "button_label": _("Plan your visit"),
        }


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        max_length=20, help_text=_("For example 350+ or 300,000."), label=_("Figure")
    )
    label = blocks.CharBlock(max_length=80, label=_("Label"))
    as_of = blocks.CharBlock(
        label=_("As of"),
        required=False,
        max_length=20,
        help_text=_("The year the figure was counted."),
    )


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120, label=_("Title"))
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=6, label=_("Figures"))

    class Meta:
        icon = "table"
        template = "blocks/key_figures.html"
        label = _("Key figures")
        description = _("Up to six large numbers with a label and the year they date from.")
        preview_value = {
            "title": _("Technopolis in figures"),
            "figures": [
                {"figure": "350+", "label": _("hands-on exhibits"), "as_of": "2015"},
                {"figure": "300,000", "label": _("visitors a year"), "as_of": "2015"},
            ],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, label=_("Question"))
    answer = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul", "ol"], label=_("Answer")
    )


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120, label=_("Title"))
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        label = _("Questions and answers")
        description = _("Questions that open to show their answer; readable without JavaScript.")

    def get_preview_value(self):
        answer = gettext("<p>Most visitors stay about four hours.</p>")
        question = {"question": gettext("How long does a visit take?"), "answer": answer}
        return self.normalize({"title": gettext("Good to know"), "questions": [question]})


class DataTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        max_length=200, help_text=_("Says what the table shows."), label=_("Caption")
    )
    table = TableBlock(table_options={"startRows": 3, "startCols": 3}, label=_("Table"))

    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")
        description = _("A table with a caption and a header row.")
        preview_value = {
            "caption": _("Example"),
            "table": {
                "first_row_is_table_header": True,
                "data": [[_("Zone"), _("Ages")], ["Xplora", "8–14"]],
            },
        }


class FeaturedPagesBlock(blocks.StructBlock):
    """Cards for pages chosen by the editor, each drawn by its own page type's card template.

    This lets a page show pages of another app (declarations on the organisations page)
    without the apps importing each other.
    """

    title = blocks.CharBlock(required=False, max_length=120, label=_("Title"))
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    pages = blocks.ListBlock(blocks.PageChooserBlock(), min_num=1, label=_("Pages"))

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/featured_pages.html"
        label = _("Featured pages")
        description = _("Cards linking to pages you choose, in the order you choose.")

    def get_preview_value(self):
        # Three sections of the site as they show on the home page.
        pages = Page.objects.live().filter(depth=3, locale=Locale.get_active())[:3]
        return self.normalize({"title": _("Featured pages"), "pages": list(pages)})

    def get_context(self, value, parent_context=None):
        from .navigation import localized_pages

        context = super().get_context(value, parent_context)
        context["pages"] = localized_pages([p for p in value["pages"] if p], specific=True)
        return context


def content_blocks():
    """The blocks of a generic page body, in the order of the block picker."""
    return [
        ("heading", HeadingBlock()),
        ("paragraph", ParagraphBlock()),
        ("image", FigureBlock()),
        ("route_map", RouteMapBlock()),
        ("quote", QuoteBlock()),
        ("call_to_action", CallToActionBlock()),
        ("key_figures", KeyFiguresBlock()),
        ("faq", FAQBlock()),
        ("table", DataTableBlock()),
        ("featured_pages", FeaturedPagesBlock()),
    ]


def body_field(**kwargs):
    """A page's StreamField of the shared blocks, optional, called "body" unless told."""
    kwargs.setdefault("verbose_name", _("body"))
    return StreamField(content_blocks(), blank=True, **kwargs)
