"""Pure parsers for dates, amounts, names and scripts; they never raise on odd input."""
