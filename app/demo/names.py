"""Names, streets and other word lists the demo data is drawn from (all invented)."""

from __future__ import annotations

from typing import NamedTuple

FINNISH_FEMALE = (
    "Aino", "Anna", "Anne", "Anneli", "Eija", "Elina", "Emilia", "Hanna", "Heidi", "Helena",
    "Jaana", "Jenni", "Johanna", "Kaisa", "Katja", "Kirsi", "Laura", "Leena", "Liisa", "Maija",
    "Marja", "Minna", "Niina", "Noora", "Outi", "Päivi", "Riitta", "Sanna", "Sari", "Satu",
    "Susanna", "Tiina", "Tuula", "Ulla", "Veera",
)  # fmt: skip
FINNISH_MALE = (
    "Aleksi", "Antti", "Ari", "Eero", "Esa", "Heikki", "Janne", "Jari", "Joni", "Juha", "Jukka",
    "Jussi", "Kari", "Lauri", "Markku", "Matti", "Mika", "Mikko", "Olli", "Pasi", "Pekka",
    "Petri", "Risto", "Sami", "Seppo", "Teemu", "Timo", "Tommi", "Tuomas", "Ville",
)  # fmt: skip
FINNISH_SURNAMES = (
    "Aaltonen", "Ahonen", "Hakala", "Heikkilä", "Heikkinen", "Heinonen", "Hämäläinen",
    "Jokinen", "Järvinen", "Kallio", "Karjalainen", "Kettunen", "Kinnunen", "Korhonen",
    "Koskinen", "Lahtinen", "Laine", "Laitinen", "Lehtinen", "Lehtonen", "Leppänen", "Manninen",
    "Mattila", "Miettinen", "Mäkelä", "Mäkinen", "Niemi", "Nieminen", "Nurmi", "Rantanen",
    "Salminen", "Salo", "Salonen", "Saarinen", "Savolainen", "Seppälä", "Tuominen", "Turunen",
    "Virtanen", "Väisänen",
)  # fmt: skip
SWEDISH_FEMALE = (
    "Annika", "Birgitta", "Camilla", "Christina", "Ebba", "Elin", "Gunilla", "Gunnel", "Ingrid",
    "Karin", "Linnea", "Maria", "Marianne", "Sara", "Sofia", "Ulrika", "Vivan", "Åsa",
)  # fmt: skip
SWEDISH_MALE = (
    "Anders", "Bengt", "Björn", "Carl", "Christer", "Erik", "Fredrik", "Göran", "Henrik", "Johan",
    "Jonas", "Kaj", "Lars", "Mats", "Mikael", "Nils", "Patrik", "Stefan", "Tom",
)  # fmt: skip
SWEDISH_SURNAMES = (
    "Andersson", "Backman", "Berg", "Björkqvist", "Blomqvist", "Eklund", "Forsström",
    "Grönroos", "Holmberg", "Holmström", "Johansson", "Karlsson", "Lindberg", "Lindholm",
    "Lindqvist", "Lindroos", "Lundström", "Nyberg", "Sjöberg", "Strömberg", "Söderström",
    "Wikström", "Åberg", "Östman",
)  # fmt: skip
# Members who prefer English, newcomers to Finland: (first name, surname, female).
INTERNATIONAL = (
    ("Amina", "Yusuf", True),
    ("Fatima", "Ali", True),
    ("Olena", "Kovalenko", True),
    ("Maria", "Santos", True),
    ("Priya", "Sharma", True),
    ("Tatiana", "Volkova", True),
    ("Ahmed", "Hassan", False),
    ("Daniel", "Okafor", False),
    ("Dmitri", "Volkov", False),
    ("Kwame", "Mensah", False),
    ("Omar", "Abdi", False),
    ("Carlos", "Pereira", False),
)


class Place(NamedTuple):
    """A postal code with its post office in both languages and the municipality."""

    postal_code: str
    city_fi: str
    city_sv: str
    municipality: str


class Street(NamedTuple):
    """A street name in Finnish and Swedish, as the signs in bilingual towns show it."""

    name_fi: str
    name_sv: str
    place: Place


PORVOO_CENTRE = Place("06100", "Porvoo", "Borgå", "Porvoo")
PORVOO_WEST = Place("06150", "Porvoo", "Borgå", "Porvoo")
PORVOO_NORTH = Place("06400", "Porvoo", "Borgå", "Porvoo")
PORVOO_EAST = Place("06450", "Porvoo", "Borgå", "Porvoo")
PORVOO_SOUTH = Place("06500", "Porvoo", "Borgå", "Porvoo")
NIKKILA = Place("04130", "Sipoo", "Sibbo", "Sipoo")
SODERKULLA = Place("01150", "Söderkulla", "Söderkulla", "Sipoo")
ASKOLA = Place("07500", "Askola", "Askola", "Askola")
VAKKOLA = Place("07510", "Vakkola", "Vakkola", "Askola")

STREETS = (
    Street("Mannerheiminkatu", "Mannerheimgatan", PORVOO_CENTRE),
    Street("Runeberginkatu", "Runebergsgatan", PORVOO_CENTRE),
    Street("Jokikatu", "Ågatan", PORVOO_CENTRE),
    Street("Välikatu", "Mellangatan", PORVOO_CENTRE),
    Street("Rauhankatu", "Fredsgatan", PORVOO_CENTRE),
    Street("Lundinkatu", "Lundinsgatan", PORVOO_CENTRE),
    Street("Piispankatu", "Biskopsgatan", PORVOO_CENTRE),
    Street("Aleksanterinkatu", "Alexandersgatan", PORVOO_CENTRE),
    Street("Vanha Helsingintie", "Gamla Helsingforsvägen", PORVOO_WEST),
    Street("Läntinen Rantakatu", "Västra Strandgatan", PORVOO_WEST),
    Street("Peltolantie", "Peltolavägen", PORVOO_NORTH),
    Street("Kokonniementie", "Kokonniemivägen", PORVOO_NORTH),
    Street("Näsinkatu", "Näsegatan", PORVOO_EAST),
    Street("Hornhattulantie", "Hornhattulavägen", PORVOO_EAST),
    Street("Kevätkummuntie", "Vårbergavägen", PORVOO_SOUTH),
    Street("Iso Kylätie", "Stora Byvägen", NIKKILA),
    Street("Jussaksentie", "Jussasvägen", NIKKILA),
    Street("Söderkullantie", "Söderkullavägen", SODERKULLA),
    Street("Askolantie", "Askolavägen", ASKOLA),
    Street("Vakkolantie", "Vakkolavägen", VAKKOLA),
)
# Most members live in Porvoo itself; the weights follow STREETS.
STREET_WEIGHTS = (6, 5, 5, 4, 4, 4, 3, 3, 4, 3, 4, 3, 4, 3, 4, 3, 2, 2, 2, 1)

# Districts of Porvoo in the genitive, as housing companies and associations are named.
DISTRICTS_GENITIVE = (
    "Gammelbackan", "Hamarin", "Kevätkummun", "Kokonniemen", "Länsirannan", "Näsinmäen",
    "Pappilanmäen", "Tarmolan",
)  # fmt: skip
HOUSING_WORDS = ("Helmi", "Kotipiha", "Koivu", "Puisto", "Rinne", "Tähti", "Kallio", "Vaahtera")

# Public customers for the second and later blocks at larger scales: (Finnish, Swedish).
MUNICIPALITIES = (
    ("Porvoon kaupunki", "Borgå stad"),
    ("Sipoon kunta", "Sibbo kommun"),
    ("Askolan kunta", "Askola kommun"),
    ("Loviisan kaupunki", "Lovisa stad"),
    ("Pornaisten kunta", "Borgnäs kommun"),
    ("Myrskylän kunta", "Mörskom kommun"),
    ("Pukkilan kunta", "Pukkila kommun"),
    ("Lapinjärven kunta", "Lappträsk kommun"),
)
MUNICIPAL_UNITS = (
    "tilapalvelut", "puistotoimi", "liikuntapalvelut", "kulttuuripalvelut", "kirjasto",
    "nuorisopalvelut", "varhaiskasvatus", "kiinteistöpalvelut",
)  # fmt: skip
PARISHES = (
    ("Porvoon seurakuntayhtymä", "fi"),
    ("Borgå svenska domkyrkoförsamling", "sv"),
    ("Sipoon suomalainen seurakunta", "fi"),
    ("Sibbo svenska församling", "sv"),
    ("Askolan seurakunta", "fi"),
    ("Loviisan suomalainen seurakunta", "fi"),
)

SUPPORT_ORGANISATIONS = (
    ("Porvoon kaupungin työllisyyspalvelut", "työllisyysasiantuntija"),
    ("Itä-Uudenmaan hyvinvointialue, aikuissosiaalityö", "sosiaalityöntekijä"),
    ("Itä-Uudenmaan hyvinvointialue, vammaispalvelut", "sosiaaliohjaaja"),
    ("Porvoon seurakuntayhtymä, diakoniatyö", "diakoniatyöntekijä"),
    ("", "läheinen"),
    ("", "edunvalvoja"),
)
# Neutral notes on how work is arranged; never diagnoses or other health details.
WORK_ABILITY_NOTES = {
    "fi": (
        "Sopii kevyt työ, tauot tunnin välein.",
        "Ei raskaita nostoja; työparina mieluiten sama henkilö.",
        "Aamupäivät sopivat parhaiten, enintään neljä tuntia kerrallaan.",
        "Toimii parhaiten pienessä ryhmässä ja tutussa paikassa.",
    ),
    "sv": (
        "Lätt arbete, korta pauser varje timme.",
        "Inga tunga lyft; helst samma arbetspar.",
    ),
}
SUPPORT_NEEDS = {
    "fi": (
        "Selkeät kirjalliset työohjeet auttavat.",
        "Muistutusviesti työvuorosta edellisenä päivänä.",
        "Uusissa kohteissa ensimmäinen kerta ohjaajan kanssa.",
    ),
    "sv": (
        "Påminnelse om arbetspasset dagen innan.",
        "Skriftliga arbetsinstruktioner hjälper.",
    ),
}
MEMBER_NOTES = (
    "Toivoo aamuvuoroja.",
    "Kiinnostunut IT-tehtävistä.",
    "Ajokortti B, oma auto käytettävissä.",
    "Hygieniapassi voimassa.",
)

GROUP_TOPICS = (
    "Työturvallisuus siivoustyössä",
    "Asiakaspalvelu kotitalouksissa",
    "Oma jaksaminen ja työn tauotus",
    "Ansiotulot ja etuudet: mitä kannattaa seurata",
    "CV:n päivitys ja työnhakuilmoitukset",
    "Osuuskunnan talous ja kevään työtilanne",
    "Ryhmän pelisäännöt",
    "Digitaidot: sähköinen asiointi",
    "Työkokeilu ja palkkatuki avoimille työmarkkinoille",
    "Koulutusmahdollisuudet ja yhteishaku",
    "Ergonomia ja turvalliset nostot",
    "Vuosisuunnittelu ja omat tavoitteet",
    "Kausitöiden valmistelu",
    "Palautekeskustelu asiakastöistä",
    "Palkka, verokortti ja palkkalaskelman lukeminen",
    "Tiimityö ja sijaisuudet",
)
INDIVIDUAL_TOPICS = (
    "Henkilökohtainen ohjauskeskustelu",
    "Suunnitelman päivitys",
    "Työnhaun tuki: CV ja hakemus",
    "Ansiotulojen seuranta",
    "Koulutusvaihtoehtojen kartoitus",
)
TRAININGS = (
    ("Hygieniapassikoulutus", 240),
    ("Työturvallisuuskorttikoulutus", 480),
    ("Ensiapukoulutus EA1", 480),
    ("Tietoturvan perusteet", 180),
    ("Asiakaspalvelu kotitalouksissa", 180),
)
PLAN_SUMMARIES = (
    "Työkyvyn ylläpito ja säännöllinen työrytmi.",
    "Tavoitteena siirtyminen palkkatuettuun työhön.",
    "Ammatillisen koulutuksen suunnittelu.",
    "Työtuntien vähittäinen lisääminen.",
    "Avoimille työmarkkinoille siirtymisen valmistelu.",
)
GOALS = (
    "Hygieniapassi suoritettu",
    "Työturvallisuuskortti suoritettu",
    "Kolme työpäivää viikossa",
    "Työkokeilu avoimilla työmarkkinoilla",
    "Atk-taitojen vahvistaminen",
    "Haku ammatilliseen koulutukseen",
    "Ajokortin teoriaopinnot",
    "Säännöllinen osallistuminen ryhmävalmennukseen",
)
REVIEW_NOTES = (
    "Työrytmi vakiintunut, jatketaan nykyisellä suunnitelmalla.",
    "Tavoitteet tarkistettu; lisätään yksi työpäivä.",
    "Hyvä edistyminen, seuraava tarkistus kolmen kuukauden päästä.",
    "Sovittu koulutuksen hakemisesta.",
)
