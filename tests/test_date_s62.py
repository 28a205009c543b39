"""Dates a messenger's post shows (issue 12, point 4): a post's date under its views line at its foot.
Written fresh for s62 (small synthetic pages, no set's)."""
from __future__ import annotations

import pytest

from palayesh import extract

STORY = [
    "شاخص کل بورس تهران امروز با رشد ۱۲ هزار واحدی به محدوده یک میلیون و ۵۰۰ هزار واحد رسید و ارزش "
    "معاملات خرد به ۹ هزار میلیارد تومان رسید.",
    "به گفته کارشناسان بازار سرمایه، ورود نقدینگی تازه به بازار و کاهش نرخ بهره بین بانکی از دلایل اصلی "
    "این رشد بوده است و انتظار می‌رود روند ادامه یابد.",
]


@pytest.mark.parametrize("foot", [["👁 91.5K", "۱۳۹۹/۰۲/۲۵ - ۰۸:۰۴"], ["👁 ۱۲.۳ هزار", "۸:۰۴ ۱۳۹۹/۲/۲۵"]])
def test_a_posts_date_under_its_views_at_its_foot(foot):
    # a channel's post: its name, its headline, the story, the channel's handle, its views, its date
    page = ["📊 کانال بورس نیوز", "🔴 رشد ۱۲ هزار واحدی شاخص کل بورس", *STORY, "🆔 @bourse_news", *foot]
    assert extract("\n".join(page)).published == "2020-05-14T08:04+04:30"
