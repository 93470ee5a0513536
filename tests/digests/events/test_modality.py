"""The shared modality reading, alone: one trigger word per sentence, the expected reading.

Names, places and days are invented. Each row names the trigger by its word (first match).
"""

from __future__ import annotations

import pytest

from digests.events.modality import Modality, read_modality

M = Modality
CASES = [
    # real: past, ongoing, scheduled, reported
    ("Premier Talia Vorn met President Oskar Lind in Brevik on Tuesday.", "met", M.REAL),
    ("The two ministers held talks in Carrow on Monday.", "talks", M.REAL),
    ("Mayor Ines Taro will meet the union on Friday.", "meet", M.REAL),
    ("Senator Ivo Pell is expected to meet the governor next week.", "meet", M.REAL),
    ("The envoys agreed to meet again in Dunmore.", "meet", M.REAL),
    ("Aides said the chancellor would meet Prime Minister Raul Besk on Friday.", "meet", M.REAL),
    ("The talks will be held at the Grand Hotel.", "talks", M.REAL),
    ("After the meeting, the mayor refused to comment.", "meeting", M.REAL),
    ("When they met, Kessler did not mention the budget.", "met", M.REAL),
    ("The meeting was productive, officials said.", "meeting", M.REAL),
    ("The summit did not produce an agreement.", "summit", M.REAL),
    ("The minister flew to Ostrava to meet President Ada Quell.", "meet", M.REAL),
    ("The foreign minister arrived in Lusk for talks with his counterpart.", "talks", M.REAL),
    ("Governor Ben Arlo plans to meet the tribal leaders on Thursday.", "meet", M.REAL),
    ("Ahead of the summit, the minister declined to speak to reporters.", "summit", M.REAL),
    ("The ambassador, who met the king on Sunday, left on Monday.", "met", M.REAL),
    # negated
    ("Premier Talia Vorn did not meet President Oskar Lind.", "meet", M.NEGATED),
    ("The mayor never met the protesters.", "met", M.NEGATED),
    ("There was no meeting between the two sides.", "meeting", M.NEGATED),
    ("The minister has yet to meet the envoy.", "meet", M.NEGATED),
    ("The meeting did not take place.", "meeting", M.NEGATED),
    ("There are no plans to meet the rebels.", "meet", M.NEGATED),
    ("The delegation left without meeting the prime minister.", "meeting", M.NEGATED),
    ("The governor failed to meet the strikers.", "meet", M.NEGATED),
    # refused, denied, cancelled
    ("The president refused to meet the delegation.", "meet", M.REFUSED),
    ("The chairman turned down a meeting with the shareholders.", "meeting", M.REFUSED),
    ("Councillor Rhea Dunn declined an invitation to meet the mayor.", "meet", M.PROPOSED),
    ("The senator denied that he had met the lobbyist.", "met", M.DENIED),
    ("The senator denied meeting the lobbyist.", "meeting", M.DENIED),
    ("The talks were called off on Sunday.", "talks", M.CANCELLED),
    ("The ministry cancelled a meeting with the nurses' union.", "meeting", M.CANCELLED),
    ("The summit was postponed until March.", "summit", M.CANCELLED),
    ("The meeting, which was postponed, had been set for Monday.", "meeting", M.CANCELLED),
    # wished, proposed
    ("The mayor would like to meet the new police chief.", "meet", M.WISHED),
    ("Minister Kai Orrin hopes to meet his counterpart soon.", "meet", M.WISHED),
    ("The union said it was willing to meet the company.", "meet", M.WISHED),
    ("The opposition wants talks with the government.", "talks", M.WISHED),
    ("The council proposed a meeting with the residents.", "meeting", M.PROPOSED),
    ("The union called for talks with the management.", "talks", M.PROPOSED),
    ("Tenants asked for a meeting with the landlord.", "meeting", M.PROPOSED),
    ("The governor made an offer to meet the protesters.", "meet", M.PROPOSED),
    ("Residents urged the mayor to meet the families.", "meet", M.PROPOSED),
    ("They discussed a possible summit in Lorn.", "summit", M.HYPOTHETICAL),
    ("The leaders should meet soon.", "meet", M.WISHED),
    ("Workers are waiting for the union to meet the board.", "meet", M.WISHED),
    # hypothetical, question, generic
    ("If the two leaders meet, they will discuss trade.", "meet", M.HYPOTHETICAL),
    ("The ministers could meet as early as Friday.", "meet", M.HYPOTHETICAL),
    ("Any meeting would need the approval of the board.", "meeting", M.HYPOTHETICAL),
    ("He would meet them if they asked.", "meet", M.HYPOTHETICAL),
    ("Reporters asked whether the two presidents would meet.", "meet", M.QUESTION),
    ("It is unclear whether the leaders will meet.", "meet", M.QUESTION),
    ("Will the president meet the strikers?", "meet", M.QUESTION),
    ("The council usually meets on the first Monday of the month.", "meets", M.GENERIC),
    ("The board meets every Tuesday.", "meets", M.GENERIC),
    ("The ministers meet regularly to review the accord.", "meet", M.GENERIC),
    # demand triggers read the same way (the trigger's own word is never read)
    ("The union urged the board to raise wages.", "urged", M.REAL),
    ("The union did not demand a raise.", "demand", M.NEGATED),
    ("The mayor would ask the council to act if the fund ran dry.", "ask", M.HYPOTHETICAL),
    ("Officials said the minister would urge the banks to lend.", "urge", M.REAL),
    ("The guild dropped its demand for a pay rise.", "demand", M.CANCELLED),
    ("The tenants withdrew their request for a hearing.", "request", M.CANCELLED),
    ("The clinic should have warned the patients.", "warned", M.HYPOTHETICAL),
    ("The envoys would have met in Lorn.", "met", M.HYPOTHETICAL),
    ("Residents want a new school and demand a bus line.", "demand", M.REAL),
    ("The firm failed to obey an order requiring it to pay.", "requiring", M.REAL),
    ("The guild repeated its demand that the firm withdraw the fee.", "demand", M.REAL),
    ("The board rejected a request to postpone the vote.", "request", M.REFUSED),
    ("When tenants ask for repairs, landlords wait for weeks.", "ask", M.GENERIC),
    ("It is time for the board to withdraw the fee.", "time", M.REAL),
    ("When the envoys meet on Friday, they will sign the accord.", "meet", M.REAL),
    # weighed, hearsay, held back, chosen against, ended before it began (mtrap)
    ("The premier is weighing talks with the rebels.", "talks", M.HYPOTHETICAL),
    ("The mayor is considering a meeting with the tenants.", "meeting", M.HYPOTHETICAL),
    ("There were rumours of a meeting between the two rivals.", "meeting", M.HYPOTHETICAL),
    ("Speculation about talks with the union grew.", "talks", M.HYPOTHETICAL),
    ("The minister was reluctant to urge the banks to lend.", "urge", M.REFUSED),
    ("The envoy flew home rather than meet the rebels.", "meet", M.NEGATED),
    ("Instead of meeting the strikers, the governor flew to Lorn.", "meeting", M.NEGATED),
    ("The talks collapsed before they began.", "talks", M.NEGATED),
    ("The envoy was supposed to meet the king on Monday.", "meet", M.HYPOTHETICAL),
    ("The mayor dreams of meeting the queen.", "meeting", M.WISHED),
    ("The minister needs to meet the strikers urgently.", "meet", M.WISHED),
    ("The two envoys meet once a year to review the accord.", "meet", M.GENERIC),
    ("The postponed meeting took place on Monday.", "meeting", M.REAL),
    ("The envoy accepted an invitation to meet the king.", "meet", M.REAL),
    ("A meeting between the two envoys is not expected.", "meeting", M.NEGATED),
    ("Talks with the union are off the table, aides said.", "Talks", M.CANCELLED),
    ("The envoy backed out of a meeting with the king.", "meeting", M.NEGATED),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_reading(nlp, sentence: str, word: str, expected: Modality) -> None:
    doc = nlp(sentence)
    trigger = next(t for t in doc if t.text == word)
    reading = read_modality(trigger)
    assert reading.modality is expected, (sentence, reading)


def test_reading_names_its_cue(nlp) -> None:
    doc = nlp("The president refused to meet the delegation.")
    reading = read_modality(doc[4])
    assert not reading.is_real and reading.reason == "refuse"
