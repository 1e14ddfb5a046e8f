"""JSON from outside (a request body, a link), measured before it is parsed: ``json.loads`` recurses
once per level and gives up with RecursionError a few thousand brackets deep."""

from __future__ import annotations


def nesting(text: str) -> int:
    """How deep the arrays and objects of JSON ``text`` nest (brackets inside strings not counted);
    counted without recursion, so any input is measured."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest
