"""The core demo pages: home, the international section, about, legal and credits pages, in
nl, fr, en.

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


ACCESSIBILITY = PageSpec(
    key="accessibility",
    page_class=ContentPage,
    parent="home",
    languages={
        "nl": {
            "title": "Toegankelijkheidsverklaring",
            "slug": "toegankelijkheid-website",
            "lead": (
                "Technopolis wil dat iedereen deze website kan gebruiken, ook met een "
                "schermlezer, alleen met het toetsenbord of sterk vergroot."
            ),
            "body": stream(
                _h("Nalevingsstatus"),
                _p(
                    "<p>Deze website is gedeeltelijk in overeenstemming met de "
                    "Web Content Accessibility Guidelines (WCAG) 2.2, niveau AA, de norm die "
                    "de Europese regels voor websites van openbare instanties opleggen. De "
                    "punten waarop dat nog niet zo is, staan hieronder.</p>"
                ),
                _h("Hoe we de website testen"),
                _p(
                    "<ul><li>Automatische controles met axe-core van elk paginatype, in het "
                    "Nederlands, Frans en Engels, op een smal scherm (390 pixels) en een "
                    "breed scherm (1280 pixels), bij elke wijziging van de code.</li>"
                    "<li>Bezoekerstrajecten in de Chromium-browser, met het toetsenbord en "
                    "gericht op schermlezers: het menu, de taalkeuze, zoeken, de "
                    "openingsstatus en de ticketknop.</li>"
                    "<li>Herschikking op een scherm van 320 pixels breed zonder horizontaal "
                    "scrollen, en tekst die bruikbaar blijft bij 200 % zoom.</li>"
                    "<li>Redacteurs krijgen bij het bewerken meldingen over ontbrekende "
                    "alternatieve tekst, de volgorde van koppen en vage linkteksten.</li></ul>"
                ),
                _h("Bekende beperkingen"),
                _p(
                    "<ul><li>De ticketshop is een externe dienst; deze verklaring geldt niet "
                    "voor die shop.</li>"
                    "<li>Documenten als pdf, zoals de volledige tekst van sommige verklaringen, "
                    "zijn niet altijd toegankelijk.</li>"
                    "<li>Niet elke pagina over onze internationale werking bestaat in de drie "
                    "talen.</li>"
                    "<li>Automatische tests vinden niet elk probleem; we hebben de website nog "
                    "niet laten testen door mensen die een schermlezer gebruiken.</li></ul>"
                ),
                _h("Feedback en contact"),
                _p(
                    "<p>Loop je op deze website vast, of mis je informatie in een vorm die je "
                    "kunt gebruiken? Laat het ons weten via "
                    '<a href="mailto:info@technopolis.be">info@technopolis.be</a> of '
                    '<a href="tel:+3215342020">+32 15 34 20 20</a>.</p>'
                ),
                _h("Klachtenprocedure"),
                _p(
                    "<p>Ben je niet tevreden met ons antwoord, dan heb je het recht om een "
                    "klacht in te dienen bij de Vlaamse Ombudsdienst.</p>"
                ),
                _p("<p>Deze verklaring werd opgesteld in november 2026.</p>"),
            ),
        },
        "fr": {
            "title": "Déclaration d'accessibilité",
            "slug": "accessibilite-du-site",
            "lead": (
                "Technopolis veut que chacun puisse utiliser ce site, y compris avec un "
                "lecteur d'écran, au clavier seul ou avec un fort agrandissement."
            ),
            "body": stream(
                _h("État de conformité"),
                _p(
                    "<p>Ce site est partiellement conforme aux Web Content Accessibility "
                    "Guidelines (WCAG) 2.2, niveau AA, la norme qu'imposent les règles "
                    "européennes aux sites des organismes publics. Les points non conformes "
                    "sont décrits ci-dessous.</p>"
                ),
                _h("Comment nous testons le site"),
                _p(
                    "<ul><li>Des contrôles automatiques avec axe-core de chaque type de page, "
                    "en néerlandais, en français et en anglais, sur un écran étroit "
                    "(390 pixels) et un écran large (1280 pixels), à chaque modification du "
                    "code.</li>"
                    "<li>Des parcours de visiteurs dans le navigateur Chromium, au clavier et "
                    "orientés lecteurs d'écran : le menu, le choix de la langue, la "
                    "recherche, l'état d'ouverture et le bouton des billets.</li>"
                    "<li>Un affichage adapté à un écran de 320 pixels de large sans "
                    "défilement horizontal, et un texte utilisable avec un zoom de "
                    "200 %.</li>"
                    "<li>Pendant l'édition, les rédacteurs sont avertis des textes "
                    "alternatifs manquants, de l'ordre des titres et des textes de lien "
                    "vagues.</li></ul>"
                ),
                _h("Limites connues"),
                _p(
                    "<ul><li>La billetterie est un service externe ; cette déclaration ne "
                    "la couvre pas.</li>"
                    "<li>Les documents PDF, comme le texte intégral de certaines "
                    "déclarations, ne sont pas toujours accessibles.</li>"
                    "<li>Toutes les pages sur notre action internationale n'existent pas "
                    "dans les trois langues.</li>"
                    "<li>Les tests automatiques ne trouvent pas tous les problèmes ; le site "
                    "n'a pas encore été testé par des utilisateurs de lecteurs "
                    "d'écran.</li></ul>"
                ),
                _h("Retour d'information et contact"),
                _p(
                    "<p>Vous êtes bloqué sur ce site, ou une information vous manque sous une "
                    "forme que vous pouvez utiliser ? Signalez-le-nous à "
                    '<a href="mailto:info@technopolis.be">info@technopolis.be</a> ou au '
                    '<a href="tel:+3215342020">+32 15 34 20 20</a>.</p>'
                ),
                _h("Procédure de réclamation"),
                _p(
                    "<p>Si notre réponse ne vous satisfait pas, vous avez le droit "
                    "d'introduire une plainte auprès du Médiateur flamand (Vlaamse "
                    "Ombudsdienst).</p>"
                ),
                _p("<p>Cette déclaration a été établie en novembre 2026.</p>"),
            ),
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility-statement",
            "lead": (
                "Technopolis wants everyone to be able to use this website, including with a "
                "screen reader, with the keyboard alone or at high magnification."
            ),
            "body": stream(
                _h("Compliance status"),
                _p(
                    "<p>This website partially conforms to the Web Content Accessibility "
                    "Guidelines (WCAG) 2.2, level AA, the standard the European rules set for "
                    "the websites of public bodies. Where it does not yet conform is listed "
                    "below.</p>"
                ),
                _h("How we test the website"),
                _p(
                    "<ul><li>Automated axe-core checks of every page type, in Dutch, French "
                    "and English, on a narrow (390 pixels) and a wide (1280 pixels) screen, "
                    "on every change to the code.</li>"
                    "<li>Visitor journeys in the Chromium browser, by keyboard and aimed at "
                    "screen readers: the menu, the language switch, search, the opening "
                    "status and the ticket button.</li>"
                    "<li>Reflow on a screen 320 pixels wide without horizontal scrolling, and "
                    "text that stays usable at 200% zoom.</li>"
                    "<li>While editing, editors are warned about missing alternative text, "
                    "the order of headings and vague link texts.</li></ul>"
                ),
                _h("Known limitations"),
                _p(
                    "<ul><li>The ticket shop is an external service; this statement does "
                    "not cover it.</li>"
                    "<li>PDF documents, such as the full text of some declarations, are not "
                    "always accessible.</li>"
                    "<li>Not every page about our international work exists in all three "
                    "languages.</li>"
                    "<li>Automated tests do not find every problem; the website has not yet "
                    "been tested by people who use a screen reader.</li></ul>"
                ),
                _h("Feedback and contact"),
                _p(
                    "<p>Are you stuck on this website, or missing information in a form you "
                    "can use? Let us know at "
                    '<a href="mailto:info@technopolis.be">info@technopolis.be</a> or on '
                    '<a href="tel:+3215342020">+32 15 34 20 20</a>.</p>'
                ),
                _h("Enforcement procedure"),
                _p(
                    "<p>If our answer does not satisfy you, you have the right to complain to "
                    "the Flemish Ombudsman (Vlaamse Ombudsdienst).</p>"
                ),
                _p("<p>This statement was drawn up in November 2026.</p>"),
            ),
        },
    },
)

# The photographs of demo/photos/ (their LICENCES.md): what each shows, where it comes from and
# under which licence, for the credits page.
_PUBLIC_DOMAIN_FREE = {
    "nl": "publiek domein, zonder bekende auteursrechtelijke beperkingen",
    "fr": "domaine public, sans restriction de droit d'auteur connue",
    "en": "public domain, with no known copyright restrictions",
}
_NO_KNOWN_RESTRICTIONS = {
    "nl": "geen bekende auteursrechtelijke beperkingen",
    "fr": "aucune restriction de droit d'auteur connue",
    "en": "no known copyright restrictions",
}
_CC0 = {
    "nl": "CC0 (de maker zag af van alle rechten)",
    "fr": "CC0 (l'auteur a renoncé à tous ses droits)",
    "en": "CC0 (the author waived all rights)",
}
PHOTO_CREDITS = [
    (
        "astronaut.png",
        {
            "nl": "Astronaute Eileen Collins in een oranje vliegpak, met een model van de "
            "spaceshuttle achter haar",
            "fr": "L'astronaute Eileen Collins en combinaison de vol orange, devant une maquette "
            "de la navette spatiale",
            "en": "Astronaut Eileen Collins in an orange flight suit, with a model of the space "
            "shuttle behind her",
        },
        {"nl": "NASA Great Images", "fr": "NASA Great Images", "en": "NASA Great Images"},
        _PUBLIC_DOMAIN_FREE,
    ),
    (
        "rocket.jpg",
        {
            "nl": "Een Falcon 9-raket met de satelliet DSCOVR op het lanceerplatform van Cape "
            "Canaveral, bij valavond",
            "fr": "Une fusée Falcon 9 portant le satellite DSCOVR sur le pas de tir de Cap "
            "Canaveral, à la tombée du jour",
            "en": "A Falcon 9 rocket with the DSCOVR satellite on the launch pad at Cape "
            "Canaveral, at nightfall",
        },
        {"nl": "SpaceX Photos", "fr": "SpaceX Photos", "en": "SpaceX Photos"},
        {
            "nl": "publiek domein, door SpaceX vrijgegeven",
            "fr": "domaine public, par décision de SpaceX",
            "en": "public domain, released by SpaceX",
        },
    ),
    (
        "hubble_deep_field.jpg",
        {
            "nl": "Het Hubble eXtreme Deep Field: duizenden sterrenstelsels tegen een zwarte hemel",
            "fr": "Le Hubble eXtreme Deep Field : des milliers de galaxies sur un fond noir",
            "en": "The Hubble eXtreme Deep Field: thousands of galaxies against a black sky",
        },
        {"nl": "NASA/HubbleSite", "fr": "NASA/HubbleSite", "en": "NASA/HubbleSite"},
        {"nl": "publiek domein", "fr": "domaine public", "en": "public domain"},
    ),
    (
        "coffee.png",
        {
            "nl": "Een espresso in een rood kopje op een houten tafel",
            "fr": "Un expresso dans une tasse rouge, sur une table en bois",
            "en": "An espresso in a red cup on a wooden table",
        },
        {
            "nl": "Rachel Michetti voor Pikolo Espresso Bar",
            "fr": "Rachel Michetti pour Pikolo Espresso Bar",
            "en": "Rachel Michetti for Pikolo Espresso Bar",
        },
        _CC0,
    ),
    (
        "coins.png",
        {
            "nl": "Griekse munten uit Pompeii, in zwart-wit",
            "fr": "Des pièces grecques de Pompéi, en noir et blanc",
            "en": "Greek coins from Pompeii, in black and white",
        },
        {
            "nl": "collectie van het Brooklyn Museum",
            "fr": "collection du Brooklyn Museum",
            "en": "Brooklyn Museum collection",
        },
        _NO_KNOWN_RESTRICTIONS,
    ),
    (
        "ihc.png",
        {
            "nl": "Klieren uit de dikke darm onder de microscoop, gekleurd met immunohistochemie",
            "fr": "Des glandes du côlon au microscope, colorées par immunohistochimie",
            "en": "Glands of the colon under the microscope, stained by immunohistochemistry",
        },
        {
            "nl": "Center for Microscopy and Molecular Imaging",
            "fr": "Center for Microscopy and Molecular Imaging",
            "en": "Center for Microscopy and Molecular Imaging",
        },
        _NO_KNOWN_RESTRICTIONS,
    ),
    (
        "retina.jpg",
        {
            "nl": "Een gezond menselijk netvlies, door de pupil gefotografeerd: oranje met rode "
            "bloedvaten",
            "fr": "Une rétine humaine saine photographiée à travers la pupille : orange, "
            "parcourue de vaisseaux rouges",
            "en": "A healthy human retina photographed through the pupil: orange with red "
            "blood vessels",
        },
        {
            "nl": "Mikael Häggström, Wikimedia Commons",
            "fr": "Mikael Häggström, Wikimedia Commons",
            "en": "Mikael Häggström, Wikimedia Commons",
        },
        {"nl": "CC0 1.0", "fr": "CC0 1.0", "en": "CC0 1.0"},
    ),
]

_CREDIT_LABELS = {
    "nl": ("Bron", "Licentie"),
    "fr": ("Source ", "Licence "),
    "en": ("Source", "Licence"),
}


def _photo_credits(code):
    source_label, licence_label = _CREDIT_LABELS[code]
    items = "".join(
        f"<li><b>{shows[code]}.</b> {source_label}: {source[code]}. "
        f"{licence_label}: {licence[code]}.</li>"
        for _, shows, source, licence in PHOTO_CREDITS
    )
    return _p(f"<ul>{items}</ul>")


CREDITS = PageSpec(
    key="credits",
    page_class=ContentPage,
    parent="home",
    languages={
        "nl": {
            "title": "Colofon",
            "slug": "colofon",
            "lead": "Waar de foto's en beelden op deze website vandaan komen.",
            "body": stream(
                _p(
                    "<p>De foto's op deze website zijn voorlopig voorbeeldfoto's. Ze zijn niet "
                    "in Technopolis genomen, maar houden de plaats warm voor foto's van het "
                    "centrum zelf. Alle zeven mag iedereen vrij gebruiken: ze behoren tot het "
                    "publieke domein of vallen onder CC0. We namen ze over uit de "
                    "voorbeeldbeelden van de software scikit-image (versie 0.26).</p>"
                ),
                _h("Foto's"),
                _photo_credits("nl"),
                _h("Kaart en tekeningen"),
                _p(
                    "<p>De routekaart bij ‘Je bezoek plannen’ en de abstracte tekeningen met "
                    "banen en bellen zijn voor deze website gemaakt.</p>"
                ),
            ),
        },
        "fr": {
            "title": "Crédits",
            "slug": "credits",
            "lead": "D'où viennent les photos et les images de ce site.",
            "body": stream(
                _p(
                    "<p>Les photos de ce site sont pour l'instant des photos d'exemple. Elles "
                    "n'ont pas été prises à Technopolis : elles tiennent la place des photos du "
                    "centre lui-même. Toutes les sept sont libres d'utilisation : elles relèvent "
                    "du domaine public ou de la licence CC0. Nous les avons reprises des images "
                    "d'exemple du logiciel scikit-image (version 0.26).</p>"
                ),
                _h("Photos"),
                _photo_credits("fr"),
                _h("Plan et dessins"),
                _p(
                    "<p>Le plan d'accès de la page « Préparer votre visite » et les dessins "
                    "abstraits d'orbites et de bulles ont été réalisés pour ce site.</p>"
                ),
            ),
        },
        "en": {
            "title": "Credits",
            "slug": "credits",
            "lead": "Where the photographs and pictures on this website come from.",
            "body": stream(
                _p(
                    "<p>The photographs on this website are examples for now. They were not "
                    "taken at Technopolis; they hold the place of photographs of the centre "
                    "itself. Anyone may use all seven freely: they are in the public domain or "
                    "under CC0. We took them from the sample images of the scikit-image "
                    "software (version 0.26).</p>"
                ),
                _h("Photographs"),
                _photo_credits("en"),
                _h("Map and drawings"),
                _p(
                    "<p>The route map on ‘Plan your visit’ and the abstract drawings of orbits "
                    "and bubbles were made for this website.</p>"
                ),
            ),
        },
    },
)

CORE_PAGES = [INTERNATIONAL, ABOUT, TERMS, PRIVACY, ACCESSIBILITY, CREDITS]
