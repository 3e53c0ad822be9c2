"""An audience of one reads "1 monthly user": a file may hold one, and the app's card read "With 1 monthly users"."""

from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import Count, Reason
from wxdesk.report.command import reader_words


def test_one_user_in_the_singular_and_more_in_the_plural():
    w = reader_words("en", "CNY", None)
    assert w.reason(Reason(R.SCALE_SMALL, {"users": Count(1)})).startswith("With 1 monthly user few would install")
    assert w.reason(Reason(R.SCALE_SMALL, {"users": Count(2)})).startswith("With 2 monthly users few would install")
    assert "monthly user " not in reader_words("zh_CN", "CNY", None).reason(Reason(R.SCALE_SMALL, {"users": Count(1)}))
