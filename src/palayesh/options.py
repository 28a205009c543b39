"""Validated, keyword-only options objects, built from keywords, a TOML table or the CLI.

Every group of options is a frozen dataclass declared with ``kw_only=True``; :func:`from_mapping`
checks names and types, so a misspelt key in a config file is an error, not a silent default.
"""
from __future__ import annotations

import dataclasses
import typing


class OptionsError(ValueError):
    """An option has an unknown name or a value of the wrong type or range."""


def _check_type(owner: str, name: str, value, hint):
    origin = typing.get_origin(hint)
    if origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return value
        for a in args:
            if a is type(None):
                continue
            try:
                return _check_type(owner, name, value, a)
            except OptionsError:
                pass
        raise OptionsError(f"{owner}.{name}: {value!r} is not a valid {hint}")
    if origin is typing.Literal:
        if value not in typing.get_args(hint):
            raise OptionsError(f"{owner}.{name}: {value!r} is not one of {typing.get_args(hint)}")
        return value
    if origin in (tuple, list):
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            raise OptionsError(f"{owner}.{name}: expected a list, got {value!r}")
        return tuple(value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (int, float, str, bool):
        if isinstance(value, bool) and hint is not bool:
            raise OptionsError(f"{owner}.{name}: expected {hint.__name__}, got {value!r}")
        if not isinstance(value, hint):
            raise OptionsError(f"{owner}.{name}: expected {hint.__name__}, got {value!r}")
    return value


def validate(obj) -> None:
    """Type-check every field of an options dataclass (call from ``__post_init__``)."""
    owner = type(obj).__name__
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        hint = hints[f.name]
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            if isinstance(value, dict):
                value = from_mapping(hint, value, where=f"{owner}.{f.name}")
            elif not isinstance(value, hint):
                raise OptionsError(f"{owner}.{f.name}: expected {hint.__name__} or a table")
        else:
            value = _check_type(owner, f.name, value, hint)
        object.__setattr__(obj, f.name, value)


def from_mapping(cls, data: dict, *, where: str = ""):
    """Build options ``cls`` from a mapping, refusing unknown keys with the list of known ones."""
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise OptionsError(f"unknown option{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}"
                           f"{' in ' + where if where else ''} (known: {', '.join(sorted(known))})")
    return cls(**data)


def to_dict(obj) -> dict:
    """Plain, JSON-ready dict of an options object (nested groups included)."""
    out = {}
    for f in dataclasses.fields(obj):
        v = getattr(obj, f.name)
        out[f.name] = to_dict(v) if dataclasses.is_dataclass(v) else (list(v) if isinstance(v, tuple) else v)
    return out
