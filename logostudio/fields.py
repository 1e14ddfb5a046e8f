"""How long each text a person types may be, one rule per field.

The brief's checks and their messages, the API's request schema, the widgets' ``max_chars`` and
their help all read these rules, so a limit changed here is changed for every door at once, and the
form never says one number while the check enforces another.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class FieldRule:
    """One text field: its key, its name in messages, its limits and the help a widget shows.

    ``hint`` is the help text with ``{min}`` and ``{max}`` standing for the limits, so the numbers a
    person reads are the ones that are checked. A ``min_length`` above 0 makes the field required."""

    name: str
    label: str
    max_length: int
    min_length: int = 0
    hint: str = ""

    @property
    def required(self) -> bool:
        return self.min_length > 0

    @property
    def help(self) -> str:
        """The widget's help text, with this rule's limits in it."""
        return self.hint.format(min=self.min_length, max=self.max_length)

    def missing(self) -> str:
        """The message for a required field left empty."""
        return f"{self.label} is required ({self.min_length}–{self.max_length} characters)."

    def too_long(self, length: int) -> str:
        """The message for text of ``length`` characters, over the limit."""
        return f"{self.label} is too long: {length} characters, at most {self.max_length}."

    def schema(self) -> dict[str, int]:
        """The limits in JSON Schema's words, for a request body that declares the field."""
        limits = {"minLength": self.min_length} if self.min_length else {}
        return {**limits, "maxLength": self.max_length}


# ---------------------------------------------------------------- the brief

BUSINESS_TYPE = FieldRule(
    "business_type", "Business type", 80, min_length=1, hint="What the business does, in {min}–{max} characters."
)
BUSINESS_NAME = FieldRule(
    "business_name", "Business name", 60, hint="Up to {max} characters; without one, the business type is used."
)
SLOGAN = FieldRule("slogan", "Slogan", 80, hint="Up to {max} characters.")
COLOR = FieldRule(
    "color",
    "Colour",
    40,
    hint="A CSS colour name or a hex code; leave empty for warm, cool and mono palettes.",
)
ICON = FieldRule("icon", "Icon keyword", 40)
PALETTE_NAME = FieldRule("name", "Palette name", 40, min_length=1)
# A style, theme or layout is a word from a list; its length is checked before it is quoted back.
_CHOICE = 40
STYLE = FieldRule("style", "Style", _CHOICE)
THEME = FieldRule("theme", "Theme", _CHOICE)
LAYOUT = FieldRule("layout", "Layout", _CHOICE)

# ---------------------------------------------------------------- the editor, a set, a key

# The editor's words are the brief's, except that a logo must keep a name.
EDIT_NAME = replace(BUSINESS_NAME, name="name", min_length=1, hint="")
EDIT_SLOGAN = replace(SLOGAN, hint="Leave it empty for a logo without a slogan.")
SET_NAME = FieldRule("name", "Name", 80, hint="Empty gives the business name back.")
KEY_NAME = FieldRule("name", "Key name", 60)
# History's search is matched against these, so it need be no longer than the longest of them.
SET_SEARCH = FieldRule(
    "search", "Find a set", max(r.max_length for r in (SET_NAME, BUSINESS_NAME, BUSINESS_TYPE, EDIT_NAME))
)

# The editor's symbol search box: a word or a few.
SYMBOL_SEARCH = FieldRule("search", "Find a symbol", 80)

BRIEF_FIELDS: tuple[FieldRule, ...] = (BUSINESS_TYPE, BUSINESS_NAME, SLOGAN, COLOR, ICON)
RULES: tuple[FieldRule, ...] = (
    *BRIEF_FIELDS,
    PALETTE_NAME,
    STYLE,
    THEME,
    LAYOUT,
    EDIT_NAME,
    EDIT_SLOGAN,
    SET_NAME,
    KEY_NAME,
    SET_SEARCH,
    SYMBOL_SEARCH,
)
