"""The industry lexicon: coverage, drawable icons, keyword hygiene, matching order and fallbacks."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from logostudio.design.icons import load_icon, usable
from logostudio.design.lexicon import INDUSTRIES, Industry, match_industries
from logostudio.design.symbols import icon_candidates
from tests.design.briefgen import DATA, TYPES

SAMPLE_TYPES = sorted({b["business_type"] for b in json.loads((DATA / "sample-briefs.json").read_text())})
NOT_BUSINESSES = {"x", "quantum widget consultancy"}


def _top(business_type: str) -> Industry:
    found = match_industries(business_type)
    assert found, business_type
    return found[0]


def test_coverage() -> None:
    assert len(INDUSTRIES) >= 150
    categories = Counter(i.category for i in INDUSTRIES)
    assert len(categories) >= 14
    assert all(n >= 5 for n in categories.values()), categories
    assert len({i.key for i in INDUSTRIES}) == len(INDUSTRIES)


def test_every_icon_is_drawable() -> None:
    for industry in INDUSTRIES:
        assert 2 <= len(industry.icons) <= 4, industry.key
        assert len(set(industry.icons)) == len(industry.icons), industry.key
        for slug in industry.icons:
            assert load_icon(slug) is not None and usable(slug), (industry.key, slug)


def test_keywords_are_lower_case_and_unique() -> None:
    owners: dict[str, str] = {}
    for industry in INDUSTRIES:
        assert 2 <= len(industry.keywords) <= 8, industry.key
        for keyword in industry.keywords:
            assert keyword == keyword.lower().strip() and keyword, (industry.key, keyword)
            assert keyword not in owners, (keyword, owners.get(keyword), industry.key)
            owners[keyword] = industry.key


def test_every_keyword_finds_its_own_industry() -> None:
    for industry in INDUSTRIES:
        for keyword in industry.keywords:
            assert _top(keyword) is industry, (keyword, _top(keyword).key, industry.key)


@pytest.mark.parametrize("business_type", SAMPLE_TYPES + [t for t in TYPES if t not in NOT_BUSINESSES])
def test_real_business_types_match_and_lead_with_their_icon(business_type: str) -> None:
    industry = _top(business_type)
    assert icon_candidates(business_type, "")[0] == industry.icons[0]


@pytest.mark.parametrize(
    ("business_type", "key"),
    [
        ("auto repair shop", "auto repair"),
        ("pet grooming", "pet grooming"),
        ("ice cream parlor", "ice cream parlor"),
        ("mobile app developer", "app developer"),
        ("e-commerce store", "online store"),
        ("video game studio", "video game studio"),
        ("solar energy installer", "solar energy"),
        ("kids daycare", "daycare"),
        ("dance school", "dance school"),
        ("dance academy", "dance school"),
        ("surf school", "surf school"),
        ("climbing gym", "climbing gym"),
        ("wine bar", "wine bar"),
        ("barbershop", "barbershop"),
        ("art gallery", "art gallery"),
        ("martial arts dojo", "martial arts"),
        ("apparel brand", "clothing boutique"),
        ("cybersecurity consultancy", "cybersecurity"),
        ("hot dog stand", "hot dog stand"),
        ("beer garden", "pub"),
        ("marketing consultancy", "marketing agency"),
        ("organic farm", "farm"),
        ("salon", "hair salon"),
        ("Café", "coffee shop"),
        ("BAKERIES", "bakery"),
        ("buses", "bus company"),
        ("a business that sells handmade wooden toys and furniture", "toy store"),
    ],
)
def test_most_specific_keyword_wins(business_type: str, key: str) -> None:
    assert _top(business_type).key == key


@pytest.mark.parametrize(
    ("business_type", "words"),
    [
        ("coffee shop", ("coffee",)),
        ("bakery", ("baguette", "bread")),
        ("pizza restaurant", ("pizza",)),
        ("sushi restaurant", ("fish",)),
        ("craft brewery", ("mug", "beer", "hops")),
        ("butcher shop", ("steak",)),
        ("ice cream parlor", ("ice-cream",)),
        ("wine bar", ("wine",)),
        ("plumbing service", ("pipe", "pump")),
        ("electrician", ("lightning", "plug")),
        ("construction company", ("hard-hat", "crane")),
        ("roofing contractor", ("roof",)),
        ("dental clinic", ("tooth",)),
        ("pharmacy", ("pill",)),
        ("veterinary clinic", ("paw", "dog", "cat")),
        ("optician", ("glasses", "eye")),
        ("hair salon", ("cut",)),
        ("barbershop", ("mustache", "razor")),
        ("yoga studio", ("yoga",)),
        ("spa", ("spa",)),
        ("law firm", ("scale", "gavel")),
        ("accounting firm", ("calculator",)),
        ("insurance broker", ("shield",)),
        ("tech startup", ("rocket",)),
        ("mobile app developer", ("cellphone",)),
        ("video game studio", ("controller",)),
        ("university", ("school",)),
        ("music school", ("music", "piano")),
        ("bookstore", ("book",)),
        ("florist", ("flower",)),
        ("jewelry maker", ("diamond", "ring")),
        ("toy store", ("toy", "teddy")),
        ("moving company", ("truck",)),
        ("logistics company", ("truck", "warehouse")),
        ("pet grooming", ("dog",)),
        ("fitness gym", ("dumbbell", "weight")),
        ("surf school", ("surf",)),
        ("golf club", ("golf",)),
        ("photography studio", ("camera",)),
        ("podcast", ("podcast",)),
        ("organic farm", ("barn", "tractor")),
        ("beekeeping", ("bee",)),
        ("real estate agency", ("home",)),
        ("hotel", ("bed",)),
        ("travel agency", ("airplane",)),
        ("church", ("church",)),
        ("charity", ("heart", "charity")),
        ("solar energy installer", ("solar",)),
        ("recycling company", ("recycle",)),
        ("car wash", ("car-wash",)),
        ("auto repair shop", ("car", "wrench")),
        ("wedding planner", ("ring",)),
    ],
)
def test_first_icon_is_relevant(business_type: str, words: tuple[str, ...]) -> None:
    first = icon_candidates(business_type, "")[0]
    assert any(w in first for w in words), (business_type, first)


def test_unknown_types_fall_back_to_slug_words() -> None:
    assert match_industries("guitar lessons") == []
    found = icon_candidates("guitar lessons", "")
    assert found and all("guitar" in slug for slug in found)
    assert match_industries("telescope repairs") == []
    assert icon_candidates("telescope repairs", "")[0] == "telescope"


def test_name_words_are_used_when_the_type_says_nothing() -> None:
    assert match_industries("zqx holdings") == []
    assert icon_candidates("zqx holdings", "Golden Crust Bakery")[0] == "baguette"


def test_nothing_known_means_no_icon() -> None:
    assert match_industries("x") == [] and icon_candidates("x", "") == ()
    assert match_industries("") == [] and icon_candidates("zqx vlorp", "") == ()


def test_consultancy_of_anything_is_a_consultancy() -> None:
    # "consultancy" is a generic head word: the industry is consulting, and when the other words name
    # nothing drawable the symbol is the consulting one. (Since issue 11 the words that say what the
    # business is outweigh the generic head, as "circus school" must not be drawn as a school: so
    # "quantum widget consultancy" now leads with quantum-like guesses such as atom or wave.)
    industry = _top("quantum widget consultancy")
    assert industry.key == "consulting"
    assert icon_candidates("zqx vlorp consultancy", "")[0] == industry.icons[0]
    assert _top("tax consultancy").key == "accounting"
