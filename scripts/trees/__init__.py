"""Generators of tree files whose repetition is easier to keep right in code."""
