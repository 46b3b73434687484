"""The referral network in the window: Empfehlung eintragen …, the Empfehlungsbaum, the
stage history on the card and the offer to say thanks, each through its action."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from beziehung.core.services.inputs import ContactInput
from beziehung.ui.dialogs.contact_dialog import ContactDialog
from beziehung.ui.dialogs.referral_dialog import ReferralDialog
from beziehung.ui.dialogs.referral_tree import ContactIdRole
from tests.ui.conftest import button, click_contact

popup = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def when_shown(kind: type[QDialog], act: Callable[[QDialog], None]) -> QTimer:
    """Do ``act`` to the next dialog of ``kind`` once it shows (a modal one blocks the test)."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                act(widget)

    timer = QTimer(interval=10)
    timer.timeout.connect(look)
    timer.start()
    return timer


def press(qtbot, dialog: QDialog, which=QDialogButtonBox.StandardButton.Ok) -> None:
    (box,) = dialog.findChildren(QDialogButtonBox)
    target = box.button(which)
    assert target is not None, "the dialog has no such button"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def set_stage(qtbot, window, contact_id: int, stage: str) -> None:
    """Kontakt bearbeiten on ``contact_id``, a new stage, OK."""
    click_contact(qtbot, window, contact_id)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.stage.setCurrentIndex(dialog.stage.findData(stage))
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    timer = when_shown(ContactDialog, edit)
    window.commands.edit_contact.trigger()
    timer.stop()


def test_a_recommendation_is_entered_from_the_contact(qtbot, window, services, people):
    click_contact(qtbot, window, people["mueller"])

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReferralDialog)
        dialog.other.set_contact(people["oeztuerk"], "Petra Öztürk")
        dialog.how.setText("beim Stammtisch")
        press(qtbot, dialog)

    timer = when_shown(ReferralDialog, fill)
    window.commands.add_referral.trigger()
    timer.stop()
    detail = services.contacts.get(people["oeztuerk"])
    assert [p.display_name for p in detail.referred_by] == ["Jürgen Müller"]
    qtbot.waitUntil(lambda: "Hat empfohlen" in window.contact_panel.card.text())


def test_the_tree_shows_every_level_stops_at_a_cycle_and_opens_a_person(
    qtbot, window, services, people
):
    ids = people
    services.referrals.add(ids["mueller"], ids["oeztuerk"])
    services.referrals.add(ids["oeztuerk"], ids["weber"])
    services.referrals.add(ids["weber"], ids["mueller"])
    click_contact(qtbot, window, ids["mueller"])
    window.commands.referral_tree.trigger()
    (tree,) = window.network_commands.trees
    qtbot.waitExposed(tree)
    assert tree.windowTitle() == "Empfehlungsbaum: Jürgen Müller"
    model = tree.model
    root = model.index(0, 0)
    petra = model.index(0, 0, root)
    anna = model.index(0, 0, petra)
    assert [i.data() for i in (root, petra, anna)] == [
        "Jürgen Müller",
        "Petra Öztürk",
        "Anna Weber",
    ]
    assert model.rowCount(anna) == 0  # Anna recommended Müller, who is the root
    assert tree.summary.text() == "2 Personen empfohlen, 2 Ebenen tief"
    view = tree.view
    at = view.visualRect(anna).center()
    # A double-click is the second click of a pair.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert window.contact_panel.contact_id == ids["weber"] == anna.data(ContactIdRole)
    # Enter on a person opens them too.
    view.setCurrentIndex(petra)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.contact_panel.contact_id == ids["oeztuerk"]
    # A new recommendation shows in the open tree.
    newcomer = services.contacts.create(ContactInput(name="Nora Neu"))
    services.referrals.add(ids["weber"], newcomer)
    qtbot.waitUntil(lambda: tree.summary.text() == "3 Personen empfohlen, 3 Ebenen tief")


def test_a_recommended_prospect_becoming_a_client_offers_thanks(qtbot, window, services, people):
    services.referrals.add(people["mueller"], people["oeztuerk"])
    set_stage(qtbot, window, people["oeztuerk"], "kunde")
    qtbot.waitUntil(lambda: len(window.thanks.offers) == 1)
    (offer,) = window.thanks.offers
    assert offer.text() == "Danke sagen: Rückruf bei Jürgen Müller planen?"
    assert not offer.isModal()
    qtbot.mouseClick(button(offer, "Rückruf planen"), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    (reminder,) = [r for r in services.reminders.list() if r.contact_id == people["mueller"]]
    assert reminder.reason == "Danke sagen für die Empfehlung von Petra Öztürk"
    assert window.thanks.offers == []
    # The card tells the stage since when, and the way there.
    qtbot.waitUntil(lambda: "Phasenverlauf" in window.contact_panel.card.text())
    assert "Kunde seit" in window.contact_panel.card.text()


def test_no_thanks_for_other_moves_or_without_a_recommender(qtbot, window, services, people):
    services.referrals.add(people["oeztuerk"], people["weber"])
    set_stage(qtbot, window, people["weber"], "empfehler")  # a client already
    loner = services.contacts.create(ContactInput(name="Lena Solo"))
    qtbot.waitUntil(lambda: window.contact_model.row_of(loner) is not None)
    set_stage(qtbot, window, loner, "kunde")  # nobody recommended her
    assert services.contacts.get(loner).summary.stage == "kunde"
    assert services.contacts.get(people["weber"]).summary.stage == "empfehler"
    assert window.thanks.offers == []
