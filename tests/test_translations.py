"""The interface speaks the visitor's language: every message of the catalogues has a Dutch and
a French translation, the compiled catalogues say the same, and the pages show them."""

import ast
import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.fields import StreamField
from wagtail.models import get_page_models

from visits.models import ZonePage

from .factories import LANGUAGES, fresh, make_site, snippet_in_every_language, translated_pages
from .factories.international import DeclarationPageFactory, OccasionFactory
from .factories.offers import ZonePageFactory
from .factories.site_tree import every_page_type
from .helpers import rolled_back_after

# The project's catalogue and those of the apps that keep their own (makemessages writes an
# app's messages there when it has a locale directory).
CATALOGUES = sorted(
    path
    for pattern in ("locale/*/LC_MESSAGES/django.po", "*/locale/*/LC_MESSAGES/django.po")
    for path in Path(settings.BASE_DIR).glob(pattern)
    if path.parts[-3] in ("nl", "fr")
)


@dataclass
class Message:
    msgid: str
    msgid_plural: str
    msgstrs: list
    fuzzy: bool


def messages(path):
    """The messages of a .po file; the header and obsolete (#~) entries are left out."""
    found, fields, flags, key = [], {}, set(), None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():  # a blank line ends an entry
            if fields.get("msgid"):
                found.append(
                    Message(
                        fields["msgid"],
                        fields.get("msgid_plural", ""),
                        [value for name, value in fields.items() if name.startswith("msgstr")],
                        "fuzzy" in flags,
                    )
                )
            fields, flags, key = {}, set(), None
        elif line.startswith("#,"):
            flags.update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):  # a continuation of a multi-line string
            fields[key] += ast.literal_eval(line)
        else:
            key, _, value = line.partition(" ")
            fields[key] = ast.literal_eval(value)
    return found


def catalogue_id(path):
    return str(path.relative_to(settings.BASE_DIR))


def test_both_languages_have_catalogues():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert languages == {"nl", "fr"}
    assert len(CATALOGUES) >= 4  # locale/ and visits/locale/


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_every_message_is_translated(path):
    untranslated = [m.msgid for m in messages(path) if m.fuzzy or not all(m.msgstrs)]
    assert untranslated == []


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_compiled_catalogues_say_what_the_sources_say(path):
    """A .po edited without compilemessages, or a message two catalogues translate differently
    (only one of them wins), shows here."""
    with translation.override(path.parts[-3]):
        for message in messages(path):
            if message.msgid_plural:
                shown = [
                    translation.ngettext(message.msgid, message.msgid_plural, n) for n in (1, 2)
                ]
            else:
                shown = [translation.gettext(message.msgid)]
            assert shown == message.msgstrs, message.msgid


def test_the_parser_reads_multi_line_plural_and_fuzzy_entries(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: nl\\n"\n\n'
        '#, fuzzy\nmsgid "Close"\nmsgstr "Sluiten"\n\n'
        'msgid ""\n"A long "\n"text"\nmsgstr ""\n\n'
        'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "%(n)s dag"\nmsgstr[1] ""\n\n'
        '#~ msgid "Gone"\n#~ msgstr "Weg"\n',
        encoding="utf-8",
    )
    found = messages(po)
    assert [(m.msgid, m.fuzzy, m.msgstrs) for m in found] == [
        ("Close", True, ["Sluiten"]),
        ("A long text", False, [""]),
        ("%(n)s day", False, ["%(n)s dag", ""]),
    ]


# -- The pages in Dutch and French -----------------------------------------------------------

# What the header's opening status can say, whatever the moment the test runs.
STATUS = {
    "nl": ("Vandaag open tot", "Nu gesloten", "Vandaag gesloten", "Openingsuren nog niet"),
    "fr": ("Ouvert aujourd'hui", "Fermé", "Heures d’ouverture pas encore"),
}
CHROME = {
    "nl": ["Naar de inhoud", "Zoeken", "Wie komt er op bezoek?", "Hoofdmenu", "Juridisch"],
    "fr": ["Aller au contenu", "Rechercher", "Qui vient nous voir ?", "Menu principal"],
}
PAGES = [
    ("HomePage", "nl", ["Koop je tickets online", "Verder naar je aanbod:"]),
    ("HomePage", "fr", ["Achetez vos billets en ligne", "Continuer vers votre offre :"]),
    ("OpeningHoursPage", "nl", ["Deze week", "Per maand", "Sluitingen en aangepaste uren"]),
    (
        "OpeningHoursPage",
        "fr",
        ["Cette semaine", "Mois par mois", "Fermetures et horaires spéciaux"],
    ),
    ("TicketsPage", "nl", ["Dagtickets", "Leeftijd", "prijzen geldig sinds"]),
    ("TicketsPage", "fr", ["Billets journée", "Âge", "tarifs en vigueur depuis le"]),
    ("ZoneIndexPage", "nl", ["alle leeftijden", "tentoonstelling"]),
    ("ZoneIndexPage", "fr", ["tous âges", "exposition"]),
    ("ProgrammeIndexPage", "nl", ["Toon programma's", "Alle niveaus", "per leerling"]),
    ("ProgrammeIndexPage", "fr", ["Afficher les programmes", "Tous les niveaux", "par élève"]),
    ("SchoolProgrammePage", "nl", ["Leerjaren", "Duur", "Vraag een klasbezoek aan"]),
    ("SchoolProgrammePage", "fr", ["Années", "Durée", "Demander une visite scolaire"]),
    ("ClassVisitFormPage", "nl", ["Aanvraag versturen", "Contactpersoon", "(optioneel)"]),
    ("ClassVisitFormPage", "fr", ["Envoyer la demande", "Personne de contact", "(facultatif)"]),
    ("EventSpacesPage", "nl", ["Zalen", "Opstelling", "Voorzieningen", "Vraag een offerte aan"]),
    ("EventSpacesPage", "fr", ["Salles", "Disposition", "Équipements", "Demander un devis"]),
    ("EventEnquiryFormPage", "nl", ["Bedrijf of organisatie", "Walking dinner of receptie"]),
    ("EventEnquiryFormPage", "fr", ["Entreprise ou organisation", "Walking dinner ou réception"]),
    ("OrganisationPage", "nl", ["In het kort", "Technopolis en deze organisatie"]),
    ("OrganisationPage", "fr", ["En bref", "Technopolis et cette organisation"]),
    ("DeclarationPage", "nl", ["Ondertekend", "Gelegenheid", "Bouwt voort op"]),
    ("DeclarationPage", "fr", ["Signée", "Cadre", "S’appuie sur"]),
]


def text_of(client, url, method="get", **data):
    return html.unescape(getattr(client, method)(url, data).content.decode())


def shows_all_its_interface(pages):
    """What `every_page_type` leaves out and a page shows only when there is one: a zone for
    all ages that is an exhibition, and a declaration's congress and the declaration it builds
    on. The Dutch room-hire page is renamed: its title and lead said "Zalen", the word its
    heading should say."""
    zone_index = pages["ZoneIndexPage"]["nl"]
    translated_pages(
        ZonePageFactory(parent=zone_index, kind=ZonePage.Kind.EXPO, age_from=None, age_to=None)
    )
    occasions = snippet_in_every_language(OccasionFactory())
    earlier = translated_pages(
        DeclarationPageFactory(
            parent=pages["DeclarationIndexPage"]["nl"],
            title="Verklaring van Porto",
            date_signed=date(2008, 11, 6),  # before the other one, signed in 2010
        )
    )
    for code in LANGUAGES:
        declaration = pages["DeclarationPage"][code]
        declaration.occasion = occasions[code]
        declaration.builds_on = [earlier[code]]
        declaration.save_revision().publish()
    spaces = pages["EventSpacesPage"]["nl"]
    spaces.title, spaces.lead = "Zaalverhuur", "Een ruimte voor elk evenement."
    spaces.save_revision().publish()
    for name in ("DeclarationPage", "EventSpacesPage"):
        pages[name] = fresh(pages[name])


@pytest.fixture(scope="class")
def pages(django_db_setup, django_db_blocker):
    """A page of every type in every language (tests/factories/site_tree.py), showing all of
    its interface: {page type name: {code: page}}. Built once for the class that reads them, in
    a transaction rolled back after its last test: building them takes seconds."""
    with rolled_back_after(django_db_blocker):
        pages = every_page_type(make_site())
        shows_all_its_interface(pages)
        yield pages


@pytest.mark.django_db
class TestThePagesInDutchAndFrench:
    @pytest.mark.parametrize(("page_type", "language", "expected"), PAGES)
    def test_each_page_type_shows_its_interface_in_the_page_language(
        self, client, pages, page_type, language, expected
    ):
        text = text_of(client, pages[page_type][language].url)
        for phrase in [*CHROME[language], *expected]:
            assert phrase in text, phrase
        assert any(status in text for status in STATUS[language])

    @pytest.mark.parametrize(
        ("language", "expected"),
        [
            ("nl", ["Kijk de aangeduide velden hieronder na.", "Kies een datum na vandaag."]),
            (
                "fr",
                ["Veuillez vérifier les champs signalés", "Choisissez une date après aujourd’hui."],
            ),
        ],
    )
    def test_form_errors_speak_the_page_language(self, client, pages, language, expected):
        page = pages["ClassVisitFormPage"][language]
        text = text_of(client, page.url, "post", date_wanted=timezone.localdate().isoformat())
        for phrase in expected:
            assert phrase in text, phrase


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Wat zoek je?", "Niets gevonden voor ‘qwxyz’", "Controleer de spelling"]),
        ("fr", ["Que cherchez-vous ?", "Aucun résultat pour « qwxyz »", "Vérifiez l'orthographe"]),
    ],
)
@pytest.mark.usefixtures("site")
def test_search_speaks_the_page_language(client, language, expected):
    with translation.override(language):
        url = reverse("search")
    text = text_of(client, url, q="qwxyz")
    for phrase in expected:
        assert phrase in text, phrase


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_page_type_and_block_field_is_in_the_editors_language(language):
    """The "add a page" chooser shows each type's description, and block forms their labels:
    without a catalogue entry they showed "Pagina's van het type …", "Text" and "Level"."""
    known = {m.msgid for path in CATALOGUES if path.parts[-3] == language for m in messages(path)}
    texts = {model.__name__: model.page_description for model in get_page_models()[1:]}
    for model in get_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for block in field.stream_block.child_blocks.values():
                    for child in getattr(block, "child_blocks", {}).values():
                        texts[f"{model.__name__}.{field.name}.{block.name}.{child.name}"] = (
                            child.label
                        )
    with translation.override("en"):
        missing = [where for where, text in texts.items() if str(text) not in known]
    assert missing == []
