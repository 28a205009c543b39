"""The dedup barrier: what an executor (:func:`palayesh.pipeline.base.run_barrier`) runs between the
``process`` and ``write`` stages.

Run in rounds, it goes in bounded parts (:mod:`.parted`): no task holds the whole run. With
nothing prepared (a small run), :meth:`DedupBarrier.reduce` decides everything in this process with
the functions of :mod:`.cluster`. Either way it leaves one decision file per shard in
``work_dir/shared``.
"""
from __future__ import annotations

from pathlib import Path

from ..fsutil import atomic_write
from ..pipeline.base import Barrier
from .cluster import decide, load_artifacts, write_decisions
from .options import DedupOptions
from .parted import Parted
from .signature import ARTIFACT


class DedupBarrier(Barrier):
    """Clusters of the whole run; leaves ``shared/dedup-decisions-NNNNN`` for the write stage.

    Run by an executor, it goes in bounded parts (:mod:`.parted`: exact groups by key range, LSH
    by band and key range, centre clusters by graph component, each a task on the local pool or
    Ray), with the same decisions as :meth:`reduce` alone, which does all of it in this process
    (when nothing was prepared).
    """

    name = "dedup"
    #: documents in one key range of one band (bounds an exact or LSH part's memory)
    PART_DOCS = 2_000_000
    #: documents of the shards one scatter part reads
    CHUNK_DOCS = 200_000
    #: the graph components are dealt out to this many cluster parts
    CLUSTER_PARTS = 4
    #: a run of at most this many documents is clustered in one process (the rounds' tasks, each
    #: reading its inputs, would cost more than they save: ~0.4 GiB for the whole barrier)
    ONE_PROCESS_DOCS = 200_000

    def __init__(self, options: DedupOptions):
        self.options = options

    @staticmethod
    def _spill(work_dir: Path, stage: str) -> Path:
        return Path(work_dir) / stage / "dedup-spill"

    def _artifacts(self, work_dir: Path, stage: str, shards: list[int]) -> list[Path]:
        return [Path(work_dir) / stage / "artifacts" / f"{ARTIFACT}-{s:05d}" for s in shards]

    def _parted(self, work_dir: Path, stage: str, shards: list[int]):
        return Parted(self.options, self._spill(work_dir, stage), self._artifacts(work_dir, stage, shards), shards,
                      self.PART_DOCS, self.CHUNK_DOCS, self.CLUSTER_PARTS)

    def rounds(self, work_dir: Path, stage: str, shards: list[int]) -> int:
        return 6

    def prepare(self, work_dir: Path, stage: str, shards: list[int], round: int = 0) -> None:
        import json

        p, o = self._parted(work_dir, stage, shards), self.options
        near = o.near and o.enabled
        if round == 0:
            p.make_plan(self.ONE_PROCESS_DOCS)
        elif round == 1:
            p.rank()
        elif round == 2:
            p.collect_copies()
        elif round == 3 and near:
            (p.spill / "near-checked.json").write_text(json.dumps(p.deal("edges", p.cluster_parts)))
        elif round == 4:
            counters = p.near_decisions()
            checked = p.spill / "near-checked.json"
            counters["near_checked"] = json.loads(checked.read_text()) if checked.exists() else 0
            with atomic_write(p.spill / "near-counters.json") as fh:
                fh.write(json.dumps(counters))
        elif round == 5 and o.stories:
            p.deal("sedges", p.cluster_parts)

    def parts(self, work_dir: Path, stage: str, shards: list[int], round: int = 0) -> int | None:
        p, o = self._parted(work_dir, stage, shards), self.options
        if not p.planned or p.plan["n"] == 0:
            return None  # a small run (or none reached dedup): reduce does it all in one process
        R = p.plan["ranges"]
        near = o.near and o.enabled
        return [len(p.plan["chunks"]), R if o.exact else 0, o.bands * R if near else 0,
                p.cluster_parts if near else 0, o.story_bands * R if o.stories else 0,
                p.cluster_parts if o.stories else 0][round]

    def wants(self, work_dir: Path, stage: str, shards: list[int], round: int, part: int, fetch):
        """A part's own inputs: the band files of its band (LSH rounds), the exact keys (round 1),
        the artifacts of its chunk (scatter) or all of them (centre clusters read shingle sets)."""
        p = self._parted(work_dir, stage, shards)
        fetch(f"{stage}/dedup-spill/plan.json")
        if not p.planned:
            return None
        band = part // p.plan["ranges"]
        own = {f"{ARTIFACT}-{s:05d}" for s in p.plan["chunks"][part]} if round == 0 else set()

        def wanted(name: str) -> bool:
            if name.startswith(f"{ARTIFACT}-"):
                return round == 3 or name in own
            kind, _, rest = name.partition("-")
            if kind in ("band", "sband"):
                return (kind, round) in (("band", 2), ("sband", 4)) and rest.split("-")[0] == str(band)
            return kind != "keys" or round == 1
        return wanted

    def run_part(self, work_dir: Path, stage: str, shards: list[int], part: int, round: int = 0) -> None:
        p = self._parted(work_dir, stage, shards)
        (p.scatter, p.exact, p.near_lsh, p.near_clusters, p.story_lsh, p.story_clusters)[round](part)

    def reduce(self, work_dir: Path, stage: str, shards: list[int]) -> dict:
        import json

        work_dir = Path(work_dir)
        spill = self._spill(work_dir, stage)
        spill.mkdir(parents=True, exist_ok=True)
        if (spill / "near-counters.json").exists():  # the rounds ran: merge what they left
            p = self._parted(work_dir, stage, shards)
            near = json.loads((spill / "near-counters.json").read_text())
            rest = p.write(work_dir / "shared", self.options.stories)
            counters = {"docs": rest.pop("docs"), **near, **rest}
        else:
            meta, sig, story = load_artifacts(self._artifacts(work_dir, stage, shards), shards, spill)
            decisions, counters = decide(meta, sig, story, self.options, spill)
            write_decisions(work_dir / "shared", shards, meta, decisions)
            del sig, story
        for f in spill.iterdir():
            f.unlink()
        return counters
