"""What the README promises exists: the record it lists is the one written, every ``palayesh`` flag it
names is an option of the CLI, and every ``palayesh.<name>(...)`` call it shows names a function that
takes those keywords (sqlite-utils ``tests/test_docs.py``)."""
from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib
import inspect
import re
from pathlib import Path

import pytest

from palayesh.cli.main import build_parser
from palayesh.config import RefineConfig
from palayesh.document import FIELDS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")

#: a line that runs another program than palayesh: its flags are that program's
OTHER_PROGRAM = re.compile(r"python (bench|scripts|\.\./shared)/|farm-bench|ray start|make_pages\.py")


def cli_options() -> set[str]:
    """Every option string of ``palayesh`` and of its subcommands."""
    parser = build_parser()
    found = {s for a in parser._actions for s in a.option_strings}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= {s for a in sub._actions for s in a.option_strings}
    return found


def readme_flags(text: str) -> set[str]:
    """The ``--flags`` the README names, but on lines that run another program."""
    return {f for line in text.splitlines() if not OTHER_PROGRAM.search(line)
            for f in re.findall(r"(?<![\w-])--[a-z][a-z-]*", line)}


def readme_calls(text: str) -> list[ast.Call]:
    """The calls ``palayesh.<name>(...)`` the README shows that parse as Python."""
    calls = []
    for m in re.finditer(r"palayesh(\.\w+)+\(", text):
        source, depth = "", 0
        for i in range(m.start(), min(len(text), m.start() + 400)):  # up to the closing parenthesis
            source += text[i]
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if text[i] == ")" and depth == 0:
                break
        try:
            # (a signature as the README writes it: «**options», «...», a bare «*» before keywords)
            source = re.sub(r",\s*\*,", ",", source.replace("**options", "**{}").replace("...", "None"))
            node = ast.parse(source, mode="eval").body
        except SyntaxError:
            continue
        if isinstance(node, ast.Call):
            calls.append(node)
    return calls


def resolve(dotted: str):
    """The object ``palayesh.a.b`` names (a module's attribute, or a submodule)."""
    parts = dotted.split(".")
    obj = importlib.import_module(parts[0])
    for i, name in enumerate(parts[1:], 1):
        try:
            obj = getattr(obj, name)
        except AttributeError:
            obj = importlib.import_module(".".join(parts[:i + 1]))
    return obj


def test_the_record_is_the_one_written():
    """The README's list of record fields is the schema the writers write, in its order."""
    listed = re.search(r"The record:\n`([^`]+)`", README).group(1)
    assert [f.strip() for f in listed.split(",")] == list(FIELDS)


def test_every_flag_is_an_option():
    flags = readme_flags(README)
    assert len(flags) > 20  # (the walk finds them)
    assert flags <= cli_options(), sorted(flags - cli_options())


@pytest.mark.parametrize(("text", "want"), [
    ("palayesh refine x -o OUT --workers 8   # default", {"--workers"}),
    ("`python bench/bench_serve.py --docs 100000`", set()),  # another program's flag
    ("set `--object-store-memory` on `ray start` low", set()),
    ("a-b--c and `--no-raw`", {"--no-raw"}),
])
def test_readme_flags(text, want):
    assert readme_flags(text) == want


def test_every_call_names_a_function_and_its_keywords():
    calls = readme_calls(README)
    assert len(calls) >= 6, [ast.unparse(c) for c in calls]
    for call in calls:
        name = ast.unparse(call.func)
        fn = resolve(name)
        assert callable(fn), name
        params = inspect.signature(fn).parameters
        keywords = {k.arg for k in call.keywords if k.arg is not None}
        if name == "palayesh.refine":  # (its **options are the fields of RefineConfig)
            params = {**params, **{f.name: None for f in dataclasses.fields(RefineConfig)}}
        assert keywords <= set(params), (name, sorted(keywords - set(params)))


def test_a_call_the_api_does_not_take_is_found():
    """The check above can fail: a keyword no function takes, a name the package has not."""
    call = readme_calls('`palayesh.read_output(OUT, parts="docs")`')[0]
    assert {k.arg for k in call.keywords} - set(inspect.signature(resolve(ast.unparse(call.func))).parameters)
    with pytest.raises((AttributeError, ModuleNotFoundError)):
        resolve("palayesh.no_such_function")
