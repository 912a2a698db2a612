"""Answer paths used as samples by the screenshots, the GUI tests and the benchmarks."""

#: A notice-and-takedown case on an e-commerce platform, walked with side, choice and date
#: questions only (the desktop app's widgets for format 2's other question types are pending):
#: counterfeits of the client's trade mark were listed in a shop; an effective notice reached
#: the platform on 2022-03-10, it forwarded it but took the listing down only on 2022-06-20 —
#: ISP-U (the seller's own liability) and ISP-C, 连带责任 for the enlarged part of the damage.
ISP_NOTICE_NOT_ACTED = [
    "rights_holder", "removed_platform", "2022-06-20", "other_ip", "yes", "ecommerce", "no",
    "effective", "2022-03-10", "yes", "no", "2022-03-05", "no",
]  # fmt: skip

#: The question of that path whose answer "yes" (the platform acted in time) turns ISP-C into
#: ISP-A; the GUI test changes it from the review page.
ISP_MEASURES_QUESTION = "measures_timely"

#: A creditor of a company that can still pay (shareholder tree): no history recorded, the
#: claim due on 2025-03-01, no director liability — SH-D, enforce against the company first.
#: Only side, choice and date questions, for the desktop app until it has widgets for format
#: 2's money, multiple-choice and history questions.
SHAREHOLDER_COMPANY_CAN_PAY = [
    "creditor", "trade", "no", "2025-03-01", "no", "none", "operating", "llc_multi", "can_pay",
]  # fmt: skip

#: A creditor of a partner's personal debt in a registered general partnership — P-L: the
#: partnership and the other partners are not liable; the partner's share can be enforced;
#: 50,000 lent on 2024-03-01, due 2024-09-01, nothing happened since (limitation to 2027-09-01).
#: It asks an amount and the case's history, which the desktop app's widgets do not show yet.
PARTNERSHIP_PERSONAL_DEBT = [
    "creditor", "general", "personal_debt", "50000", "2024-03-01", "2024-09-01", (),
]  # fmt: skip

#: A partner claimed against who was in fact a salaried employee — P-D6. Side, choice and date
#: questions only: the partnership path the desktop app can walk before it has widgets for
#: format 2's other question types.
PARTNERSHIP_NOT_A_PARTNER = ["partner", "not_partnership", "2022-05-01", "employee"]

#: A guarantee case with side, choice and date questions only: a creditor who, under a joint and
#: several guarantee signed in 2022, went only after the debtor; the guarantee period ended on
#: 2025-02-28 — G-D, the guarantor is released.
GUARANTOR_RELEASED = [
    "creditor", "2022-03-01", "guarantee", "valid", "person", "joint", "none", "fixed",
    "2024-08-31", "debtor_only", "none",
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

#: A fight in 2022 (joint_tort): three men beat the client together, he knew them that day, the
#: loss is not yet known and nothing has happened since — JT-A, 连带责任 under 民法典1168. Only
#: side, choice and date questions, so the desktop app can walk it before the format-2 widgets
#: land.
JOINT_TORT_FIGHT = [
    "injured", "2022-03-01", "injury", "joint", "no", "none", "2022-03-01", "not_yet", "no",
]  # fmt: skip

#: A salesman who took the buyer's kickback (agency): the company (the principal) learnt of the
#: loss in 2022 and nothing has happened since — AG-A, 连带责任 under 民法典164(2). Only side,
#: choice and date questions.
AGENCY_COLLUSION = ["principal", "2022-03-01", "collusion", "2022-06-01", "not_yet", "no"]
