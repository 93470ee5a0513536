"""The modality lexicon: the general English word classes modality.py reads (frames of
refusal, cancellation, denial, desire, request, doubt, absence, prevention), data only.

Split from modality.py so the walk's rules and the word classes are read apart, as
frames.py is for the meeting triggers.
"""

from __future__ import annotations

# Governing predicates, by frame. Lemmas; particle verbs are "lemma particle".
REFUSE = frozenset(
    "refuse decline reject rebuff snub boycott shun avoid spurn resist veto "
    "turn_down rule_out".split()
)
CANCEL = frozenset(
    "cancel postpone scrap delay suspend abandon scrub shelve defer axe nix halt "
    "call_off put_off break_off cut_off drop withdraw retract rescind".split()
)
DENY = frozenset("deny dismiss refute".split())
WISH = frozenset(
    "want wish hope like love desire seek aim strive try attempt long yearn look_to "
    "look_forward dream need".split()
)
# Weighing an event not yet decided: "is considering a meeting", "mulled talks with X".
MULL = frozenset("consider weigh contemplate mull ponder entertain".split())
# Taking up a proposal makes it agreed: "accepted an invitation to meet X".
ACCEPT = frozenset("accept take_up".split())
PROPOSE = frozenset(
    "propose suggest offer invite urge ask request demand press push plead appeal lobby "
    "encourage recommend insist call_for".split()
)
FAIL = frozenset("fail neglect".split())
# Staying away from the event: "skipped the meeting", "pulled out of the talks".
ABSENT = frozenset("skip miss pull_out stay_away back_out bow_out drop_out".split())
# Kept from the event: "was barred from meeting X", "stopped short of meeting X".
PREVENT = frozenset("bar prevent ban block stop forbid prohibit keep".split())
# Adjectives that deny the event to a subject: "was unable to meet X", "talks were impossible".
NOT_ADJ = frozenset("unable impossible".split())
# Adjectives of holding back: "was reluctant to urge X", "is unwilling to meet Y".
REFUSE_ADJ = frozenset("reluctant unwilling hesitant loath loth disinclined averse".split())
# What a report of the event is called when it did not happen: "reports of talks were false".
FALSE_ADJ = frozenset("false untrue baseless unfounded groundless fabricated fake".split())
WISH_ADJ = frozenset("eager willing ready keen open happy prepared anxious".split())
DOUBT_ADJ = frozenset("unclear uncertain unknown doubtful possible unlikely".split())
WISH_NOUNS = frozenset("hope wish desire dream willingness readiness".split())
PROPOSE_NOUNS = frozenset(
    "proposal offer invitation request call demand push appeal plea suggestion idea".split()
)
# Hearsay of an event not confirmed: "rumours of a meeting", "speculation about talks".
DOUBT_NOUNS = frozenset(
    "possibility prospect chance likelihood option question rumour rumor speculation".split()
)
REFUSE_NOUNS = frozenset("refusal rejection boycott".split())
CANCEL_NOUNS = frozenset("cancellation postponement suspension delay".split())
DENY_NOUNS = frozenset("denial".split())
# Verbs whose that-clause the writer reports as fact (the walk stops there).
REPORT = frozenset(
    "say tell announce report confirm add state note write disclose reveal explain "
    "acknowledge recall post tweet inform indicate show".split()
)
# Frames that take the event as given: "after the meeting", "when they met".
PRESUPPOSING_PREPS = frozenset(
    "after before during following at since ahead throughout in on from until amid despite".split()
)
PRESUPPOSING_MARKS = frozenset("when after before since while as once until because".split())
CONDITION_MARKS = frozenset("if unless".split())
HABIT_MARKS = frozenset("when whenever".split())
QUESTION_MARKS = frozenset("whether".split())
QUESTION_HEADS = frozenset("ask wonder question inquire know see decide".split())
NEGATING_PREPS = frozenset("without instead".split())
# Adverbs that turn a comparison into a choice against the event: "rather than meet X",
# "instead of meeting X".
NEGATING_ADVERBS = frozenset("rather instead".split())
# Frequency words: "once a year", "twice a month", "three times a week".
FREQUENCY_WORDS = frozenset("once twice thrice times".split())
PERIOD_WORDS = frozenset("day week fortnight month quarter year".split())
HEDGE_MODALS = frozenset("could might may can".split())
DEONTIC_MODALS = frozenset("should must ought".split())
HABIT_ADVERBS = frozenset(
    "usually often regularly routinely typically generally frequently sometimes rarely seldom "
    "always normally occasionally periodically customarily habitually weekly monthly "
    "annually daily yearly".split()
)
# Verbs of arranging: "a meeting is not expected / planned", negated, deny the event.
SCHEDULE = frozenset("expect plan schedule anticipate envisage foresee".split())
# Verbs a subject noun ("the meeting ...") needs for the clause's negation or modal to be
# about the event itself: "the meeting did not take place", not "the meeting did not help".
OCCURRENCE = frozenset(
    "take happen occur go materialize materialise proceed hold start begin resume "
    "come convene continue".split()
)
# Verbs whose "out of" / "away from" says who left or kept off: "pulled out of the talks".
EXIT_VERBS = frozenset({"pull", "stay", "back", "bow", "drop"})
