"""Answer paths used as samples by the screenshots, the GUI tests and the benchmarks."""

#: A notice-and-takedown case on a hosting platform: the client's rights were infringed in
#: 2022, an effective notice arrived, the platform did not act — ISP-C, 连带责任 for the
#: enlarged part of the damage.
ISP_NOTICE_NOT_ACTED = [
    "rights_holder", "2022-03-01", "2022-06-01", "2022-03-05", "hosting", "personality",
    "effective", "2022-03-10", "no", "no",
]  # fmt: skip

#: A guarantee case with side, choice and date questions only: a creditor who, under a joint and
#: several guarantee signed in 2022, went only after the debtor; the guarantee period ended on
#: 2025-02-28 — G-D, the guarantor is released.
GUARANTOR_RELEASED = [
    "creditor", "2022-03-01", "guarantee", "valid", "person", "joint", "none", "fixed",
    "2024-08-31", "debtor_only", "none",
]  # fmt: skip
