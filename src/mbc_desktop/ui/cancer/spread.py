"""Sections 2 and 4: menopausal status (or male), and where the cancer has spread with
whether it had spread when first found or came back later."""

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.cancer import (
    SPREAD_OTHER_MAX_CHARS,
    CancerProfile,
    HowItCameBack,
    MenopausalStatus,
    SpreadSite,
)
from mbc_desktop.ui.cancer.explanations import choice_explanation, explanation
from mbc_desktop.ui.cancer.fields import choice_box, choose, chosen, line_edit
from mbc_desktop.ui.cancer.page import ProfilePage
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import FieldMessage, MutedLabel
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, domain_message

# Each place with its Alt+letter (unique on this page, never F, E, Q, V or H).
SITE_NAMES: dict[SpreadSite, str] = {
    SpreadSite.BONE: QT_TRANSLATE_NOOP("SpreadPage", "&Bone"),
    SpreadSite.LIVER: QT_TRANSLATE_NOOP("SpreadPage", "&Liver"),
    SpreadSite.LUNG: QT_TRANSLATE_NOOP("SpreadPage", "L&ung"),
    SpreadSite.BRAIN: QT_TRANSLATE_NOOP("SpreadPage", "B&rain"),
    SpreadSite.LYMPH_NODES: QT_TRANSLATE_NOOP("SpreadPage", "Lymph &nodes"),
    SpreadSite.SKIN_OR_CHEST_WALL: QT_TRANSLATE_NOOP("SpreadPage", "&Skin or chest wall"),
    SpreadSite.OTHER: QT_TRANSLATE_NOOP("SpreadPage", "&Another place"),
}


class MenopausePage(ProfilePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Menopause"), explanation("menopausal_status"), parent)
        self.setObjectName("menopausePage")
        self.status_box = choice_box(
            "menopausalStatus", self.tr("Menopausal status"), MenopausalStatus
        )
        self.meaning = MutedLabel("", TextRole.SMALL)
        self.meaning.setObjectName("menopausalStatusMeaning")
        self.add_field(self.tr("&Menopausal status"), self.status_box, "", self.meaning)
        self.finish()
        self.status_box.activated.connect(lambda _index: self.edited.emit(True))
        self.status_box.currentIndexChanged.connect(lambda _index: self._refresh_meaning())
        self._refresh_meaning()

    def _refresh_meaning(self) -> None:
        status = chosen(self.status_box, MenopausalStatus)
        self.meaning.setText(
            choice_explanation(status)
            if status is not None
            else QCoreApplication.translate("MenopausePage", "Not answered yet.")
        )

    def focus_start(self) -> None:
        self.status_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, profile: CancerProfile, keep_typing: bool = False) -> None:
        choose(self.status_box, profile.menopausal_status)
        self._refresh_meaning()

    def parts(self, held: CancerProfile) -> dict[str, object]:
        return {"menopausal_status": chosen(self.status_box, MenopausalStatus)}

    def has_messages(self) -> bool:
        return False


class SpreadPage(ProfilePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where it has spread"), explanation("spread"), parent)
        self.setObjectName("spreadPage")
        self.sites: dict[SpreadSite, QCheckBox] = {}
        for site in SpreadSite:
            box = QCheckBox(QCoreApplication.translate("SpreadPage", SITE_NAMES[site]))
            box.setObjectName(f"spread_{site.value}")
            box.setToolTip(choice_explanation(site))
            box.setAccessibleDescription(choice_explanation(site))
            self.sites[site] = box
            self.add_widget(box)
            note = MutedLabel(choice_explanation(site), TextRole.SMALL)
            note.setIndent(box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth) + 6)
            self.add_widget(note)
        self.other_edit = line_edit(
            "spreadOther", self.tr("Where else"), self.tr("Such as the lining of the belly")
        )
        self.other_message = FieldMessage(self.other_edit)
        self.other_message.set_limit(SPREAD_OTHER_MAX_CHARS)
        self.fields.addSpacing(self.fontMetrics().lineSpacing() // 2)
        self.add_field(self.tr("&Where else"), self.other_edit, "", self.other_message)
        self.came_back_box = choice_box("howItCameBack", self.tr("How it came back"), HowItCameBack)
        self.came_back_meaning = MutedLabel("", TextRole.SMALL)
        self.add_field(
            self.tr("Spread when first found, or &came back?"),
            self.came_back_box,
            explanation("how_it_came_back"),
            self.came_back_meaning,
        )
        self.finish()
        for box in self.sites.values():
            box.toggled.connect(lambda _on: self.edited.emit(True))
        self.other_edit.textEdited.connect(self._other_typed)
        self.came_back_box.activated.connect(lambda _index: self.edited.emit(True))
        self.came_back_box.currentIndexChanged.connect(lambda _index: self._refresh_meaning())

    def _other_typed(self, text: str) -> None:
        self.other_message.update_count(len(text.strip()))
        self.edited.emit(False)

    def _refresh_meaning(self) -> None:
        how = chosen(self.came_back_box, HowItCameBack)
        self.came_back_meaning.setText(choice_explanation(how) if how is not None else "")
        self.came_back_meaning.setVisible(how is not None)

    def focus_start(self) -> None:
        self.sites[SpreadSite.BONE].setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, profile: CancerProfile, keep_typing: bool = False) -> None:
        for site, box in self.sites.items():
            if box.isChecked() != (site in profile.spread):
                box.blockSignals(True)
                box.setChecked(site in profile.spread)
                box.blockSignals(False)
        if not (keep_typing and self.other_message.has_message()):
            if self.other_edit.text() != profile.spread_other:
                self.other_edit.setText(profile.spread_other)
            self.other_message.clear_message()
        choose(self.came_back_box, profile.how_it_came_back)
        self._refresh_meaning()

    def parts(self, held: CancerProfile) -> dict[str, object]:
        self.other_message.clear_message()
        other = self.other_edit.text()
        try:
            checked = CancerProfile.model_validate({"spread_other": other})
            other = checked.spread_other
        except ValidationError as error:
            self.other_message.show_message(
                domain_message(field_messages(error).get("spread_other", ""))
            )
            other = held.spread_other
        sites = tuple(site for site, box in self.sites.items() if box.isChecked())
        if other and SpreadSite.OTHER not in sites:
            sites += (SpreadSite.OTHER,)
            self.sites[SpreadSite.OTHER].blockSignals(True)
            self.sites[SpreadSite.OTHER].setChecked(True)
            self.sites[SpreadSite.OTHER].blockSignals(False)
        return {
            "spread": sites,
            "spread_other": other,
            "how_it_came_back": chosen(self.came_back_box, HowItCameBack),
        }

    def has_messages(self) -> bool:
        return self.other_message.has_message()
