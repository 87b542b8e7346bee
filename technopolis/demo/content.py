"""The core demo pages: home, the international section, about and legal pages, in nl, fr, en.

Facts come from the shared FACTS.md; the sentences are written for this site.
"""

from technopolis.models import ContentPage, HomePage

from .loader import PageSpec, stream


def _p(html):
    return ("paragraph", html)


def _h(text):
    return ("heading", {"text": text, "level": "h2"})


def _figures(title, items):
    return (
        "key_figures",
        {
            "title": title,
            "figures": [{"figure": f, "label": label, "as_of": year} for f, label, year in items],
        },
    )


HOME = PageSpec(
    key="home",
    page_class=HomePage,
    languages={
        "nl": {
            "title": "Technopolis",
            "slug": "home-nl",
            "lead": "Het Vlaamse doe-centrum voor wetenschap en technologie in Mechelen: "
            "hier raak je alles aan.",
            "body": stream(
                _figures(
                    "Technopolis in cijfers",
                    [
                        ("350+", "doe-opstellingen", "2015"),
                        ("300.000", "bezoekers per jaar", "2015"),
                        ("80.000–90.000", "leerlingen per jaar", "2020"),
                    ],
                ),
                _p(
                    "<p>Sinds februari 2000 maakt Technopolis wetenschap tastbaar. Je tilt "
                    "een auto op met een hefboom, fietst over een kabel op vijf meter hoogte "
                    "en staat middenin een zeepbel. Horen is vergeten, zien is onthouden, "
                    "doen is begrijpen.</p>"
                ),
            ),
        },
        "fr": {
            "title": "Technopolis",
            "slug": "home-fr",
            "lead": "Le centre flamand des sciences à Malines, où l'on touche à tout "
            "pour comprendre.",
            "body": stream(
                _figures(
                    "Technopolis en chiffres",
                    [
                        ("350+", "expériences interactives", "2015"),
                        ("300 000", "visiteurs par an", "2015"),
                        ("80 000–90 000", "élèves par an", "2020"),
                    ],
                ),
                _p(
                    "<p>Depuis février 2000, Technopolis rend la science concrète. Soulevez "
                    "une voiture avec un levier, pédalez sur un câble à cinq mètres du sol, "
                    "enfermez-vous dans une bulle de savon. Entendre, c'est oublier ; voir, "
                    "c'est retenir ; faire, c'est comprendre.</p>"
                ),
            ),
        },
        "en": {
            "title": "Technopolis",
            "slug": "home-en",
            "lead": "The Flemish science centre in Mechelen, where you get your hands on "
            "science and technology.",
            "body": stream(
                _figures(
                    "Technopolis in figures",
                    [
                        ("350+", "hands-on exhibits", "2015"),
                        ("300,000", "visitors a year", "2015"),
                        ("80,000–90,000", "pupils a year", "2020"),
                    ],
                ),
                _p(
                    "<p>Since February 2000, Technopolis has made science something you can "
                    "touch. Lift a car with a lever, ride a bicycle along a cable five metres "
                    "up, stand inside a soap bubble. Hear it and you forget; see it and you "
                    "remember; do it and you understand.</p>"
                ),
            ),
        },
    },
)

INTERNATIONAL = PageSpec(
    key="international",
    page_class=ContentPage,
    parent="home",
    show_in_menus=True,
    languages={
        "nl": {
            "title": "Internationaal",
            "slug": "internationaal",
            "lead": "Technopolis werkt wereldwijd samen met science centers, netwerken en "
            "Europese partners.",
            "body": stream(
                _p(
                    "<p>Een science center leert van andere science centers. Technopolis is "
                    "lid van de belangrijkste koepelorganisaties, neemt deel aan Europese "
                    "projecten en organiseerde in 2014 de eerste Science Centre World Summit "
                    "in Mechelen.</p>"
                )
            ),
        },
        "fr": {
            "title": "International",
            "slug": "international",
            "lead": "Technopolis coopère avec des centres de sciences, des réseaux et des "
            "partenaires européens du monde entier.",
            "body": stream(
                _p(
                    "<p>Un centre de sciences apprend des autres centres de sciences. "
                    "Technopolis est membre des grandes organisations de coordination, "
                    "participe à des projets européens et a organisé en 2014 le premier "
                    "Science Centre World Summit à Malines.</p>"
                )
            ),
        },
        "en": {
            "title": "International",
            "slug": "international",
            "lead": "Technopolis works with science centres, networks and European partners "
            "around the world.",
            "body": stream(
                _p(
                    "<p>Science centres learn from one another. Technopolis belongs to the "
                    "main umbrella organisations of the field, takes part in European "
                    "projects, and in 2014 hosted the first Science Centre World Summit in "
                    "Mechelen.</p>"
                )
            ),
        },
    },
)

ABOUT = PageSpec(
    key="about",
    page_class=ContentPage,
    parent="home",
    show_in_menus=True,
    languages={
        "nl": {
            "title": "Missie en visie",
            "slug": "missie-en-visie",
            "lead": "Onze doelstellingen in een notendop.",
            "body": stream(
                _p(
                    "<p><b>Missie:</b> wetenschap en technologie dichter bij de mensen brengen.</p>"
                ),
                _h("Waar we op inzetten"),
                _p(
                    "<ul><li><b>Bezoekers:</b> iedereen is welkom, ongeacht leeftijd, "
                    "cultuur, gender of geloof, met bijzondere aandacht voor tieners en "
                    "jongvolwassenen.</li><li><b>Samenleving:</b> we gaan ook naar de mensen "
                    "toe, op school, op tournee en online.</li><li><b>Partners:</b> we "
                    "brengen onderwijs, bedrijven en instellingen samen.</li><li><b>"
                    "Medewerkers:</b> een team dat zelf blijft leren.</li></ul>"
                ),
                (
                    "quote",
                    {
                        "quote": "Horen is vergeten, zien is onthouden, doen is begrijpen.",
                        "attribution": "Het motto van Technopolis",
                    },
                ),
            ),
        },
        "fr": {
            "title": "Mission et vision",
            "slug": "mission-et-vision",
            "lead": "Nos objectifs en quelques mots.",
            "body": stream(
                _p("<p><b>Mission :</b> rapprocher la science et la technologie de chacun.</p>"),
                _h("Nos priorités"),
                _p(
                    "<ul><li><b>Visiteurs :</b> tout le monde est bienvenu, quels que soient "
                    "l'âge, la culture, le genre ou la religion, avec une attention "
                    "particulière pour les adolescents et les jeunes adultes.</li><li><b>"
                    "Société :</b> nous allons aussi vers le public, à l'école, en tournée "
                    "et en ligne.</li><li><b>Partenaires :</b> nous réunissons "
                    "l'enseignement, les entreprises et les institutions.</li><li><b>"
                    "Collaborateurs :</b> une équipe qui continue d'apprendre.</li></ul>"
                ),
                (
                    "quote",
                    {
                        "quote": "Entendre, c'est oublier ; voir, c'est retenir ; faire, "
                        "c'est comprendre.",
                        "attribution": "La devise de Technopolis",
                    },
                ),
            ),
        },
        "en": {
            "title": "Mission and vision",
            "slug": "mission-and-vision",
            "lead": "Our objectives in a nutshell.",
            "body": stream(
                _p("<p><b>Mission:</b> to bring science and technology closer to people.</p>"),
                _h("What we focus on"),
                _p(
                    "<ul><li><b>Visitors:</b> everyone is welcome, whatever their age, "
                    "culture, gender or religion, with a special effort for teenagers and "
                    "young adults.</li><li><b>Society:</b> we also go out to people, in "
                    "schools, on tour and online.</li><li><b>Partners:</b> we bring "
                    "education, companies and institutions together.</li><li><b>Staff:</b> "
                    "a team that keeps learning itself.</li></ul>"
                ),
                (
                    "quote",
                    {
                        "quote": "Hear it and you forget; see it and you remember; do it and "
                        "you understand.",
                        "attribution": "The Technopolis motto",
                    },
                ),
            ),
        },
    },
)

TERMS = PageSpec(
    key="terms",
    page_class=ContentPage,
    parent="home",
    languages={
        "nl": {
            "title": "Algemene verkoopsvoorwaarden",
            "slug": "algemene-verkoopsvoorwaarden",
            "lead": "De voorwaarden die gelden voor elke aankoop bij Technopolis NV.",
            "body": stream(
                _h("Wie verkoopt"),
                _p(
                    "<p>Technopolis NV, Technologielaan 1, 2800 Mechelen, "
                    "ondernemingsnummer 0461.430.087.</p>"
                ),
                _h("Annuleren"),
                _p(
                    "<p>Annuleert de koper een bestelling, dan rekenen we een vaste "
                    "vergoeding van 25 % van het bestelde bedrag aan. Voor evenementen kunnen "
                    "bijkomende voorwaarden gelden; die staan bij het evenement.</p>"
                ),
            ),
        },
        "fr": {
            "title": "Conditions générales de vente",
            "slug": "conditions-generales-de-vente",
            "lead": "Les conditions qui s'appliquent à tout achat auprès de Technopolis SA.",
            "body": stream(
                _h("Le vendeur"),
                _p(
                    "<p>Technopolis SA, Technologielaan 1, 2800 Malines, numéro "
                    "d'entreprise 0461.430.087.</p>"
                ),
                _h("Annulation"),
                _p(
                    "<p>Si l'acheteur annule une commande, une indemnité forfaitaire de "
                    "25 % du montant commandé est due. Des conditions particulières peuvent "
                    "s'appliquer aux événements ; elles sont indiquées avec l'événement.</p>"
                ),
            ),
        },
        "en": {
            "title": "Terms and conditions of sale",
            "slug": "terms-and-conditions-of-sale",
            "lead": "The conditions that apply to every purchase from Technopolis NV.",
            "body": stream(
                _h("The seller"),
                _p(
                    "<p>Technopolis NV, Technologielaan 1, 2800 Mechelen, company number "
                    "0461.430.087.</p>"
                ),
                _h("Cancellation"),
                _p(
                    "<p>If the buyer cancels an order, a fixed fee of 25% of the amount "
                    "ordered is charged. Events may have further conditions, listed with the "
                    "event.</p>"
                ),
            ),
        },
    },
)

PRIVACY = PageSpec(
    key="privacy",
    page_class=ContentPage,
    parent="home",
    languages={
        "nl": {
            "title": "Privacyverklaring",
            "slug": "privacyverklaring",
            "lead": "Hoe Technopolis omgaat met je persoonsgegevens.",
            "body": stream(
                _h("Vier principes"),
                _p(
                    "<ul><li><b>Relevantie:</b> we vragen enkel wat we nodig hebben.</li>"
                    "<li><b>Transparantie:</b> je weet waarvoor we je gegevens gebruiken."
                    "</li><li><b>Veiligheid:</b> we beschermen wat je ons toevertrouwt.</li>"
                    "<li><b>Controle:</b> je kunt je gegevens inkijken, laten verbeteren of "
                    "laten wissen.</li></ul>"
                ),
                _h("Waarvoor"),
                _p(
                    "<p>Voor klas-, groeps- en verjaardagsboekingen, kampen en workshops, "
                    "tickets en abonnementen, onze nieuwsbrief en bevragingen.</p>"
                ),
            ),
        },
        "fr": {
            "title": "Déclaration de confidentialité",
            "slug": "declaration-de-confidentialite",
            "lead": "Comment Technopolis traite vos données personnelles.",
            "body": stream(
                _h("Quatre principes"),
                _p(
                    "<ul><li><b>Pertinence :</b> nous ne demandons que le nécessaire.</li>"
                    "<li><b>Transparence :</b> vous savez à quoi servent vos données.</li>"
                    "<li><b>Sécurité :</b> nous protégeons ce que vous nous confiez.</li>"
                    "<li><b>Contrôle :</b> vous pouvez consulter, corriger ou faire effacer "
                    "vos données.</li></ul>"
                ),
                _h("Pour quoi faire"),
                _p(
                    "<p>Pour les réservations de classes, de groupes et d'anniversaires, "
                    "les stages et ateliers, les billets et abonnements, notre lettre "
                    "d'information et nos enquêtes.</p>"
                ),
            ),
        },
        "en": {
            "title": "Privacy statement",
            "slug": "privacy-statement",
            "lead": "How Technopolis handles your personal data.",
            "body": stream(
                _h("Four principles"),
                _p(
                    "<ul><li><b>Relevance:</b> we ask only for what we need.</li>"
                    "<li><b>Transparency:</b> you know what we use your data for.</li>"
                    "<li><b>Security:</b> we protect what you entrust to us.</li>"
                    "<li><b>Control:</b> you can see, correct or have your data deleted."
                    "</li></ul>"
                ),
                _h("What for"),
                _p(
                    "<p>For class, group and birthday bookings, camps and workshops, tickets "
                    "and memberships, our newsletter and surveys.</p>"
                ),
            ),
        },
    },
)

CORE_PAGES = [INTERNATIONAL, ABOUT, TERMS, PRIVACY]
