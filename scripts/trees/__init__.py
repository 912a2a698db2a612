"""Generators of tree files that are easier to keep right as code than as JSON."""
