"""An outside tester's CheckList for people on unseen news: bodies, hard names, passing names.

Written as if by someone who never saw the eval articles: short invented articles (2-4
sentences) crossed with invented fillers, one class per phenomenon of issue 16.

- bodies the small model may tag PERSON (clubs, companies named after founders, parties,
  unions, newspapers and broadcasters, ships, storms, awards, buildings named after people):
  none may be listed as a person;
- real people it misses or cuts (West African, South Asian, East Asian, Arabic, Spanish
  double-surname and Vietnamese names, royals and single names, names after long titles,
  initials, lower-case particles): each must be ONE person (the later short mention merged),
  with the right role;
- people named only in passing (inside a quote, in a body's or a place's name, a byline, a
  historical label): negative twins, not listed;
- roles: apposition after and before, "who is the ...", former/acting, possessive owners,
  a post stated in a later sentence, spokespeople of bodies.

`present` entries may give alternatives split by "|" (a royal listed as "Prince Ander" or
"Ander"); `count` is the number of people the digest must list (a short later mention
listed apart fails it).
"""

from __future__ import annotations

from dataclasses import dataclass

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# actors who stand beside the class under test (invented pairs)
ACTORS = [
    ("Ines", "Varga"),
    ("Tobias", "Brandt"),
    ("Clara", "Moreau"),
    ("Felix", "Aldana"),
    ("Maya", "Lindholm"),
    ("Jonas", "Petrak"),
    ("Elena", "Sorvino"),
    ("Martin", "Holloway"),
    ("Sofia", "Kardas"),
    ("Lukas", "Ferrante"),
]
TOWNS = ["Kelvara", "Ostrin", "Morvala", "Dessin", "Varnholm", "Talbrec", "Essenor", "Quillan"]


@dataclass(frozen=True)
class UnseenCase:
    cls: str
    text: str
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    role_word: str | None = None
    count: int | None = None


def _actor(i: int) -> tuple[str, str]:
    first, last = ACTORS[i % len(ACTORS)]
    return f"{first} {last}", last


def _day(i: int) -> str:
    return DAYS[i % len(DAYS)]


# --- (a) bodies the model may tag PERSON ------------------------------------------------

CLUBS = [
    ("Oakridge United", "Pellam Rovers"),
    ("Dunmore City", "Harwick Athletic"),
    ("Kelby Wanderers", "Ostvale Albion"),
    ("Vesby Town", "Marrow Rangers"),
    ("Brackley Rovers", "Tamsin United"),
    ("Corran City", "Eldham Town"),
    ("Fallow Athletic", "Stanmoor Wanderers"),
    ("Greywell United", "Linsby City"),
]
COMPANIES = [
    ("Halvorsen & Sons", "Halvorsen"),
    ("Okafor and Partners", "Okafor"),
    ("Mbeki Brothers", "Mbeki"),
    ("Lindqvist Group", "Lindqvist"),
    ("Brennan & Co", "Brennan"),
    ("Tanaka Holdings", "Tanaka"),
    ("Haddad Motors", "Haddad"),
    ("Ferreira Foods", "Ferreira"),
]
PARTIES = [
    "Renew Kelvara",
    "Forward Ostrin",
    "the Morvala People's Party",
    "the Dessin Liberal Alliance",
    "Together Varnholm",
    "the National Renewal Party",
    "the Talbrec Labour Front",
    "the Essenor Green Movement",
]
UNIONS = [
    "the Kelvara Nurses Union",
    "the Transport Workers Federation",
    "the Amalgamated Dockers",
    "the Ostrin Teachers Guild",
    "the Miners' Alliance",
    "the Postal Workers Union",
    "the Morvala Bus Drivers Association",
    "the Federation of Hospital Porters",
]
PUBLICATIONS = [
    "the Daily Ledger",
    "the Morvala Herald",
    "Radio Kelvara",
    "the Ostrin Times",
    "Channel Vesby",
    "the Pellam Gazette",
    "the Evening Courier",
    "the Dessin Chronicle",
]
VESSELS = [
    "Amara Jensen",
    "Grace Halvorsen",
    "Lady Mirela",
    "Saint Oren",
    "Karin Dahl",
    "Nadia Rose",
]
STORMS = [("Storm", "Idris"), ("Cyclone", "Mirela"), ("Typhoon", "Kelmar"), ("Storm", "Odalys")]
STORMS += [("Tropical Storm", "Benedikt"), ("Cyclone", "Zaria")]
AWARDS = [
    "the Okoye Prize",
    "the Halvorsen Medal",
    "the Ruth Adler Award",
    "the Mensah Cup",
    "the Kwame Asante Prize",
    "the Lindqvist Trophy",
]
BUILDINGS = [
    ("the Amara Okoye Centre", "Amara Okoye"),
    ("the Kofi Mensah Stadium", "Kofi Mensah"),
    ("the Grace Mwangi Hospital", "Grace Mwangi"),
    ("the Ravi Menon Library", "Ravi Menon"),
    ("the Nelson Adeyemi Hall", "Nelson Adeyemi"),
    ("the Helga Strand Institute", "Helga Strand"),
]


def _bare(name: str) -> str:
    return name.removeprefix("the ")


def body_cases() -> list[UnseenCase]:
    cases = []
    for i, (club, rival) in enumerate(CLUBS):
        name, last = _actor(i)
        day = _day(i)
        cases += [
            UnseenCase(
                "org_club",
                f"{club} beat {rival} 2-1 on {day}. {club} climbed to third in the table.",
                absent=(club, rival),
            ),
            UnseenCase(
                "org_club",
                f"{club} manager {name} said the squad was tired after {day}'s win over "
                f"{rival}. {last} rested four players.",
                present=(name,),
                absent=(club, rival),
                role_word="manager",
                count=1,
            ),
        ]
    for i, (company, founder) in enumerate(COMPANIES):
        name, last = _actor(i + 1)
        day = _day(i)
        cases += [
            UnseenCase(
                "org_company",
                f"{company} said on {day} it would cut 200 jobs. {company} blamed higher "
                "costs for the decision.",
                absent=(company, founder),
            ),
            UnseenCase(
                "org_company",
                f"Shares in {company} fell on {day} after {name}, its chief executive, "
                f"resigned. {last} had led the firm for a decade.",
                present=(name,),
                absent=(company, founder),
                role_word="chief executive",
                count=1,
            ),
        ]
    for i, party in enumerate(PARTIES):
        name, last = _actor(i + 2)
        day = _day(i)
        opening = party[0].upper() + party[1:]
        cases += [
            UnseenCase(
                "org_party",
                f"{opening} won 40 seats on {day}, and {name}, its leader, claimed victory. "
                f"{last} promised a new budget.",
                present=(name,),
                absent=(_bare(party),),
                role_word="leader",
            ),
            UnseenCase(
                "org_party",
                f"{opening} said on {day} it would not join the coalition. "
                f"The decision was announced after a long meeting in {TOWNS[i % len(TOWNS)]}.",
                absent=(_bare(party),),
            ),
        ]
    for i, union in enumerate(UNIONS):
        name, last = _actor(i + 3)
        day = _day(i)
        opening = union[0].upper() + union[1:]
        cases += [
            UnseenCase(
                "org_union",
                f"{opening} called a strike for {day}. Its general secretary, {name}, said "
                f"members had been patient. {last} asked for talks.",
                present=(name,),
                absent=(_bare(union),),
                role_word="general secretary",
            ),
            UnseenCase(
                "org_union",
                f"{opening} rejected the pay offer on {day}. {opening} said it would ballot "
                "its members.",
                absent=(_bare(union),),
            ),
        ]
    for i, paper in enumerate(PUBLICATIONS):
        name, last = _actor(i + 4)
        day = _day(i)
        opening = paper[0].upper() + paper[1:]
        town = TOWNS[i % len(TOWNS)]
        cases += [
            UnseenCase(
                "org_publication",
                f"{opening} reported on {day} that the mayor of {town}, {name}, would resign. "
                f"{last} did not comment.",
                present=(name,),
                absent=(_bare(paper),),
                role_word="mayor",
            ),
            UnseenCase(
                "org_publication",
                f"According to {paper}, the budget was cut by a third. {opening} said on "
                f"{day} that it had seen the papers.",
                absent=(_bare(paper),),
            ),
        ]
    for i, vessel in enumerate(VESSELS):
        name, _ = _actor(i + 5)
        day = _day(i)
        cases += [
            UnseenCase(
                "org_vessel",
                f"The tanker {vessel} ran aground on {day}, port director {name} said. "
                f"Crews worked to refloat the {vessel}.",
                present=(name,),
                absent=(vessel,),
            ),
            UnseenCase(
                "org_vessel",
                f"The ferry {vessel} was held in port on {day} after an engine fire. "
                "Passengers were moved to another boat.",
                absent=(vessel,),
            ),
        ]
    for i, (kind, storm) in enumerate(STORMS):
        name, _ = _actor(i + 6)
        day = _day(i)
        cases += [
            UnseenCase(
                "org_storm",
                f"{kind} {storm} brought down power lines on {day}, {name}, the regional "
                f"governor, said. {storm} is expected to weaken by the weekend.",
                present=(name,),
                absent=(storm, f"{kind} {storm}"),
            ),
            UnseenCase(
                "org_storm",
                f"Schools closed on {day} as {kind} {storm} approached the coast. "
                f"Forecasters said {storm} would bring heavy rain.",
                absent=(storm, f"{kind} {storm}"),
            ),
        ]
    for i, award in enumerate(AWARDS):
        name, last = _actor(i + 7)
        day = _day(i)
        cases += [
            UnseenCase(
                "org_award",
                f"{name} won {award} on {day} for a novel about the war. {last} thanked "
                "the judges.",
                present=(name,),
                absent=(_bare(award),),
                count=1,
            ),
            UnseenCase(
                "org_award",
                # negative twin: a side named by a plural recurs by it as a subject
                f"{TOWNS[i % len(TOWNS)]} Rovers won {award} on {day}. Rovers thanked their fans.",
                absent=(f"{TOWNS[i % len(TOWNS)]} Rovers",),
            ),
        ]
    for i, (building, honoree) in enumerate(BUILDINGS):
        name, _ = _actor(i + 8)
        day = _day(i)
        cases += [
            UnseenCase(
                "org_building",
                f"Residents gathered at {building} on {day}, where {name}, the council "
                "leader, promised new funding.",
                present=(name,),
                absent=(honoree, _bare(building)),
            ),
            UnseenCase(
                "org_building",
                f"The roof of {building} collapsed on {day}. Nobody was hurt, the fire "
                f"service said, and {building} will stay closed.",
                absent=(honoree, _bare(building)),
            ),
        ]
    return cases


# --- (b) real people the model misses or cuts ---------------------------------------------

WEST_AFRICAN = [
    ("Kwabena", "Asante"),
    ("Chidinma", "Okeke"),
    ("Aminata", "Diallo"),
    ("Oluwaseun", "Adeyemi"),
    ("Yaw", "Boateng"),
    ("Ngozi", "Eze"),
    ("Moussa", "Traore"),
    ("Fatoumata", "Keita"),
    ("Emeka", "Nwosu"),
    ("Adwoa", "Mensah"),
]
SOUTH_ASIAN = [
    ("Priya", "Raghavan"),
    ("Sandeep", "Kulkarni"),
    ("Anjali", "Deshpande"),
    ("Mohammed", "Rafiq"),
    ("Harpreet", "Sandhu"),
    ("Venkatesh", "Iyer"),
    ("Farhana", "Chowdhury"),
    ("Rajesh", "Pillai"),
    ("Sunita", "Bhattarai"),
    ("Imran", "Qureshi"),
]
# surname first; the later mention is the surname, the first word
EAST_ASIAN = [
    ("Zhang", "Wei"),
    ("Liu", "Yang"),
    ("Kim", "Min-seo"),
    ("Park", "Ji-hoon"),
    ("Tanaka", "Hiroshi"),
    ("Sato", "Yuki"),
    ("Chen", "Mei"),
    ("Wang", "Jun"),
    ("Lee", "Soo-jin"),
    ("Huang", "Li"),
]
# (full name, later mention)
ARABIC = [
    ("Khalid al-Mansouri", "al-Mansouri"),
    ("Omar bin Saleh", "bin Saleh"),
    ("Yousef Al-Amiri", "Al-Amiri"),
    ("Layla el-Sayed", "el-Sayed"),
    ("Tariq Abu Zaid", "Abu Zaid"),
    ("Hamad bin Rashid", "bin Rashid"),
    ("Samira al-Khatib", "al-Khatib"),
    ("Nabil al-Rawi", "al-Rawi"),
]
# the later mention repeats the whole name (a surname alone: left alone, see the ppl notes)
SPANISH = [
    ("María Fernández Ortega", "María Fernández Ortega"),
    ("José Luis Ramírez Soto", "José Luis Ramírez Soto"),
    ("Lucía Gómez Herrera", "Lucía Gómez Herrera"),
    ("Javier Morales Peña", "Javier Morales Peña"),
    ("Andrés Castillo Vega", "Andrés Castillo Vega"),
    ("Carmen Ruiz Delgado", "Carmen Ruiz Delgado"),
    ("Diego Navarro Lozano", "Diego Navarro Lozano"),
    ("Elena Vargas Molina", "Elena Vargas Molina"),
]
# the later mention is the given name, the last word
VIETNAMESE = [
    ("Nguyen Thi Lan", "Lan"),
    ("Tran Van Minh", "Minh"),
    ("Le Thi Hoa", "Hoa"),
    ("Pham Van Duc", "Duc"),
    ("Vo Thi Mai", "Mai"),
    ("Hoang Van Nam", "Nam"),
    ("Dang Thi Thu", "Thu"),
    ("Bui Van Long", "Long"),
]
ROYALS = [
    ("Prince Ander", "Ander", "prince"),
    ("King Tomas III", "Tomas", "king"),
    ("Queen Maren", "Maren", "queen"),
    ("Princess Elowen", "Elowen", "princess"),
    ("Crown Prince Malik", "Malik", "prince"),
    ("Sultan Idrus", "Idrus", "sultan"),
    ("King Haralt V", "Haralt", "king"),
    ("Emir Tamran", "Tamran", "emir"),
]
# a single name after a title (many Indonesian and Brazilian public figures)
SINGLE = [
    ("Police spokesman", "Hartono", "spokesman"),
    ("Coach", "Rodrigo", "coach"),
    ("Defence minister", "Suryadi", "minister"),
    ("Midfielder", "Paulinho", "midfielder"),
    ("Regional governor", "Wiranto", "governor"),
    ("Army spokesman", "Setyawan", "spokesman"),
]
SINGLE_TWIN_BODIES = [
    "Harwick Holdings",
    "Trevan Group",
    "Ostrin Capital",
    "Pellam Partners",
    "Kelvara Energy",
    "Varn Media",
]
LONG_TITLES = [
    ("Deputy Minister for Rural Water Supply", "Kofi Asante", "deputy minister"),
    (
        "Permanent Secretary of the Ministry of Lands and Natural Resources",
        "Ama Owusu",
        "permanent secretary",
    ),
    (
        "Chairperson of the Parliamentary Committee on Health and Social Welfare",
        "Grace Wanjiru",
        "chairperson",
    ),
    ("Director-General of the Kelvara Revenue Authority", "Tunde Bakare", "director"),
    ("Minister of State for Foreign Affairs and Regional Integration", "Esi Ofori", "minister"),
    ("Commissioner for Roads and Public Works", "Halima Yusuf", "commissioner"),
    ("Chief Executive Officer of the Ostrin Ports Authority", "Daniel Mutua", "chief executive"),
    ("Vice-Chancellor of the University of Morvala", "Joyce Achieng", "vice-chancellor"),
]
INITIALS = [
    ("R. K. Menon", "Menon"),
    ("A.B. Okafor", "Okafor"),
    ("P K Sharma", "Sharma"),
    ("J. Mwangi", "Mwangi"),
    ("S. R. Iyengar", "Iyengar"),
    ("T. O. Bello", "Bello"),
    ("M.K. Das", "Das"),
    ("V. Lakshmi", "Lakshmi"),
]
PARTICLES = [
    ("Jan van der Berg", "Van der Berg"),
    ("Luis de la Cruz", "de la Cruz"),
    ("Anna von Holt", "von Holt"),
    ("Pieter de Vries", "De Vries"),
    ("Maria da Silva", "da Silva"),
    ("Joost van Dijk", "Van Dijk"),
    ("Carlos dos Santos", "dos Santos"),
    ("Ahmad bin Yusuf", "bin Yusuf"),
]
ROLE_BODIES = [
    ("minister of health", "the health ministry"),
    ("mayor", "the city"),
    ("chairman of the port authority", "the port authority"),
    ("governor", "the province"),
    ("head of the electoral commission", "the commission"),
]


def _name_class_cases(cls: str, people: list[tuple[str, str]]) -> list[UnseenCase]:
    """Three shapes per name: titled before, role after, quoted speaker; then the short form."""
    cases = []
    for i, (full, short) in enumerate(people):
        day = _day(i)
        town = TOWNS[i % len(TOWNS)]
        cases += [
            UnseenCase(
                cls,
                f"Health Minister {full} opened a clinic in {town} on {day}. {short} said "
                "the clinic would serve 20,000 people.",
                present=(full,),
                role_word="minister",
                count=1,
            ),
            UnseenCase(
                cls,
                f"{full}, the mayor of {town}, met traders on {day}. {short} promised to "
                "cut market fees.",
                present=(full,),
                role_word="mayor",
                count=1,
            ),
            UnseenCase(
                cls,
                f'"We will not close the school," {full} told parents in {town} on {day}. '
                f"{short} is the head teacher.",
                present=(full,),
                count=1,
            ),
        ]
    return cases


def name_cases() -> list[UnseenCase]:
    cases = []
    cases += _name_class_cases("name_west_african", [(f"{f} {s}", s) for f, s in WEST_AFRICAN])
    cases += _name_class_cases("name_south_asian", [(f"{f} {s}", s) for f, s in SOUTH_ASIAN])
    cases += _name_class_cases("name_east_asian", [(f"{f} {g}", f) for f, g in EAST_ASIAN])
    cases += _name_class_cases("name_arabic", ARABIC)
    cases += _name_class_cases("name_spanish", SPANISH)
    cases += _name_class_cases("name_vietnamese", VIETNAMESE)
    cases += _name_class_cases("name_initials", INITIALS)
    cases += _name_class_cases("name_particle", PARTICLES)
    for i, (titled, given, role) in enumerate(ROYALS):
        day = _day(i)
        town = TOWNS[i % len(TOWNS)]
        cases += [
            UnseenCase(
                "name_royal",
                f"{titled} visited flood victims in {town} on {day}. {given} promised "
                "help to rebuild their homes.",
                present=(f"{titled}|{given}|{titled.split(' ', 1)[1]}",),
                role_word=role,
                count=1,
            ),
            UnseenCase(
                "name_royal",
                f"The prime minister, {ACTORS[i][0]} {ACTORS[i][1]}, met {titled} on {day} "
                f"to discuss the crisis in {town}.",
                present=(f"{titled}|{given}|{titled.split(' ', 1)[1]}",),
                role_word=role,
            ),
        ]
    for i, (title, single, role) in enumerate(SINGLE):
        day = _day(i)
        cases += [
            UnseenCase(
                "name_single",
                f"{title} {single} said on {day} that the team would not give up. "
                f"{single} spoke after training.",
                present=(single,),
                role_word=role,
                count=1,
            ),
            UnseenCase(
                "name_single",
                f'"We expected more," {title.lower()} {single} told reporters on {day}.',
                present=(single,),
                role_word=role,
                count=1,
            ),
            UnseenCase(
                "name_single",
                # negative twin: a company holds the role word before a speaking name
                f'"We will keep the club," owner {SINGLE_TWIN_BODIES[i]} told fans on {day}.',
                absent=(SINGLE_TWIN_BODIES[i],),
            ),
        ]
    for i, (title, full, role) in enumerate(LONG_TITLES):
        day = _day(i)
        last = full.split()[-1]
        cases += [
            UnseenCase(
                "name_long_title",
                f"{title} {full} said on {day} that the project would finish next year. "
                f"{last} spoke at a press briefing.",
                present=(full,),
                role_word=role,
                count=1,
            ),
            UnseenCase(
                "name_long_title",
                f"The plan was announced on {day} by the {title} {full}, who promised more staff.",
                present=(full,),
                role_word=role,
                count=1,
            ),
        ]
    return cases


# --- (c) people named only in passing ---------------------------------------------------

PASSING = [
    ("Kwame", "Ofori"),
    ("Lena", "Marsh"),
    ("Ravi", "Chandran"),
    ("Odile", "Fournier"),
    ("Baraka", "Otieno"),
    ("Hanne", "Solberg"),
    ("Tomasz", "Wrona"),
    ("Amaka", "Obi"),
]


def passing_cases() -> list[UnseenCase]:
    cases = []
    for i, (first, last) in enumerate(PASSING):
        passing = f"{first} {last}"
        name, _ = _actor(i)
        day = _day(i)
        town = TOWNS[i % len(TOWNS)]
        cases += [
            UnseenCase(
                "passing_in_quote",
                f'"{passing} promised us a bridge and never built it," Mayor {name} said on '
                f"{day}. The council will vote on the plan next month.",
                present=(name,),
                absent=(passing, last),
            ),
            UnseenCase(
                "passing_in_quote",
                f'Councillor {name} said on {day}: "When {passing} ran this town, the '
                'buses came on time."',
                present=(name,),
                absent=(passing, last),
            ),
            UnseenCase(
                "passing_org_name",
                f"The {passing} Foundation gave 2 million to the hospital on {day}, "
                f"director {name} said.",
                present=(name,),
                absent=(passing, last),
            ),
            UnseenCase(
                "passing_org_name",
                f"Students at {passing} University protested on {day} against higher fees. "
                f"The university's rector, {name}, agreed to meet them.",
                present=(name,),
                absent=(passing, last),
            ),
            UnseenCase(
                "passing_place",
                f"Police closed {last} Street in {town} on {day} after a gas leak, "
                f"inspector {name} said.",
                present=(name,),
                absent=(last, passing),
            ),
            UnseenCase(
                "passing_place",
                f"Flights at {passing} International Airport were cancelled on {day}. "
                f"Airport manager {name} blamed the fog.",
                present=(name,),
                absent=(passing, last),
            ),
            UnseenCase(
                "passing_byline",
                f"By {passing}\n\nThe council of {town} approved the budget on {day}. "
                f"Council leader {name} called it fair.",
                present=(name,),
                absent=(passing, last),
            ),
            UnseenCase(
                "passing_byline",
                f"The council of {town} approved the budget on {day}. Council leader {name} "
                f"called it fair.\n\nReporting by {passing}; Editing by Sara Lunde",
                present=(name,),
                absent=(passing, last, "Sara Lunde"),
            ),
            UnseenCase(
                "passing_history",
                f"Mayor {name} said on {day} that the reform would undo the damage of the "
                f"{last} era.",
                present=(name,),
                absent=(last, passing),
            ),
            UnseenCase(
                "passing_history",
                f"The tax, a relic of the {last} years, was scrapped on {day}, finance "
                f"chief {name} said.",
                present=(name,),
                absent=(last, passing),
            ),
        ]
    return cases


# --- (d) roles --------------------------------------------------------------------------

ROLE_PEOPLE = [
    ("Aisha", "Bello"),
    ("Henrik", "Sand"),
    ("Marisol", "Cortez"),
    ("Dmitri", "Orlov"),
    ("Wanjiku", "Kamau"),
    ("Arjun", "Nair"),
    ("Beatriz", "Lopes"),
    ("Stefan", "Ilic"),
]
# (title, body, the title head a role must hold)
POSTS = [
    ("chief executive", "Kelvara Rail", "chief executive"),
    ("treasurer", "the Ostrin Farmers Union", "treasurer"),
    ("chairwoman", "the Morvala Water Board", "chairwoman"),
    ("director", "the Dessin Museum", "director"),
    ("president", "the Varnholm Chamber of Commerce", "president"),
    ("general manager", "Talbrec Airport", "general manager"),
    ("head coach", "Essenor Rovers", "coach"),
    ("secretary", "the Quillan Residents Association", "secretary"),
]


def role_cases() -> list[UnseenCase]:
    cases = []
    for i, ((first, last), (title, body, head)) in enumerate(zip(ROLE_PEOPLE, POSTS, strict=True)):
        name = f"{first} {last}"
        day = _day(i)
        owner = body.removeprefix("the ")
        cases += [
            UnseenCase(
                "role_appos_after",
                f"{name}, the {title} of {body}, said on {day} that prices would rise. "
                f"{last} blamed fuel costs.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_appos_after",
                f"The plan was defended on {day} by {name}, {title} of {body}.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_before",
                f"{owner} {title} {name} said on {day} that prices would rise.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_before",
                f"The {title} of {body}, {name}, said on {day} that prices would rise.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_who_is",
                f"{name}, who is the {title} of {body}, said on {day} that prices would rise.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_former",
                f"Former {title} {name} said on {day} that the board had ignored the "
                f"warnings. {last} left {body} last year.",
                present=(name,),
                role_word="former",
            ),
            UnseenCase(
                "role_former",
                f"{name}, a former {title} of {body}, criticised the plan on {day}.",
                present=(name,),
                role_word="former",
            ),
            UnseenCase(
                "role_acting",
                f"Acting {title} {name} told staff on {day} that no jobs would go.",
                present=(name,),
                role_word="acting",
            ),
            UnseenCase(
                "role_possessive",
                f"{owner}'s {title}, {name}, said on {day} that the deal was done.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_possessive",
                f"{owner} announced the deal on {day}. The group's {title}, {name}, called "
                "it a turning point.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_later",
                f"{name} told reporters on {day} that prices would rise. {last} is the "
                f"{title} of {body}.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_later",
                f"{name} said on {day} that prices would rise. {last}, who became {title} "
                f"of {body} last year, blamed fuel costs.",
                present=(name,),
                role_word=head,
            ),
            UnseenCase(
                "role_spokesperson",
                f"{name}, a spokesperson for {body}, said on {day} that the talks had stalled.",
                present=(name,),
                role_word="spokesperson",
            ),
            UnseenCase(
                "role_spokesperson",
                f'"The talks have stalled," {owner} spokeswoman {name} said on {day}.',
                present=(name,),
                role_word="spokeswoman",
            ),
            UnseenCase(
                "role_spokesperson",
                f"A spokesman for {body}, {name}, said on {day} that the talks had stalled.",
                present=(name,),
                role_word="spokesman",
            ),
        ]
    return cases


def unseen_cases() -> list[UnseenCase]:
    return body_cases() + name_cases() + passing_cases() + role_cases()
