"""(s77) A paragraph hard-wrapped at a column none of whose lines ends a sentence (a poem's verses
run on in a line, a paragraph that ends with no stop, aodev's tax-filing page 157): its lines are
one paragraph, not one paragraph a line."""
from palayesh.extract.rejoin import wrapped_runs


def _wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return [*out, line]


VERSES = ("به گزارش خبرنگار ما، شاعر در این شعر چنین سروده است جهان برای شکوفا شدن مهیا بود و این قشنگ‌ترین "
          "اتفاق دنیا بود که دست فاطمه در دست‌های مولا بود به اعتقاد من اصلا غدیر اینجا بود پدر به فاطمه رو کرد "
          "اینچنین فرمود")


def test_a_wrapped_paragraph_that_ends_with_no_stop_is_one_paragraph():
    lines = _wrap(VERSES, 60)
    assert len(lines) >= 4 and not any(t[-1] in ".!؟:" for t in lines)
    assert wrapped_runs(lines, 60, open_end=True) == [(0, len(lines) - 1)]
    assert wrapped_runs(lines, 60) == [(k, k) for k in range(len(lines))]  # (as a width's evidence: no join)
    # (a full line that ends a sentence over a short line: the short line stands alone, a subheading)
    story = _wrap("او گفت: " + VERSES + " و این سخن را همه شنیدند و به خاطر سپردند.", 60)
    assert wrapped_runs([*story, "سخن پایانی"], 60, open_end=True)[0] == (0, len(story) - 1)


def test_a_list_of_headlines_near_one_length_stays_a_line_each():
    towns = ["تهران", "مشهد", "تبریز", "شیراز", "اصفهان", "کرمان"]
    heads = [f"مسابقات کشتی نوجوانان استان {c} در هفته آینده برگزار خواهد شد" for c in towns]
    width = max(len(t) for t in heads)
    assert wrapped_runs(heads, width, open_end=True) == [(k, k) for k in range(len(heads))]

