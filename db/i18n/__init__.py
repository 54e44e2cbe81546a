"""The language Accord speaks: catalogues, the chosen language, eras and date forms."""
