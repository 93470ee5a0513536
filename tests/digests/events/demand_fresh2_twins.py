"""Negative twins of the second fresh demand suite: the same words in another sense, which
must give no demand. Keyed by the positive class they shadow; filled like its templates.

Modality traps (negation, plans, questions, conditions) are the mtrap helper's suite; these
are senses: a phone call, a button pressed, demand for goods, a factual 'insisted', a
forecast 'will', an appeal against a ruling, a lobby of a hotel, and so on.
"""

from __future__ import annotations

TWINS: dict[str, list[str]] = {
    "demand_that": [
        "{A} said demand for electricity had fallen sharply this winter.",
        "{A} said the job was demanding but rewarding.",
        "Demand for new homes near {B} has doubled, {a} said.",
        "{A} noted that {B} had met every demand made of it last year.",
    ],
    "call_on": [
        "{A} called {B} on Tuesday to discuss the budget.",
        "{A} took calls from listeners on Monday evening.",
        "{A} was on call at the hospital all weekend.",
        "{A} called the result a great day for the town.",
    ],
    "urge": [
        "{A} resisted the urge to reply to critics online.",
        "{A} said there was no urgency about the review.",
        "{A} spoke about an urgent shortage of nurses.",
        "{A} described the situation as urgent but stable.",
    ],
    "press_push": [
        "{A} pressed ahead with plans to {act}.",
        "{A} pushed back the opening of the new bridge.",
        "{A} told the press that talks with {B} had gone well.",
        "{A} faces a pressing shortage of staff this winter.",
    ],
    "court_filing": [
        "{A} appeared in court on Monday in a separate case.",
        "The court ruled that {B} had acted lawfully, {a} said.",
        "{A} won the case against {B} last year.",
        "{A} said the judge had retired in March.",
    ],
    "injunction": [
        "{A} said the injunction against {B} expired last year.",
        "{A} stopped at {B} on the way to the airport.",
        "{A} said nothing could stop the town from growing.",
        "{A} was prevented by snow from reaching the hearing.",
    ],
    "petition_appeal_lobby": [
        "{A} appealed against the ruling on Monday.",
        "The idea appealed to younger voters, {a} said.",
        "{A} met {B} in the hotel lobby on Monday.",
        "{A} said the lobby of the new library would open in May.",
    ],
    "want": [
        "{A} wants to expand into new markets next year.",
        "{A} said it wanted to thank {B} for its support.",
        "{A} said the town was in want of nothing.",
        "{A} has wanted to visit the islands for years.",
    ],
    "demand_noun": [
        "{A} said demand for copper would keep growing.",
        "{A} said the new service was available on demand.",
        "{A} said the call with {B} lasted an hour.",
        "{A} said the request for tickets had overwhelmed the box office.",
    ],
    "ultimatum_deadline": [
        "{A} gave {B} a tour of the new plant on Friday.",
        "The deadline for entries is Friday, {a} said.",
        "{A} gave {B} a warm welcome on Monday.",
        "{A} met the deadline for filing its accounts.",
    ],
    "insist_request_that": [
        "{A} insisted that the figures were accurate.",
        "{A} insisted that {B} had done nothing wrong.",
        "{A} insisted that the talks had been friendly.",
        "{A} insisted on Monday that the plan had worked.",
    ],
    "reported_modal": [
        "{Bc} will {act} next month, {a} said.",
        "{Bc} could {act} as early as May, {a} said.",
        "{A} said {B} had agreed to {act}.",
        "{Bc} is expected to {act} in the spring, {a} said.",
    ],
    "quoted_cue": [
        '"{Bc} will {act} next year," {a} said.',
        '"We met {B} on Monday," {a} said.',
        '"{Bc} has done a good job," {a} said.',
        '"We called {B} last night," {a} said.',
    ],
    "warn_tell_order": [
        "{A} warned that storms could close the coast road.",
        "{A} told {B} that the talks had gone well.",
        "{A} ordered new equipment for the clinic.",
        "{A} told reporters the weather had been kind.",
    ],
    "renewed_joined_calls": [
        "Calls to the emergency line grew over the weekend, {a} said.",
        "{A} joined {B} for dinner on Friday.",
        "{A} renewed its lease on the old warehouse.",
        "{A} led the parade through the town on Sunday.",
    ],
    "seek_from": [
        "{A} is seeking re-election next year.",
        "{A} received {thing} from {B} last week.",
        "{A} bought new equipment from {B}.",
        "{A} heard from {B} on Monday about the plan.",
    ],
    "passive_agent": [
        "{Bc} was praised by {a} for its work.",
        "{Bc} was visited by {a} on Monday.",
        "{Bc} was asked about the plan by reporters and said little.",
        "{Bc} was told about the decision on Monday.",
    ],
    "pronoun_asker": [
        "{A} spoke at a rally on Monday. {Apron} thanked {B} for the support.",
        "{A} addressed reporters on Tuesday. {Apron} said {B} had acted well.",
        "{A} released a statement on Friday. {Apron} welcomed the new budget.",
        "{A} held a news conference on Monday. {Apron} said the vote went well.",
    ],
    "countries": [
        "{A} and {B} signed a trade agreement on Monday.",
        "{A} welcomed the new ambassador from {B}.",
        "{A} beat {B} in the final on Sunday.",
        "{A} said exports to {B} rose last year.",
    ],
    "news_asides": [
        "In a letter to {B}, {a} thanked {Bobj} for its help.",
        "{A}, in a statement on Monday, welcomed the report.",
        "Speaking to reporters, {a} praised {B}.",
        "{A} wrote to {B} to congratulate {Bobj} on the award.",
    ],
    "reported_layer": [
        "{A} said it had met {B} twice this year.",
        "{A} said in a statement that it had thanked {B}.",
        "A spokesperson for {a} said the group welcomed the decision.",
        "{A} confirmed that it had written to {B} about the award.",
    ],
    "giver_group": [
        "{A} bought new equipment from {B} last year.",
        "{A} needs more time to finish the survey.",
        "{A} received letters of support from {B}.",
        "{A} needs more money to finish the survey.",
    ],
    "passive_no_agent": [
        "{Bc} was praised for its work.",
        "{Bc} has been asked about the plan several times.",
        "Calls grew louder as the match went on.",
        "{Bc} was told about the plan on Monday.",
    ],
}
