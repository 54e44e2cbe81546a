"""CSV reports and imports: reading, planning, writing; the CSV contract of DESIGN."""
