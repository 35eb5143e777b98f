"""Pure parsers for dates, amounts, names and scripts; they never raise on odd input."""
from .amounts import Amount, Count, Rate, RateChange, parse_amounts, parse_counts, parse_rate_changes, parse_rates
from .dates import DateMention, YearTracker, parse_date, parse_dates, roc_to_gregorian
from .names import NameMention, canonical_name, find_names, name_country, name_kind
from .script import fold, guess_chinese_script, to_simplified, to_traditional

__all__ = [
    "Amount", "Count", "DateMention", "NameMention", "Rate", "RateChange", "YearTracker", "canonical_name",
    "find_names", "fold", "guess_chinese_script", "name_country", "name_kind", "parse_amounts", "parse_counts",
    "parse_date", "parse_dates", "parse_rate_changes", "parse_rates", "roc_to_gregorian", "to_simplified", "to_traditional",
]
