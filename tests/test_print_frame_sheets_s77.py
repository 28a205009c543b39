"""(s77) A browser's print of a page (its sheets counted «1/3», each opening with the day it was
printed and the page's title, its address over each counter) saved as the page's text: the frame is
no line of the story, which goes on past it (aodev's tax-filing page 157)."""
from conftest import story_bodies
from palayesh.extract.rejoin import print_frame


def test_a_browsers_print_frame_is_found_by_its_sheet_counters():
    head = ["۱۴۰۲/۳/۲۲، ۱۰:۱۵", "تمدید مهلت ارسال اظهارنامه | دارایی آنلاین"]
    story = story_bodies(1, 5)[0]
    foot = "https://x.ir/news/1234"
    page = [*head, *story[:2], foot, "1/3", *head, *story[2:4], foot, "2/3", *head, story[4],
            "تمامی حقوق محفوظ است.", "3/3"]
    assert sorted(print_frame(page)) == [4, 5, 6, 7, 10, 11, 12, 13, 16]
