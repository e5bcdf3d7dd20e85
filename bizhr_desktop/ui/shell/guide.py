"""Help > User guide: the guide shipped with the program, read in a window of its own.

The guide is the Markdown of docs/user-guide.md, shown by QTextBrowser. Nothing is fetched:
links to other files of the guide open in the same window, web links are shown as text to
copy, never opened (the program opens no network connection, not even through a browser).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from bizhr_desktop.ui.common.resources import docs_dir

GUIDE_FILE = "user-guide.md"


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(860, 680)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuide")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.link_label = QLabel(self)
        self.link_label.setProperty("role", "hint")
        self.link_label.setWordWrap(True)
        self.link_label.setTextInteractionFlags(
            self.link_label.textInteractionFlags().TextSelectableByMouse
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.link_label)
        layout.addWidget(buttons)
        folder = docs_dir()
        self.browser.setSearchPaths([str(folder)])
        guide = folder / GUIDE_FILE
        if guide.is_file():
            self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(
                self.tr("The user guide is not installed with this copy of the program.")
            )

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("", "file"):
            if url.hasFragment() and not url.path():
                self.browser.scrollToAnchor(url.fragment())
                return
            folder = docs_dir().resolve()
            target = (folder / url.path().lstrip("/")).resolve()
            if target.suffix == ".md" and target.is_file() and folder in target.parents:
                self.browser.setMarkdown(target.read_text(encoding="utf-8"))
                self.link_label.clear()
                return
        self.link_label.setText(
            self.tr("Not opened here (this program opens no connection): {link}").format(
                link=url.toString()
            )
        )

    def text(self) -> str:
        return self.browser.toPlainText()
