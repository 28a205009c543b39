"""(s78) The open-ended join (:func:`palayesh.extract.rejoin.wrapped_runs` with ``open_end``: a wrapped
paragraph that ends with no stop) joins no two lines of a list of headlines, one a line, that stand between
lines of their own ending no sentence (a ticker under its label over the story): aidev's page 161 lost its
headline to the ticker's first line when two of its headlines, one near the site's column and the next
holding a «، », were read as one paragraph.

Written fresh for s78 (no set's lines)."""
from palayesh.extract.rejoin import wrapped_runs

TICKER = ["خبر فوری",
          "نشست شورای شهر؛ از بودجه عمرانی تا طرح‌های ترافیکی",
          "توقیف ۲۰ تن آرد قاچاق و ۸۰ هزار لیتر سوخت در بندرعباس و جاسک",
          "سه استان به دلیل خشکسالی، سهمیه آب کشاورزی را کم کردند",
          "قهرمانی تیم والیبال نوجوانان در آسیا",
          "پیشنهاد سردبیر"]


def test_a_tickers_headlines_join_no_paragraph():
    width = len(TICKER[2]) + 1
    # (fails on 0bbf0203: the ticker's second and third headlines were one paragraph)
    assert wrapped_runs(TICKER, width, open_end=True) == [(k, k) for k in range(len(TICKER))]


def test_a_paragraph_with_no_stop_under_a_sentence_still_joins():
    # (a guard: the open-ended paragraph under a line that ends a sentence, over a blank line)
    lines = ["شاعر در پایان مراسم این ابیات را خواند.",
             "جهان برای شکوفا شدن مهیا بود و این قشنگ‌ترین اتفاق دنیا بود، که دست", "فاطمه در دست مولا بود", ""]
    assert wrapped_runs(lines, len(lines[1]) + 1, open_end=True)[1] == (1, 2)
