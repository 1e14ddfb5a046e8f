"""The names :mod:`logostudio.design` exports and where each comes from (read by ``logostudio.exports``)."""

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
