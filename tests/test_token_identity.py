"""spaCy builds a new Token object each time one is read (`doc[0] is doc[0]` is False), so
`tok.head is tok` never holds, not even at a sentence's root: a walk up the tree that stops
on `is` runs on past the root, and a comparison of two heads never matches. Tokens are
compared with `==` (same doc, same index). This test reads the engine's source for the one
shape that slipped in: an identity test on a `.head`."""

from __future__ import annotations

import ast
from pathlib import Path

import spacy

ENGINE = Path(__file__).resolve().parent.parent / "digests"


def _head_identity_tests(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, sides, sides[1:], strict=False):
            heads = [s for s in (left, right) if isinstance(s, ast.Attribute) and s.attr == "head"]
            if isinstance(op, (ast.Is, ast.IsNot)) and heads:
                found.append(
                    f"{path.relative_to(ENGINE.parent)}:{node.lineno}: {ast.unparse(node)}"
                )
    return found


def test_spacy_tokens_are_not_the_same_object_twice():
    doc = spacy.blank("en")("The mayor met the union.")
    assert doc[0] is not doc[0] and doc[0] == doc[0]


def test_no_engine_module_compares_a_head_by_identity():
    found = [hit for path in sorted(ENGINE.rglob("*.py")) for hit in _head_identity_tests(path)]
    assert not found, "compare tokens with == / !=:\n" + "\n".join(found)
