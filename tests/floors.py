"""The quality floors of tests/floors.toml: read them, and check the data they were measured on.

A gate is one measurement (a scorer run on a data set) and the floors (``min``) and ceilings
(``max``) its tests hold. Each gate records the sha256 of the files it was measured on: the data,
the scorer, and for generated data the generator (whose ``params`` -- seed, size -- the test reads
from the gate too). When a file changes, :meth:`Gate.check` fails with a message that says which,
instead of a floor silently passing or failing on data it was never measured on.

    python tests/floors.py                 # every gate: do its files still hash as recorded?
    python tests/floors.py --record NAME   # after re-measuring NAME on changed data: record it
"""
from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FILE = Path(__file__).resolve().with_name("floors.toml")
REPO = FILE.parent.parent  # paths in floors.toml are relative to the repository ("../shared/..." next to it)


@dataclass(frozen=True)
class Gate:
    name: str
    measures: str
    tests: tuple[str, ...]
    sha256: dict[str, str]  # path (relative to the repository; a folder ends in "/") -> digest
    params: dict = field(default_factory=dict)
    min: dict = field(default_factory=dict)
    max: dict = field(default_factory=dict)

    def missing(self) -> list[str]:
        """The recorded files that are not on this machine (../shared may be absent)."""
        return [p for p in self.sha256 if not (REPO / p).exists()]

    def changed(self) -> dict[str, str]:
        """path -> its digest now, for every present file whose digest is not the recorded one."""
        now = {p: digest(REPO / p) for p in self.sha256 if (REPO / p).exists()}
        return {p: d for p, d in now.items() if d != self.sha256[p]}

    def check(self) -> None:
        """Fail loudly when a file the floors were measured on has changed since."""
        changed = self.changed()
        assert not changed, (
            f"tests/floors.toml [{self.name}]: the floors were measured on other data; changed since: "
            f"{', '.join(changed)}. Re-measure ({', '.join(self.tests)}), review the floors against the new "
            f"scores, then record the new digests: python tests/floors.py --record {self.name}")


def digest(path: Path) -> str:
    """sha256 of a file; of a folder, of the sorted list of its files' relative names and digests."""
    if path.is_dir():
        h = hashlib.sha256()
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            h.update(f"{digest(f)}  {f.relative_to(path).as_posix()}\n".encode())
        return h.hexdigest()
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def gates() -> dict[str, Gate]:
    with open(FILE, "rb") as fh:
        raw = tomllib.load(fh)
    return {name: Gate(name=name, measures=g["measures"], tests=tuple(g["tests"]), sha256=g["sha256"],
                       params=g.get("params", {}), min=g.get("min", {}), max=g.get("max", {}))
            for name, g in raw.items()}


def gate(name: str) -> Gate:
    """The gate ``name``, not checked (for parametrizing at import time, when data may be absent)."""
    return gates()[name]


def measured(name: str) -> Gate:
    """The gate ``name``, its data checked: call it in the test, after the test's own skip for absent data."""
    g = gate(name)
    g.check()
    return g


def below(scores: dict, floors: dict) -> dict:
    """The scores under their floor (a floor without a score is an error: a renamed metric)."""
    return {k: scores[k] for k, v in floors.items() if scores[k] < v}


def above(scores: dict, ceilings: dict) -> dict:
    return {k: scores[k] for k, v in ceilings.items() if scores[k] > v}


def record(name: str) -> list[str]:
    """Write the present files' digests into the ``[NAME.sha256]`` table of floors.toml (comments kept)."""
    g = gate(name)
    lines = FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(f"[{name}.sha256]\n")
    done = []
    for i in range(start + 1, len(lines)):
        if lines[i].startswith("["):
            break
        m = re.match(r'"([^"]+)" = "[0-9a-f]*"', lines[i])
        if m and (REPO / m.group(1)).exists():
            lines[i] = f'"{m.group(1)}" = "{digest(REPO / m.group(1))}"\n'
            done.append(m.group(1))
    FILE.write_text("".join(lines), encoding="utf-8")
    assert set(done) == set(g.sha256) - set(g.missing()), (done, g.sha256)
    return done


def main(argv: list[str]) -> int:
    if argv[:1] == ["--record"] and len(argv) == 2:
        print("\n".join(record(argv[1])))
        return 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    bad = 0
    for g in gates().values():
        changed, missing = g.changed(), g.missing()
        bad += bool(changed)
        state = "changed: " + ", ".join(changed) if changed else "absent: " + ", ".join(missing) if missing else "ok"
        print(f"{g.name:24} {state}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
