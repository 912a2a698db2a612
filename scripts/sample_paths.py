"""Answer paths used as samples by the screenshots, the GUI tests and the benchmarks."""

#: A notice-and-takedown case on a hosting platform: the client's rights were infringed in
#: 2022, an effective notice arrived, the platform did not act — ISP-C, 连带责任 for the
#: enlarged part of the damage.
ISP_NOTICE_NOT_ACTED = [
    "rights_holder", "2022-03-01", "2022-06-01", "2022-03-05", "hosting", "personality",
    "effective", "2022-03-10", "no", "no",
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
