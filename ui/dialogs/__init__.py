"""Dialogs of the main window. Each keeps its logic in plain methods that tests can call
without a modal ``exec()``."""
