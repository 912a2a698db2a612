"""Answer paths used as samples by the screenshots, the GUI tests and the benchmarks."""

#: A notice-and-takedown case on a hosting platform: the client's rights were infringed in
#: 2022, an effective notice arrived, the platform did not act — ISP-C, 连带责任 for the
#: enlarged part of the damage.
ISP_NOTICE_NOT_ACTED = [
    "rights_holder", "2022-03-01", "2022-06-01", "2022-03-05", "hosting", "personality",
    "effective", "2022-03-10", "no", "no",
]  # fmt: skip

#: A creditor of a partner's personal debt in a registered general partnership — P-L: the
#: partnership and the other partners are not liable; the partner's share can be enforced.
#: Only side and choice questions (every path about a partnership debt asks an amount, the
#: case's history and a multiple choice, which the desktop app's widgets do not show yet).
PARTNERSHIP_PERSONAL_DEBT = ["creditor", "general", "personal_debt"]

#: A partner claimed against who was in fact a salaried employee — P-D6 (side, choice, date).
PARTNERSHIP_NOT_A_PARTNER = ["partner", "not_partnership", "2022-05-01", "employee"]
