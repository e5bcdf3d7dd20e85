"""The application gives every window the BizHR icon (title bar, task switcher)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from bizhr_desktop.ui.common.resources import app_icon_path
from bizhr_desktop.ui.shell.app import configure_application


def test_every_window_gets_the_application_icon(qapp: QApplication) -> None:
    assert app_icon_path().is_file()
    configure_application(qapp, "en")
    window = QWidget()
    image = window.windowIcon().pixmap(32, 32).toImage()
    assert not image.isNull()
    painted = {
        QColor.fromRgba(image.pixel(x, y)).alpha() > 0
        for x in range(image.width())
        for y in range(image.height())
    }
    assert True in painted  # drawn, not a blank placeholder
    window.deleteLater()


def test_startup_objects_are_frozen_out_of_the_garbage_collectors_sight() -> None:
    import gc

    from bizhr_desktop.ui.shell.app import freeze_startup_objects

    try:
        freeze_startup_objects()
        assert gc.get_freeze_count() > 1000  # at least the modules and Qt wrappers loaded
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual
