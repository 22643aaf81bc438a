"""One question on the after-visit page: its text, where it has been (carried over, or
flagged as asked about for a long time), a status choice and its answer."""

from contextlib import suppress

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import ANSWER_MAX_CHARS, NotFoundError, Question, QuestionChanges, Status
from mbc_desktop.services import QuestionService
from mbc_desktop.ui.common.theme import TextRole, set_text_role
from mbc_desktop.ui.common.widgets import ChoiceBox, FieldMessage, MutedLabel, TextArea, plain_label
from mbc_desktop.ui.visit.parts import TypedText
from mbc_desktop.ui.visit.texts import long_date
from mbc_desktop.words.i18n import label, number

# The order the person thinks in after a visit: did I ask it, did I get an answer.
STATUS_CHOICES = (Status.ASKED, Status.ANSWERED, Status.OPEN, Status.DROPPED)


class QuestionRow(QFrame):
    status_chosen = Signal(int, object)  # question id, Status

    def __init__(
        self,
        place: int,
        question: Question,
        questions: QuestionService,
        visit_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"visitQuestion{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = question
        self._questions = questions
        self._visit_id = visit_id
        self._loading = False
        place_text = number(place)

        self.text_label = plain_label(
            self.tr("%1. %2").replace("%1", place_text).replace("%2", question.text)
        )
        self.text_label.setObjectName("afterQuestionText")
        set_text_role(self.text_label, TextRole.HEADING)
        self.history_label = MutedLabel()
        self.history_label.setObjectName("afterQuestionHistory")

        self.status_combo = ChoiceBox()
        self.status_combo.setObjectName("afterStatus")
        for status in STATUS_CHOICES:
            self.status_combo.addItem(label(status), status)
        self.status_combo.setAccessibleName(
            self.tr("Status of question %1").replace("%1", place_text)
        )
        status_label = QLabel(self.tr("Status"))
        status_label.setBuddy(self.status_combo)

        self.answer_edit = TextArea(lines=2)
        self.answer_edit.setObjectName("afterAnswer")
        self.answer_edit.setAccessibleName(
            self.tr("Answer to question %1").replace("%1", place_text)
        )
        self.answer_edit.setPlaceholderText(self.tr("What was said"))
        self.answer_message = FieldMessage(self.answer_edit)
        self.answer_message.set_limit(ANSWER_MAX_CHARS)
        answer_label = QLabel(self.tr("Answer"))
        answer_label.setBuddy(self.answer_edit)
        self.answer = TypedText(
            self.answer_edit,
            self.answer_message,
            "answer",
            QuestionChanges,
            lambda: self.question.answer,
            self._store_answer,
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The choice as wide as its words, not the page: it reads as a choice, not a field.
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        form.addRow(status_label, status_row)
        form.addRow(answer_label, self.answer_edit)
        form.addRow("", self.answer_message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.history_label)
        layout.addLayout(form)

        self.status_combo.activated.connect(self._status_activated)
        self.answer.load(question.answer)
        self.show_question(question)

    def show_question(self, question: Question) -> None:
        """Show ``question`` as it now is, without overwriting an answer being typed."""
        typing = self.answer.typing()
        self.question = question
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(self.status_combo.findData(question.status))
        finally:
            self._loading = False
        if not typing and self.answer_edit.toPlainText() != question.answer:
            self.answer.load(question.answer)
        self.history_label.setText(self.history(question))
        self.history_label.setVisible(bool(self.history_label.text()))

    def history(self, question: Question) -> str:
        """Where the question has been: flagged in words once it keeps slipping ("⚑ Asked
        about since …"), else "Carried over from the visit on …" if it was moved on."""
        if question.is_flagged and question.asked_about_since is not None:
            return (
                self.tr("⚑ Asked about since %1 (carried over %2 times)")
                .replace("%1", long_date(question.asked_about_since.astimezone()))
                .replace("%2", number(question.carry_count))
            )
        if question.carried_from is not None:
            return self.tr("Carried over from the visit on %1").replace(
                "%1", long_date(question.carried_from.astimezone())
            )
        return ""

    def _status_activated(self, _index: int) -> None:
        if self._loading:
            return
        self.answer.save()
        status = self.status_combo.currentData()
        if status != self.question.status:
            self.status_chosen.emit(self.question.id, status)

    def _store_answer(self, answer: str) -> None:
        changes = (
            # Taken up at this visit: it belongs to this visit's record from now on.
            QuestionChanges(answer=answer, appointment_id=self._visit_id)
            if self.question.appointment_id is None
            else QuestionChanges(answer=answer)
        )
        with suppress(NotFoundError):  # deleted meanwhile: nothing to save to
            self.question = self._questions.update(self.question.id, changes)
