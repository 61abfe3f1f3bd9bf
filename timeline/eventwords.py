"""The English of events: TimeML event nominals, verb classes, and the words of time.

The trigger, headline and clause rules read these tables; the words of temporal
expressions are in `timeline.lexicon`.
"""

from __future__ import annotations

# Events (the trigger, headline and status rules): TimeML event nominals, verb
# classes, and the words of time a headline leaves out. Lemmas, lower-cased.
# Nouns that name a happening in news (TimeML event nominals), beyond the regular
# deverbal forms that `is_event_noun` recognises by their ending.
EVENT_NOUNS = frozenset("""
abduction accident acquittal address advance agreement anniversary appeal arrest arrival
assault attack auction audit ban battle bid blast blaze bombing boom boycott briefing
broadcast buy-out buyout campaign capture catastrophe ceasefire celebration ceremony
championship change clash close collapse collision comment concert conference conflict
contest conviction coup crackdown crash crisis crossing cut cutback deal death debate
debut decline decrease default defeat delay demonstration departure deployment detention
disappearance disaster dismantlement drop earthquake election embargo epidemic escape
execution experiment explosion failure fall festival fight filing final finals fire flight
flood funeral gain game grab growth hearing hijacking holiday hurricane inauguration
increase indictment inflow injury interview invasion journey jump kidnapping killing
landing launch lawsuit layoff loss march massacre match meeting merger mission move murder
negotiation nomination offer offering operation outbreak outflow payment plunge premiere
protest purchase quake quiz race raid rally rebound recession recovery redemption
referendum reform release remark repayment rescue resignation retirement return revision
riot rise ruling sale session shooting shutdown slaying slump speech split squeeze storm
stop stopover strike suit summit surge surgery takeover talk test tour tournament trade tragedy
transaction treaty trial trip truce turnaround ultimatum uprising verdict visit vote
voyage walkout war wedding withdrawal
boost dip downturn runup selloff setback slide slowdown spurt upturn
crime incident request
banquet breakfast dinner lunch luncheon
buy-back buyback cease-fire break-up lay-off phase-out pull-out pullout run-up sell-off
shake-up shakeup take-over walk-out write-down write-off writedown writeoff
""".split())
# Nouns with an event ending that name a thing, a body or a state instead, and figures
# ("sales" are a figure, "the sale of a unit" a happening).
NOT_EVENT_NOUNS = frozenset("""
administration apartment association attention audience balance basement building ceiling
clothing commission condition confidence corporation department difference direction
distance division document earnings edition element environment equipment evidence
existence experience feeling finance foundation generation government holding housing
importance independence influence information institution instrument insurance
intelligence legislature location management meaning moment morning evening nation
organization parliament population portion position presence province question reference
region relation residence saving science section segment sentence sequence setting
situation station television thing tradition violence version mansion pension occasion
tension king ring wing string spring something nothing workstation
anything everything during according following
share income profit revenue sales results
""".split())

# Nouns of a state that holds for a time, which a date such as "current" dates ("current
# market conditions", "its current financial difficulties"); TimeML marks them STATE.
STATE_NOUNS = frozenset("""
condition situation difficulty weakness strength trouble problem uncertainty volatility
tension turmoil shortage climate mood
""".split())
# Endings of regular deverbal nouns ("election", "announcement", "bombing").
EVENT_ENDINGS = ("tion", "sion", "ment", "ing")
# Reported figures: TimeBank makes them the event when "have" or "report" only carries
# them ("had a loss of $5.5 million for the quarter", "report net income for the third
# quarter"), not when they are a subject ("third-quarter profit jumped").
FIGURES = frozenset("""
income profit loss earnings results sales revenue gain charge outflow write-down write-off
writedown writeoff performance
""".split())
# Verbs that relate one event to another, which TimeBank leaves as the link and dates
# the object ("followed little change this year", "results included a gain").
RELATIONAL = frozenset({"follow", "include", "precede", "reflect", "cause",
                        "spark", "represent", "compare"})
# Verbs that tell how an amount moved or what it came to ("net income fell 5%", "sales
# topped $1 billion"): TimeBank dates such a verb, not the figure or counted event noun
# that is its subject ("third-quarter loan originations dropped"), where it dates the
# figure that only had something done to it ("the year-ago results have been restated").
MOVING = frozenset({"rise", "fall", "drop", "jump", "climb", "decline", "increase",
                    "decrease", "slip", "surge", "plunge", "soar", "grow", "tumble", "gain",
                    "slide", "edge", "advance", "sink", "slump", "dip", "double", "triple",
                    "shrink", "improve", "ease", "total", "reach", "top", "exceed"})
# Verbs that hand the event to their complement ("was weak", "remained due"). "Become"
# is not one: a change of state is itself the event ("had become routine over the past
# decade", "became the subject of a manhunt in November").
COPULAS = frozenset({"be", "remain", "seem", "appear"})
# Verbs that hand the event to their object: "held talks", "had a loss", "made a visit".
LIGHT_VERBS = frozenset({"hold", "take", "conduct", "stage", "undergo"})
# Verbs whose infinitive is what a future date dates: "planned to pay Friday".
PLANNING = frozenset({"plan", "schedule", "slate", "set", "expect", "intend", "aim",
                      "prepare", "due", "hope", "want", "seek", "propose", "arrange"})
REPORTING = frozenset({"say", "tell", "report", "announce", "state", "add", "note", "claim",
                       "explain", "confirm", "declare", "disclose", "reveal", "write",
                       "quote", "predict", "stress", "warn", "insist"})
# Verbs whose subject is who a pronoun of their reported clause usually is.
SAYING = REPORTING | {"believe", "think", "hope", "admit", "deny", "acknowledge", "argue",
                      "maintain", "contend", "promise", "vow", "indicate", "estimate", "reckon"}
# Verbs of telling whose passive subject is whom a pronoun of the told clause usually is.
TOLD = frozenset({"tell", "inform", "warn", "assure", "notify", "advise", "remind"})
# Verbs that move a happening to another time: the date of their "until" or "to" phrase is
# where it goes, not when it was moved ("postponed [until June 12]").
MOVED_AHEAD = frozenset({"postpone", "delay", "defer", "adjourn", "extend", "reschedule",
                         "push", "put", "move", "suspend", "recess", "bring"})
# Verbs whose object is a length of time they measure ("took three months", "lasted a week").
MEASURING = frozenset({"take", "last", "spend", "need", "require"})
# Verbs whose participle complement only tells the state of what they found ("was found
# clinging to an inner tube"): the finding is the event.
DISCOVERY = frozenset({"find", "discover", "spot", "see", "leave", "catch"})
PERCEPTION = frozenset({"see", "hear", "watch", "observe", "notice", "witness", "feel"})
ASPECTUAL = frozenset({"begin", "start", "continue", "end", "finish", "stop", "resume",
                       "complete", "cease", "halt", "initiate", "terminate", "commence"})
I_ACTION = frozenset({"try", "attempt", "promise", "offer", "order", "ask", "urge", "vow",
                      "pledge", "threaten", "agree", "decide", "refuse", "allow", "permit",
                      "request", "demand", "call", "authorize", "approve", "delay", "postpone",
                      "cancel", "avoid", "prevent", "seek"})
I_STATE = frozenset({"believe", "think", "want", "need", "fear", "hope", "expect", "wish",
                     "intend", "plan", "consider", "doubt", "worry", "suspect", "like"})
TIME_WORDS = frozenset("""
day days week weeks month months year years time times date dates period periods morning
mornings night nights afternoon afternoons evening evenings weekend weekends quarter
quarters decade decades century centuries season seasons hour hours minute minutes today
yesterday tomorrow tonight now ago earlier later early late past next last this that
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec spring summer fall autumn winter midnight noon dawn dusk a.m. p.m. am pm
""".split())
# Near-synonyms of news happenings: two reports naming one happening often name it
# differently ("the blast", "the bombing", "the explosion"), so across articles a word of
# a family is the same trigger as any other of it (its first word names it). Lemmas and
# nouns, lower-cased.
HAPPENING_FAMILIES = (
    tuple("bomb bombing blast explode explosion attack".split()),
    tuple("kill killing slay slaying murder assassinate "
           "assassination".split()),
    tuple("talk talks negotiate negotiation negotiations meet meeting".split()),
    tuple("vote election elect ballot poll referendum".split()),
    tuple("arrest detain detention apprehend".split()),
    tuple("resign resignation quit".split()),
    tuple("crash collision collide".split()),
    tuple("quake earthquake tremor".split()),
    tuple("buy acquire acquisition purchase takeover".split()),
)
# Verbs whose happening is their event-noun subject: "the bombings occurred", "the blast
# claimed 217 lives", "the explosion that took place", "killed in the blast".
CARRIER_VERBS = frozenset({"occur", "happen", "take", "claim", "kill"})
# Verbs of a reaction: who reacts tells one reaction from another ("Iran condemned",
# "the Philippine president condemned").
REACTING = frozenset({"condemn", "deplore", "denounce", "welcome", "praise", "criticize",
                      "criticise", "hail", "applaud", "mourn", "regret", "blame", "protest",
                      "reject", "express", "urge", "congratulate", "thank", "sympathize"})
# Lower-case words inside place names ("Dar es Salaam", "Rio de Janeiro").
NAME_PARTICLES = frozenset({"es", "de", "del", "da", "do", "dos", "du", "la", "le", "el",
                            "al"})
# Verbs that choose a time for an event, which may take the date as their object: "set
# Friday as the deadline for ...", "picked Saturday night as the optimal time".
CHOOSING = {"set", "pick", "choose", "name", "fix", "select", "designate"}
