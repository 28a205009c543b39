"""Every docstring example in src/palayesh runs, as part of ``python -m pytest``.

One test per module (the list is walked, not written down, so a new module's examples run too);
importing a module has no side effects: nothing printed, no logging handler configured.
"""
import contextlib
import doctest
import importlib
import io
import logging
import pkgutil

import pytest

import palayesh

MODULES = sorted(m.name for m in pkgutil.walk_packages(palayesh.__path__, "palayesh.")
                 if not m.name.endswith(".__main__"))  # __main__ runs the CLI when imported


@pytest.mark.parametrize("name", MODULES)
def test_module_imports_quietly_and_its_examples_hold(name):
    handlers = list(logging.getLogger().handlers)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        module = importlib.import_module(name)
    assert not out.getvalue(), f"importing {name} printed {out.getvalue()!r}"
    assert logging.getLogger().handlers == handlers, f"importing {name} configured logging"
    result = doctest.testmod(module, verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail (see the stdout)"


def test_modules_with_examples_are_found():
    """The walk finds the package's modules, and the examples in them (not an empty run)."""
    finder = doctest.DocTestFinder()
    with_examples = [n for n in MODULES if any(t.examples for t in finder.find(importlib.import_module(n)))]
    assert len(MODULES) > 50 and len(with_examples) >= 29, with_examples
