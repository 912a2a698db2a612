"""Generators of decision trees whose JSON is too repetitive to write by hand.

Each module has ``build() -> dict`` (the tree) and ``main()`` (writes ``trees/<id>.json``); a test
checks that the committed JSON equals the generator's output.
"""
