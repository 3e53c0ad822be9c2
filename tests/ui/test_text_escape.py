"""The window's own HTML escaping writes what html.escape writes."""

import html

from hypothesis import given
from hypothesis import strategies as st

from wxdesk.ui.text import escaped


@given(st.text())
def test_escaped_is_html_escape(text):
    assert escaped(text) == html.escape(text)


def test_every_character_html_escape_changes():
    text = "a & b < c > d \" e ' f &amp;"
    assert escaped(text) == html.escape(text) == "a &amp; b &lt; c &gt; d &quot; e &#x27; f &amp;amp;"
