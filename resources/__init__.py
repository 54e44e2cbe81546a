"""Accord's run-time resources: the app icon and other files loaded by the window.

A package only so that installers and PyInstaller ship the files with the
code; resolve a file with :func:`desktop.resources.get_asset`.
"""
