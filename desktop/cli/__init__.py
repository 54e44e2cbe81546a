"""The ``accord`` command line: parsing, its console streams, and one module per subcommand."""
