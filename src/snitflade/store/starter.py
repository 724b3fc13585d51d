"""The files `snitflade init` writes: a commented layer to start from, clean under `validate`."""

from __future__ import annotations


def starter_layer() -> dict[str, str]:
    """The files `snitflade init` writes: commented, and clean under `snitflade validate`."""
    return {
        "sources.yaml": _STARTER_SOURCES,
        "roles.yaml": _STARTER_ROLES,
        "collaboration_areas.yaml": _STARTER_AREAS,
        "settings.yaml": _STARTER_SETTINGS,
    }


_STARTER_SETTINGS = """\
# Jeres arbejdsplads' indstillinger.
# sector: den sektor, I arbejder i: privat, stat, kommune eller region. Med en sektor viser
# snitflade kun de regler, der gælder hos jer. Fjern # foran linjen nedenfor, og ret værdien.
# --sector og SNITFLADE_SECTOR går forud for denne indstilling.
# sector: kommune
"""


_STARTER_SOURCES = """\
# Jeres egne kilder. Alt, I skriver i laget, skal nævne sin kilde, ligesom de indbyggede data.
# Skriv den rigtige titel og dato, og gerne en adresse (https://, http:// eller mailto:).
sources:
  - id: lokalaftale-arbejdstid
    title: Lokalaftale om arbejdstid (skriv titel og dato)
    # url: https://intranet.example.org/lokalaftaler/arbejdstid.pdf
"""

_STARTER_ROLES = """\
# Jeres kontaktpersoner. Et lag udvider de indbyggede roller tr og amr; det, I ikke skriver,
# står uændret. `snitflade role tr` og `snitflade who …` viser kontakterne.
roles:
  - id: tr
    contacts:
      - id: vores-tr
        name: Navn Navnesen
        email: tr@example.org
        # phone: "12 34 56 78"
        note: Vores TR. Skriv gerne, hvornår og hvor TR kan træffes.
  - id: amr
    contacts:
      - id: vores-amr
        name: Navn Navnesen
        email: amr@example.org
        note: Vores AMR.
"""

_STARTER_AREAS = """\
# Jeres udvidelser af emnerne. Et emne med et id, der findes (se `snitflade topics`), udvides:
#   aliases: ord, som folk hos jer bruger, og som så finder emnet;
#   local:   lokalaftaler og lokale noter, vist under "Lokalt hos jer".
# Et punkt med samme id som et indbygget punkt erstatter det. Et nyt id tilføjes.
areas:
  - id: arbejdstid
    aliases: [vagtbytte]
    local:
      - id: lokal-arbejdstid
        text: Vi har en lokalaftale om arbejdstid. Skriv her, hvad den siger.
        sources: [lokalaftale-arbejdstid]
"""
