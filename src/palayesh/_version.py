"""palayesh's version (also in pyproject.toml): a module of its own, so that the modules of a run
(:mod:`palayesh.runner` writes it into ``run.json``) take it without importing the package's face."""
__version__ = "0.1.0"
