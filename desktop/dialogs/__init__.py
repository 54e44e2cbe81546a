"""Dialogs: forms for partners and agreements, and their shared base."""
