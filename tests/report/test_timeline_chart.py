"""The launch timeline chart: measured before it is painted, one row per presence, the date line only with a date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from wxdesk.engine import Scenario, evaluate, load_preset
from wxdesk.engine.timeline import plan_timeline
from wxdesk.report.layout import recording
from wxdesk.report.timeline_chart import LIVE_BY_COLOUR, lanes, paint_timeline
from wxdesk.ui.app import get_qapp
from wxdesk.words import Words
from wxdesk.words.steps import step_names

TODAY = dt.date(2026, 11, 30)
WIDTH, BAR = 480, 10


@pytest.fixture(scope="module", autouse=True)
def app():
    return get_qapp()


def fonts():
    font = QFont("DejaVu Sans", 9)
    bold = QFont(font)
    bold.setBold(True)
    return font, bold, QFont("DejaVu Sans", 7)


def paint(timeline, words, live_by=None):
    """The chart on a white image; returns (measured height, image, texts drawn)."""
    image = QImage(WIDTH, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    measured = paint_timeline(None, QRectF(0, 0, WIDTH, 0), timeline, words, *fonts(), "caption", BAR, live_by,
                              TODAY, device=image)
    p = QPainter(image)
    with recording() as drawn:
        painted = paint_timeline(p, QRectF(0, 0, WIDTH, 0), timeline, words, *fonts(), "caption", BAR, live_by,
                                 TODAY)
    p.end()
    assert painted == pytest.approx(measured)
    return measured, image, list(drawn)


def has_colour(image: QImage, colour: QColor) -> bool:
    """Whether some pixel is `colour` (give or take antialiasing)."""
    def near(c: QColor) -> bool:
        return max(abs(c.red() - colour.red()), abs(c.green() - colour.green()), abs(c.blue() - colour.blue())) < 12
    return any(near(image.pixelColor(x, y)) for y in range(image.height()) for x in range(image.width()))


def test_the_height_is_measured_and_each_presence_has_its_row(pack):
    words = Words.make("en", "CNY", pack)
    one = plan_timeline(("service",), Scenario(), pack)
    three = plan_timeline(("service", "mini_program", "native_app"), Scenario(), pack)
    height_one, _image, drawn_one = paint(one, words)
    height_three, _image, drawn_three = paint(three, words)
    assert 0 < height_one < height_three < 600
    headings = [t for t in drawn_three if ": about" in t]
    assert [t.split(":")[0] for t in headings] == ["Service Account", "Mini Program", "Native app"]
    assert len([t for t in drawn_one if ": about" in t]) == 1
    # Every step the chart shows is named in the legend, in the reader's words.
    names = step_names(words.translate)
    for part in three.presences:
        for step in part.steps:
            assert names[step.id] in drawn_three
    # The axis names its unit once, on its last tick.
    assert len([t for t in drawn_three if t[0].isdigit() and t.endswith(" weeks")]) == 1


def test_the_must_be_live_by_line_is_drawn_only_with_a_date(pack):
    words = Words.make("en", "CNY", pack)
    timeline = evaluate(load_preset("car_brand"), pack, TODAY).plan.timeline
    _h, without, drawn_without = paint(timeline, words)
    _h, with_date, drawn_with = paint(timeline, words, dt.date(2027, 3, 15))
    assert not has_colour(without, LIVE_BY_COLOUR)
    assert has_colour(with_date, LIVE_BY_COLOUR)
    assert not any("Must be live by" in t for t in drawn_without)
    assert "Must be live by 15 March 2027" in drawn_with


def test_the_date_line_breaks_over_the_row_headings_it_crosses(pack):
    """The dashed line ran through "Service Acc|ount: about a week" (a date a week or two away)."""
    from wxdesk.report.layout import measuring
    words = Words.make("en", "CNY", pack)
    timeline = evaluate(load_preset("car_brand"), pack, TODAY).plan.timeline
    image = QImage(WIDTH, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    with measuring() as pages:
        paint_timeline(p, QRectF(0, 0, WIDTH, 0), timeline, words, *fonts(), "caption", BAR,
                       TODAY + dt.timedelta(days=10), TODAY)
    p.end()
    headings = [t.inked for t in pages[-1].texts if ": about" in t.text]
    assert len(headings) == len(timeline.presences)

    def red(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return max(abs(c.red() - LIVE_BY_COLOUR.red()), abs(c.green() - LIVE_BY_COLOUR.green()),
                   abs(c.blue() - LIVE_BY_COLOUR.blue())) < 40
    columns = {x for x in range(WIDTH) for y in range(int(headings[0].bottom()), int(headings[-1].top()))
               if red(x, y)}
    assert columns, "the line is drawn between the rows"
    crossed = [rect for rect in headings if rect.left() <= min(columns) <= rect.right()]
    assert crossed, "the date falls within a heading's width"
    for rect in crossed:
        assert not any(red(x, y) for x in columns for y in range(int(rect.top()) + 1, int(rect.bottom()) - 1)), rect


def test_building_reads_in_the_cost_charts_build_colour(pack):
    """The timeline's Build step and the cost chart's Build part are one thing, on facing pages: one colour."""
    from wxdesk.cost_colours import COST_PART_COLOURS
    words = Words.make("en", "CNY", pack)
    # (60,000 users: beyond the largest audience a rented template serves, the Mini Program is built.)
    _h, image, drawn = paint(plan_timeline(("mini_program",), Scenario(audience=60_000), pack), words)
    assert "Build" in drawn
    assert has_colour(image, QColor(COST_PART_COLOURS["build"]))


def test_steps_run_side_by_side_take_lanes_of_their_own(pack):
    # The Mini Program's ICP filing runs while it is built: two lanes, and no lane holds overlapping steps.
    part = plan_timeline(("mini_program",), Scenario(), pack).presence("mini_program")
    out = lanes(part.steps)
    assert len(out) == 2
    assert sorted(s.id for lane in out for s in lane) == sorted(s.id for s in part.steps)
    for lane in out:
        for before, after in zip(lane, lane[1:]):
            assert before.end.likely <= after.start.likely + 1e-9


def test_the_chart_speaks_chinese(pack):
    from wxdesk import catalogues
    translate = catalogues.translate_function("zh_CN")
    if translate is None:
        pytest.skip("the Chinese catalogue is not built")
    words = Words.make("zh_CN", "CNY", pack, translate)
    timeline = plan_timeline(("mini_program", "native_app"), Scenario(), pack)
    _h, _image, drawn = paint(timeline, words, dt.date(2027, 3, 15))
    for english in ("ICP filing", "Build", "Software copyright certificate", "App store review", "weeks",
                    "Must be live by"):
        assert not any(english in t for t in drawn), english
    assert any(t.endswith(" 周") for t in drawn)
    assert "软件著作权" in " ".join(drawn)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_legend_gives_each_colour_one_entry_naming_every_kind_it_stands_for(language):
    """yoga_teacher's key read "Registration" and "Registration and verification" beside two swatches of one colour;
    then "Registration and verification" alone, beside her Official Account, which an individual cannot verify."""
    from wxdesk.batch.language import words
    from wxdesk.engine import load_datapack, preset_ids
    from wxdesk.report.timeline_chart import STEP_COLOURS, _by_colour
    w = words(language)
    for preset in preset_ids():
        timeline = evaluate(load_preset(preset), load_datapack()).plan.timeline
        kinds = list(dict.fromkeys(s.id for part in timeline.presences for s in part.steps))
        entries = _by_colour(kinds, w)
        assert len({colour.name() for colour, _ in entries}) == len(entries), preset
        both = {"registration", "verification"} <= set(kinds)
        for kind in kinds:
            (text,) = [t for c, t in entries if c.name() == STEP_COLOURS[kind].name()]
            if both and kind in ("registration", "verification"):
                assert text == w.translate("Report", "Registration, and verification where it applies"), preset
            else:
                assert w.step(kind) in text, (preset, kind)
    both = _by_colour(["verification", "registration"], w)
    assert [t for _, t in both] == [w.translate("Report", "Registration, and verification where it applies")]
    assert [t for _, t in _by_colour(["verification"], w)] == [w.step("verification")]
    assert [t for _, t in _by_colour(["registration", "build"], w)][0] == w.step("registration")
