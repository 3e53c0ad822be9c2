"""How long the answer must rest before the layout adapts to its new texts.

The desk's split between panels and chart, and the folding of the cards beside the chart,
follow the texts they hold. During a slider drag those texts change at every step; laying the
desk out again each time would move the split and resize the chart with every step, and cost
more than the rest of the repaint. So both wait until the changes pause: longer than the steps
of a drag, short enough to feel immediate after it. Resizing the window still lays out at once.
"""

SETTLE_MS = 120
