"""Helpers shared by the window, its dialogs and models: labels, messages, tasks, settings."""
