"""Negative twins of the fresh demand checklist (demand_fresh_checklist): sentences that
look like demands and are not: negated, refused, denied, only planned, mulled or ceased,
hypothetical, counterfactual, questions, generic, withdrawn, forecasts, and the demand
words in other senses (an asking price, a bankruptcy petition, a legal appeal, 'calls for
rain'). Each must yield no demand at all. Same template format as the positives.
"""

from __future__ import annotations

NEGATIVE: dict[str, tuple[str, tuple[str, ...]]] = {
    "neg_not": (
        "{A} {v} {b} to {act}.",
        (
            "did not urge",
            "has not asked",
            "never told",
            "did not call on",
            "has not pressed",
            "never ordered",
        ),
    ),
    "neg_declined": (
        "{A} {v} {b} to {act}.",
        ("declined to urge", "refused to ask", "would not call on", "stopped short of urging"),
    ),
    "neg_denied": (
        "{A} {v} {b} to {act}.",
        ("denied having urged", "denied pressuring", "denied that it had asked", "denied ordering"),
    ),
    "neg_no_noun": ("{A} made no {v} for {b} to {act}.", ("demand", "request", "call", "appeal")),
    "hypothetical": (
        "{A} {v} {b} to {act}.",
        (
            "may ask",
            "might urge",
            "could order",
            "is considering asking",
            "plans to ask",
            "is expected to call on",
            "is likely to urge",
        ),
    ),
    "mulled_or_ceased": (
        "{A} {v} {b} to {act}.",
        ("is thinking about asking", "has stopped urging", "talked of asking", "ceased pressing"),
    ),
    "had_to_narrative": ("{A} said they had to leave {place} early because of the rain.", ()),
    "counterfactual": (
        "{A} would have {v} {b} to {act} had it known about the delay.",
        ("urged", "asked", "told"),
    ),
    "conditional_if": (
        "If the talks collapse, {a} {v} {b} to {act}.",
        ("may urge", "could ask", "would call on"),
    ),
    "planned_cancelled": (
        "{A} had hoped to {v} {b} to {act}, but the meeting was cancelled.",
        ("ask", "urge", "press"),
    ),
    "question_whether": (
        "{A} {v} {b} would {act}.",
        ("asked whether", "wanted to know if", "questioned whether", "asked if"),
    ),
    "question_direct": ("{v} {a} urge {b} to {act}?", ("Will", "Did", "Should", "Would")),
    "question_why": ("{A} asked why {b} had not {acted}.", ()),
    "generic": (
        "{g1} {v} {g2} to {act}.",
        ("often urge", "routinely ask", "sometimes press", "usually call on"),
    ),
    "withdrawn": (
        "{A} {v} its demand that {b} {act}.",
        ("withdrew", "abandoned", "dropped", "backed away from"),
    ),
    "epistemic_modal": (
        "{A} said {b} {v}.",
        (
            "must have known about the leak",
            "should win the vote easily",
            "may {act} next year",
            "will {act} next week",
            "could {act} by the summer",
        ),
    ),
    "no_party_deontic": ("Something must be done about the potholes in {place}.", ()),
    "sense_order_buy": ("{A} ordered forty buses from {b}.", ()),
    "sense_direct": ("{A} directed the restoration of the old theatre in {place}.", ()),
    "sense_told_news": ("{A} told {b} that the talks in {place} had stalled.", ()),
    "sense_asked_about": ("{B} was asked about the curfew at a news conference.", ()),
    "sense_challenge_ruling": ("{A} challenged the ruling in the high court.", ()),
    "sense_petition_bankruptcy": ("{B} filed a petition for bankruptcy protection.", ()),
    "sense_appeal_legal": (
        "{A} {v} against the fine.",
        ("lodged an appeal", "won its appeal", "lost an appeal"),
    ),
    "sense_deadline": ("The deadline for entries to the {place} film festival is Friday.", ()),
    "sense_call_decision": ("{A} made the call to postpone the festival in {place}.", ()),
    "sense_pressure": ("Water pressure in {place} dropped overnight.", ()),
    "sense_in_demand": ("Skilled welders are in high demand in {place}.", ()),
    "sense_commanded": ("{A} commanded respect across {place}.", ()),
    "sense_asking_price": ("{A} asked two million dollars for the warehouse in {place}.", ()),
    "sense_calls_for_rain": ("The forecast calls for heavy rain in {place}.", ()),
    "sense_begs_question": ("The delay in {place} begs the question of who will pay.", ()),
    "sense_forced_cause": ("{v} forced {b} to {act}.", ("The storm", "Rising costs", "The flood")),
    "passive_forced": ("{B} was forced to {act}.", ()),
    "sense_pressed_charges": ("{A} pressed charges against a former aide.", ()),
}
