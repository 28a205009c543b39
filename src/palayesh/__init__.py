"""palayesh (پالایش, "refining"): crawled Persian web and news pages in, a clean corpus out.

The public API is small and imported lazily, so ``import palayesh`` stays light:

- :func:`normalize` -- Persian normalization with ZWNJ restoration.
- :func:`extract` -- structure (section, title, lead, body, agency, date) from a raw page.
- :func:`refine` -- the whole pipeline, from input paths to an output folder.
- :func:`read_output` -- the rows of an output folder (``docs``, ``rejected`` or ``errors``), streamed.
- :mod:`recipe` -- the pipeline ``refine`` runs, as a value to change (``recipe.persian_news()``).
"""
from __future__ import annotations

from ._version import __version__

__all__ = ["__version__", "normalize", "extract", "recipe", "refine", "read_output"]

# The subpackages ``palayesh.normalize`` and ``palayesh.extract`` share their names with the
# functions; importing the functions here binds the names to them. Both subpackages load their
# resources lazily, so this stays cheap.
from .extract import extract  # noqa: E402
from .normalize import normalize  # noqa: E402


def __getattr__(name: str):
    if name == "refine":
        from .api import refine

        return refine
    if name == "read_output":
        from .outdir import read_output

        return read_output
    if name == "recipe":
        import importlib

        return importlib.import_module(".recipe", __name__)
    raise AttributeError(f"module 'palayesh' has no attribute {name!r}")
