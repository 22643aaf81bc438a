"""The section pages of "My goals", each field with its label (an Alt letter unique in its
section, never F, E, Q, V or H: the menus have those) and a plain one-line explanation.

Every field is bound to its answer: ``GoalFields.fields`` maps the answer's key
("what_matters_most", "importance.living_longer"…) to a ``GoalField`` that reads what the
person has typed or chosen and shows a saved value. Only one section is on screen at a time,
and a hidden section's Alt letters do nothing, so letters are unique within a section.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.goals import (
    NAME_MAX_CHARS,
    NOTES_MAX_CHARS,
    SHORT_TEXT_MAX_CHARS,
    WHAT_MATTERS_MAX_CHARS,
    GoalName,
    HelpAtHome,
    Importance,
    SecondOpinion,
    SideEffectTopic,
    Travel,
    TreatmentForm,
    YesMaybeNo,
    YesNo,
    importance_key,
)
from mbc_desktop.ui.common.flow_layout import FlowLayout
from mbc_desktop.ui.common.sections import SectionPage
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ChoiceBox, FieldMessage, MutedLabel, TextArea
from mbc_desktop.words.i18n import label


class CheckList(QListWidget):
    """A list of choices to check (Space checks or unchecks the one picked), as tall as its
    rows: the area scrolls, not the list."""

    changed = Signal()

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        # One line a row, one height for all: the list knows its height before it is shown.
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Checked is the answer; a highlighted row would look like one. The row the keyboard
        # is on has the focus ring.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for choice in self._choices:
            item = QListWidgetItem(label(choice))
            item.setToolTip(label(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
        self._loading = False
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def values(self) -> tuple[Choice, ...]:
        found = []
        for row in range(self.count()):
            item = self.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(self._choices[row])
        return tuple(found)

    def set_values(self, values: Sequence[object]) -> None:
        wanted = {str(value) for value in values}
        self._loading = True
        try:
            for row, choice in enumerate(self._choices):
                item = self.item(row)
                state = Qt.CheckState.Checked if choice.value in wanted else Qt.CheckState.Unchecked
                if item is not None and item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._loading = False

    def sizeHint(self) -> QSize:
        frame = 2 * self.frameWidth()
        rows = self.count() * max(self.sizeHintForRow(0), 0) if self.count() else 0
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(label(choice)) for choice in self._choices), default=0
        )
        width = widest + frame + 6 * metrics.averageCharWidth()  # and the check box
        return QSize(width, rows + frame)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


@dataclass
class GoalField:
    """One answer's control: ``read`` gives what is typed or chosen now, ``show`` puts a saved
    value in, ``message`` is the line under it, ``edited`` is a signal of a change."""

    key: str
    widget: QWidget
    read: Callable[[], object]
    show: Callable[[object], None]
    message: FieldMessage | None = None
    typed: bool = False  # text: saved a moment after typing stops, or on leaving it
    limit: int = 0


@dataclass
class Section:
    title: str  # as the index says it (short); the page's heading says it in full
    page: SectionPage
    keys: list[str] = field(default_factory=list)


def _line(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class GoalFields(QObject):
    """Builds the section pages of My goals and binds each control to its answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, GoalField] = {}
        self.sections: list[Section] = []
        self._build()

    # --- binding helpers -----------------------------------------------------------------
    def _choice(self, name: str, accessible: str, choices: Sequence[Choice]) -> ChoiceBox:
        """A choice whose first item, "—", is "not answered" (as a screen reader says it)."""
        box = ChoiceBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.addItem("—", None)
        box.setItemData(0, self.tr("Not answered"), Qt.ItemDataRole.AccessibleTextRole)
        box.setItemData(0, self.tr("Not answered"), Qt.ItemDataRole.ToolTipRole)
        for choice in choices:
            box.addItem(label(choice), choice)
        box.setSizeAdjustPolicy(ChoiceBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def _text_field(
        self, section: Section, key: str, edit: QLineEdit | TextArea, limit: int
    ) -> FieldMessage:
        message = FieldMessage(edit)
        message.set_limit(limit)
        if isinstance(edit, QLineEdit):
            read: Callable[[], object] = edit.text

            def show(value: object) -> None:
                edit.setText("" if value is None else str(value))

        else:
            read = edit.toPlainText

            def show(value: object) -> None:
                edit.setPlainText("" if value is None else str(value))

        self.fields[key] = GoalField(key, edit, read, show, message, typed=True, limit=limit)
        section.keys.append(key)
        return message

    def _choice_field(self, section: Section, key: str, box: ChoiceBox) -> None:
        def show(value: object) -> None:
            index = box.findData(value) if value is not None else 0
            box.setCurrentIndex(max(index, 0))

        self.fields[key] = GoalField(key, box, box.currentData, show)
        section.keys.append(key)

    def _list_field(self, section: Section, key: str, checks: CheckList) -> FieldMessage:
        message = FieldMessage(checks, lines=2)

        def show(value: object) -> None:
            checks.set_values(value if isinstance(value, tuple | list) else ())

        self.fields[key] = GoalField(key, checks, checks.values, show, message)
        section.keys.append(key)
        return message

    def _section(self, title: str, intro: str, short: str = "") -> Section:
        page = SectionPage(title, intro)
        section = Section(short or title, page)
        self.sections.append(section)
        return section

    # --- the sections --------------------------------------------------------------------
    def _build(self) -> None:
        self._what_matters()
        self._goals()
        self._side_effects()
        self._treatment()
        self._trials()
        self._practical()
        self._advocate()
        self._second_opinion()
        for section in self.sections:
            section.page.finish()

    def _what_matters(self) -> None:
        section = self._section(
            self.tr("What matters most to me now"),
            self.tr("In a sentence or two. It goes at the top of your summary for your team."),
            short=self.tr("What matters most"),
        )
        edit = TextArea(lines=3)
        edit.setObjectName("whatMattersMost")
        edit.setAccessibleName(self.tr("What matters most to me now"))
        edit.setPlaceholderText(
            self.tr("Such as: being well enough to travel to my daughter's wedding in June")
        )
        message = self._text_field(section, "what_matters_most", edit, WHAT_MATTERS_MAX_CHARS)
        section.page.add_field(
            self.tr("&What matters most to me now"),
            edit,
            self.tr("Your own words. You can change them any time; earlier ones are kept."),
            message,
        )

    def _goals(self) -> None:
        section = self._section(
            self.tr("How much each goal matters"),
            self.tr(
                "How much does each goal matter to you right now? There are no right answers, "
                "and they may change."
            ),
            short=self.tr("My goals now"),
        )
        texts = {
            GoalName.LIVING_LONGER: (
                self.tr("&Living as long as possible"),
                self.tr("Treatment aimed at more time, even if it brings more side effects."),
            ),
            GoalName.DELAYING_PROGRESSION: (
                self.tr("&Keeping the cancer from growing for as long as possible"),
                self.tr("Keeping the cancer stable, so it does not grow or spread."),
            ),
            GoalName.QUALITY_OF_LIFE: (
                self.tr("Qualit&y of life"),
                self.tr("Feeling as well as you can day to day, and doing what you enjoy."),
            ),
            GoalName.SYMPTOM_RELIEF: (
                self.tr("&Relief of the symptoms I have now"),
                self.tr("Easing pain, tiredness or other problems the cancer causes now."),
            ),
        }
        for goal in GoalName:
            caption, explanation = texts[goal]
            box = self._choice(f"importance_{goal.value}", label(goal), list(Importance))
            self._choice_field(section, importance_key(goal), box)
            section.page.add_field(caption, box, explanation)

    def _side_effects(self) -> None:
        section = self._section(
            self.tr("Side effects"),
            self.tr(
                "Every treatment has side effects. Knowing which ones you could live with "
                "helps you and your team choose."
            ),
        )
        columns = QWidget()
        columns.setObjectName("sideEffectColumns")
        flow = FlowLayout(columns, spacing=16)
        for key, own_key, caption, own_caption, explanation, name, own_name in (
            (
                "hardest_side_effects",
                "own_hardest",
                self.tr("Har&dest to accept"),
                self.tr("Other hard ones, in my &own words"),
                self.tr("Check the ones you would find hardest to live with (Space checks)."),
                self.tr("Side effects hardest to accept"),
                self.tr("Other hard side effects, in my words"),
            ),
            (
                "easiest_side_effects",
                "own_easiest",
                self.tr("Ea&siest to accept"),
                self.tr("Other easy ones, in my wo&rds"),
                self.tr("Check the ones you could accept more easily (Space checks)."),
                self.tr("Side effects easiest to accept"),
                self.tr("Other easy side effects, in my words"),
            ),
        ):
            column = _Column()
            checks = CheckList(list(SideEffectTopic))
            checks.setObjectName(key)
            checks.setAccessibleName(name)
            message = self._list_field(section, key, checks)
            column.add_field(caption, checks, explanation, message)
            own = _line(own_key, own_name)
            own_message = self._text_field(section, own_key, own, SHORT_TEXT_MAX_CHARS)
            column.add_field(own_caption, own, "", own_message)
            column.finish()
            flow.addWidget(column)
        section.page.add_widget(columns)

    def _treatment(self) -> None:
        section = self._section(
            self.tr("Treatment"),
            self.tr("How and where you would rather be treated, if you have a choice."),
        )
        form = self._choice("treatmentForm", self.tr("Pills or infusions"), list(TreatmentForm))
        self._choice_field(section, "treatment_form", form)
        section.page.add_field(
            self.tr("&Pills or infusions"),
            form,
            self.tr("Pills are taken at home; infusions go into a vein at a clinic or hospital."),
        )
        where = _line("whereTreated", self.tr("Where I want to be treated"))
        where.setPlaceholderText(self.tr("Such as a clinic near home, or a cancer center"))
        message = self._text_field(section, "where_treated", where, SHORT_TEXT_MAX_CHARS)
        section.page.add_field(
            self.tr("&Where I want to be treated"),
            where,
            self.tr("A hospital, a clinic near home, a cancer center: whatever matters to you."),
            message,
        )
        travel = self._choice("travel", self.tr("How far I would travel"), list(Travel))
        self._choice_field(section, "travel", travel)
        section.page.add_field(
            self.tr("How far I would &travel"),
            travel,
            self.tr("Some treatments and trials are offered only in a few places."),
        )

    def _trials(self) -> None:
        section = self._section(
            self.tr("Clinical trials"),
            self.tr(
                "A clinical trial tests a new treatment, or a new way to use one. Joining one "
                "is always your choice."
            ),
        )
        interest = self._choice(
            "trialsInterest", self.tr("Interest in clinical trials"), list(YesMaybeNo)
        )
        self._choice_field(section, "trials_interest", interest)
        section.page.add_field(
            self.tr("&Interest in clinical trials"),
            interest,
            self.tr("Would you like to hear about trials that might fit you?"),
        )

    def _practical(self) -> None:
        section = self._section(
            self.tr("Practical matters"),
            self.tr("Money, insurance and help at home shape what treatment fits your life."),
        )
        insurance = TextArea(lines=2)
        insurance.setObjectName("insuranceConcerns")
        insurance.setAccessibleName(self.tr("Insurance and out-of-network concerns"))
        message = self._text_field(section, "insurance_concerns", insurance, NOTES_MAX_CHARS)
        section.page.add_field(
            self.tr("I&nsurance and out-of-network concerns"),
            insurance,
            self.tr(
                "Costs, coverage, or doctors and hospitals your plan may not pay for "
                "(out of network)."
            ),
            message,
        )
        helps = CheckList(list(HelpAtHome))
        helps.setObjectName("helpAtHome")
        helps.setAccessibleName(self.tr("Help I have at home"))
        help_message = self._list_field(section, "help_at_home", helps)
        section.page.add_field(
            self.tr("Help I have at ho&me"),
            helps,
            self.tr("Check the help you can count on (Space checks)."),
            help_message,
        )
        notes = TextArea(lines=2)
        notes.setObjectName("helpNotes")
        notes.setAccessibleName(self.tr("Notes about help at home"))
        notes_message = self._text_field(section, "help_notes", notes, NOTES_MAX_CHARS)
        section.page.add_field(
            self.tr("Notes a&bout help at home"),
            notes,
            self.tr("Who helps and when, or help you still need."),
            notes_message,
        )

    def _advocate(self) -> None:
        section = self._section(
            self.tr("My advocate"),
            self.tr("Someone who comes with you, takes notes or speaks up for you."),
        )
        name = _line("advocateName", self.tr("My advocate's name"))
        message = self._text_field(section, "advocate_name", name, NAME_MAX_CHARS)
        section.page.add_field(self.tr("&Name"), name, "", message)
        relationship = _line("advocateRelationship", self.tr("My advocate's relationship to me"))
        relationship.setPlaceholderText(self.tr("Such as partner, daughter or friend"))
        relationship_message = self._text_field(
            section, "advocate_relationship", relationship, NAME_MAX_CHARS
        )
        section.page.add_field(
            self.tr("&Relationship to me"), relationship, "", relationship_message
        )
        may_speak = self._choice("advocateMaySpeak", self.tr("May speak for me"), list(YesNo))
        self._choice_field(section, "advocate_may_speak", may_speak)
        section.page.add_field(
            self.tr("&May speak for me with my care team"),
            may_speak,
            self.tr("Your team may ask you to sign a form for this too."),
        )

    def _second_opinion(self) -> None:
        section = self._section(
            self.tr("Second opinion"),
            self.tr(
                "Another cancer doctor looks at your case and plan. Many people get one, and "
                "doctors expect it."
            ),
        )
        status = self._choice("secondOpinion", self.tr("Second opinion"), list(SecondOpinion))
        self._choice_field(section, "second_opinion", status)
        section.page.add_field(self.tr("&Second opinion"), status, "")
        where = _line("secondOpinionWhere", self.tr("Where the second opinion is"))
        where.setPlaceholderText(self.tr("Such as a cancer center, or a doctor's name"))
        message = self._text_field(section, "second_opinion_where", where, SHORT_TEXT_MAX_CHARS)
        section.page.add_field(
            self.tr("Where (&clinic or doctor)"),
            where,
            self.tr("The hospital, cancer center or doctor."),
            message,
        )


class _Column(QWidget):
    """One of the two side-effect columns: side by side when they fit, else one above the
    other (a FlowLayout places them)."""

    CHARS = 30

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add_field(
        self, caption: str, widget: QWidget, explanation: str, message: FieldMessage
    ) -> None:
        text = QLabel(caption)
        text.setWordWrap(True)
        text.setBuddy(widget)
        self._layout.addWidget(text)
        self._layout.addWidget(widget)
        if explanation:
            self._layout.addWidget(MutedLabel(explanation, TextRole.SMALL))
        self._layout.addWidget(message)

    def finish(self) -> None:
        self._layout.addStretch(1)

    def sizeHint(self) -> QSize:
        # As wide as the longest side effect, so both columns show it whole.
        hint = super().sizeHint()
        chars = self.CHARS * self.fontMetrics().averageCharWidth()
        return QSize(max(hint.width(), chars), hint.height())
