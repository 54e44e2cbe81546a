"""The main window's actions, menus and toolbar (objectNames are a DESIGN contract)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenuBar, QSizePolicy, QToolBar, QWidget

from desktop.support.date_settings import set_show_era, show_era
from desktop.support.language import LanguageMenu

if TYPE_CHECKING:
    from collections.abc import Sequence

_Theme = QIcon.ThemeIcon
# A mnemonic written after the text, as Japanese and Chinese labels do: "追加(&A)".
_TRAILING_MNEMONIC = re.compile(r"\s*\(&?[A-Za-z0-9]\)")


def toolbar_text(text: str) -> str:
    """Return an action's ``text`` for a button: no mnemonic, ``(&P)`` included.

    Qt drops the ``&`` of a mnemonic from an icon text but keeps the
    brackets a translation puts around it, so a Japanese button would read
    "提携先を追加(P)".
    """
    text = _TRAILING_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def follow_text(*actions: QAction) -> None:
    """Keep the icon text and tooltip of each of ``actions`` as its text, less mnemonic and "…".

    Qt's own icon text and tooltip of an action are its text with only the
    ``&`` removed ("協定を編集(E)"); these actions change their text as the
    selection (edit, delete) or the undo stack (undo, redo) changes. A
    tooltip that someone else set (the read-only guard's reason) is left alone.
    """
    for action in actions:
        _on_action_changed(action)
        action.changed.connect(lambda action=action: _on_action_changed(action))


_TIP_PROPERTY = "accordFollowedTip"


def _on_action_changed(action: QAction) -> None:
    try:
        text = toolbar_text(action.text()).removesuffix("…").removesuffix("...")
        current, ours = action.toolTip(), action.property(_TIP_PROPERTY)
    except RuntimeError:  # "changed" while the action is destroyed: nothing to show any more
        return
    if action.iconText() != text:
        action.setIconText(text)  # the toolbar's "協定を編集", as it shows "Edit Agreement"
    if ours is not None and current != ours:
        return  # another tooltip was set on purpose (the read-only reason): keep it
    action.setProperty(_TIP_PROPERTY, text)
    if current != text:
        action.setToolTip(text)  # emits changed again, and then they are equal


class WindowActions(QObject):
    """Creates every action of the main window once; menus and toolbar share them.

    The window connects ``triggered`` and keeps the enabled state; undo and
    redo come from ``undo_stack`` (every change made in the window is
    pushed there, :mod:`desktop.undo`), so they enable themselves and name
    what they undo.
    """

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window
        self.add_partner = self._make(
            "actionAddPartner",
            #: File menu and toolbar: add a partner city or state.
            self.tr("Add &Partner…"),
            icon=_Theme.ContactNew,
            tip=self.tr("Add a partner city or state"),
        )
        self.add_agreement = self._make(
            "actionAddAgreement",
            #: File menu and toolbar: add an agreement to the selected partner.
            self.tr("Add &Agreement…"),
            QKeySequence.StandardKey.New,
            icon=_Theme.DocumentNew,
            tip=self.tr("Add an agreement to the selected partner"),
        )
        self.edit = self._make(
            "actionEdit",
            #: Edit menu and toolbar: edit the selected partner or agreement (a verb).
            self.tr("&Edit…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I),
            icon=_Theme.DocumentProperties,
        )
        self.delete = self._make(
            "actionDelete",
            #: Edit menu and toolbar: move the selected record to the trash (a verb).
            self.tr("&Delete…"),
            QKeySequence.StandardKey.Delete,
            icon=_Theme.EditDelete,
        )
        self.attach_document = self._make(
            "actionAttachDocument",
            #: File menu and toolbar: attach a signed PDF to the selected agreement.
            self.tr("A&ttach PDF…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_A),
            icon=_Theme.MailAttachment,
            tip=self.tr("Attach a signed PDF to the selected agreement"),
        )
        self.open_document = self._make(
            "actionOpenDocument",
            self.tr("&Open in System Viewer"),
            QKeySequence.StandardKey.Open,
            icon=_Theme.DocumentOpen,
            tip=self.tr("Open the selected document in the system's PDF viewer"),
        )
        #: Toolbar button: open the selected document (a verb).
        self.open_document.setIconText(self.tr("Open PDF"))
        self.show_in_folder = self._make(
            "actionShowInFolder",
            self.tr("Show in &Folder"),
            icon=_Theme.FolderOpen,
            tip=self.tr("Show the library's copy of the selected document in its folder"),
        )
        self.save_document_copy = self._make(
            "actionSaveDocumentCopy",
            self.tr("&Save a Copy As…"),
            QKeySequence.StandardKey.SaveAs,
            icon=_Theme.DocumentSaveAs,
            tip=self.tr("Save a copy of the selected document under its original name"),
        )
        self.save_document_copy.setIconText(self.tr("Save a Copy…"))
        self.locate_document = self._make(
            "actionLocateDocument",
            #: File menu: choose the file of a document whose stored copy is missing.
            self.tr("&Locate File…"),
            icon=_Theme.EditFind,
            tip=self.tr("Choose the file of a document whose stored copy is missing or changed"),
        )
        #: Button under the documents list: short for Locate File….
        self.locate_document.setIconText(self.tr("Locate…"))
        self.remove_document = self._make(
            "actionRemoveDocument",
            self.tr("&Remove from Agreement…"),
            icon=_Theme.ListRemove,
            tip=self.tr("Remove the selected document from the agreement"),
        )
        #: Button under the documents list: remove the document from the agreement (a verb).
        self.remove_document.setIconText(self.tr("Remove…"))
        self.export_csv = self._make(
            "actionExportCsv",
            #: File menu and toolbar: write agreements to a CSV file (a verb).
            self.tr("&Export CSV…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E),
            icon=_Theme.DocumentSaveAs,
            tip=self.tr("Export agreements as a CSV file for Excel"),
        )
        self.import_csv = self._make(
            "actionImportCsv",
            #: File menu: read agreements or partners from a CSV file (a verb).
            self.tr("&Import CSV…"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I),
            icon=_Theme.DocumentOpen,
            tip=self.tr("Add or update agreements (or partners) from a CSV file, after a preview"),
        )
        self.briefing = self._make(
            "actionBriefing",
            #: File menu: a PDF summing up the selected partner or agreements.
            self.tr("&Briefing Sheet…"),
            icon=_Theme.DocumentPrint,
            tip=self.tr("Save a PDF briefing sheet of the selected partner or agreements"),
        )
        #: Edit menu: undo the last change (a verb).
        self.undo = undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        #: Edit menu: redo the change just undone (a verb).
        self.redo = undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setObjectName("actionRedo")
        # Ctrl+Shift+Z everywhere; Windows' own Redo is Ctrl+Y, kept as well.
        redo_keys = [QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z)]
        redo_keys += [
            key
            for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            if key not in redo_keys
        ]
        self.redo.setShortcuts(redo_keys)
        self.find = self._make(
            "actionFind",
            #: Edit menu: put the cursor in the search field (a verb).
            self.tr("&Find…"),
            QKeySequence.StandardKey.Find,
            icon=_Theme.EditFind,
            tip=self.tr("Search partners, agreements and documents"),
        )
        self.show_all = self._make(
            "actionShowAllAgreements",
            #: View menu: show every agreement, whatever partner is selected.
            self.tr("&All Agreements"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0),
        )
        self.refresh = self._make(
            "actionRefresh",
            #: View menu: read the records again from the library (a verb).
            self.tr("&Reload"),
            QKeySequence.StandardKey.Refresh,
            icon=_Theme.ViewRefresh,
        )
        self.show_trash = self._make(
            "actionShowTrash",
            #: View menu: open the trash of deleted records (a noun).
            self.tr("&Trash…"),
            tip=self.tr("Deleted partners, agreements and documents: restore or delete for good"),
        )
        self.quit = self._make(
            "actionQuit",
            #: File menu: close Accord (a verb).
            self.tr("&Quit"),
            QKeySequence.StandardKey.Quit,
            icon=_Theme.ApplicationExit,
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        #: Help menu: the About box.
        self.about = self._make("actionAbout", self.tr("&About Accord"), icon=_Theme.HelpAbout)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        #: Help menu: the About box of the Qt toolkit.
        self.about_qt = self._make("actionAboutQt", self.tr("About &Qt"))
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.show_era_dates = self._make(
            "actionShowEraDates",
            #: View menu, a checkable option: long dates also give the Japanese era
            #: year, 2014年7月23日（平成26年）.
            self.tr("Show Japanese &Era Dates"),
            tip=self.tr("Add the Japanese era year to the dates of the detail panel"),
        )
        self.show_era_dates.setCheckable(True)
        self.show_era_dates.setChecked(show_era())
        self.show_era_dates.toggled.connect(set_show_era)
        follow_text(self.edit, self.delete, self.undo, self.redo, self.show_all, self.refresh)
        follow_text(self.quit, self.about, self.about_qt)
        for action in (self.open_document, self.save_document_copy, self.locate_document):
            action.setIconText(toolbar_text(action.iconText()))  # translations may add "(&O)"
        self.remove_document.setIconText(toolbar_text(self.remove_document.iconText()))

    def build_menus(self, menubar: QMenuBar, *, library_actions: Sequence[QAction] = ()) -> None:
        """Fill the File, Edit, View and Help menus.

        ``library_actions`` (Back Up Library…, Restore from Backup…) go in the
        File menu after export and import.
        """
        #: Menu title.
        file_menu = menubar.addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)
        file_menu.addActions([self.add_partner, self.add_agreement])
        file_menu.addSeparator()
        file_menu.addActions([self.attach_document, self.open_document])
        file_menu.addActions([self.show_in_folder, self.save_document_copy, self.locate_document])
        file_menu.addSeparator()
        file_menu.addActions([self.export_csv, self.import_csv, self.briefing])
        file_menu.addSeparator()
        if library_actions:
            follow_text(*library_actions)
            file_menu.addActions(list(library_actions))
            file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self.file_menu = file_menu
        #: Menu title (the Edit menu, not the verb).
        edit_menu = menubar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit, self.delete])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        #: Menu title (the View menu, not the verb).
        view_menu = menubar.addMenu(self.tr("&View"))
        self.view_menu = view_menu  # docks add their toggles (timeline_dock.py)
        view_menu.addActions([self.show_all, self.refresh])
        view_menu.addSeparator()
        view_menu.addAction(self.show_trash)
        view_menu.addSeparator()
        view_menu.addAction(self.show_era_dates)
        self.language_menu = LanguageMenu(self._window)
        view_menu.addMenu(self.language_menu)
        #: Menu title.
        help_menu = menubar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.about, self.about_qt])

    def build_toolbar(self, window: QMainWindow, toolbar: QToolBar, search_field: QWidget) -> None:
        """Put the everyday actions on ``toolbar`` and ``search_field`` on a toolbar of its own
        at the right, and add both to ``window``.

        A toolbar narrower than its items moves the last ones into its ``>>``
        menu. The search field's toolbar asks for the field's minimum width,
        so a narrow window takes the room from the actions (still one click
        away in ``>>`` and the menus), never from the search field.
        """
        toolbar.addActions([self.add_partner, self.add_agreement])
        toolbar.addSeparator()
        toolbar.addActions([self.edit, self.delete])
        toolbar.addSeparator()
        toolbar.addActions([self.attach_document, self.open_document])
        toolbar.addSeparator()
        toolbar.addAction(self.export_csv)
        #: Name of the toolbar that holds the search field (shown in the toolbars' context menu).
        search_bar = QToolBar(self.tr("Search"), window)
        search_bar.setObjectName("searchToolBar")
        search_bar.setMovable(False)
        search_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        spacer = QWidget(search_bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        search_bar.addWidget(spacer)
        search_bar.addWidget(search_field)
        margins = search_bar.contentsMargins()
        bar_layout = search_bar.layout()
        assert bar_layout is not None  # a QToolBar always has its own layout
        search_bar.setMinimumWidth(
            search_field.minimumWidth()
            + margins.left()
            + margins.right()
            + 2 * bar_layout.contentsMargins().left()
            + bar_layout.spacing()
        )
        window.addToolBar(toolbar)
        window.addToolBar(search_bar)

    def document_actions(self) -> list[QAction]:
        """The actions on the selected document, in the order of its context menu."""
        return [
            self.open_document,
            self.show_in_folder,
            self.save_document_copy,
            self._separator(),
            self.locate_document,
            self._separator(),
            self.remove_document,
        ]

    def writing(self, more: Sequence[QAction] = ()) -> list[QAction]:
        """The actions that change the library (turned off when it is read-only), and ``more``."""
        return [
            self.add_partner,
            self.add_agreement,
            self.edit,
            self.delete,
            self.attach_document,
            self.locate_document,
            self.remove_document,
            self.import_csv,
            self.undo,
            self.redo,
            self.show_trash,
            *more,
        ]

    def _separator(self) -> QAction:
        separator = QAction(self._window)
        separator.setSeparator(True)
        return separator

    def _make(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        *,
        icon: QIcon.ThemeIcon | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setIconText(toolbar_text(action.iconText()))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(QIcon.fromTheme(icon))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action
