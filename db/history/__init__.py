"""Reading the history of every record, and how its fields, actions and values read."""
