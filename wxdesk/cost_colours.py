"""One colour per part of a plan's cost, for the window's cost split and the handout's and
long image's stacked bars alike, so a part reads the same colour wherever a client meets it.

Plain hex strings, free of Qt, so that any layer may import them (each makes its own QColor).

The seven keep the window's families (blue, violet, rose, grey, teal, orange, ochre), darkened
or lightened so that every one
- has at least 3:1 contrast against white (the PDF, the long image, a light window) and
  against a dark window's #2d2d2d: their relative luminance lies between 0.18 and 0.30;
- stays apart from every other by a colour difference (CAM02-UCS ΔE) of at least 10 as a
  reader with a full protan, deutan or tritan deficiency sees it, and of 18 with full colour
  vision. The window's earlier blue and violet fell to 4 for protan readers, the handout's
  blue and grey to 3.
tests/test_cost_colours.py holds both promises.
"""

from __future__ import annotations

COST_PART_COLOURS: dict[str, str] = {
    "build": "#6C88FA",        # blue
    "maintenance": "#8D6EA5",  # violet
    "staff": "#FC5A78",        # rose
    "fees": "#8E919A",         # grey
    "servers": "#13A175",      # teal green
    "acquisition": "#B76140",  # burnt orange
    "reach": "#CE8508",        # ochre
}
