"""Report rules for the worked example (guarantee): texts the answers exclude."""

from __future__ import annotations

import re

from tests.report_rules import (
    Rule,
    answered,
    event_recorded,
)

RULES: list[Rule] = [
    Rule(
        "no creditor advice to a guarantor",
        answered("side", "guarantor"),
        re.compile(r"请在保证债务诉讼时效届满前起诉|立即书面要求"),
    ),
    Rule(
        "no suit advice after a judgment",
        event_recorded("history", "judgment_effective"),
        re.compile(r"起诉\{?party|前起诉"),
    ),
]
