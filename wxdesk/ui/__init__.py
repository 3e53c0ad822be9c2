"""The Qt desktop views. Thin: they show the engine's evaluation and hold no business rules."""


def __getattr__(name: str) -> type:
    # `wxdesk.ui.MainWindow` without importing Qt until it is asked for.
    if name == "MainWindow":
        from wxdesk.ui.main_window import MainWindow
        return MainWindow
    raise AttributeError(name)
