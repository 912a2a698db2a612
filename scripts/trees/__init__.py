"""Generators of tree files whose JSON is too repetitive to write by hand (see each module)."""
