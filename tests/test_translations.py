"""The interface speaks the visitor's language: every message of the catalogues has a Dutch and
a French translation, the compiled catalogues say the same, and the pages show them."""

import ast
import html
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.fields import StreamField
from wagtail.models import get_page_models

from .helpers import demo_page

# The pages of every type in Dutch and French are still the demo's (tests/conftest.py): the
# tests that read them say so.

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
    ("home", "nl", ["Koop je tickets online", "Verder naar je aanbod:"]),
    ("home", "fr", ["Achetez vos billets en ligne", "Continuer vers votre offre :"]),
    ("opening-hours", "nl", ["Deze week", "Per maand", "Sluitingen en aangepaste uren"]),
    ("opening-hours", "fr", ["Cette semaine", "Mois par mois", "Fermetures et horaires spéciaux"]),
    ("tickets", "nl", ["Dagtickets", "Leeftijd", "prijzen geldig sinds"]),
    ("tickets", "fr", ["Billets journée", "Âge", "tarifs en vigueur depuis le"]),
    ("zones", "nl", ["alle leeftijden", "tentoonstelling"]),
    ("zones", "fr", ["tous âges", "exposition"]),
    ("school-programmes", "nl", ["Toon programma's", "Alle niveaus", "per leerling"]),
    ("school-programmes", "fr", ["Afficher les programmes", "Tous les niveaux", "par élève"]),
    ("programme-pressure", "nl", ["Leerjaren", "Duur", "Vraag een klasbezoek aan"]),
    ("programme-pressure", "fr", ["Années", "Durée", "Demander une visite scolaire"]),
    ("class-visit-request", "nl", ["Aanvraag versturen", "Contactpersoon", "(optioneel)"]),
    ("class-visit-request", "fr", ["Envoyer la demande", "Personne de contact", "(facultatif)"]),
    ("event-spaces", "nl", ["Zalen", "Opstelling", "Voorzieningen", "Vraag een offerte aan"]),
    ("event-spaces", "fr", ["Salles", "Disposition", "Équipements", "Demander un devis"]),
    ("event-enquiry", "nl", ["Bedrijf of organisatie", "Walking dinner of receptie"]),
    ("event-enquiry", "fr", ["Entreprise ou organisation", "Walking dinner ou réception"]),
    ("organisation-astc", "nl", ["In het kort", "Technopolis en deze organisatie"]),
    ("organisation-astc", "fr", ["En bref", "Technopolis et cette organisation"]),
    ("declaration-mechelen", "nl", ["Ondertekend", "Gelegenheid", "Bouwt voort op"]),
    ("declaration-mechelen", "fr", ["Signée", "Cadre", "S’appuie sur"]),
]


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()  # cached pages and the forms' rate-limit counters of other tests


def text_of(client, url, method="get", **data):
    return html.unescape(getattr(client, method)(url, data).content.decode())


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize(("key", "language", "expected"), PAGES)
def test_each_page_type_shows_its_interface_in_the_page_language(client, key, language, expected):
    text = text_of(client, demo_page(key, language).url)
    for phrase in [*CHROME[language], *expected]:
        assert phrase in text, phrase
    assert any(status in text for status in STATUS[language])


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


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Kijk de aangeduide velden hieronder na.", "Kies een datum na vandaag."]),
        ("fr", ["Veuillez vérifier les champs signalés", "Choisissez une date après aujourd’hui."]),
    ],
)
def test_form_errors_speak_the_page_language(client, language, expected):
    page = demo_page("class-visit-request", language)
    text = text_of(client, page.url, "post", date_wanted=timezone.localdate().isoformat())
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
