"""No nested function binds, with ``:=``, a name its enclosing function binds too.

Python makes such a name the nested function's own (a generator's ``(at := …)`` beside the outer
``at = homes``), but a reader takes it for the outer one, and a compiler of typed Python (mypyc, s68)
shared it with the enclosing scope: ``text._header``'s ``cues()`` then read the outer ``at``, a set,
as a list index («list indices must be integers or slices, not set», «attribute 'at' of
'_header_env' undefined»: 114 of 2,000 pages). The walrus names differ now; this keeps it so.
"""
from __future__ import annotations

import ast
from pathlib import Path

import palayesh

SRC = Path(palayesh.__file__).parent
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def _own(fn: ast.AST):
    """The nodes of ``fn``'s own body, not those of functions or classes inside it (those are yielded)."""
    stack = list(ast.iter_child_nodes(fn))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, (*SCOPES, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(node))


def shadowing_walruses(source: str) -> list[tuple[int, str]]:
    """(line, name) of each ``name := …`` in a nested function whose enclosing function binds ``name``."""
    found = []
    for outer in ast.walk(ast.parse(source)):
        if not isinstance(outer, SCOPES[:2]):
            continue
        bound = {n.id for n in _own(outer) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        for inner in _own(outer):
            if isinstance(inner, SCOPES):
                found += [(n.lineno, n.target.id) for n in ast.walk(inner)
                          if isinstance(n, ast.NamedExpr) and n.target.id in bound]
    return found


def test_the_check_finds_the_shape():
    # (the shape _header's cues() had: the outer «at» a set, the generator's «at» a line's index)
    code = ("def header(lines, homes):\n    at = homes\n    def cues():\n"
            "        yield lines[i] if (at := find(lines)) is not None else None\n    return at\n")
    assert shadowing_walruses(code) == [(4, "at")]
    assert shadowing_walruses(code.replace("(at :=", "(i :=")) == []


def test_no_nested_walrus_shadows_an_outer_name():
    found = {str(p.relative_to(SRC)): got for p in sorted(SRC.rglob("*.py"))
             if (got := shadowing_walruses(p.read_text(encoding="utf-8")))}
    assert found == {}
