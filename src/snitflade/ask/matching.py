"""Find the area a user means from the words they type, and say why.

Deterministic and explainable. Every name of every area (id, title, aliases) is a set of folded
words. A query word meets a name word when it is

- the same word (case, punctuation and æ/ø/å folded)                        how: exact/phrase
- the same stem, by Snowball's Danish or English algorithm ("truede", "sygemeldte")    stem
- a compound holding it, split against the data's own words with the linking s or e
  ("overarbejds·timer", "langtids·sygemeldt")                                     compound
- a near spelling, and only for a word the data does not know ("strss")               typo

A name matches when all its words are met. An area scores by how much of the query's content its
names cover, so in "hvad gør TR ved sygefravær" the long specific word decides. Four rules keep
answers honest:

- a typo correction never beats a word found exactly, by stem or in a compound elsewhere in the
  question;
- role words (TR, AMR, tillidsrepræsentant …) and generic words (arbejde, kollega, ledelse …)
  never decide a topic alone (a role word or a number may complete a name: "AMR-valg",
  "15-årig"); a question about a role itself answers with the role (RoleMatch);
- when nothing is named, the full text is searched (duties, facts, advice, glossary), and a
  topic is given only when the best hits clearly belong to it (via: "search");
- two topics about equally good are shown as such (Match.ambiguous), never as a false pick.

The index is plain dicts, tuples, strings and numbers, built with the catalog and kept with it
in the compiled cache (ask.indexes()), so a question only reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from snitflade.errors import NoMatchError
from snitflade.folding import (
    TYPO_MIN_LETTERS,
    base_words,
    fold_word,
    is_content,
    query_forms,
    split_compound,
    stems,
    token_forms,
    typo_of,
)
from snitflade.records import dataclass

if TYPE_CHECKING:
    from snitflade.ask.search import Hit
    from snitflade.store.model import Area, Catalog, Role

ACCEPT = 0.6
CLOSE = 0.12  # others within this of the best are named under "Se også"
TIE = 0.02  # others within this of the best make the answer ambiguous
HELPER_SHARE = 0.2  # how much a role word or number in a name counts, of a topic word
MAX_SUGGESTIONS = 3
SUGGESTION_CUTOFF = 0.6  # kept for glossary suggestions in answers.py

# How much a word found each way counts, of a word found as written.
QUALITY = {"exact": 1.0, "stem": 0.95, "compound": 0.8, "typo": 0.7}

# Words that name a role. They tell whose side a question is about, never which topic.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "tr": (
        "tr",
        "ftr",
        "tillidsrepraesentant",
        "faellestillidsrepraesentant",
        "tillidsmand",
        "tillidsvalgt",
        "shop steward",
        "steward",
        "union rep",
        "union representative",
        "union",
    ),
    "amr": (
        "amr",
        "arbejdsmiljoerepraesentant",
        "sikkerhedsrepraesentant",
        "sikkerhedsrep",
        "safety rep",
        "safety representative",
        "health and safety rep",
        "health and safety representative",
        "safety steward",
    ),
}
# Words people put in any question about work: they never decide a topic on their own.
GENERIC_WORDS = frozenset(
    fold_word(w)
    for w in """
    arbejde arbejdet arbejder arbejdsplads arbejdspladsen arbejdspladser arbejdsgiver
    arbejdsgiveren arbejdsmiljoe arbejdsmiljoet kollega kollegaen kollegaer kolleger kollegerne
    ledelse ledelsen leder lederen ledere chef chefen medarbejder medarbejderen medarbejdere
    ansat ansatte personale personalet afdeling afdelingen job jobbet system systemet regler
    reglerne lov loven ret rettigheder opgave opgaver hjaelp hjaelpe samtale moede moeder
    politik vurdering aftale aftaler teams
    work job colleague colleagues manager management boss employee employees workplace employer
    staff rules law rights help meeting policy
    """.split()
)
# Words that ask rather than name: "hvad laver en AMR", "hvad er TR's opgaver".
QUESTION_WORDS = frozenset(
    """laver lave gor goere goer hvorfor hvem god ide ideen godt opgaver opgave rolle rollen
    rettigheder pligter beskyttet beskyttelse kan skal maa ma does do what who duties role job
    rep representative ide idé ingen nogen hvornaar hvornar mange egentlig egentligt""".split()
)


# Words that ask what a role does: "hvad laver en AMR", "what are a TR's duties".
DUTY_WORDS = frozenset(
    "laver lave gor goer goere opgaver opgave rolle rollen pligter does do duties role job".split()
)


# How a name was met, as `Match.how` says it (the renderers' three words), and the finer way
# it was found, as `Match.via` says it.
_HOW = {"exact": "exact", "phrase": "phrase", "stem": "phrase", "compound": "phrase"}


@dataclass(frozen=True)
class Match:
    """The area found, what in the data matched, how, and how strongly.

    `how` is "exact", "phrase" or "typo", as before. `via` says more: "" (the words as written),
    "stem", "compound", "typo", "search" (no name matched; `matched` is the best hit's text)
    or "role" (both roles named: the area whose name is the two roles). `why` puts it in words,
    "fundet ved søgning: …" for a search. `ambiguous` is True when `others` begins with an area
    about as good as this one: show both rather than pick one.
    """

    area: Area
    matched: str  # the id, title or alias that matched (or the search hit)
    field: str  # "id", "title", "alias" or "search"
    score: float
    how: str = "exact"
    words: tuple[str, ...] = ()  # the user's words that the name covered
    others: tuple[Match, ...] = ()  # close runners-up, best first
    ambiguous: bool = False
    via: str = ""

    @property
    def why(self) -> str:
        if self.via == "search":
            return f"fundet ved søgning: {self.matched}"
        via = f", {self.via}" if self.via else ""
        return f"{self.field} {self.matched!r} ({self.how}{via})"


@dataclass(frozen=True)
class RoleMatch:
    """The question is about a role itself ("hvad laver en AMR?"): answer with `role ROLE`."""

    role: Role
    matched: str  # the role word the user typed
    score: float
    how: str = "role"
    words: tuple[str, ...] = ()

    @property
    def why(self) -> str:
        return f"rolle {self.matched!r}"


class RoleQuestion(NoMatchError):
    """find_area() was asked about a role itself; `match` says which. Callers that know roles
    should call lookup() instead; the message points at `snitflade role ROLE`."""

    def __init__(self, query: str, match: RoleMatch) -> None:
        self.match = match
        super().__init__(query, [(f"role {match.role.id}", match.role.name)])


# --- the index -----------------------------------------------------------------------------

# A name: (area index, field, text, its content words, the keys of each word).
# Keys: the folded word itself, and its tagged stems ("d:…", "e:…").
# The index is plain data (dicts, tuples, strings), which the compiled cache keeps as it is:
# "names", "by_key" (key -> names), "exact" (a whole name -> names), "vocabulary" (every word the
# data says), "shapes" ("<first letter><length>" -> names' words, for typos) and "roles".
MatchIndex = dict[str, Any]


def _word_keys(word: str) -> tuple[str, ...]:
    """The keys one word (æ/ø/å kept) is found under: its folded spelling(s) and its stems."""
    folded = fold_word(word)
    plain = folded if "ae" not in folded and "oe" not in folded and "aa" not in folded else ""
    keys = [folded, *stems(word)]
    if plain:
        keys.append(plain)
    return tuple(dict.fromkeys(keys))


def _name_words(text: str) -> list[str]:
    return [w for w in base_words(text) if len(w) > 1 or w.isdigit()]


def _texts(area: Area) -> list[str]:
    texts = [area.title, area.summary]
    for group in (area.duties, area.employer, area.advice, area.facts, area.local, area.steps):
        for item in group:
            texts.append(item.text)
            texts.extend(item.keywords)
    return texts


def build_index(catalog: Catalog) -> MatchIndex:
    """Every name of every area, and every word the data uses, folded once (plain data)."""
    names: list[tuple[int, str, str, tuple[str, ...], tuple[tuple[str, ...], ...]]] = []
    by_key: dict[str, list[int]] = {}
    for i, area in enumerate(catalog.areas):
        entries = [("id", area.id), ("title", area.title)]
        entries += [("alias", alias) for alias in area.aliases]
        for field_name, text in entries:
            words = _name_words(text)
            if not words:
                continue
            # A small word ("med", "for") is met only as written, in its place in the phrase.
            keys = tuple(
                _word_keys(w) if is_content(fold_word(w)) else (fold_word(w),) for w in words
            )
            n = len(names)
            names.append((i, field_name, text, tuple(fold_word(w) for w in words), keys))
            for word_keys in keys:
                if len(word_keys) == 1 and not is_content(word_keys[0]):
                    continue
                for key in word_keys:
                    holders = by_key.setdefault(key, [])
                    if not holders or holders[-1] != n:
                        holders.append(n)
    # Every word the data says, for splitting compounds and for telling a typo from a word.
    vocabulary: set[str] = set()
    texts = [t for area in catalog.areas for t in _texts(area)]
    texts += [t.term for t in catalog.glossary] + [t.text for t in catalog.glossary]
    texts += [d.text for role in catalog.roles for d in role.duties]
    texts += [name[2] for name in names]
    for text in texts:
        for word in base_words(text):
            if len(word) >= 3:
                vocabulary.add(fold_word(word))
    vocabulary |= {k for k in by_key if ":" not in k}
    shapes: dict[str, list[str]] = {}
    for key in by_key:
        if ":" not in key and len(key) >= TYPO_MIN_LETTERS:
            shapes.setdefault(f"{key[0]}{len(key)}", []).append(key)
    exact: dict[str, list[int]] = {}
    for n, (_a, _f, text, _w, _k) in enumerate(names):
        for form in token_forms(text):
            exact.setdefault(" ".join(form), []).append(n)
    return {
        "names": tuple(names),
        "by_key": {k: tuple(v) for k, v in by_key.items()},
        "exact": {k: tuple(v) for k, v in exact.items()},
        "vocabulary": dict.fromkeys(sorted(vocabulary), 0),
        "shapes": {k: tuple(v) for k, v in shapes.items()},
        "roles": _role_index(catalog),
        "generic": dict.fromkeys(sorted({k for w in GENERIC_WORDS for k in stems(w)}), 0),
    }


def _role_index(catalog: Catalog) -> dict[str, tuple[tuple[str, ...], ...]]:
    """For each role, the word sequences that name it (folded), longest first."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for role in catalog.roles:
        phrases = {*ROLE_WORDS.get(role.id, ()), role.id, role.abbreviation, role.name}
        found[role.id] = {tuple(fold_word(w) for w in base_words(p)) for p in phrases} - {()}
    return {r: tuple(sorted(p, key=lambda x: -len(x))) for r, p in found.items()}


# --- reading the query ---------------------------------------------------------------------


@dataclass
class _Query:
    words: list[str]  # folded
    raw: list[str]  # æ/ø/å kept, same positions
    roles: dict[int, str]  # word position -> role id
    content: list[int]  # positions of words that can carry a topic
    generic: Mapping[str, int]  # the stems of generic words (the index's "generic")


def _read(index: MatchIndex, text: str) -> _Query:
    raw = _join_split_words(index, base_words(text))
    words = [fold_word(w) for w in raw]
    roles: dict[int, str] = {}
    for role_id, phrases in index["roles"].items():
        for phrase in phrases:
            size = len(phrase)
            for i in range(len(words) - size + 1):
                if any(j in roles for j in range(i, i + size)):
                    continue
                if all(_is_role_word(words[i + j], raw[i + j], phrase[j]) for j in range(size)):
                    roles.update(dict.fromkeys(range(i, i + size), role_id))
    content = [
        i
        for i, w in enumerate(words)
        if i not in roles and len(w) > 1 and is_content(w) and not w.isdigit()
    ]
    return _Query(words, raw, roles, content, index["generic"])


def _join_split_words(index: MatchIndex, raw: list[str]) -> list[str]:
    """Join two words that the data writes as one: "nærved-hændelse", "hæve sænkebord"."""
    by_key = index["by_key"]
    joined: list[str] = []
    for word in raw:
        if joined and is_content(fold_word(word)):
            both = joined[-1] + word
            if fold_word(both) in by_key:
                joined[-1] = both
                continue
        joined.append(word)
    return joined


def _is_role_word(word: str, raw: str, role_word: str) -> bool:
    if word == role_word:
        return True
    # "tillidsrepræsentantens", "arbejdsmiljørepræsentanter": an ending on a long role word.
    return len(role_word) >= 8 and word.startswith(role_word) and len(word) - len(role_word) <= 4


def _keys_of(
    index: MatchIndex, word: str, raw: str, *, open_ends: bool = False
) -> dict[str, tuple[float, str]]:
    """The keys a query word meets names under, with how well: as written, by stem, or the
    parts of a compound. Empty when none of them is a name's word. With `open_ends`, only a
    compound one of whose ends the data does not know ("sex·chikane")."""
    by_key = index["by_key"]
    keys: dict[str, tuple[float, str]] = {}

    def add(key: str, how: str) -> None:
        if key in by_key and QUALITY[how] > keys.get(key, (0.0, ""))[0]:
            keys[key] = (QUALITY[how], how)

    if not open_ends:
        add(word, "exact")
        for key in stems(raw):
            add(key, "stem")
    if not keys and len(word) >= 6:
        vocabulary = index["vocabulary"]
        if open_ends:
            parts = split_compound(word, lambda w: w in by_key, open_ends=True)
        else:
            parts = split_compound(word, lambda w: w in vocabulary or w in by_key)
        # A generic part ("…system") counts only beside a specific one: it may complete a
        # name ("nyt system"), but a compound of generic words names nothing.
        specific = [p for p in parts if p not in GENERIC_WORDS and is_content(p)]
        for part in [*specific, *(p for p in parts if p in GENERIC_WORDS)] if specific else ():
            add(part, "compound")
            for key in stems(part):
                add(key, "compound")
    return keys


def _typo_keys(index: MatchIndex, word: str) -> dict[str, tuple[float, str]]:
    """Names' words that `word` is a near spelling of, if the data does not know `word`."""
    if len(word) < TYPO_MIN_LETTERS or word in index["vocabulary"] or word in GENERIC_WORDS:
        return {}
    keys: dict[str, tuple[float, str]] = {}
    for length in range(len(word) - 2, len(word) + 3):
        for known in index["shapes"].get(f"{word[0]}{length}", ()):
            sure = typo_of(word, known)
            if sure:
                keys[known] = (QUALITY["typo"] * sure, "typo")
    return keys


# --- scoring -------------------------------------------------------------------------------

# An area's result: score, the name's text, field, how, the user's words covered.
_Scored = tuple[float, str, str, str, tuple[str, ...]]


def _phrase_cover(
    name: Any, meets: dict[int, dict[str, tuple[float, str]]], query: _Query
) -> dict[int, tuple[float, str]] | None:
    """A name with small words ("for varmt", "ondt i ryggen") must stand as a phrase."""
    _a, _f, _t, words, keys = name
    size = len(words)
    for start in range(len(query.words) - size + 1):
        cover: dict[int, tuple[float, str]] = {}
        for offset, (word, word_keys) in enumerate(zip(words, keys, strict=True)):
            pos = start + offset
            if not is_content(word):
                if query.words[pos] != word:
                    break
                continue
            found = meets.get(pos, {})
            best = max((found[k] for k in word_keys if k in found), default=None)
            if best is None:
                break
            cover[pos] = best
        else:
            if cover:
                return cover
    return None


def _name_cover(
    name: Any, meets: dict[int, dict[str, tuple[float, str]]], query: _Query
) -> dict[int, tuple[float, str]] | None:
    """How the query covers one name: {position: (quality, how)}, or None if a word is unmet."""
    _a, _f, _t, words, keys = name
    if any(not is_content(w) for w in words):
        return _phrase_cover(name, meets, query)
    cover: dict[int, tuple[float, str]] = {}
    for word_keys in keys:
        best: tuple[float, str, int] | None = None
        for pos, found in meets.items():
            for key in word_keys:
                if key in found and (best is None or found[key][0] > best[0]):
                    best = (found[key][0], found[key][1], pos)
        if best is None:
            return None
        quality, how, pos = best
        if quality > cover.get(pos, (0.0, ""))[0]:
            cover[pos] = (quality, how)
    return cover


def _score_areas(index: MatchIndex, query: _Query) -> dict[int, _Scored]:
    names = index["names"]
    by_key = index["by_key"]
    meets: dict[int, dict[str, tuple[float, str]]] = {}
    typos: dict[int, dict[str, tuple[float, str]]] = {}
    # A role word or a number may complete a name ("AMR-valg", "15-årig"), never decide it.
    # A role word meets the role's other names too: "arbejdsmiljørepræsentantens" meets "AMR".
    helpers = {p for p, w in enumerate(query.words) if w.isdigit()} | set(query.roles)
    for pos in sorted(helpers):
        found = _keys_of(index, query.words[pos], query.raw[pos])
        for phrase in index["roles"].get(query.roles.get(pos, ""), ()):
            if len(phrase) == 1 and phrase[0] in index["by_key"]:
                found.setdefault(phrase[0], (QUALITY["exact"], "exact"))
        if found:
            meets[pos] = found
    for pos in query.content:
        found = _keys_of(index, query.words[pos], query.raw[pos])
        if found:
            meets[pos] = found
        else:
            # A near spelling of a name's word, else a compound with one unknown end.
            near = _typo_keys(index, query.words[pos]) or _keys_of(
                index, query.words[pos], query.raw[pos], open_ends=True
            )
            if near:
                typos[pos] = near
    whole = tuple(query.words[p] for p in query.content)
    # What a name must be to count as the whole question: its role words too ("TR-kursus").
    said = tuple(query.words[p] for p in sorted({*query.content, *query.roles}))
    letters = sum(len(w) for w in whole) or 1

    def covers(
        where: dict[int, dict[str, tuple[float, str]]],
    ) -> list[tuple[int, dict[int, tuple[float, str]]]]:
        candidates = sorted({n for found in where.values() for k in found for n in by_key[k]})
        result = []
        for n in candidates:
            cover = _name_cover(names[n], where, query)
            if cover is None:
                continue
            own = [p for p in cover if p not in helpers]
            specific = [
                p for p in own if not is_generic(query.words[p], query.raw[p], query.generic)
            ]
            phrase = bool(own) and len(names[n][3]) >= 2
            phrase = phrase and max(cover) - min(cover) < len(names[n][3])
            if not specific and not phrase:
                continue  # role and generic words never decide alone
            result.append((n, cover))
        return result

    found_names = covers(meets)
    if not found_names and typos:
        # A typo is tried only when no word was found as written, by stem or in a compound.
        found_names = covers({**meets, **typos})
    areas: dict[int, _Scored] = {}
    union: dict[int, dict[int, float]] = {}
    best: dict[int, tuple[float, str, str, str]] = {}
    for n, cover in found_names:
        area_i, field_name, text, name_words, _keys = names[n]
        kinds = {how for _q, how in cover.values()}
        how = next((h for h in ("typo", "compound", "stem") if h in kinds), "phrase")
        if tuple(w for w in name_words if is_content(w)) == said and how in {"phrase", "stem"}:
            how = "exact" if how == "phrase" else how
        area_cover = union.setdefault(area_i, {})
        for pos, (quality, _how) in cover.items():
            area_cover[pos] = max(area_cover.get(pos, 0.0), quality)
        rank = sum(len(query.words[p]) * q for p, (q, _h) in cover.items())
        rank += 1000.0 if how == "exact" else 0.0
        if rank > best.get(area_i, (-1.0, "", "", ""))[0]:
            best[area_i] = (rank, text, field_name, how)
    for area_i, area_cover in union.items():
        _rank, text, field_name, how = best[area_i]
        if how == "exact":
            score = 1.0
        else:
            # A role word or number the name also holds tips the balance, never more.
            share = sum(
                len(query.words[p]) * q * (HELPER_SHARE if p in helpers else 1.0)
                for p, q in area_cover.items()
            )
            share /= letters
            score = min(0.99, (0.55 if how == "typo" else 0.65) + 0.30 * share)
        words = tuple(query.words[p] for p in sorted(area_cover))
        areas[area_i] = (round(score, 3), text, field_name, how, words)
    return areas


# --- the public functions ------------------------------------------------------------------


def _index(catalog: Catalog) -> MatchIndex:
    index: MatchIndex = catalog.memo("matching.index", build_index)
    return index


def rank_areas(catalog: Catalog, query: str) -> list[Match]:
    """Return every area that matches `query` by name at all, best first, one Match per area."""
    index = _index(catalog)
    query_words = _read(index, query)
    scored = _score_areas(index, query_words)
    for form in query_forms(query):
        for n in index["exact"].get(" ".join(form), ()):
            area_i, field_name, text, _words, _keys = index["names"][n]
            scored[area_i] = (1.0, text, field_name, "exact", form)
    order = sorted(scored, key=lambda i: (-scored[i][0], i))
    return [
        Match(
            catalog.areas[i],
            text,
            field_name,
            score,
            _HOW.get(how, how),
            words,
            via="" if how in {"exact", "phrase"} else how,
        )
        for i in order
        for score, text, field_name, how, words in [scored[i]]
    ]


def lookup(catalog: Catalog, query: str) -> Match | RoleMatch:
    """Return what `query` asks about: an area (Match) or a role itself (RoleMatch).

    Raises NoMatchError, with the best search hits' topics as suggestions, when nothing fits.
    A Match with `ambiguous` set has an equally good area first in `others`: show both.
    """
    index = _index(catalog)
    query_words = _read(index, query)
    ranked = [m for m in rank_areas(catalog, query) if m.score >= ACCEPT]
    if ranked:
        return _with_others(ranked)
    named = set(query_words.roles.values())
    # A question about a role itself: it names one role, and asks nothing a topic holds.
    asks_only = not _specific(query_words)
    if len(named) == 1 and asks_only:
        role_id = named.pop()
        said = " ".join(query_words.raw[p] for p in sorted(query_words.roles))
        return RoleMatch(catalog.role(role_id), said, 0.9, "role", (said,))
    if len(named) > 1:  # both roles and no topic: how they work together
        both = _both_roles(catalog, index)
        if both is not None:
            area, text = both
            both_said = tuple(query_words.words[p] for p in sorted(query_words.roles))
            return Match(area, text, "alias", 0.8, "phrase", both_said, via="role")
    found = _by_search(catalog, query, query_words)
    if isinstance(found, (Match, RoleMatch)):
        return found
    roles = [(f"role {r}", catalog.role(r).name) for r in sorted(named)]
    raise NoMatchError(query, (roles + found)[:MAX_SUGGESTIONS])


def role_asked(catalog: Catalog, query: str) -> str | None:
    """The role whose duties a question asks about ("hvad laver en AMR?", "what does a TR
    do?"), or None: it names one role, asks what it does, and names nothing else."""
    query_words = _read(_index(catalog), query)
    named = set(query_words.roles.values())
    if len(named) != 1 or _specific(query_words):
        return None
    asks = {query_words.words[p] for p in query_words.content}
    return named.pop() if not asks or asks & DUTY_WORDS else None


def _specific(query: _Query) -> set[str]:
    """The query's words that could name a topic: not small, generic, asking or role words."""
    return {
        query.words[p]
        for p in query.content
        if not is_generic(query.words[p], query.raw[p], query.generic)
        and query.words[p] not in QUESTION_WORDS
    }


def is_generic(word: str, raw: str, generic_stems: Mapping[str, int]) -> bool:
    """A generic word, also inflected: "kollegaerne", "ledelsens", "møderne".

    `generic_stems` is the index's "generic": the stems of GENERIC_WORDS, worked out once
    with the index rather than on every question.
    """
    return word in GENERIC_WORDS or any(stem in generic_stems for stem in stems(raw))


def find_area(catalog: Catalog, query: str) -> Match:
    """Return the best area for `query`, with close runners-up.

    Raises NoMatchError if none; RoleQuestion (a NoMatchError) if the query asks about a role
    itself, pointing at `snitflade role ROLE`.
    """
    found = lookup(catalog, query)
    if isinstance(found, RoleMatch):
        raise RoleQuestion(query, found)
    return found


def _with_others(ranked: list[Match]) -> Match:
    top = ranked[0]
    others = tuple(m for m in ranked[1:] if m.score >= top.score - CLOSE)
    ambiguous = bool(others) and others[0].score >= top.score - TIE and top.how != "exact"
    return Match(
        top.area,
        top.matched,
        top.field,
        top.score,
        top.how,
        top.words,
        others,
        ambiguous,
        top.via,
    )


def _both_roles(catalog: Catalog, index: MatchIndex) -> tuple[Area, str] | None:
    """The area one of whose names is just the two roles ("TR og AMR"), if any."""
    role_words = {w for phrases in index["roles"].values() for p in phrases for w in p}
    for area_i, _field, text, words, _keys in index["names"]:
        words = tuple(w for w in words if is_content(w))
        if len(words) >= 2 and set(words) <= role_words:
            named = {r for r, ps in index["roles"].items() for p in ps if p[0] in words}
            if len(named) >= 2:
                return catalog.areas[area_i], text
    return None


# --- falling back on the full text ---------------------------------------------------------

SEARCH_TOP = 5
SEARCH_SHARE = 0.6  # the topic must hold this share of the best hits' score
SEARCH_MIN_SCORE = 4.0  # and its best hit must score at least this (BM25)
SEARCH_MIN_WORDS = 0.5  # and match more than this share of the question's specific words


def _by_search(
    catalog: Catalog, query: str, query_words: _Query
) -> Match | RoleMatch | list[tuple[str, str]]:
    """Answer from the full text when the best hits clearly belong to one topic; otherwise
    return the best hits' topics as suggestions."""
    from snitflade.ask.search import search

    hits = search(catalog, query, limit=SEARCH_TOP * 2)
    suggestions = _topics_of(catalog, hits, query_words)
    named = set(query_words.roles.values())
    # The vote of the best hits: a topic, or a named role's own duties and rules.
    votes: dict[str, float] = {}
    for hit in hits[:SEARCH_TOP]:
        if hit.area is not None:
            votes[hit.area] = votes.get(hit.area, 0.0) + hit.score
        elif hit.role in named:
            votes[f"role:{hit.role}"] = votes.get(f"role:{hit.role}", 0.0) + hit.score
    if votes and hits[0].score >= SEARCH_MIN_SCORE:
        winner = max(votes, key=lambda k: votes[k])
        if winner.startswith("role:") and votes[winner] >= SEARCH_SHARE * sum(votes.values()):
            said = " ".join(query_words.raw[p] for p in sorted(query_words.roles))
            return RoleMatch(catalog.role(winner[5:]), said, 0.8, "search", (said,))
    # The role's own items (area None) belong to no topic: leave them out of the vote.
    top = [h for h in hits if h.area is not None][:SEARCH_TOP]
    if not top or top[0].score < SEARCH_MIN_SCORE:
        return suggestions
    total = sum(h.score for h in top)
    share = sum(h.score for h in top if h.area == top[0].area) / total
    specific = _specific(query_words)
    matched = {w for w in specific if any(_matches(w, t) for t in top[0].terms)}
    # One word found somewhere in the text is too little: it may be mentioned in passing.
    if share < SEARCH_SHARE or len(matched) < 2 or len(matched) <= SEARCH_MIN_WORDS * len(specific):
        return suggestions
    area = catalog.area(str(top[0].area))
    return Match(
        area,
        top[0].text,
        "search",
        round(0.6 + 0.3 * share, 3),
        "phrase",
        tuple(sorted(matched)),
        via="search",
    )


def _matches(word: str, term: str) -> bool:
    return term.startswith(word[: max(4, len(word) - 3)]) or word.startswith(term)


def suggest(catalog: Catalog, query: str, limit: int = MAX_SUGGESTIONS) -> list[tuple[str, str]]:
    """Return up to `limit` (id, title) pairs: the topics of the best search hits for `query`."""
    from snitflade.ask.search import search

    index = _index(catalog)
    return _topics_of(catalog, search(catalog, query, limit=limit * 4), _read(index, query), limit)


def _topics_of(
    catalog: Catalog, hits: list[Hit], query: _Query, limit: int = MAX_SUGGESTIONS
) -> list[tuple[str, str]]:
    """The topics of the hits that hold one of the question's own words (or its stem or a
    part of it), best first: a hit found only by a near spelling is no suggestion."""
    # Not "hvornår" or "kollega" beside a real word: they are in every other text.
    words = _specific(query) or {query.words[p] for p in query.content} - QUESTION_WORDS
    found: list[tuple[str, str]] = []
    for hit in hits:
        if not hit.area or any(hit.area == a for a, _ in found):
            continue
        if any(_matches(w, t) for w in words for t in hit.terms):
            found.append((hit.area, catalog.area(hit.area).title))
    return found[:limit]
