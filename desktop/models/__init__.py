"""Item models and proxies of the main window (thin adapters over db read values)."""
