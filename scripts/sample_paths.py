"""Answer paths used as samples by the screenshots, the GUI tests and the benchmarks."""

#: A notice-and-takedown case on a hosting platform: the client's rights were infringed in
#: 2022, an effective notice arrived, the platform did not act — ISP-C, 连带责任 for the
#: enlarged part of the damage.
ISP_NOTICE_NOT_ACTED = [
    "rights_holder", "2022-03-01", "2022-06-01", "2022-03-05", "hosting", "personality",
    "effective", "2022-03-10", "no", "no",
]  # fmt: skip

#: A creditor of a company that can still pay (shareholder tree): no history recorded, the
#: claim due on 2025-03-01, no director liability — SH-D, enforce against the company first.
#: Only side, choice and date questions, for the desktop app until it has widgets for format
#: 2's money, multiple-choice and history questions.
SHAREHOLDER_COMPANY_CAN_PAY = [
    "creditor", "trade", "no", "2025-03-01", "no", "none", "operating", "llc_multi", "can_pay",
]  # fmt: skip
