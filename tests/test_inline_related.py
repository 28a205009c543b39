"""Another story's headline set bare between a story's paragraphs, under the story's own short heading.

Every page is written here: real stories (``story_bodies``) on one host, a subheading of two or
three words the story does not name (a generic one: «پیشینه ماجرا»), and right under it a related
headline with no label, in words no lexicon knows and no page of the run holds (an unseen site's
link to a story the crawl did not fetch).
"""
from conftest import refine_pages, story_bodies
from palayesh.textkeys import line_key

SITE, TAGLINE = "پایگاه خبری نگاه کرانه", "روایت روز از شهرهای ساحلی"
FOOTER = "همه حقوق این پایگاه برای نگاه کرانه محفوظ است"
HEADS = ["پیشینه ماجرا", "نکات کلیدی", "واکنش‌ها", "در ادامه"]
#: related headlines: a headline's shape (six words or more, no sentence's end), about nothing the stories say
LINKS = ["قایق‌رانان بندر گناوه جام ساحلی زمستانه را بردند",
         "نمایشگاه فرش دستباف کاشان با استقبال گردشگران چینی همراه شد",
         "شنای زمستانی در دریاچه ارومیه رکورد تازه‌ای ثبت کرد",
         "کارگاه سفالگری لالجین میزبان هنرمندان ژاپنی و کره‌ای شد",
         "جشنواره انار ساوه با غرفه‌های باغداران روستایی گشایش یافت",
         "کشتی‌گیران نوجوان کردستان راهی اردوی تیم ملی شدند"]


def _pages(stories: list[list[str]]) -> list[str]:
    pages = []
    for i, story in enumerate(stories):
        body = [story[0], story[1], HEADS[i % 4], LINKS[i % 6], story[2], story[3]]
        pages.append("\n\n".join([SITE, TAGLINE, f"گزارش شماره {i + 1} از رویدادهای روز", *body, FOOTER]))
    return pages


def _run(tmp_path, pages: list[str]) -> dict:
    return refine_pages(tmp_path, pages, rejected=True)


def test_a_bare_related_headline_under_the_storys_short_heading_goes_the_heading_stays(tmp_path):
    stories = story_bodies(6)
    rows = _run(tmp_path, _pages(stories))
    for i, story in enumerate(stories):
        text = line_key(rows[f"p{i:02d}"]["text"])
        assert line_key(LINKS[i % 6]) not in text, (i, rows[f"p{i:02d}"]["text"])
        assert line_key(HEADS[i % 4]) in text and line_key(story[2]) in text, (i, rows[f"p{i:02d}"]["text"])


#: a «read more» box's label in words no lexicon has, the same on every page of the site
LABEL = "گزیده همسایه"


_TEAMS = ["قایق‌رانان بندر گناوه", "سفالگران لالجین", "باغداران ساوه", "کشتی‌گیران نوجوان کردستان",
          "شناگران ارومیه", "فرش‌بافان کاشان", "زنبورداران سبلان", "چوگان‌بازان دماوند", "نقالان قهوه‌خانه‌ها"]
#: (no two of them rhyme: two headlines that do, alike in length, read as a poem's couplet)
_DEEDS = ["با رکورد تازه به فینال جام ساحلی", "میزبان هنرمندان ژاپنی و کره‌ای در نمایشگاه پاییزه",
          "پس از ده سال سفر به زادگاه خود بازمی‌گردند"]


def _box_links(i: int) -> list[str]:
    """Two headlines for page ``i``, on no other page: stories the run does not hold."""
    return [f"{_TEAMS[i % 9]} {_DEEDS[k]}" for k in ((i // 3) % 3, (i // 3 + 1) % 3)]


def _boxed_pages(stories: list[list[str]]) -> list[str]:
    # the label between two paragraphs, over two headlines of stories the run does not hold, then
    # the story goes on; on every third page the story's own short subheading follows the box
    pages = []
    for i, story in enumerate(stories):
        box = [LABEL, *_box_links(i)]
        own = [HEADS[i % 4]] if i % 3 == 0 else []
        body = [story[0], story[1], *box, *own, story[2], story[3]]
        pages.append("\n\n".join([SITE, TAGLINE, f"گزارش شماره {i + 1} از رویدادهای روز", *body, FOOTER]))
    return pages


def test_the_headlines_under_a_box_label_the_site_repeats_between_paragraphs_go(tmp_path):
    stories = story_bodies(9)
    rows = _run(tmp_path, _boxed_pages(stories))
    for i, story in enumerate(stories):
        got = rows[f"p{i:02d}"]["text"]
        text = line_key(got)
        assert LABEL not in got, (i, got)
        assert not any(line_key(x) in text for x in _box_links(i)), (i, got)
        assert all(line_key(p) in text for p in story), (i, got)
        if i % 3 == 0:
            assert line_key(HEADS[i % 4]) in text, (i, got)


#: the site's price box, worded five ways over the same columns (each on two pages: too few for
#: the template to know it); its name's first word is the box's
_BOX_HEADS = ["نرخ کاشی در بازار", "کاشی در بازار امروز", "بازار کاشی و سرامیک", "کاشی امروز در بازار",
              "نرخ روز کاشی"]
_FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _table_pages(stories: list[list[str]]) -> list[str]:
    # the story's dateline names the site («به گزارش کاشی نیوز»), the box between its paragraphs
    pages = []
    for i, story in enumerate(stories):
        rows = [f"{name} | {(17 + 3 * i + k) * 1000:,}".translate(_FA)
                for k, name in enumerate(["کاشی دیواری", "سرامیک کف", "کاشی استخری"])]
        box = [_BOX_HEADS[i % 5], "نوع کاشی | هر متر مربع (تومان)", *rows]
        body = [f"به گزارش کاشی نیوز، {story[0]}", story[1], *box, story[2], story[3]]
        pages.append("\n\n".join(["کاشی نیوز", "اخبار کاشی و سرامیک", f"گزارش شماره {i + 1} از رویدادهای روز",
                                  *body, "همه حقوق برای کاشی نیوز محفوظ است"]))
    return pages


def test_a_price_box_under_a_heading_the_run_shows_over_other_stories_goes(tmp_path):
    # (stories that do not speak of the market: one that does may hold a price table of its own)
    # (and a second site's pages in the run, which never name the first: its name is a rare word of the run)
    stories = [s for s in story_bodies(40) if not any(w in " ".join(s) for w in ("بازار", "قیمت", "نرخ"))]
    others = _pages(stories[9:27])
    stories = stories[:9]
    rows = _run(tmp_path, _table_pages(stories) + others)
    for i, story in enumerate(stories):
        got = rows[f"p{i:02d}"]["text"]
        assert "|" not in got and "سرامیک کف" not in got, (i, got)
        assert all(line_key(p) in line_key(got) for p in story[1:]), (i, got)


def test_the_storys_own_subheading_under_the_sites_ad_label_stays(tmp_path):
    # the same site's label between paragraphs on every page, but on every third page the line under
    # it is the story's own subheading, in the story's words (its first paragraph's first five),
    # headline-shaped and leading into no paragraph it shares words with: an ad's label over it
    stories = story_bodies(9)
    pages = []
    for i, story in enumerate(stories):
        own = " ".join(story[0].split()[:6]).rstrip("،.:")
        under = [own] if i % 3 == 0 else _box_links(i)
        body = [story[0], story[1], LABEL, *under, story[2], story[3]]
        pages.append("\n\n".join([SITE, TAGLINE, f"گزارش شماره {i + 1} از رویدادهای روز", *body, FOOTER]))
    rows = _run(tmp_path, pages)
    for i, story in enumerate(stories):
        got = rows[f"p{i:02d}"]["text"]
        if i % 3 == 0:
            assert line_key(" ".join(story[0].split()[:6]).rstrip("،.:")) in {line_key(t) for t in got.split("\n")}, \
                (i, got)
        else:
            assert not any(line_key(x) in line_key(got) for x in _box_links(i)), (i, got)


def test_a_box_link_that_asks_or_exclaims_goes_too(tmp_path):
    """A headline under the site's box label may close with a question or an exclamation
    («… بازمی‌گردند؟»): another story's link still, not the story's own question (vdev carpet_trade
    under ``--scramble``)."""
    stories = story_bodies(9)
    pages = _boxed_pages(stories)
    asks = {i: [x + m for x, m in zip(_box_links(i), ("؟", "!"))] for i in range(9)}
    for i in range(9):
        for x, y in zip(_box_links(i), asks[i]):
            pages[i] = pages[i].replace(x, y)
    rows = _run(tmp_path, pages)
    for i, story in enumerate(stories):
        got = rows[f"p{i:02d}"]["text"]
        text = line_key(got)
        assert not any(line_key(x) in text for x in asks[i]), (i, got)
        assert all(line_key(p) in text for p in story), (i, got)


#: a box's label in words no lexicon has, a different one on each page (no page of the run repeats
#: it: nothing for the template to learn), over one to three lines about something else
_PAGE_LABELS = ["گلچین کرانه", "ویترین", "سرک بکشید", "از کنار ما", "همراه شوید", "پنجره", "گذرگاه",
                "دریچه ساحل", "چراغ راه"]


def test_a_box_under_a_label_no_page_repeats_goes_the_storys_question_under_it_stays(tmp_path):
    """A box set between a story's paragraphs under a label of its own page only («تبلیغات», «مطالب
    مرتبط» renamed on each page: zdev ski_resort, ydev houseplant_forum under ``--scramble``): the
    label and the one to three headlines under it that speak of something else go; the question the
    story asks its reader right under the box, in the story's words, and the rest of the story stay."""
    stories = story_bodies(9)
    pages = []
    for i, story in enumerate(stories):
        under = _box_links(i)[: 1 + i % 2] + ([LINKS[i % 6]] if i % 3 == 2 else [])
        ask = f"درباره «{' '.join(story[2].split()[:4]).rstrip('،.:')}» بیشتر توضیح می‌دهید؟"
        body = [story[0], story[1], _PAGE_LABELS[i], *under, *([ask] if i % 2 == 0 else []), story[2], story[3]]
        pages.append("\n\n".join([SITE, TAGLINE, f"گزارش شماره {i + 1} از رویدادهای روز", *body, FOOTER]))
    rows = _run(tmp_path, pages)
    for i, story in enumerate(stories):
        got = rows[f"p{i:02d}"]["text"]
        lines = {line_key(t) for t in got.split("\n")}
        under = _box_links(i)[: 1 + i % 2] + ([LINKS[i % 6]] if i % 3 == 2 else [])
        assert line_key(_PAGE_LABELS[i]) not in lines and not any(line_key(x) in lines for x in under), (i, got)
        assert all(line_key(p) in line_key(got) for p in story), (i, got)
        if i % 2 == 0:
            assert any("بیشتر توضیح" in t for t in got.split("\n")), (i, got)
