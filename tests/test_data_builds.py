"""The data shipped in ``palayesh/data`` is exactly what the build scripts make from ../shared/data:
anyone can rebuild it, and a change to a script or its sources cannot leave stale data behind."""
from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DATA = REPO / "src" / "palayesh" / "data"

pytestmark = pytest.mark.skipif(not (SHARED / "lexicon").is_dir(), reason=f"{SHARED} not found")


def test_zwnj_resources_rebuild_identically(tmp_path):
    out = tmp_path / "zwnj-resources.tsv.gz"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_normalize_data.py"), str(SHARED), "-o", str(out)],
                   check=True, capture_output=True, env={"PYTHONHASHSEED": "1", "PATH": ""})
    assert gzip.decompress(out.read_bytes()) == gzip.decompress((DATA / "zwnj-resources.tsv.gz").read_bytes())


@pytest.mark.skipif(not (SHARED / "updt-train").is_dir(), reason="updt-train not found")
def test_zwnj_model_rebuilds_identically(tmp_path):
    """The gap model is trained in a fixed order with a fixed seed: the same sources give the same
    weights, whatever the hash seed (~20 s)."""
    out = tmp_path / "zwnj-model.tsv.gz"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_zwnj_model.py"), str(SHARED), "-o", str(out)],
                   check=True, capture_output=True, env={"PYTHONHASHSEED": "7", "PATH": ""})
    shipped = DATA / "zwnj-model.tsv.gz"
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped.read_bytes())
    assert shipped.stat().st_size <= 5_000_000


def test_stopwords_rebuild_identically(tmp_path):
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_filter_data.py"), "--shared", str(SHARED.parent),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("stopwords-fa.tsv", "stopwords-fa.LICENSE"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
