"""Word lists the extractors share: linguistic knowledge as named constants, not inline literals.

Lemmas are lower-case. These are general English newswire conventions (cue verbs from the
SFU Gender Gap Tracker and textacy, meeting triggers from ACE Contact:Meet and CAMEO 040,
demand triggers from CAMEO 100/020); nothing here is specific to any one article.
"""

from __future__ import annotations

# Verbs that introduce reported speech ("..., she said"). Lemmas.
CUE_VERBS = frozenset(
    """
    say tell add note explain argue insist warn claim state write tweet post announce
    acknowledge confirm deny ask urge recall continue predict suggest respond reply
    declare concede admit point complain chant shout yell scream cry exclaim whisper
    mutter call describe testify recount remark observe stress emphasize emphasise
    caution contend assert maintain vow promise pledge threaten agree disagree boast
    joke quip lament concede counter retort answer inform report reveal disclose
    acknowledge estimate predict wonder question demand plead beg urge cite accuse
    charge allege blast slam praise criticize criticise brag sing read proclaim repeat
    """.split()
)


# Nouns that head an anonymous-source description ("a source familiar with ...").
ANONYMOUS_NOUNS = frozenset(
    """
    source sources official officials aide aides person people insider insiders
    spokesman spokeswoman spokesperson representative representatives witness witnesses
    resident residents neighbor neighbour neighbors neighbours student students
    villager villagers protester protesters protestor protestors member members
    leader leaders worker workers employee employees observer observers analyst analysts
    reporter reporters journalist journalists parent parents teacher teachers voter voters
    """.split()
)

# Title and role words that may stand before a name, capitalised or not ("Mayor Ines Calder").
TITLE_WORDS = frozenset(
    """
    president vice mayor governor gov gov. senator sen sen. rep rep. representative
    congressman congresswoman congressmember speaker secretary minister chancellor chief
    director chairman chairwoman chair chairperson commissioner judge justice attorney
    general sheriff officer detective captain lieutenant sergeant coach manager ceo cfo
    coo executive spokesman spokeswoman spokesperson dean provost professor prof prof.
    superintendent principal councilman councilwoman councillor councilor alderman
    leader king queen prince princess pope bishop archbishop cardinal rev rev. reverend
    ambassador prosecutor inspector sub-inspector czar tsar premier deputy assistant
    treasurer auditor comptroller trustee founder owner lawmaker legislator delegate mp
    lord dame gen gen. col col. lt lt. sgt sgt. capt capt. adm adm. cmdr cmdr. trooper
    coordinator quarterback pitcher striker goalkeeper player analyst economist steward
    strategist adviser advisor counsel lawyer editor reporter correspondent anchor
    historian scientist researcher doctor dr dr. nurse surgeon chairman-elect
    president-elect commander marshal warden administrator supervisor organizer
    organiser activist candidate nominee member resident student parent teacher
    supporter opponent critic neighbor neighbour villager farmer owner
    worker employee official representative liaison staffer aide head boss partner
    engineer architect firefighter pilot driver chef artist singer actor actress author
    writer novelist poet designer developer programmer accountant banker investor
    entrepreneur economist physician dentist pharmacist paramedic veteran soldier
    sailor marine agent investigator spokesperson consultant contractor builder
    landlord tenant shopkeeper merchant vendor customer patient victim survivor
    witness mother father son daughter wife husband sister brother grandmother
    grandfather uncle aunt cousin friend neighbour bystander lieutenant-governor
    attorney-general solicitor barrister magistrate clerk registrar mayor-elect
    governor-elect senator-elect rabbi imam pastor priest minister monk nun chaplain
    maj. cpl. pvt. det. supt. insp. atty. amb. pres. sec. msgr. fr. major corporal
    private ambassador envoy diplomat mediator negotiator arbitrator consul attache
    chancellor-elect premier-elect governor-general viceroy emir sheikh sultan collector
    whip cm mla mlc mep msp celebrity personality panelist panellist athlete musician
    comedian entertainer presenter rector midfielder defender winger prefect
    """.split()
)

# Courtesy titles: not roles, but they mark a name and often its gender.
HONORIFICS = {
    "mr": "male",
    "mr.": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
    "miss": "female",
    "sir": "male",
    "dame": "female",
    "dr": None,
    "dr.": None,
}

# Role words that say the holder's gender.
GENDERED_ROLE_WORDS = {
    "spokeswoman": "female",
    "chairwoman": "female",
    "congresswoman": "female",
    "councilwoman": "female",
    "businesswoman": "female",
    "queen": "female",
    "princess": "female",
    "mother": "female",
    "wife": "female",
    "daughter": "female",
    "sister": "female",
    "grandmother": "female",
    "actress": "female",
    "spokesman": "male",
    "chairman": "male",
    "congressman": "male",
    "councilman": "male",
    "businessman": "male",
    "king": "male",
    "prince": "male",
    "father": "male",
    "husband": "male",
    "son": "male",
    "brother": "male",
    "grandfather": "male",
}

PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}

# Offices a writer may name instead of the holder ("the mayor said"): elected or appointed
# posts held by one person in the story's place, unlike "the officer" or "the nurse".
OFFICE_TITLES = frozenset(
    """
    mayor governor president premier chancellor senator congressman congresswoman speaker
    minister secretary commissioner superintendent sheriff prosecutor ambassador pope
    king queen prince princess chairman chairwoman chairperson chair ceo treasurer
    comptroller auditor provost dean principal coach manager alderman councilman
    councilwoman councillor councilor attorney-general lieutenant-governor sultan emir
    emperor empress
    """.split()
)

# Nicknames newswire uses for an office rather than a name ("POTUS" is the president).
OFFICE_NICKNAMES = {"potus": "president"}

# Nouns whose definite form names an organisation already in the story ("the company said").
ORG_DESCRIPTORS = frozenset(
    """
    company firm corporation business employer union agency authority department ministry
    government administration council board committee commission organization
    organisation group campaign team club university college school hospital
    district city county state office bureau police
    """.split()
)

# Words that make a capitalised token an organisation, not a person, inside a name span.
ORG_HEAD_WORDS = frozenset(
    """
    association union guild syndicate council department university college school hall church
    company corporation inc inc. corp corp. ltd ltd. llc committee commission agency
    board party nation tribe office center centre institute foundation police fire
    development group partners holdings systems capital bank fund industries
    enterprises media news press post times network labs technologies airlines
    airways motors energy services solutions properties realty construction foods
    pharmaceuticals ventures club league fc co co. plc gmbh ag sa llp lp trust
    society alliance coalition federation network hospital clinic museum
    division bureau unit ministry authority administration directorate secretariat
    """.split()
)

# Meeting triggers (ACE Contact:Meet; CAMEO 040). Lemmas of verbs and nouns.
MEETING_VERBS = frozenset({"meet", "huddle", "confer", "negotiate", "sit", "host", "visit"})
MEETING_NOUNS = frozenset(
    """
    meeting sit-down face-to-face talks summit session negotiation negotiations
    huddle call hearing town-hall
    """.split()
)

# Demand triggers (CAMEO 100 'demand', 020 'appeal'). Lemmas.
DEMAND_VERBS = frozenset(
    """
    want demand urge press push ask insist pressure seek require order call implore
    beg plead request expect
    """.split()
)

# Words that put an event in the future or the past when they govern a meeting trigger.
FUTURE_MARKERS = frozenset({"will", "wo", "'ll", "shall", "scheduled", "planned", "upcoming"})
FUTURE_MARKERS |= frozenset({"next", "expected", "set", "slated", "tomorrow", "later", "plan"})
PAST_MARKERS = frozenset({"last", "earlier", "ago", "previous", "first", "yesterday"})


# Nouns that head a phrase naming a body or a group of people: such a phrase can be a party
# (a meeting's participant, a demand's maker or addressee) even with no name in it.
GROUP_NOUNS = frozenset(
    """
    operator utility maker broker startup
    union council board ministry government administration cabinet committee commission agency
    department company firm corporation authority legislature parliament congress senate
    assembly court party coalition alliance association federation league club team office
    guild syndicate bureau police city state county district school university college
    campaign group
    organization organisation nation country crowd public community family staff management
    industry majority opposition regime military army embassy delegation enforcement
    authorities protester protestor demonstrator marcher resident worker member employee
    student parent teacher nurse voter citizen villager farmer official leader lawmaker
    legislator activist critic opponent supporter shareholder investor executive diplomat
    regulator negotiator petitioner pastor prosecutor senator democrat republican ally neighbor
    neighbour tenant business retailer manufacturer automaker people lawyer attorney striker
    picketer speaker caller commenter organizer organiser advocate proponent backer donor
    taxpayer homeowner landlord commuter rider driver passenger customer consumer patient
    victim survivor veteran immigrant refugee fisherman miner pilot doctor firefighter officer
    panel caucus carrier power leadership audience representative delegate manager
    minister mediator envoy counterpart constituent agitator trustee tribe negotiators
    administrator player owner insurer bank airline producer supplier lender broadcaster
    hospital rebel insurgent militant separatist
    """.split()
)
# Person nouns among them that name a group only in the plural ("residents", not "a resident").
PLURAL_ONLY_GROUP_NOUNS = frozenset(
    """
    protester protestor demonstrator marcher resident worker member employee student parent
    teacher nurse voter citizen villager farmer official leader lawmaker legislator activist
    critic opponent supporter shareholder investor executive diplomat regulator negotiator
    petitioner pastor prosecutor senator democrat republican ally neighbor neighbour tenant
    business retailer manufacturer automaker lawyer attorney striker picketer speaker caller
    commenter organizer organiser advocate proponent backer donor taxpayer homeowner landlord
    commuter rider driver passenger customer consumer patient victim survivor veteran immigrant
    refugee fisherman miner pilot doctor firefighter officer representative delegate manager
    minister mediator envoy counterpart constituent agitator trustee negotiators administrator
    player owner rebel insurgent militant separatist
    """.split()
)

# People named by where they live or whom they follow, not by a body they act for: a name
# in front of them ("Kelby farmers", "Dunmore residents", "Ruiz supporters") is their place
# or their leader, whatever the model tags it, so the group keeps its whole description.
DESCRIBED_GROUPS = frozenset(
    "resident villager farmer citizen local voter taxpayer homeowner tenant commuter "
    "fisherman fishermen neighbor neighbour grower rancher shopkeeper trader motorist "
    "pensioner parent family community townspeople islander dweller landowner "
    "supporter backer ally loyalist follower fan".split()
)

# Last words of a body's name that every country, city or organisation has one of: "the
# Foreign Office", "the executive committee". A name of its own ("Gazprom", "Brightwater
# Energy") needs no owner, and "Kelmar's Brightwater Energy" only describes it.
GENERIC_BODY_HEADS = frozenset(
    """
    office ministry department committee council commission parliament assembly court
    cabinet board agency police army navy bureau directorate secretariat authority
    administration senate congress government embassy consulate service tribunal
    """.split()
)

# Possessive endings as the tokenizer splits them off ("Acme" + "'s").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
TIME_ENTS = frozenset({"DATE", "TIME"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Prepositions that put a counterpart beside the subject: "met with X", "talks between".
PARTNER_PREPS = frozenset({"with", "between", "among"})
HOPE_VERBS = frozenset({"hope", "wish"})
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
# Endings of nouns that name a doer: manager, director, activist, historian, trustee.
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person")

# Modifiers naming a party or political camp ("the Labour premier").
PARTY_MODIFIERS = frozenset(
    """
    democratic democrat republican gop conservative liberal labour labor socialist green
    progressive libertarian tory
    """.split()
)
