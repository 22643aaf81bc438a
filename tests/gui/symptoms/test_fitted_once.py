"""The Symptoms area fits its layout once after several layout requests in a row (each
request queued a fit of its own: three per check-in saved)."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from tests.gui.symptoms.conftest import OpenSymptoms


def test_several_layout_requests_fit_the_area_once(
    qtbot: QtBot, open_symptoms: OpenSymptoms, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = open_symptoms()
    qtbot.wait(20)
    fitted: list[int] = []
    original = area.pane.fit_layout

    def counted() -> None:
        fitted.append(1)
        original()

    monkeypatch.setattr(area.pane, "fit_layout", counted)
    for _ in range(3):
        QCoreApplication.sendEvent(area.pane, QEvent(QEvent.Type.LayoutRequest))
    qtbot.wait(20)
    assert len(fitted) == 1
    QCoreApplication.sendEvent(area.pane, QEvent(QEvent.Type.LayoutRequest))
    qtbot.wait(20)
    assert len(fitted) == 2  # a later request fits again
