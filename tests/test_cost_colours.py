"""One colour per cost part: the window's cost split, the handout's and the long image's bars
and legends paint each part in the same colour, and the colours stay readable and apart."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from wxdesk.cost_colours import COST_PART_COLOURS
from wxdesk.engine.costs import COMPONENTS
from wxdesk.report.charts import StackedBar, legend_parts, paint_stacked_bars
from wxdesk.report.layout import measuring

WIDTH = 600
DARK_WINDOW = "#2d2d2d"


def relative_luminance(colour: str) -> float:
    channels = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    return float(linear @ [0.2126, 0.7152, 0.0722])


def contrast(a: str, b: str) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_every_cost_part_has_one_colour():
    assert list(COST_PART_COLOURS) == list(COMPONENTS)
    assert len(set(COST_PART_COLOURS.values())) == len(COMPONENTS)


@pytest.mark.parametrize("background", ["#ffffff", DARK_WINDOW])
def test_each_colour_stands_out_from_white_and_from_a_dark_window(background):
    weak = {part: round(contrast(colour, background), 2) for part, colour in COST_PART_COLOURS.items()
            if contrast(colour, background) < 3.0}
    assert not weak


@pytest.mark.parametrize("vision,least", [(None, 18.0), ("protanomaly", 10.0), ("deuteranomaly", 10.0),
                                          ("tritanomaly", 10.0)])
def test_the_colours_stay_apart_for_colour_blind_readers(vision, least):
    """Every two parts differ by at least `least` (CAM02-UCS ΔE) as a reader with a full deficiency sees them."""
    def seen(colour: str) -> np.ndarray:
        rgb = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
        if vision is None:
            return rgb
        return np.clip(cspace_convert(rgb, {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}, "sRGB1"),
                       0, 1)
    close = {(a, b): round(float(deltaE(seen(COST_PART_COLOURS[a]), seen(COST_PART_COLOURS[b]),
                                        input_space="sRGB1")), 1)
             for a, b in itertools.combinations(COST_PART_COLOURS, 2)}
    assert min(close.values()) >= least, sorted(close.items(), key=lambda item: item[1])[:3]


# -- what is painted


def window_colours(qtbot) -> dict[str, QColor]:
    """Each part's colour as the window's cost split bar paints it (six equal parts)."""
    from wxdesk.ui.cost_split import CostSplitBar
    bar = CostSplitBar()
    qtbot.addWidget(bar)
    bar.resize(WIDTH, 20)
    bar.show_split(dict.fromkeys(COMPONENTS, 1.0), 6.0)
    image = bar.grab().toImage()
    middle = image.height() // 2
    return {part: image.pixelColor(int(left + width / 2), middle) for part, left, width in bar.segments()}


def fonts() -> tuple[QFont, QFont, QFont]:
    font = QFont("DejaVu Sans", 9)
    bold = QFont(font)
    bold.setBold(True)
    return font, bold, QFont("DejaVu Sans", 7)


def part(component: str, amount: float) -> tuple[str, str, float]:
    return component, f"{component} part", amount


def paint_bars(bars: list[StackedBar]):
    """The report's stacked bars and legend on a white image; returns it and where each text was drawn."""
    image = QImage(WIDTH, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    with measuring() as pages:
        paint_stacked_bars(painter, QRectF(10, 10, WIDTH - 20, 0), bars, lambda v: f"¥{v:,.0f}", *fonts(),
                           "caption", 14, translate=QCoreApplication.translate)
    painter.end()
    return image, pages[0].texts


def swatch_colour(image: QImage, texts, label: str) -> QColor:
    """The colour of the legend swatch just left of the legend entry that starts with `label`."""
    entry = next(t for t in texts if t.text == label or t.text.startswith(label + " "))
    line = entry.given.height() / 1.3
    return image.pixelColor(int(entry.given.left() - line * 0.55), int(entry.given.top() + line * 0.55))


def near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 2


def test_the_window_and_the_report_paint_each_part_in_the_same_colour(qtbot):
    window = window_colours(qtbot)
    assert set(window) == set(COMPONENTS)
    for component in COMPONENTS:
        # One part at a time, so that its swatch is the only swatch in the legend.
        image, texts = paint_bars([StackedBar("plan", [part(component, 100.0)], 100.0, True)])
        report = swatch_colour(image, texts, f"{component} part")
        assert near(report, window[component]), (component, report.name(), window[component].name())
        assert report.name() == COST_PART_COLOURS[component].lower()


def test_the_legend_names_every_colour_any_bar_uses_with_the_plans_amounts():
    # The plan holds build and maintenance; the next two plans bring servers, acquisition and fees.
    bars = [StackedBar("plan", [part("build", 300.0), part("maintenance", 200.0), part("servers", 0.0)], 500.0,
                       True),
            StackedBar("next", [part("build", 100.0), part("servers", 50.0), part("acquisition", 400.0)], 550.0),
            StackedBar("third", [part("fees", 20.0), part("maintenance", 80.0)], 100.0)]
    assert [(c, a) for c, _label, a in legend_parts(bars)] == [
        ("build", 300.0), ("maintenance", 200.0), ("fees", 0.0), ("servers", 0.0), ("acquisition", 0.0)]
    image, texts = paint_bars(bars)
    for component in ("build", "maintenance", "fees", "servers", "acquisition"):
        swatch = swatch_colour(image, texts, f"{component} part")
        assert swatch.name() == COST_PART_COLOURS[component].lower(), component
    assert any(t.text == "build part ¥300" for t in texts)
    # A part only the other plans hold reads as none in the plan ("¥0" under another bar's colour read as a slip):
    # every entry has the plan's amount or says it has none, and the amounts add up.
    assert any(t.text == "acquisition part (none in the plan)" for t in texts)
    assert not any(t.text == "acquisition part ¥0" for t in texts)
    assert all(" ¥" in t.text or t.text.endswith(" (none in the plan)")
               for t in texts if t.text.endswith(" part") or " part " in t.text)
    assert not any(t.text.startswith("reach part") for t in texts)  # no bar uses it


def test_the_handouts_and_the_long_images_keys_name_every_part_their_bars_show(pack, tmp_path):
    """Every preset's keys name each part any of its three bars shows (news_publisher's next best plans have
    build, servers and fees costs its plan lacks: the case that was left out)."""
    from wxdesk.engine import evaluate, load_preset, preset_ids
    from wxdesk.report.answer import build_answer
    from wxdesk.report.command import reader_words
    from wxdesk.report.handout import write_report
    from wxdesk.share import layout_image, render_image

    words = reader_words("en", "CNY", pack)
    beyond_the_plan = []
    for preset in preset_ids():
        evaluation = evaluate(load_preset(preset), pack)
        answer = build_answer(evaluation, pack, words, flips={})
        plan = {c: a for c, _label, a in answer.plan.parts}
        shown = {c for bar in (answer.plan, *answer.alternatives) for c, _label, amount in bar.parts if amount > 0}
        beyond_the_plan += [(preset, c) for c in shown if plan[c] <= 0]
        with measuring() as pdf_pages:
            write_report(evaluation, pack, tmp_path / "handout.pdf", words, flips={})
        with measuring() as image_pages:
            render_image(layout_image(evaluation, pack, words, answer=answer))
        # The fees named with the stores only where the plan, whose amounts the key gives, holds a native app.
        stores = "native_app" in answer.plan.presences
        for pages in (pdf_pages, image_pages):
            drawn = [t.text for page in pages for t in page.texts]
            for component in shown:
                # The plan's amount; none in the plan for a part only the other plans hold.
                entry = (f"{words.component(component, stores)} {words.money(plan[component])}" if plan[component] > 0
                         else f"{words.component(component, stores)} (none in the plan)")
                assert entry in drawn, (preset, component)
            # The key's entries: every part with an amount after it.
            names = {words.component(c, stores): c for c in COMPONENTS}
            named = [names[t.rsplit(" ¥", 1)[0]] for t in drawn if " ¥" in t and t.rsplit(" ¥", 1)[0] in names]
            assert set(named) <= shown, preset  # a part no bar shows is not in the key
    assert beyond_the_plan  # some preset's other plans hold a part the plan lacks
