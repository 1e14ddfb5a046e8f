"""Word handling for the symbol matcher: the word classes, Snowball stems, WordNet lemmas and
WordNet's links from a word to icon words (``data/word-links.json.gz``)."""

from __future__ import annotations

import gzip
import json
import re
import threading
import unicodedata
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from logostudio.design.lexicon import GENERIC_HEADS
from logostudio.design.wordvec import word_vectors

LINKS = Path(__file__).with_name("data") / "word-links.json.gz"
WORD = re.compile(r"[a-z0-9]+")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that carry no meaning in a business description.
STOP = _set("""a an and the of for to in on at by with from our your my we us you it its est since
that this these those who which what where all any every each other more most very also just only
is are be been am was were has have had do does can will would should could may might not no nor or
but if as so than then there here about into over under out up down off per via like such own same
sell sells selling sold offer offers offering provide provides providing specialising specializing
specialised specialized based serving serves serve dedicated
co inc ltd llc plc gmbh sa bv pty corp corporation limited""")
# Generic words of business types: premises and institutions, organisational forms, roles and
# activities. They say what kind of business it is, not what it is about, so they weigh less.
GENERIC = (
    _set("""service services company companies business businesses shop shops store stores studio
studios school schools academy college institute center centre centers centres agency agencies firm group
club clubs house hall bank farm farms mill mills plant plants factory factories works workshop workshops
lab labs laboratory yard station range park market outlet boutique emporium depot warehouse office bureau
clinic practice gallery museum garden nursery daycare venue place spot hub network platform association
society league cooperative coop
team collective foundation trust partners brothers sons family maker makers manufacturer manufacturers
manufacturing producer producers production supplier suppliers supply supplies dealer dealers trader traders
merchant wholesaler wholesale retailer retail distributor distribution importer exporter provider providers
breeder breeders grower growers vendor vendors seller sellers keeper keepers catering caterer
contractor contractors builder builders installer installers installation specialist specialists expert
experts professional professionals consultant consultants consultancy consulting advisory solutions
rental rentals rent hire hiring repair repairs restoration maintenance cleaning cleaners cleaner removal
delivery tours tour trips trip classes class lessons lesson courses course training coaching workshop
operator operators management managers owner owners co-op local mobile online custom professional best new
premium quality express pro plus one two three""")
    | GENERIC_HEADS
)  # and the lexicon's own generic heads
# Generic words that still tell the domain (a farm grows things, a clinic heals): they inform the
# context an icon must fit, while "company" or "shop" say nothing about it.
DOMAIN = _set("""farm farms clinic clinics school schools academy college institute garage bank mill mills plant
plants factory factories museum garden nursery daycare gallery lab labs laboratory practice workshop works
yard station hall market""")
# Slug words that only style an icon ("coffee-outline" is still a coffee).
DECOR = _set("""outline variant box circle square thick thin bold sharp rounded multiple alt small large
half full filled one two three four""")
# Slug words of interface states: an icon with one of these is a control, not a thing.
UI_STATE = _set("""plus minus remove check alert lock cancel edit sync search settings cog arrow
arrows question sort filter marker open close closed refresh reload upload download export import eye
star heart clock account network""")
# Slug words of a thing come to grief or crossed out (a sinking boat, a broken heart, a dead robot,
# leaf-off): never the symbol of a business that did not ask for it in its own words.
MISHAP = _set("""sink broken dead sad sick off""")
# Slug words of interface objects (an app grid, a menu): glyphs of software, not things.
INTERFACE = _set("""widgets widget apps app menu cursor toggle checkbox radiobox form page dots chevron view
application window button tab tabs table card""")
# Inflected forms -> the WordNet lemma (WordNet's own "morphy" detachment rules, without its exception lists).
NOUN_ENDINGS = (
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
    ("s", ""),
)
VERB_ENDINGS = (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", ""))

# A Snowball stemmer keeps the word it is working on in itself: one per thread, or two jobs designed
# at once in one process (the in-process runner, a worker's threads) garble each other's words.
_STEMMERS = threading.local()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    return str(stemmer.stemWord(word))


def normalise(text: str) -> list[str]:
    """The text's words, lower-cased and folded to ASCII (Bäckerei: backerei)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return WORD.findall(folded.replace("'s ", " "))


def split_compound(word: str, stems: Collection[str]) -> list[str] | None:
    """A compound the vectors do not know, split into two words (bookbinding): a head whose stem is in
    ``stems`` (the icons' stems) and a tail that is in ``stems`` too or has a vector."""
    best: tuple[int, list[str]] | None = None
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if stem(head) in stems and (stem(tail) in stems or tail in word_vectors()):
            score = min(len(head), len(tail))
            if best is None or score > best[0]:
                best = (score, [head, tail])
    return best[1] if best else None


def look_alike(a: str, b: str) -> bool:
    """Words that share most of their beginning (drum, drumstick; hearse, hearing) or of their end
    (pickle, sickle): the word-piece model finds them similar by spelling, not by meaning."""

    def shared(x: str, y: str) -> int:
        n = 0
        for p, q in zip(x, y, strict=False):
            if p != q:
                break
            n += 1
        return n

    short = min(len(a), len(b))
    head, tail = shared(a, b), shared(a[::-1], b[::-1])
    return (head >= 4 and head >= 0.6 * short) or (tail >= 5 and tail >= 0.7 * short)


def lemma(word: str, known: Collection[str], endings: tuple[tuple[str, str], ...]) -> str | None:
    """``word`` itself if ``known`` has it, else the first known form left by taking an ending off."""
    if word in known:
        return word
    for end, repl in endings:
        if word.endswith(end) and (base := word[: -len(end)] + repl) in known:
            return base
    return None


@lru_cache(maxsize=1)
def _link_table() -> dict[str, dict[str, str]]:
    """pos -> lemma -> "word strength word strength ..." (kept as strings: ~17 MB of memory instead of ~42)."""
    return json.loads(gzip.decompress(LINKS.read_bytes()))["links"]


@lru_cache(maxsize=4096)
def word_links(word: str) -> dict[str, float]:
    """Icon words WordNet leads to from ``word`` (as a noun and as a verb), with their strength."""
    table = _link_table()
    out: dict[str, float] = {}
    for pos, endings in (("n", NOUN_ENDINGS), ("v", VERB_ENDINGS)):
        found = lemma(word, table[pos], endings)
        if found is None:
            continue
        row = table[pos][found].split()
        for other, value in zip(row[::2], row[1::2], strict=True):
            strength = float(value)
            if other != word and strength > out.get(other, 0.0):
                out[other] = strength
    return out
