"""The Questions area's tests open the window on that area (Home is the first area)."""

from collections.abc import Callable

import pytest

from mbc_desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow


@pytest.fixture
def open_window(open_window: OpenWindow) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = open_window()
        assert window.questions_pane is not None
        window.show_area(window.questions_pane)
        window.questions_pane.focus_start()
        return window

    return make
