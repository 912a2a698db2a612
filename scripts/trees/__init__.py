"""Generators of tree files: each module builds one tree's JSON (see its docstring)."""
