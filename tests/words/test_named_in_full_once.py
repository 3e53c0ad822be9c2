"""A presence's former name is given once a sentence, where it is first named; a plan's name stays whole."""

import pytest

from wxdesk.words.vocabulary import named_in_full_once

FULL = "Official Account (formerly Subscription Account)"


@pytest.mark.parametrize(("text", "chinese", "expected"), [
    (f"Costs more than {FULL} + Channels over 2 years though it lacks an {FULL}: it sends fewer.", False,
     f"Costs more than {FULL} + Channels over 2 years though it lacks an Official Account: it sends fewer."),
    (f"An {FULL} and another {FULL}, then {FULL}.", False,
     f"An {FULL} and another Official Account, then Official Account."),
    # Named in full in a plan's name, wherever it stands.
    ("虽然少了公众号（原订阅号），却比“公众号（原订阅号）+ 视频号”方案更贵。", True,
     "虽然少了公众号（原订阅号），却比“公众号（原订阅号）+ 视频号”方案更贵。"),
    (f"Drops the {FULL}; pair Channels + {FULL} with it.", False, f"Drops the {FULL}; pair Channels + {FULL} with it."),
    ("公众号（原订阅号）发布资讯，公众号（原订阅号）每天推送一次。", True,
     "公众号（原订阅号）发布资讯，公众号每天推送一次。"),
    ("No former name: Mini Program and Mini Program.", False, "No former name: Mini Program and Mini Program."),
])
def test_a_former_name_once(text, chinese, expected):
    assert named_in_full_once(text, chinese) == expected
