"""The main window and its panels: browser, detail, documents, history, status bar."""
