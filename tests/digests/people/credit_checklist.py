"""CheckList cases: writers named only in a tagline or contributor note are no people.

News copy often closes with a note about its makers: "AP writer X contributed to this
report", "X contributed reporting from Y", "X is a reporter for the Harbour Times", "X
covers transport for ...", "Contact X at ...", "- X, Harbour Times". The writer takes no
part in the story. Negative twins: a person the last line is about ("X is a nurse at the
city hospital. She said ..."), and a reporter who acts in the story ("X, a reporter for
the Harbour Times, asked Y ...") stay listed.

All names and outlets are invented.
"""

from __future__ import annotations

from .people_checklist import Case

SUBJECTS = [("Ines", "Varga"), ("Tobias", "Brandt"), ("Clara", "Moreau"), ("Felix", "Aldana")]
WRITERS = [("Lena", "Ostrova"), ("Mark", "Dunley"), ("Sara", "Kwint"), ("Omar", "Haddou")]
OUTLETS = ["Harbour Times", "Kelvara Courier", "Ostrin Daily", "Morvala Post"]
STORIES = [
    "Council leader {n} opened the new bridge on Monday. {l} said it cost less than planned.",
    "Union leader {n} called a strike for Friday. {l} said members had run out of patience.",
]
TAGLINES = [
    "{w} is a reporter for the {o}.",
    "{o} staff writer {w} contributed to this report.",
    "{w} contributed reporting from Dessin.",
    "{w} covers city hall for the {o}. Contact her at the newsroom.",
    "Contact {w} at the {o} newsroom.",
    "— {w}, {o}",
]


def credit_cases() -> list[Case]:
    cases: list[Case] = []
    for i, ((first, last), (wf, wl)) in enumerate(zip(SUBJECTS, WRITERS, strict=True)):
        n, w, o = f"{first} {last}", f"{wf} {wl}", OUTLETS[i]
        for story in STORIES:
            text = story.format(n=n, l=last)
            for tagline in TAGLINES:
                cases.append(
                    Case(
                        "tagline_writer",
                        f"{text}\n{tagline.format(w=w, o=o)}",
                        present=(n,),
                        absent=(w,),
                    )
                )
            cases += [
                Case(
                    "tagline_twin_story_person",
                    f"{text}\n{w} is a nurse at the city hospital. She said the change "
                    "would cut her commute.",
                    present=(n, w),
                ),
                Case(
                    "tagline_twin_story_person",
                    f"{text}\n{w}, a reporter for the {o}, asked {last} about the cost "
                    "at a briefing.",
                    present=(n, w),
                ),
            ]
    return cases
