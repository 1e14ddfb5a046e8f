"""How well each drawable icon depicts a business type: every word of the type weighed (its
vector, its WordNet links, an industry's curated icons), each icon scored against all of them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from logostudio.design.icon_index import IconIndex
from logostudio.design.lexicon import matched_keywords
from logostudio.design.wordforms import (
    DECOR,
    DOMAIN,
    GENERIC,
    MISHAP,
    STOP,
    UI_STATE,
    look_alike,
    normalise,
    split_compound,
    stem,
    word_links,
)
from logostudio.design.wordvec import word_vectors

# Scoring constants (tuned on bench/data/longtail-dev.json only).
ALIAS = 0.8  # an alias depicts a word less surely than the icon's name
PLURAL_ONLY = 0.6  # a singular word matching an icon named in the plural
UNTAGGED = 0.7  # an icon with neither aliases nor tags: its sense is unknown (tank, hot-tub)
ACTIVITY = 0.6  # weight of an -ing word beside another telling word (whale watching)
SIM_FLOOR = 0.42  # word similarity below this is noise
SIM_ZERO, SIM_SPAN = 0.35, 0.45  # similarity -> credit: (sim - ZERO) / SPAN, capped
SIM_CAP = 0.5
PREFIX = 0.5  # similarity between a word and a longer word starting with it
GENERIC_WEIGHT = 0.2
CONTEXT = 0.35  # weight of the whole-type/icon-context similarity
FIT_FLOOR, FIT_LOW, FIT_SPAN = 0.6, 0.1, 0.4  # credit kept by an icon that fits the other words not at all
EXACT_BONUS = 0.05  # extra for an icon that depicts a telling word outright
REST = 0.25  # a word the icon gets less credit than this for is one it must fit, not depict
UNEXPLAINED = 0.12  # cost of an icon word that fits none of the type's words
LEXICON_BONUS = 0.12
LEXICON_DECAY = 0.08  # credit lost per place down an industry's icon list
KEYWORD_LIKE = 0.9  # a word like a lexicon keyword credits that industry's icons this much
LINK = 0.55  # a word WordNet links to (synonym 1.0, derivation 0.9, gloss 0.7, ...) credits its icons this much
LINK_NAMED = 0.3  # the same for a word that names an icon itself


@dataclass(frozen=True)
class _Word:
    text: str
    stem: str
    weight: float
    known: bool = True  # has a vector, names an icon or has WordNet links: unknown words are left out of the score
    base: float = 0.0  # the weight before an activity word was lowered (0: same as weight)


@lru_cache(maxsize=1)
def index() -> IconIndex:
    return IconIndex(ALIAS, UNTAGGED, LEXICON_DECAY)


def words_of(text: str, linked: bool = True) -> list[_Word]:
    """The text's meaningful words with their weights; unknown compounds are split. ``linked``: words
    with WordNet links count as understood."""
    out: list[_Word] = []
    idx = index()
    vecs = word_vectors()
    for word in normalise(text):
        if word in STOP or len(word) < 2 or word.isdigit():
            continue
        parts = [word]
        if word not in vecs and stem(word) not in idx.stems:
            parts = split_compound(word, idx.stems) or parts
        for part in parts:
            weight = GENERIC_WEIGHT if part in GENERIC else 1.0
            if len(parts) > 1:
                weight *= 0.7
            known = part in vecs or stem(part) in idx.stems or (linked and bool(word_links(part)))
            out.append(_Word(part, stem(part), weight, known))
    # An activity after what it is done to: the object says more (whale watching, hedge trimming);
    # before a noun an -ing word is a modifier and keeps its weight (vending machine).
    seen_object = False
    for k, w in enumerate(out):
        if w.weight < 0.8:
            continue
        if w.text.endswith("ing") and seen_object:
            out[k] = _Word(w.text, w.stem, w.weight * ACTIVITY, w.known, w.weight)
        elif not w.text.endswith("ing"):
            seen_object = True
    return out


@lru_cache(maxsize=4096)
def word_credit(word: str, linked: bool = True) -> dict[int, float]:
    """Icon -> how well it depicts ``word``: exact name 1.0, alias 0.8, similar or linked words less."""
    idx = index()
    credit: dict[int, float] = {}
    plurals = (word + "s", word + "es")
    for i, c in idx.by_stem.get(stem(word), ()):
        if word not in idx.names[i] and any(p in idx.names[i] for p in plurals):
            c *= PLURAL_ONLY  # a plural name is often another thing: glass is not glasses
        credit[i] = max(credit.get(i, 0.0), c)
    v = word_vectors().get(word)
    if v is not None:
        sims = idx.vocab_matrix @ v
        for j in np.nonzero(sims >= SIM_FLOOR)[0]:
            other = idx.vocab[j]
            if stem(other) == stem(word):
                continue
            c = min(SIM_CAP, (float(sims[j]) - SIM_ZERO) / SIM_SPAN)
            if look_alike(word, other):
                c *= PREFIX  # drum ~ drumstick, hearse ~ hearing: shared word pieces, not meaning
            for i, k in idx.vocab_icons[j]:
                c_i = c * k
                if c_i > credit.get(i, 0.0):
                    credit[i] = c_i
        sims = idx.keyword_matrix @ v
        for j in np.nonzero(sims >= SIM_FLOOR)[0]:
            c = min(SIM_CAP, (float(sims[j]) - SIM_ZERO) / SIM_SPAN) * KEYWORD_LIKE
            for i, k in idx.keyword_icons[j]:
                if c * k > credit.get(i, 0.0):
                    credit[i] = c * k
    # What WordNet says the word is: full weight for a word no icon is named after (saddlery), less
    # for one that has its own icon (tortoise: its links are runners-up, not rivals).
    link = LINK if stem(word) not in idx.stems else LINK_NAMED
    for other, strength in word_links(word).items() if linked else ():
        for i, k in idx.by_stem.get(stem(other), ()):
            c = link * strength * k
            if c > credit.get(i, 0.0):
                credit[i] = c
    return credit


def _score(
    words: list[_Word], lexicon: list[tuple[tuple[str, ...], int, int, int, int]], linked: bool = True
) -> dict[int, tuple[float, bool]]:
    """Icon -> (score, depicts a telling word exactly) for weighted words and lexicon matches."""
    idx = index()
    total = sum(w.weight for w in words)
    if total <= 0:
        return {}
    per_word = [word_credit(w.text, linked) for w in words]
    # Lexicon icons get full credit for the keyword's words (kept apart from the cached tables).
    lex_credit: dict[int, dict[str, float]] = {}
    lex_bonus: dict[int, float] = {}
    lex_group: dict[int, tuple[str, ...]] = {}
    for keyword_words, icon_id, rank, pos, _industry in lexicon:
        share = sum(w.weight for w in words if w.text in keyword_words) / total
        bonus = LEXICON_BONUS * share - 0.01 * rank
        if icon_id not in lex_bonus or bonus > lex_bonus[icon_id]:
            lex_bonus[icon_id] = bonus
            lex_group[icon_id] = keyword_words
        own = lex_credit.setdefault(icon_id, {})
        for word in keyword_words:  # the industry's first icon depicts it best
            own[word] = max(own.get(word, 0.0), 1.0 - LEXICON_DECAY * pos)
    candidates: set[int] = set(lex_credit)
    for credits in per_word:
        candidates.update(credits)
    if not candidates:
        return {}
    vecs = word_vectors()
    context = vecs.mean([w.text for w in words], [w.weight for w in words])
    stems = {w.stem for w in words}
    known = [vecs.get(w.text) for w in words]
    type_matrix = np.array([v for v in known if v is not None]) if any(v is not None for v in known) else None
    scores: dict[int, tuple[float, bool]] = {}
    rest_context: dict[frozenset[int], np.ndarray | None] = {}
    # A lexicon industry is judged as a whole against the type (its icons keep their curated order).
    group_fit: dict[tuple[str, ...], float] = {}
    if context is not None:
        for group in lex_group.values():
            group_fit.setdefault(group, 0.0)
        for group in group_fit:
            members = [i for i, g in lex_group.items() if g == group]
            group_fit[group] = float(np.mean(idx.context[members] @ context))
    for i in candidates:
        covered = 0.0
        for w, credits in zip(words, per_word, strict=True):
            c = max(credits.get(i, 0.0), lex_credit.get(i, {}).get(w.text, 0.0))
            covered += w.weight * c
        s = covered / total
        if s <= 0:
            continue
        if i in lex_bonus:  # curated: keeps the lexicon's own order
            s += CONTEXT * group_fit.get(lex_group[i], 0.0) + lex_bonus[i]
        elif context is not None:
            # Does the icon fit the rest of the type? Judged on the words it does not depict itself
            # (generic ones count too: "farm" says agriculture), so a homonym matched by one word
            # ("tank", "cotton") must also suit the others ("septic", "pumping"; "farm").
            rest = frozenset(k for k, credits in enumerate(per_word) if credits.get(i, 0.0) < REST)
            if rest not in rest_context:
                kept = [w for k, w in enumerate(words) if k in rest and (w.weight >= 0.5 or w.text in DOMAIN)]
                rest_context[rest] = (
                    vecs.mean([w.text for w in kept], [max(w.weight, 0.5) for w in kept]) if kept else None
                )
            other = rest_context[rest]
            if other is None:
                s += CONTEXT * float(idx.context[i] @ context)
            else:
                fit = float(idx.context[i] @ other)
                s *= FIT_FLOOR + (1.0 - FIT_FLOOR) * max(0.0, min(1.0, (fit - FIT_LOW) / FIT_SPAN))
                s += CONTEXT * fit
        for part in idx.names[i]:
            if i in lex_bonus or stem(part) in stems or part in DECOR:
                continue
            if part in UI_STATE:
                s -= 0.25
                continue
            if part in MISHAP:
                s -= 0.5
                continue
            v = vecs.get(part)
            fit = float(np.max(type_matrix @ v)) if v is not None and type_matrix is not None else 0.0
            s -= UNEXPLAINED * (1.0 - max(0.0, min(1.0, fit)))
        if idx.ui[i]:
            s -= 0.25
        exact = i in lex_bonus or any(
            w.weight >= 0.5 and any(j == i and c >= UNTAGGED for j, c in idx.by_stem.get(w.stem, ())) for w in words
        )
        if exact:
            s += EXACT_BONUS
        scores[i] = (s, exact)
    return scores


def _lexicon(text: str) -> list[tuple[tuple[str, ...], int, int, int, int]]:
    """(keyword words, icon id, rank overall, position in its industry, industry number) for the
    curated industries that match ``text``, best industry first."""
    idx = index()
    out = []
    rank = 0
    for number, (industry, keyword) in enumerate(matched_keywords(text)):
        words = tuple(keyword.split())
        for pos, slug in enumerate(industry.icons):
            i = idx.position.get(slug)
            if i is not None:
                out.append((words, i, rank, pos, number))
            rank += 1
    return out


def _override(words: list[_Word], lexicon: list[tuple[tuple[str, ...], int, int, int, int]]) -> list[int]:
    """The top lexicon industry's icons, when its keyword says what the business is.

    It does when the keyword is a phrase with a telling (not generic) word, or covers at least half
    the weight of the type's words while no other telling word names an icon outright. So
    "video game studio" and "organic farm" keep their curated icons, while in "blood bank",
    "circus school" or "data recovery service" the other words decide.
    """
    if not lexicon:
        return []
    top = lexicon[0][0]
    ids = [i for kw, i, _rank, _pos, industry in lexicon if industry == 0]
    total = sum(w.base or w.weight for w in words)  # what the business is: activities count fully
    covered = sum(w.base or w.weight for w in words if w.text in top)
    if len(top) > 1 and any(t not in GENERIC for t in top):
        return ids
    if total > 0 and covered / total >= 0.5:
        idx = index()
        for w in words:
            if w.text in top or (w.base or w.weight) < 0.8:
                continue
            if any(c >= UNTAGGED and not idx.ui[i] for i, c in idx.by_stem.get(w.stem, ())):
                return []  # "cat grooming": the cat is drawable, the grooming industry is not the answer
        return ids
    return []


def rank_icons(text: str, linked: bool = True) -> tuple[list[tuple[str, float, bool]], float]:
    """(slug, score, exact) best first, and the share of the text's weight that was understood.
    ``linked``: use WordNet's links too (for a business type, not for a name: Zed is not the letter z)."""
    idx = index()
    lexicon = _lexicon(text)
    in_lexicon = {t for kw, *_rest in lexicon for t in kw}
    words = words_of(text, linked)
    known = [w for w in words if w.known or w.text in in_lexicon]
    total = sum(w.weight for w in words)
    share = sum(w.weight for w in known) / total if total > 0 else 0.0
    scores = _score(known, lexicon, linked)
    lead = _override(known, lexicon)
    if lead:
        top = max((v for v, _e in scores.values()), default=0.0)
        for k, i in enumerate(lead):
            scores[i] = (max(1.0, top) + 0.1 - 0.01 * k, True)
    order = sorted(scores.items(), key=lambda kv: (-kv[1][0], idx.slugs[kv[0]]))
    return [(idx.slugs[i], v, e) for i, (v, e) in order], share
