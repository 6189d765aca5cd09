"""The surgeon's own results: events out of cases per outcome, operation family and
approach, with a Wilson interval, kept in a database that holds no patient data."""
