"""The logo design engine: pure functions, brief in, SVGs out, no I/O beyond package data."""

from logostudio.design.brief import Brief, Design
from logostudio.design.engine import design_variant, design_variants, iter_variants

__all__ = ["Brief", "Design", "design_variant", "design_variants", "iter_variants"]
