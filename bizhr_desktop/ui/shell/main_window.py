"""The main window: navigation to the pages, notices, lock, and nothing visible while locked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop import __version__
from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common import icons
from bizhr_desktop.ui.common.computer import GEOMETRY_KEY, ComputerSettings
from bizhr_desktop.ui.common.page import Page
from bizhr_desktop.ui.common.splitters import RESTORED
from bizhr_desktop.ui.shell.guide import UserGuideDialog
from bizhr_desktop.ui.shell.panic import PanicAction


class NoticeBanner(QFrame):
    """Messages from unlocking (e.g. "Opened with the recovery key…"), dismissable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icons.icon("warning", "#8a5a00").pixmap(QSize(20, 20)))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.text_label.setAccessibleName(self.tr("Notice"))
        self.dismiss_button.setText(self.tr("&Dismiss"))

    def show_notices(self, notices: Sequence[str]) -> None:
        self.text_label.setText("\n".join(notices))
        self.setVisible(bool(notices))

    def clear(self) -> None:
        self.show_notices([])


class LockedView(QWidget):
    """What the window shows while the vault is locked: nothing of the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedView")
        picture = QLabel(self)
        picture.setPixmap(icons.icon("lock", "#52606d").pixmap(QSize(48, 48)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = title = QLabel(self)
        title.setProperty("role", "pageHeading")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setProperty("primary", True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("The vault is locked."))
        self.unlock_button.setText(self.tr("&Unlock…"))


class MainWindow(QMainWindow):
    """Navigation on the reading side, the current page beside it, a status bar below.

    It knows nothing of how vaults are opened: it emits ``lock_requested``,
    ``unlock_requested`` and ``closing`` for the controller, and shows whatever session
    it is given through :meth:`set_session`.
    """

    lock_requested = Signal()
    unlock_requested = Signal()
    quit_requested = Signal()
    closing = Signal()
    panic_requested = Signal()
    erase_requested = Signal()
    settings_requested = Signal()
    duress_requested = Signal()
    travel_requested = Signal()
    travel_back_requested = Signal()
    pin_requested = Signal()
    backup_requested = Signal()
    verify_requested = Signal()
    passphrase_change_requested = Signal()
    rekey_requested = Signal()
    revoke_requested = Signal()
    relink_requested = Signal()

    LOCKED_VIEW, CONTENT_VIEW = range(2)

    def __init__(
        self,
        pages: Sequence[Page],
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        page_factory: Callable[[], Sequence[Page]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.computer = ComputerSettings(settings)
        self._session: VaultSession | None = None
        self.pages: list[Page] = []
        self.page_actions: list[QAction] = []  # Go → each page
        # New pages in the language just chosen (None: the pages keep their words until the
        # next start); see changeEvent.
        self._page_factory = page_factory
        self._retranslation_due = False
        self._pages_stale = False
        self.setMinimumSize(760, 480)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(200)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.page_stack = QStackedWidget(self)
        self.navigation.currentRowChanged.connect(self.page_stack.setCurrentIndex)
        self._build_actions()
        self._install_pages(pages)

        self.banner = NoticeBanner(self)
        right = QWidget(self)
        right.setObjectName("pageArea")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 12, 16, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.page_stack, 1)
        content = QWidget(self)
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self._sidebar())
        content_layout.addWidget(right, 1)

        self.locked_view = LockedView(self)
        self.locked_view.unlock_button.clicked.connect(self.unlock_requested)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.locked_view)
        self.views.addWidget(content)
        self.setCentralWidget(self.views)

        self.state_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.state_label)
        self.statusBar().setSizeGripEnabled(False)

        self._retranslate_frame()
        self.navigation.setCurrentRow(0)
        self.set_session(None)
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._restore_splitters()
        self.resize(980, 640)

    # ------------------------------------------------------------------ pages

    def _install_pages(self, pages: Sequence[Page]) -> None:
        """Put *pages* in the stack, the navigation and the Go menu, in this order."""
        self.pages = list(pages)
        self.navigation.blockSignals(True)
        self.navigation.clear()
        for page in self.pages:
            item = QListWidgetItem(icons.icon(page.icon_name(), "#c7d2dc", "#ffffff"), page.title())
            item.setSizeHint(QSize(0, 42))
            self.navigation.addItem(item)
            self.page_stack.addWidget(page)
            page.focus_requested.connect(
                lambda p=page: self.navigation.setCurrentRow(self.pages.index(p))
            )
        self.navigation.blockSignals(False)
        for action in self.page_actions:
            self.go_menu.removeAction(action)
            action.deleteLater()
        self.page_actions = []
        digits = (
            Qt.Key.Key_1,
            Qt.Key.Key_2,
            Qt.Key.Key_3,
            Qt.Key.Key_4,
            Qt.Key.Key_5,
            Qt.Key.Key_6,
            Qt.Key.Key_7,
            Qt.Key.Key_8,
            Qt.Key.Key_9,
        )
        for row, page in enumerate(self.pages):
            action = QAction(icons.icon(page.icon_name()), page.title(), self)
            if row < len(digits):
                action.setShortcut(QKeySequence(Qt.Modifier.CTRL | digits[row]))
            action.triggered.connect(lambda _checked=False, r=row: self.navigation.setCurrentRow(r))
            action.setEnabled(self._session is not None)
            self.go_menu.addAction(action)
            self.page_actions.append(action)

    def _restore_splitters(self) -> None:
        for splitter in self._remembered_splitters():
            state = self.computer.layout_state(splitter.objectName())
            if state is not None and splitter.restoreState(state):
                splitter.setProperty(RESTORED, True)

    def _save_splitters(self) -> None:
        for splitter in self._remembered_splitters():
            self.computer.save_layout_state(splitter.objectName(), splitter.saveState())

    def has_unsaved_changes(self) -> bool:
        return any(page.has_unsaved_changes() for page in self.pages)

    def changeEvent(self, event: QEvent) -> None:
        # A translator installed or removed (Settings → Language): once the burst of these
        # events is over, every word of the window is set again in the new language.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslation_due:
            self._retranslation_due = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The frame's words in the current language, and new pages in it (they set their
        words once, when built). Pages holding unsaved changes are left as they are until
        the vault next locks, so that nothing typed is lost."""
        self._retranslation_due = False
        self._retranslate_frame()
        if self._page_factory is None:
            return
        if self.has_unsaved_changes():
            self._pages_stale = True
            return
        self._rebuild_pages()

    def _rebuild_pages(self) -> None:
        if self._page_factory is None:
            return
        self._pages_stale = False
        row = max(0, self.navigation.currentRow())
        self._save_splitters()
        old = self.pages
        for page in old:
            page.set_session(None)  # drop every record it holds
            self.page_stack.removeWidget(page)
            page.deleteLater()
        self._install_pages(self._page_factory())
        self._restore_splitters()
        for page in self.pages:
            page.set_session(self._session)
        self.navigation.setCurrentRow(min(row, len(self.pages) - 1))

    def _build_actions(self) -> None:
        """The window's actions and menus (their words: _retranslate_frame)."""
        self.lock_action = QAction(icons.icon("lock"), "", self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested)
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_user_guide)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.panic_action = PanicAction(self)
        self.panic_action.triggered.connect(self.panic_requested)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        self.pin_action = QAction(self)
        self.pin_action.triggered.connect(self.pin_requested)
        self.pin_action.setVisible(False)  # shown when the vault allows a quick-unlock PIN
        self.duress_action = QAction(self)
        self.duress_action.triggered.connect(self.duress_requested)
        self.erase_action = QAction(self)
        self.erase_action.triggered.connect(self.erase_requested)
        self.travel_action = QAction(self)
        self.travel_action.triggered.connect(self.travel_requested)
        self.travel_back_action = QAction(self)
        self.travel_back_action.triggered.connect(self.travel_back_requested)
        self.backup_action = QAction(self)
        self.backup_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_B)
        )
        self.backup_action.triggered.connect(self.backup_requested)
        self.verify_action = QAction(self)
        self.verify_action.triggered.connect(self.verify_requested)
        self.passphrase_action = QAction(self)
        self.passphrase_action.triggered.connect(self.passphrase_change_requested)
        self.rekey_action = QAction(self)
        self.rekey_action.triggered.connect(self.rekey_requested)
        self.revoke_action = QAction(self)
        self.revoke_action.triggered.connect(self.revoke_requested)
        self.relink_action = QAction(self)
        self.relink_action.triggered.connect(self.relink_requested)
        self.session_actions = [
            self.backup_action,
            self.verify_action,
            self.passphrase_action,
            self.rekey_action,
            self.revoke_action,
            self.relink_action,
            self.travel_action,
            self.travel_back_action,
            self.settings_action,
            self.pin_action,
            self.duress_action,
            self.erase_action,
        ]

        file_menu = self.menuBar().addMenu("")
        self.file_menu = file_menu
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.panic_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.verify_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        safety_menu = self.menuBar().addMenu("")
        safety_menu.addAction(self.panic_action)
        safety_menu.addAction(self.pin_action)
        safety_menu.addAction(self.duress_action)
        safety_menu.addSeparator()
        safety_menu.addAction(self.passphrase_action)
        safety_menu.addAction(self.rekey_action)
        safety_menu.addAction(self.revoke_action)
        safety_menu.addAction(self.relink_action)
        safety_menu.addSeparator()
        safety_menu.addAction(self.travel_action)
        safety_menu.addAction(self.travel_back_action)
        safety_menu.addSeparator()
        safety_menu.addAction(self.erase_action)
        self.safety_menu = safety_menu

        self.go_menu = self.menuBar().addMenu("")

        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        # The window holds the panic shortcut even when no menu shows it.
        self.addAction(self.panic_action)

    def _action_words(self) -> list[tuple[QAction, str, str]]:
        """Each action's words and tooltip ("" for none), in the current language."""
        return [
            (self.lock_action, self.tr("&Lock"), self.tr("Lock the vault (Ctrl+L)")),
            (self.quit_action, self.tr("&Quit"), ""),
            (self.guide_action, self.tr("&User guide"), ""),
            (self.about_action, self.tr("&About BizHR Desktop"), ""),
            (self.settings_action, self.tr("&Settings…"), ""),
            (self.pin_action, self.tr("Set quick-unlock &PIN…"), ""),
            (self.duress_action, self.tr("&Duress passphrase…"), ""),
            (
                self.erase_action,
                self.tr("&Erase this vault…"),
                self.tr("Destroy every key of this vault, for good"),
            ),
            (
                self.travel_action,
                self.tr("&Travel mode…"),
                self.tr("Move the records most at risk off this laptop before you travel"),
            ),
            (self.travel_back_action, self.tr("&Bring records back…"), ""),
            (
                self.backup_action,
                self.tr("&Back up…"),
                self.tr("Write an encrypted copy of the vault"),
            ),
            (self.verify_action, self.tr("&Verify vault"), ""),
            (self.passphrase_action, self.tr("C&hange passphrase…"), ""),
            (self.rekey_action, self.tr("Replace the encryption &key…"), ""),
            (
                self.revoke_action,
                self.tr("Re&voke everything…"),
                self.tr(
                    "New keys and a new recovery key: no earlier copy of the key file, nor any "
                    "earlier secret, opens the records"
                ),
            ),
            (self.relink_action, self.tr("Re-&link this computer's keyring…"), ""),
        ]

    def _retranslate_frame(self) -> None:
        """Every word of the window around the pages, in the current language."""
        # Never the vault's name or path, nor anyone's: the title shows in task bars,
        # window switchers and screen shares.
        self.setWindowTitle(self.tr("BizHR Desktop"))
        self.navigation.setAccessibleName(self.tr("Sections"))
        for action, words, tip in self._action_words():
            action.setText(words)
            action.setToolTip(tip or words.replace("&", ""))
        self.panic_action.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.safety_menu.setTitle(self.tr("&Safety"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lock_button.setText(self.lock_action.text())
        self.lock_button.setToolTip(self.lock_action.toolTip())
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.locked_view.retranslate()
        self.banner.retranslate()
        self.state_label.setAccessibleName(self.tr("Vault state"))
        self._show_state()

    def _sidebar(self) -> QWidget:
        """The sections, and below them the one button every page needs: Lock (no toolbar
        row of its own, so the pages get the height)."""
        sidebar = QWidget(self)
        sidebar.setObjectName("sidebar")
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(0)
        layout.addWidget(self.navigation, 1)
        self.lock_button = QToolButton(sidebar)
        self.lock_button.setObjectName("lockButton")
        # Its own light icon on the dark column; the action's (dark) icon stays in the menus.
        self.lock_button.setIcon(icons.icon("lock", "#c7d2dc", "#ffffff"))
        self.lock_button.clicked.connect(self.lock_action.trigger)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.setIconSize(QSize(18, 18))
        self.lock_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.lock_button)
        sidebar.setFixedWidth(self.navigation.width())
        return sidebar

    # ------------------------------------------------------------------ session

    @property
    def session(self) -> VaultSession | None:
        return self._session

    def set_session(self, session: VaultSession | None) -> None:
        """Show an unlocked vault, or (None) clear every page and show the locked view."""
        self._session = session
        for page in self.pages:
            page.set_session(session)
        unlocked = session is not None
        self.lock_action.setEnabled(unlocked)
        # While locked nothing that needs a vault shows: no Lock button, no Safety menu.
        self.lock_button.setVisible(unlocked)
        self.safety_menu.menuAction().setVisible(unlocked)
        for action in (*self.page_actions, *self.session_actions):
            action.setEnabled(unlocked)
        self.views.setCurrentIndex(self.CONTENT_VIEW if unlocked else self.LOCKED_VIEW)
        if session is None:
            self.banner.clear()
            self.statusBar().clearMessage()
            if self._pages_stale:  # nothing unsaved can be left now: the new language
                self._rebuild_pages()
        else:
            self.banner.show_notices(session.notices)
            self.relink_action.setVisible(session.vault.uses_keyring)
            self.passphrase_action.setVisible(any("passphrase" in m for m in session.vault.methods))
        self._show_state()

    def _show_state(self) -> None:
        session = self._session
        if session is None:
            self.state_label.setText(self.tr("Locked"))
            return
        try:
            method = self._method_words(session.vault.unlocked_with)
        except BizHRError:  # locked under the window (it is told so next): say nothing more
            method = ""
        self.state_label.setText(
            self.tr("Unlocked · opened with {method}").format(method=method)
            if method
            else self.tr("Unlocked")
        )

    def _method_words(self, method: str) -> str:
        words = {
            "keyring+passphrase": self.tr("passphrase and keyring"),
            "passphrase": self.tr("passphrase"),
            "recovery key": self.tr("recovery key"),
            "keyring": self.tr("keyring"),
        }
        return words.get(method, "")  # a vault just created was not "opened with" anything

    def set_panic_shortcut(self, text: str) -> None:
        """The panic shortcut from the vault's settings (the default if it is not usable)."""
        self.panic_action.set_shortcut_text(text)

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    # ------------------------------------------------------------------ window

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About BizHR Desktop"),
            self.tr(
                "BizHR Desktop {version}\n\nOffline, encrypted records of the participants "
                "and human rights defenders of the Business Network. It opens no network "
                "connection."
            ).format(version=__version__),
        )

    def _remembered_splitters(self) -> list[QSplitter]:
        """The pages' named splitters, whose positions this computer remembers."""
        return [
            splitter
            for page in self.pages
            for splitter in page.findChildren(QSplitter)
            if splitter.objectName().endswith("Splitter")
        ]

    def show_user_guide(self) -> UserGuideDialog:
        dialog = self.findChild(UserGuideDialog)
        if dialog is None:
            dialog = UserGuideDialog(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()  # the controller locks the vault before the window goes
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._save_splitters()
        self._settings.sync()
        event.accept()
