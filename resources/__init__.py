# Lets an installed wheel carry this folder as the package `wxdesk.resources`
# (see pyproject.toml); wxdesk.paths finds it there or in a source checkout.
