"""What the window does (add, edit, attach, import, export, back up): one class each."""
