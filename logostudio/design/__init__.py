"""The logo design engine: pure functions, brief in, SVGs out, no I/O beyond package data."""

from logostudio.design.brief import Brief, Design, Overrides
from logostudio.design.edit import FAMILIES
from logostudio.design.engine import design_variant, design_variants, iter_variants, look, words_fit
from logostudio.errors import DoesNotFit

__all__ = [
    "FAMILIES",
    "Brief",
    "Design",
    "DoesNotFit",
    "Overrides",
    "design_variant",
    "design_variants",
    "iter_variants",
    "look",
    "words_fit",
]
