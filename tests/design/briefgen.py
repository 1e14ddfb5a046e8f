"""Generated briefs for the design tests: ordinary, long, unicode, hostile and odd inputs."""

from __future__ import annotations

import json
import random
from pathlib import Path

from logostudio.briefs import parse_brief
from logostudio.design import Brief

DATA = Path(__file__).resolve().parents[1] / "data"

TYPES = [
    "coffee shop",
    "bakery",
    "law firm",
    "dental clinic",
    "yoga studio",
    "plumbing service",
    "pet grooming",
    "bookstore",
    "photography studio",
    "fitness gym",
    "real estate agency",
    "florist",
    "accounting firm",
    "auto repair shop",
    "pizza restaurant",
    "hair salon",
    "veterinary clinic",
    "music school",
    "craft brewery",
    "travel agency",
    "tech startup",
    "cleaning service",
    "organic farm",
    "wine bar",
    "surf school",
    "quantum widget consultancy",
    "llama trekking",
    "escape room",
    "blacksmith forge",
    "drone repair",
    "x",
    "a business that sells handmade wooden toys and furniture for children of all ages, est 1990",
]
NAMES = [
    None,
    "Nimbus",
    "Hart & Cole",
    "Café Ünïcode",
    "Łódź Pierogi",
    "東京 Sushi",
    "東京",
    "Crème Brûlée Co.",
    "Žluťoučký Kůň",
    "Москва Кофе",
    "Αθήνα Grill",
    "Smith's",
    "AB",
    "Q",
    "O'Neil & Sons Plumbing",
    "</svg><script>alert(1)</script>",
    '" onload="x',
    "<title>pwn</title>",
    "Tom & Jerry's <Deli>",
    "A" * 60,
    "Supercalifragilisticexpialidocious Holdings International Group",
    "The Very Long Business Name Company of Greater Metropolitan Area",
    "ß Straße Bäckerei",
    "Ünïcödé Ñame Ëxtrà Lòng Fôr Tèsting Pürpösès Ønly Hérè Ok",
    "123 Numbers",
    "!!!",
    "   spaced   out   ",
    "x\u0000y\u0007z",
    "emoji 🎉 party",
    "مطعم الياسمين",
    "کتاب\u200cفروشی نو",
    "קפה השכונה",
    "योग शाला",
    "บ้านสปา",
    "茶香小馆",
    "老麵館",
    "パン工房 こむぎ",
    "서울 커피",
    "مطعم Jasmine 123",
]
SLOGANS = [
    None,
    "",
    "Brewed slowly",
    "Counsel you can trust",
    "24/7 emergency repairs",
    "We make noise, we make waves, we make everything that matters to you and your family",
    "Ça va très bien",
    '<b>bold</b> & "quoted"',
    "東京の味",
    "z" * 80,
    "طعم البيت",
    "매일 신선한 커피",
]
STYLES = ["modern", "minimalist", "playful", "elegant", "bold", "vintage", "tech", None, "weird", "retro", "LUXURY"]
THEMES = ["light", "dark", None, "pastel", "dark neon", "retro light", "clean", "night sky"]
COLORS = [
    None,
    "blue",
    "navy",
    "teal",
    "#6F4E37",
    "amber",
    "black",
    "white",
    "#FFFF00",
    "#00FF9C",
    "none",
    "not-a-colour",
    "#abc",
    "rgb(10, 200, 30)",
    "hotpink",
    "#FFC8DD",
    "gold",
]


def generated_briefs(n: int = 160, seed: int = 7) -> list[Brief]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        name = NAMES[i % len(NAMES)] if i < len(NAMES) * 2 else rng.choice(NAMES)
        out.append(
            Brief(
                business_type=rng.choice(TYPES)[:80],
                business_name=name[:60] if name else None,
                slogan=(s[:80] if (s := rng.choice(SLOGANS)) else s),
                style=rng.choice(STYLES),
                theme=rng.choice(THEMES),
                color=rng.choice(COLORS),
            )
        )
    return out


def sample_briefs() -> list[Brief]:
    return [parse_brief(b).design_brief() for b in json.loads((DATA / "sample-briefs.json").read_text())]


def all_briefs() -> list[Brief]:
    return sample_briefs() + generated_briefs()
