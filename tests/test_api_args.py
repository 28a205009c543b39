"""The Python API (DESIGN.md: ``normalize``, ``extract``, ``refine``) answers a bad argument with a
TypeError or ValueError that names the parameter and what it expects, never with an error about
something else, and never silently."""
import os

import pytest

import palayesh
from conftest import REPO, read_rows
from palayesh.normalize import Normalizer

EXAMPLES = REPO / "examples"


@pytest.mark.parametrize("value, expected", [
    (None, r"normalize\(text\): expected str, got None"),
    (b"\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", r"normalize\(text\): expected str, got bytes .*decode"),
    (12, r"normalize\(text\): expected str, got int"),
    (["سلام"], r"normalize\(text\): expected str, got list"),
])
def test_normalize_names_its_argument(value, expected):
    with pytest.raises(TypeError, match=expected):
        palayesh.normalize(value)
    with pytest.raises(TypeError, match=expected):
        Normalizer().normalize(value)


def test_normalize_still_normalizes():
    assert palayesh.normalize("اين برنامههاي ميروند") == "این برنامه‌های می‌روند"
    assert palayesh.normalize("") == ""


@pytest.mark.parametrize("kwargs, error, expected", [
    (dict(raw=None), TypeError, r"extract\(raw\): expected str or bytes, got None"),
    (dict(raw=12), TypeError, r"extract\(raw\): expected str or bytes, got int"),
    (dict(raw="متن", url=5), TypeError, r"extract\(url\): expected str or None, got int"),
    (dict(raw="متن", url=b"https://x.ir/a"), TypeError, r"extract\(url\): expected str or None, got bytes"),
    (dict(raw="متن", format="pdf"), ValueError, r"extract\(format\): expected 'html', 'text' or None, got 'pdf'"),
    (dict(raw="متن", options={"html_timeout": 1}), TypeError, r"extract\(options\): expected ExtractOptions or None, got dict"),
    (dict(raw=bytes(range(32)) * 8 + b"binary"), ValueError, r"extract\(raw\): bytes that are not text"),
])
def test_extract_names_its_argument(kwargs, error, expected):
    raw = kwargs.pop("raw")
    with pytest.raises(error, match=expected):
        palayesh.extract(raw, **kwargs)


def test_extract_reads_bytes_as_the_readers_do():
    page = ("ایران و جهان\n\nوزیران دفاع ایران و روسیه دیدار کردند\n\n"
            "به گزارش خبرگزاری مهر، وزیران دفاع دو کشور در مسکو با یکدیگر دیدار و گفتگو کردند.\n")
    as_text = palayesh.extract(page)
    assert palayesh.extract(page.encode("utf-8")) == as_text
    assert as_text.title == "وزیران دفاع ایران و روسیه دیدار کردند"
    # a legacy Windows-1256 page is decoded as the readers decode it
    legacy = (EXAMPLES / "pages" / "102_legacy_cp1256.txt").read_bytes()
    assert palayesh.extract(legacy) == palayesh.extract(legacy.decode("cp1256"))


@pytest.mark.parametrize("inputs, output, error, expected", [
    (None, "OUT", TypeError, r"refine\(inputs\): expected a path or a list of paths \(str, bytes or os.PathLike\), got None"),
    (5, "OUT", TypeError, r"refine\(inputs\): expected a path or a list of paths .*got int"),
    ([str(EXAMPLES), None], "OUT", TypeError, r"refine\(inputs\[1\]\): expected a path \(str, bytes or os.PathLike\), got None"),
    ([], "OUT", ValueError, r"refine\(inputs\): no input given"),
    (str(EXAMPLES), None, TypeError, r"refine\(output\): expected a path \(str, bytes or os.PathLike\), got None"),
    (str(EXAMPLES), 3, TypeError, r"refine\(output\): expected a path .*got int"),
])
def test_refine_names_its_argument(tmp_path, inputs, output, error, expected):
    with pytest.raises(error, match=expected):
        palayesh.refine(inputs, output if output != "OUT" else tmp_path / "OUT", progress="none")
    assert not (tmp_path / "OUT").exists()  # nothing was started


def test_refine_config_and_pipeline_arguments(tmp_path):
    with pytest.raises(TypeError, match=r"refine\(config\): expected RefineConfig, a path to a TOML file or None, got int"):
        palayesh.refine(EXAMPLES, tmp_path / "OUT", config=5)
    with pytest.raises(TypeError, match=r"refine\(pipeline\): expected a palayesh.pipeline.Pipeline, got list"):
        palayesh.refine(EXAMPLES, tmp_path / "OUT", pipeline=["extract"])
    with pytest.raises(ValueError, match=r"RefineConfig.workers"):
        palayesh.refine(EXAMPLES, tmp_path / "OUT", workers="2")


def test_refine_takes_bytes_paths(tmp_path):
    # a bytes path is how a name that is not UTF-8 is given; it is read as os.fsdecode reads it
    stats = palayesh.refine(os.fsencode(EXAMPLES), os.fsencode(tmp_path / "OUT"), progress="none", workers=1)
    assert stats["documents"]["read"] == 7 and read_rows(tmp_path / "OUT")
    stats = palayesh.refine([os.fsencode(EXAMPLES / "pages")], tmp_path / "OUT2", progress="none", workers=1)
    assert stats["documents"]["read"] == 5
