"""Every statement of the deck "Samarbejdets snitflader TR og AMR" is carried by the data.

DECK maps each statement, as the deck words it, to the id of the item that carries it. When the
deck is imprecise, the item says it correctly and keeps a note (see CORRECTED).
"""

from __future__ import annotations

import pytest

from snitflade.ask.answers import all_statements
from snitflade.ask.matching import find_area
from snitflade.store.model import Catalog

DECK: list[tuple[str, str]] = [
    # AMR opgaver ifølge reglerne
    (
        "I samarbejde med ledelsen sikre at arbejdspladsforholdene er sikkerheds- og sundhedsmæssigt fuldt forsvarlige",
        "amr-duty-forsvarligt",
    ),
    ("Samarbejde med ledelsen (AMR)", "amr-duty-samarbejde"),
    ("Være med til at sætte fokus på sikkerhed og sundhed i virksomheden", "amr-duty-fokus"),
    (
        "Indgå med en leder i en arbejdsmiljøgruppe (AMG) herunder deltage i undersøgelse og forebyggelse af ulykker",
        "amr-duty-amg",
    ),
    ("Repræsentere kollegerne i arbejdsmiljøspørgsmål", "amr-duty-repraesentere"),
    ("Arbejde for at arbejdsmiljøloven overholdes", "amr-duty-loven"),
    ("Deltage i møder om arbejdsmiljø", "amr-duty-moeder"),
    (
        "Deltage i forberedelse, udarbejdelse og opfølgning af APV – med inddragelse af sygefraværet, bidrage til den årlige arbejdsmiljødrøftelse",
        "amr-duty-apv",
    ),
    ("Holde sig løbende ajour og uddanne sig (AMR)", "amr-duty-ajour"),
    # TR opgaver ifølge reglerne
    (
        "Gøre sit bedste for at fremme og vedligeholde rolige og gode arbejdsforhold",
        "tr-duty-ro-og-orden",
    ),
    ("Samarbejde med ledelsen (TR)", "tr-duty-samarbejde"),
    ("Sikre at overenskomsten og aftaler overholdes", "tr-duty-overenskomst"),
    (
        "Indgå og genforhandle lokalaftaler og personalepolitikker x. uddannelsespolitik, kompetenceudvikling, seniorpolitik & stresspolitik",
        "tr-duty-lokalaftaler",
    ),
    ("Repræsentere kollegernes interesser overfor ledelsen", "tr-duty-repraesentere"),
    ("Håndtere afskedigelser og ansættelser", "tr-duty-ansaettelser-afskedigelser"),
    ("Besvare spørgsmål om bla. overenskomst, arbejdsforhold og uddannelse", "tr-duty-spoergsmaal"),
    ("Bisidder ved rundbordssamtaler, tjenstlige samtaler og sygesamtaler", "tr-duty-bisidder"),
    ("Behandle sager om løn, ferie, afspadsering m.m.", "tr-duty-sager"),
    ("Holde sig løbende ajour og uddanne sig (TR)", "tr-duty-ajour"),
    # Fælles
    ("Arbejdsmiljømæssig vurdering nye tiltag på arbejdspladsen", "nye-tiltag"),
    ("Arbejdstid", "arbejdstid"),
    ("Personalepolitik", "personalepolitik"),
    ("MED-udvalg", "med-udvalg"),
    ("Sundhed", "sundhed"),
    ("Psykisk Arbejdsmiljø", "psykisk-arbejdsmiljoe"),
    ("Aftaler om trivsel", "trivsel"),
    # TR – Tillidsrepræsentant: egne arenaer og arbejdsgrundlaget
    ("Samarbejdsudvalg", "samarbejdsudvalg"),
    ("Lønforhandlinger", "loen"),
    ("Ansættelser", "ansaettelser"),
    ("Advarsler", "advarsler"),
    ("Afskedigelser", "afskedigelser"),
    ("Valgt af medlemmer", "tr-basis-valg"),
    ("Regler fremgår af overenskomster", "tr-basis-regler"),
    ("Kan afsættes af medlemmerne", "tr-basis-afsaettelse"),
    ("Skal holde ”ro og orden”", "tr-basis-ro-og-orden"),
    ("”Skal samarbejde med ledelsen”", "tr-basis-samarbejde"),
    ("Har en suppleant", "tr-basis-suppleant"),
    # AMR - Arbejdsmiljørepræsentant: egne arenaer og arbejdsgrundlaget
    ("Arbejdsmiljøudvalg", "arbejdsmiljoeudvalg"),
    ("Arbejdsskader", "arbejdsskader"),
    ("ArbejdsPladsVurdering", "apv"),
    ("Fysisk arbejdsmiljø fx Ergonomi og klima", "fysisk-arbejdsmiljoe"),
    ("Valgt af medarbejderne", "amr-basis-valg"),
    ("Regler fremgår af arbejdsmiljølovgivningen", "amr-basis-regler"),
    ("Kan ikke afsættes af medlemmerne", "amr-basis-afsaettelse"),
    ("Er valgt for en 2-årig periode", "amr-basis-valgperiode"),
    (
        "Skal arbejde for at arbejdet udføres sikkerheds- og sundhedsmæssigt fuldt forsvarligt",
        "amr-basis-forsvarligt",
    ),
    ("Lederen er ansvarlig", "amr-basis-ansvar"),
    ("Ikke pligt til at have en suppleant", "amr-basis-suppleant"),
    # Snitflader der griber ind i hinanden
    (
        "Selvom jeres ansvarsområder er forskellige, så er der stadig masser af snitflader, hvor de griber ind i hinanden",
        "samarbejde-snitflader",
    ),
    ("Snitflade: arbejdstid", "arbejdstid"),
    ("Snitflade: det psykiske arbejdsmiljø", "psykisk-arbejdsmiljoe"),
    ("Snitflade: sygefravær", "sygefravaer"),
    ("Snitflade: trivsel og samarbejdet på arbejdspladsen", "trivsel"),
    # Vidensdeling v. bordene
    ("Hvordan ser vores aktuelle samarbejde ud?", "spoergsmaal-samarbejde-nu"),
    ("Har vi fælles mål?", "spoergsmaal-faelles-maal"),
    ("Har vi gensidig tillid til hinanden?", "spoergsmaal-tillid"),
    ("Hvilke forventninger har vi?", "spoergsmaal-forventninger"),
    # Eksempler på samarbejdsområder
    ("Undgå nedslidende arbejdstider", "arbejdstid"),
    (
        "TR sikrer at Aftalen om at medarbejdernes ret til hviletid og fridøgn ikke sættes over styr af arbejdstider",
        "arbejdstid-tr",
    ),
    (
        "AMR undersøger og lytter efter gener eller begyndende helbredsproblemer, ved overarbejde, lange vagter og skiftehold",
        "arbejdstid-amr",
    ),
    ("Håndterer forandringer på arbejdspladsen, fx ændringer i organisationen", "forandringer"),
    ("TR sikrer overholdelsen af overenskomster og lokalaftaler", "forandringer-tr"),
    (
        "AMR sørger for at forandringens konsekvenser for arbejdsmiljøet bliver behandlet i AMO",
        "forandringer-amr",
    ),
    ("Bruge ArbejdsPladsVurdering (APV) til at forebygge risiko", "apv"),
    ("TR er med til at indgå aftaler om retningslinjer for APV", "apv-tr"),
    (
        "AMR deltager i de 4 APV faser Analyse, prioritering, opstilling af handlingsplaner og opfølgning",
        "apv-amr-faser",
    ),
    ("Nedsætte sygefravær på arbejdspladsen", "sygefravaer"),
    (
        "TR deltager i sygefraværssamtaler, er med til at lave regler, og politikker for sygefravær",
        "sygefravaer-tr",
    ),
    ("AMR undersøger om sygefraværet har årsager i arbejdsmiljøet", "sygefravaer-amr"),
    ("Forebyggelse af stress", "stress"),
    ("TR kan være med til at lave en stresspolitik, der er understøttet af fx APV", "stress-tr"),
    (
        "AMR deltager i APV analysen og er opmærksom på fx et stort arbejdspres og eventuelle stressignaler hos kolleger",
        "stress-amr",
    ),
    ("Den årlige arbejdsmiljødrøftelse", "arbejdsmiljoedroeftelse"),
    (
        "TR er medlem af SU og gennemfører som oftest trivselsundersøgelser",
        "arbejdsmiljoedroeftelse-tr",
    ),
    (
        "AMR bidrager til fastlæggelse af fokus på arbejdsmiljøarbejdet sammen med AMO, det er en fordel hvis der er koordinering med TR på fx psykisk arbejdsmiljøområdet",
        "arbejdsmiljoedroeftelse-amr",
    ),
    ("Instruktion og oplæring af nyansatte", "nyansatte"),
    (
        "TR inspirerer til den gode start, det gode samarbejde, kulturen og fællesskabet",
        "nyansatte-tr",
    ),
    (
        "AMR bidrager til at nyansatte får en god opstart med et sikkert og sundt arbejdsmiljø",
        "nyansatte-amr",
    ),
    ("Forebyggelse af vold, mobning og chikane", "vold-mobning-chikane"),
    (
        "TR undersøger personaleforhold, hvor der fx kan udarbejdes voldspolitik og politik omkring mobning og chikane",
        "vold-mobning-chikane-tr",
    ),
    (
        "AMR samarbejder i AMO med planer for, hvordan vold, mobning og chikane identificeres, forebygges og håndteres",
        "vold-mobning-chikane-amr",
    ),
    # Råd til det gode samarbejde
    (
        "Det er vigtigt, at du som TR arbejder godt og tæt sammen med AMR omkring jeres fælles mål om at skabe et godt og trygt arbejdsmiljø",
        "raad-taet-samarbejde",
    ),
    (
        "Sørg for, at I er enige om, hvilke områder af arbejdsmiljøet, der er særligt behov for at sætte fokus på",
        "raad-fokusomraader",
    ),
    (
        "Læg en strategi for jeres samarbejde og hvordan arbejdsmiljøet kan forbedres",
        "raad-strategi",
    ),
    (
        "Giv udtryk for de samme ønsker og behov overfor ledelsen i de udvalg og fora hvor I er repræsenteret",
        "raad-samme-oensker",
    ),
    (
        "Det vil stille jer stærkest, hvis I på vegne af kollegerne taler med en fælles stemme",
        "raad-faelles-stemme",
    ),
    # Inddrag AMR inden aftaler bliver indgået
    (
        "De aftaler, du indgår på kollegernes vegne, kan have stor betydning for især det psykiske arbejdsmiljø",
        "inddrag-aftaler-betydning",
    ),
    (
        "Vigtigt at inddrage AMR´s viden og erfaring, før du indleder forhandlinger med ledelsen",
        "inddrag-foer-forhandling",
    ),
    (
        "AMR har derudover pligt til at påpege eventuelle negative konsekvenser af tidligere indgåede aftaler – og du har som TR pligt til at være lydhør",
        "inddrag-paapege-lydhoer",
    ),
    # TRIO
    ("TRIO – få samarbejdet på sporet", "trio"),
    (
        "Inspiration og vejledning til at styrke samarbejdet mellem leder, tillidsrepræsentant og arbejdsmiljørepræsentant",
        "trio-paa-sporet-raad",
    ),
    # Overskrifter, der også er emner
    ("Ansvarsfordeling og samarbejde mellem TR og AMR", "samarbejde"),
    ("Overlap på opgaver", "samarbejde"),
]

# Deck links, exactly as the deck gives them.
DECK_LINKS = {
    "trio-aktionsstyrke": "https://www.godtarbejdsmiljo.dk/arbejdsmiljoearbejdet/arbejdsmiljoeorganisationen/trio-samarbejdet/trio-aktionsstyrke",
    "trio-paa-sporet": "https://www.godtarbejdsmiljo.dk/arbejdsmiljoearbejdet/arbejdsmiljoeorganisationen/trio-samarbejdet/trio-samarbejdetpaasporet",
    "kom-godt-i-gang": "https://www.godtarbejdsmiljo.dk/media/ou3lmkur/bfa-1-komgodtigang_web.pdf",
    "tillidsvalgt": "https://uddannelsesforbundet.dk/sites/default/files/paragraph/field_files/Tillidsvalgt-samarbejde-om-den-gode-arbejdsplads_0.pdf",
    "paa-forkant": "https://vpt.dk/sites/default/files/2018-06/pa%CC%8Aforkant_web_0.pdf",
}

# Where the deck is imprecise (facts.md sections 0 and 16): the item keeps a note.
CORRECTED = [
    "tr-duty-ansaettelser-afskedigelser",
    "ansaettelser-tr",
    "afskedigelser-tr",
    "tr-basis-valg",
    "apv-amr-faser",
    "arbejdstid-tr",
    "arbejdsmiljoedroeftelse-tr",
]


def _items_by_id(catalog: Catalog) -> dict[str, object]:
    items: dict[str, object] = {i.id: i for i in all_statements(catalog)}
    items.update({a.id: a for a in catalog.areas})
    return items


@pytest.mark.parametrize("statement,item_id", DECK, ids=[i for _, i in DECK])
def test_deck_statement_is_in_the_data(catalog: Catalog, statement: str, item_id: str) -> None:
    item = _items_by_id(catalog).get(item_id)
    assert item is not None, f"no item {item_id!r} carries: {statement}"
    sources = getattr(item, "sources", None)
    if sources is not None:
        assert "deck" in {c.id for c in sources}, f"{item_id} must cite the deck"


def test_deck_headings_that_are_topics_are_found_by_their_words(catalog: Catalog) -> None:
    areas = {a.id for a in catalog.areas}
    for statement, item_id in DECK:
        if item_id in areas and not statement.startswith("Snitflade:"):
            assert find_area(catalog, statement).area.id == item_id, statement


def test_snitflader_are_marked(catalog: Catalog) -> None:
    marked = {a.id for a in catalog.areas if "snitflade" in a.groups}
    assert {"arbejdstid", "psykisk-arbejdsmiljoe", "sygefravaer", "trivsel"} <= marked


def test_every_collaboration_example_has_a_tr_part_and_an_amr_part(catalog: Catalog) -> None:
    examples = [a for a in catalog.areas if "samarbejdsomraade" in a.groups]
    assert len(examples) == 8
    for area in examples:
        roles = {d.role for d in area.duties if "deck" in {c.id for c in d.sources}}
        assert {"tr", "amr"} <= roles, area.id


@pytest.mark.parametrize("link_id,url", DECK_LINKS.items())
def test_deck_links_are_kept(catalog: Catalog, link_id: str, url: str) -> None:
    assert catalog.link(link_id).url == url


@pytest.mark.parametrize("item_id", CORRECTED)
def test_corrections_keep_a_note(catalog: Catalog, item_id: str) -> None:
    item = _items_by_id(catalog)[item_id]
    assert getattr(item, "note", None), f"{item_id} corrects the deck and needs a note"
