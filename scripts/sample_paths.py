"""Answer paths used as samples by the screenshots, the GUI tests and the benchmarks."""

#: A notice-and-takedown case on a hosting platform: the client's rights were infringed in
#: 2022, an effective notice arrived, the platform did not act — ISP-C, 连带责任 for the
#: enlarged part of the damage.
ISP_NOTICE_NOT_ACTED = [
    "rights_holder", "2022-03-01", "2022-06-01", "2022-03-05", "hosting", "personality",
    "effective", "2022-03-10", "no", "no",
]  # fmt: skip

#: A company divided in 2024; the creditor's claim arose after the division (DM-D: the other
#: successors are not liable by reason of it). Side, choice and date questions only, so the
#: desktop app can walk it before it has widgets for the format-2 question types.
DIVISION_LATER_DEBT = [
    "creditor", "company", "division", "2024-09-15", "2024-10-10", "2025-04-10", "none",
]  # fmt: skip

#: A kettle bought in a shop in 2023 burned the client in 2024; the producer caused the defect
#: (PL-A: producer and seller each liable for the whole). Side, choice and date questions only.
PRODUCT_PRODUCER_DEFECT = [
    "victim", "product", "2024-05-10", "2024-05-10", "2023-11-01", "offline", "no", "harm",
    "producer", "yes", "none",
]  # fmt: skip
