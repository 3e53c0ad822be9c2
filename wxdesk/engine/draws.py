"""The columns of every sampled figure and cost: first the value at every figure's average, then the draws.

A plan's likely cost is its cost with every figure of the data pack at its average (Figure.average: the mean
of its triangular range). A cost is a sum of products of figures, so that is the cost a client works out from
the averages the appendix lists, and every part of it is the same in every plan that holds it. Where figures
are independent and multiplied, it is also the mean of the sampled costs; where one divides by another (an
app install's price over its conversion rates) it is the cost at the averages, which is what can be checked.
The low and high ends of a cost's band are percentiles of the draws alone.

Column AVERAGE_COLUMN of each figure's samples holds its average, and every cost is built column by column
from the figures' samples with the same operations, so column AVERAGE_COLUMN of any cost is that cost at the
averages, exactly: no second pass over the model is needed.
"""

from __future__ import annotations

import numpy as np

AVERAGE_COLUMN = 0
FIRST_DRAW = 1
# The average column alone, as a slice that keeps the columns' axis: what a likely cost is read from, where the rows of
# every draw need not be made (the likely costs of a ranking, the break-even search).
AVERAGE_ONLY = slice(AVERAGE_COLUMN, FIRST_DRAW)


def columns(draws: int) -> int:
    """How many columns a figure's samples have for `draws` draws (the pack's `samples`)."""
    return draws + FIRST_DRAW


def at_average(rows: np.ndarray) -> np.ndarray:
    """Each row's value at the averages, of a (rows, columns) array."""
    found: np.ndarray = rows[:, AVERAGE_COLUMN]
    return found


def drawn(rows: np.ndarray) -> np.ndarray:
    """The draws alone of (..., columns) samples: a view."""
    found: np.ndarray = rows[..., FIRST_DRAW:]
    return found
