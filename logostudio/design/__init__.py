"""The logo design engine: pure functions, brief in, SVGs out, no I/O beyond package data."""

from logostudio.exports import lazy_exports

# Each name is imported when first used; the names and their modules are in __init__.pyi.
__getattr__, __dir__, __all__ = lazy_exports(__name__, __file__)
