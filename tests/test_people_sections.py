"""A person's or an account's name is never a story's section (extract/sections.py ``account_names``):
a channel's name over its follow counter and the control beside it («237K subscribers» / «Subscribe»),
an uploader's name under a lone «by», a display name over its handle, a name a line closes after «by».
Platform pages of one service on several hosts (``www.``, ``m.``, two UI languages) show the same
names right under their headlines, which the run's vocabulary of labels then learns as sections.

The pages are written here, with words of their own."""
from __future__ import annotations

import pytest

from conftest import read_rows, story_bodies
from palayesh import refine
from palayesh.extract.sections import account_names
from palayesh.textkeys import line_key


@pytest.mark.parametrize("texts, names", [
    # a video page: the channel over its subscribers and the button to subscribe
    (["تیتر", "شبکه ورزش", "237K subscribers", "Subscribe", "متن"], ["شبکه ورزش", "Subscribe"]),
    # the same in Persian, thousands in words
    (["تیتر", "کانال ما", "۸۱۶ هزار مشترک", "مشترک شدن", "متن"], ["کانال ما", "مشترک شدن"]),
    # an archive item's uploader under a lone «by»
    (["تیتر", "by", "آرش رحیمی", "متن"], ["آرش رحیمی"]),
    # a social post: the display name over the handle
    (["مینا کریمی", "@news_fa@masto.example.social", "تیتر"], ["مینا کریمی"]),
    # a name a line closes after «by»
    (["تیتر", "متن", "More articles by کاوه محمدی"], ["کاوه محمدی"]),
    # a section over the views' counter, no control beside it: nobody's name
    (["ورزشی", "۶۱۳ بازدید", "متن خبر"], []),
    # a section over a counter of comments, then the comments' heading: a box, no follow control
    (["ورزشی", "۳ نظر", "نظرات کاربران", "متن"], []),
])
def test_account_names(texts, names):
    assert account_names(texts) == {line_key(n) for n in names}


CHANNELS = ["شبکه ورزش بانوان", "کانال هیئت کشتی", "تماشاخانه ورزشی"]
UPLOADERS = ["آرش رحیمی", "مهدی اکبری"]


def _video(i: int, persian: bool, story: list[str], title: str) -> str:
    name = CHANNELS[i % len(CHANNELS)]
    head = ["رد شدن از پیمایش", "YouTube", "ورود به سیستم"] if persian else ["Skip navigation", "YouTube", "Sign in"]
    follow = [f"{(i % 9) + 1}۲۰ هزار مشترک", "مشترک شدن"] if persian else [f"{(i % 9) + 1}20K subscribers", "Subscribe"]
    return "\n".join([*head, title, name, *follow, "Share", f"{i + 3},421 views", "Sep 3, 2023", *story,
                      "Up next"]) + "\n"


def _archive(i: int, story: list[str], title: str) -> str:
    return "\n".join(["Internet Archive", "Texts", "Video", "Audio", "Upload", title, "by",
                      UPLOADERS[i % len(UPLOADERS)], *story, "Publication date", "2025", "Topics",
                      "تاریخ شفاهی", f"Uploaded by {UPLOADERS[i % len(UPLOADERS)]} on January {i + 1}, 2026"]) + "\n"


def test_platform_people_are_no_sections(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    stories = story_bodies(36, 3)
    titles = [f"گزارش شماره {n} از مسابقات استانی ورزش" for n in "یک دو سه چهار پنج شش هفت هشت نه ده".split()]
    k = 0
    for persian in (False, True):
        for i in range(10):
            title = titles[i] + (" امروز" if persian else "")
            (src / f"v{k:02d}.txt").write_text(_video(i, persian, stories[k], title), encoding="utf-8")
            k += 1
    for i in range(10):
        (src / f"a{i:02d}.txt").write_text(_archive(i, stories[k], titles[i] + " در آرشیو"), encoding="utf-8")
        k += 1
    refine(src, tmp_path / "out", workers=1, progress="none")
    rows = read_rows(tmp_path / "out")
    assert len(rows) >= 25
    assert [r["section"] for r in rows if r["section"]] == []
