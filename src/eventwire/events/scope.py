"""Words of an act that do not report an act of the article: descriptions of participants.

A restrictive relative clause describes one of the sentence's participants ("the treaty that the
president signed", "activists who oppose the law"): what it says is background to the sentence's
own news, told to say who someone is. Its matches are folded (``absorbed``) before events are
built. (Acts named as the setting of another, "said at a rally", were tried the same way and
measured as a loss: gold coders often record them.)
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.matching import Match


def in_relative_clause(tok: Token) -> bool:
    """The word lies in a restrictive relative clause (``relcl``) below the sentence's own
    clause. A clause set off by a comma after a name ("Obama, who welcomed the leaders …") is
    kept: wire copy tells news that way."""
    t = tok
    for _ in range(50):
        if t.dep_ == "relcl":
            return not _non_restrictive(t)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _non_restrictive(clause: Token) -> bool:
    start = clause.left_edge.i
    before = clause.doc[start - 1] if start > 0 else None
    return before is not None and before.text == "," and clause.head.pos_ == "PROPN"


def fold_out_of_scope(matches: list[Match]) -> None:
    """Mark matches inside restrictive relative clauses as absorbed (they give no event)."""
    for m in matches:
        if m.absorbed or m.derived:
            continue
        if in_relative_clause(m.trigger):
            m.absorbed = True
