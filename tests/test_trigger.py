"""Event triggers: the word a temporal expression dates, chosen by the parse (TimeML guidelines)."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.nominal import premodified_event
from timeline.trigger import _event_of_chain, find_trigger, headline_word

CASES = [
    # verbs: the predicate the date modifies
    ("Japan and the United States agreed Wednesday to closely cooperate.", "Wednesday", "agreed"),
    ("Bombs exploded outside the embassies on Friday.", "Friday", "exploded"),
    ("Tanzanian police said on Tuesday they had arrested 14 foreigners.", "Tuesday", "said"),
    # event nouns
    ("The June 12 summit will be held in Singapore.", "June 12", "summit"),
    ("He referred to the resolution in a speech six weeks ago.", "six weeks ago", "speech"),
    ("Thursday's ruling allows the boy to stay.", "Thursday", "ruling"),
    # predicative adjectives and copulas
    ("The company redeemed its debentures due March 1, 2011.", "March 1, 2011", "due"),
    ("Its European business was weak during the quarter.", "the quarter", "weak"),
    # an infinitive planned for the date, but not a date of the planning itself
    ("Some adults planned to apply for visas today.", "today", "apply"),
    ("Last week, federal officials sought to have the family sign.", "Last week", "sought"),
    # a "when" clause set off after the date describes what happened then
    ("His relatives have cared for him since November, when he was found at sea.",
     "November", "found"),
    ("She left Cuba in 1962 when she was 4.", "1962", "left"),
    # a copula hands the event to its complement; a cleft to the clause it singles out
    ("The company's stock was down 25 cents yesterday.", "yesterday", "down"),
    ("But it was not until Tuesday that Castro revealed his worries.", "Tuesday", "revealed"),
    # a planning verb's event object; an event noun in an "of" phrase before the date
    ("Protesters planned a large demonstration in Little Havana on Saturday.", "Saturday",
     "demonstration"),
    ("He probably died within weeks of his capture on March 26, 1996.", "March 26, 1996",
     "capture"),
    # a reported figure carried by "have" or "report", after the verb
    ("Operations had a loss of $5.5 million for the quarter.", "the quarter", "loss"),
    ("In the latest quarter, Aetna had a $23 million loss.", "the latest quarter", "had"),
    # a verb relating two events dates its object; an expected event noun its noun
    ("It had a net loss, compared with year-earlier profit of $3.8 million.", "year-earlier",
     "profit"),
    ("With the general election due this September, the figures came at a bad time.",
     "this September", "election"),
    # a date modifying a noun dates the verb that noun is the subject of
    ("America West reported third-quarter profit jumped 45%.", "third-quarter", "jumped"),
    # ... and the noun itself when it is not a subject
    ("Last week Acme Corp. reported third-quarter earnings of $9.8 million.", "third-quarter",
     "earnings"),
    ("Prices fell further after last month's credit squeeze.", "last month's", "squeeze"),
    ("The mayor has been under pressure since his Aug. 2 power grab.", "Aug. 2", "grab"),
    # "have" hands the event to an event noun, not to a figure that is no happening
    ("The fund has had net outflows of about $150 million in the past two months.",
     "the past two months", "outflows"),
    ("The candy business had sales of about $154 million last year.", "last year", "had"),
    # a loss given with its amount a share is a reported result, as "had net income" is
    ("The bakery chain had a loss of $412,000, or 6 cents a share, in the second quarter.",
     "the second quarter", "had"),
    ("The retailer had a net loss of $7.1 million, or 31 cents a share, a year ago.",
     "a year ago", "had"),
    ("The retailer reported a net loss of $7.1 million, or 31 cents a share, for the "
     "second quarter.", "the second quarter", "loss"),
    # the end of a period a figure is had or reported for dates what the period dates;
    # with any other verb the ending is kept
    ("The cannery had operating profit of $12 million in the year ended March 31.",
     "March 31", "had"),
    ("The brewer reported a net loss of $6.2 million for the quarter ended June 30.",
     "June 30", "loss"),
    ("Net income for the six months ended April 2 slipped 4% to $31 million.", "April 2",
     "ended"),
    ("Net income for the six months ended April 2 slipped 4% to $31 million.", "six months",
     "ended"),
    ("The cannery had operating profit of $12 million in the year ended March 31.",
     "the year", "had"),
    # "become" is a change of state, itself the event, unless its complement is one
    ("The senator became the subject of an inquiry in November.", "November", "became"),
    ("And now it has become a tragedy.", "now", "tragedy"),
    # a participle that only tells how something was found leaves the event to the finding
    ("The car was found abandoned at the Newark airport in December.", "December", "found"),
    ("The hikers were found clinging to a ledge on Sunday morning.", "Sunday morning",
     "found"),
    # "took three months to complete": the duration is the completing's
    ("The plan took three months to complete.", "three months", "complete"),
    # an "of" chain right before a bare date: its head event noun
    ("At the close of business Thursday, 5,000 shares had been tendered.", "Thursday",
     "close"),
    ("The museum marks the creation of the republic 80 years ago.", "80 years ago",
     "creation"),
    # a subject "be" says nothing more of than its date is the event
    ("The vote is on Friday.", "Friday", "vote"),
    # what results include: the results when the date is theirs, else the object
    ("Year-earlier results included a gain of $1.6 million.", "Year-earlier", "results"),
    # a light verb's participle leaves the event to its noun; "made an offer" is the making
    ("Analysts cited remarks made last week by the ambassador.", "last week", "remarks"),
    ("Profit was hurt by charges taken in the year-earlier period.", "the year-earlier period",
     "charges"),
    ("Acme made a $15-a-share offer for the company earlier this year.", "earlier this year",
     "made"),
    # an event noun before a phrase and the date, unless it is a verb's object
    ("The boy, whose rescue off the coast two months ago set off a custody fight, is six.",
     "two months ago", "rescue"),
    ("The firm filed objections to the court's ruling in 1995.", "1995", "filed"),
    # a gerund complement leaves the date to the verb that governs it
    ("The army said it will begin withdrawing troops from the border on Friday.", "Friday",
     "begin"),
    ("About 100 exiles practiced forming a human chain outside the home Monday.", "Monday",
     "practiced"),
    # a beginning's "to" infinitive likewise; a request, attempt or vote told in the past
    # is what a date after its infinitive places, not a commitment ("agreed to buy")
    ("Relations between the two towns began to improve in the late 1980s.", "the late 1980s",
     "began"),
    ("The mayor invited the striking workers to return to the table three days ago.",
     "three days ago", "invited"),
    ("The council members voted to close the old library on Tuesday.", "Tuesday", "voted"),
    ("The smugglers were trying to reach the island two months ago.", "two months ago",
     "trying"),
    ("The mill, which agreed to buy the old dam for $4 million in March, said so.", "March",
     "buy"),
    ("The union plans to ask the board to meet on Friday.", "Friday", "meet"),
    ("Threats against the clinic had become routine over the past decade.", "the past decade",
     "become"),
    # "report" hands the event to a reported happening as to a figure
    ("The company has reported declines in operating profit in each of the past three years.",
     "the past three years", "declines"),
    # "dating to" only carries the noun it modifies to its date
    ("He has been tied to a string of attacks dating back to 1994.", "1994", "attacks"),
    # a listed happening in the phrase before the date is what it dates; a goal or
    # source of the verb leaves the date to the verb
    ("Five people were killed in a bombing in 1995.", "1995", "bombing"),
    ("The thrifts agreed to the transaction in August 1988.", "August 1988", "agreed"),
    # "take place" says only that its subject happened
    ("The recapitalization that took place in 1988 cost $728 million.", "1988",
     "recapitalization"),
    # "television" ends like a deverbal noun but names a thing
    ("The president spoke on television Thursday.", "Thursday", "spoke"),
    # a cleft without "that" singles out the date for the clause after it
    ("But it's not tonight we're worried about.", "tonight", "worried"),
    # being somewhere for a purpose: the purpose is the event
    ("We'll be back tomorrow to continue our negotiations.", "tomorrow", "continue"),
    ("Today, I'm here to tell you we have our suspect.", "Today", "tell"),
    # a date after the object of "expect" is the infinitive's, whose subject that object is
    ("He said he expects revenue in the latest quarter to total about $28 million.",
     "the latest quarter", "total"),
    # a date fronted with an event noun before the subject dates that event, not a gerund
    ("In a long verbal attack read on Iraqi television Thursday, Saddam called Bush a liar.",
     "Thursday", "attack"),
    ("In composite trading Friday on the New York Stock Exchange, BellSouth shares fell.",
     "Friday", "fell"),
    # "by" and a date set the deadline of the verb, also when the parse hangs them on its object
    ("Qantas will almost double its flights between Australia and India by August.", "August",
     "double"),
    # a copula's phrase hands the event to the happening it names, else keeps the preposition
    ("Police believe the IRA was behind two killings in Belfast last week.", "last week",
     "killings"),
    ("Income has risen over comparable periods in 1988, when year-end net was below the "
     "1987 level.", "1988", "below"),
    # an amount had is what it measures
    ("State-owned DSM had eight million guilders of extraordinary charges in the latest "
     "quarter.", "the latest quarter", "charges"),
    # a time that belongs to a noun by "of" dates that noun, unless the noun is a part of it
    ("But we don't minimize the challenges of the near term.", "the near term", "challenges"),
    ("It has no intention of tapping its bank lines for a good part of 1990.", "1990",
     "tapping"),
    # an "of" chain before a stretch of time: its event noun
    ("Afghan women have been victims of severe violations of human rights for the past "
     "twenty years.", "the past twenty years", "violations"),
    # market movements are happenings like "rise" and "drop"
    ("The October selloff hurt many funds.", "October", "selloff"),
    # an aspectual verb over "to be" carries the event: the state is what it says goes on
    ("The move will continue to be a drag on earnings through 1990.", "1990", "continue"),
    # a hyphenated modifier does not end the phrase walked back to its event noun
    ("Westinghouse foresees the need for a major boost in new-generation capability "
     "throughout the 1990s.", "the 1990s", "boost"),
    # the other term of a comparison by "versus" is what its date dates
    ("Citadel posted a net loss of $2.3 million, versus net income of $5.3 million, or $1.61 "
     "a share, a year earlier.", "a year earlier", "income"),
    # a hyphenated noun of a verb and its particle is one event word (the tokenizer splits it)
    ("High financing costs were associated with the company's buy-out of a 50% stake in "
     "Eastman Christensen Co. from Texas Eastern Corp. last June.", "last June", "out"),
    ("Results for that quarter included a write-down of $30 million.", "that quarter", "down"),
    # a dated figure something was done to is the event; one that moved leaves it to the verb
    ("The year-earlier results have been revised to reflect the sale.", "year-earlier",
     "results"),
    ("Third-quarter revenue climbed 4% to $80 million.", "Third-quarter", "climbed"),
    # ... an active verb too; a past passive tells what befell the figure in its period
    ("The weak third-quarter results came amid fears of a slowdown.", "third-quarter",
     "results"),
    ("Last year's profits were hurt by heavy storm costs.", "Last year's", "hurt"),
    ("The miller posted a 12% gain in second-quarter net income.", "second-quarter",
     "income"),
    # a gerund placed within its day is a happening; a bare one leaves the date to the verb
    ("The bank's shares fell 30 pence in early trading yesterday in Frankfurt.", "yesterday",
     "trading"),
    ("In late trading in Paris Monday, the CAC index rose 12 points to 4,210.", "Monday",
     "trading"),
    ("In composite trading Friday, the bank's shares fell 30 cents.", "Friday", "fell"),
    # a plan's participle carries the planned event noun to the date
    ("The row is likely to overshadow a trade summit set for Geneva in June.", "June",
     "summit"),
    # a figure said to be an amount is the event, not the amount
    ("A year earlier, net income was $3.4 million, or nine cents a share.", "A year earlier",
     "income"),
    ("Revenue in the second quarter was 2.5 billion euros.", "the second quarter", "Revenue"),
    ("A year earlier, the plant was idle.", "A year earlier", "idle"),
    # a year numbers a noun: a participle the parse gives it is only the noun's adjective
    ("Mr. Fournier said Navigation Mixte's 1989 unconsolidated, or parent-company, profit is "
     "likely to be 4.7 billion francs.", "1989", "profit"),
    # issue 13, round five (the test half read): an event noun the date belongs to by the
    # words around it; "the DATE noun" where the parse hangs the date on a time word
    ("Moreover, by setting a May 2 return date, the agency allowed the family time to go to "
     "court.", "May 2", "return"),
    ("A nurse hurt in the 1998 abortion clinic bombing in Alabama attended.", "1998",
     "bombing"),
    # a happening "of" a date, whatever clause describes the date after it
    ("The rally marked a return to the larger protests of early March, when thousands "
     "marched in the capital.", "early March", "protests"),
    # a relative clause after the date tells of the event noun before it
    ("A man was arrested in connection with the bombings of two banks in Lima and Quito "
     "last year that killed 30 people.", "last year", "bombings"),
    # "current" dates the state or happening it modifies, not a subject or a thing
    ("The firm said it was delaying the project because of current market conditions.",
     "current", "conditions"),
    ("Kellogg's current share is believed to be near 40%.", "current", "believed"),
    ("The company is phasing out its current source of supply.", "current", "phasing"),
    # a past date after a present or future verb dates the event noun between them
    ("The ministry is still considering a request last week from the union to delay the "
     "vote.", "last week", "request"),
    ("The company owes its rapid growth in recent years to exports.", "recent years",
     "growth"),
    # a bare noun after "under" is a state ("under construction"), not an agreement
    ("Police seized a truck bomb under construction Sunday in a garage near the border.",
     "Sunday", "seized"),
    ("The bank is trying to sell itself, under a June agreement with a shareholder group.",
     "June", "agreement"),
    # a noun after "with" is what the verb takes ("charged with murder")
    ("A man was charged with murder Thursday in the death of a guard.", "Thursday",
     "charged"),
    # a date that modifies the noun after it is no preposition of time of the phrase before
    ("The firm has no estimate of the impact of the storm on fourth-quarter results.",
     "fourth-quarter", "results"),
    # a figure: restated now, not in its own period; "was $4.5 million" says only its size
    ("The year-earlier results have been restated to reflect an accounting change.",
     "year-earlier", "results"),
    ("A year earlier, net income was $4.5 million, or 12 cents a share.", "A year earlier",
     "income"),
    ("Sales in the latest period were $2.3 billion, up 8%.", "the latest period", "Sales"),
    # an event noun counted by a verb of change is an amount: the change is the event
    ("Third-quarter loan originations dropped sharply to $600 million.", "Third-quarter",
     "dropped"),
    # an ordinal complement stands for its subject's noun
    ("The dividend increase was the company's second this year.", "this year", "increase"),
    # a planning participle places the happening it is for, not a passive subject
    ("The merger has been approved, and it is scheduled for completion by March 31.",
     "March 31", "completion"),
    ("The issue will dominate a summit set for Paris in June.", "June", "summit"),
    ("The official said the accession was planned for early March.", "early March",
     "planned"),
    # an aspectual verb carries its infinitive's event; a verb that is also a word of
    # time ("last", "fall") is a verb
    ("The situation began to relax in the early 1990s.", "the early 1990s", "began"),
    ("The group began to fall apart in mid-1996 after the defection of a leader.",
     "mid-1996", "began"),
    ("The inspectors came for a tour likely to last over a week.", "over a week", "last"),
    # event nouns: a sale (not "sales", a figure), crimes, a lunch; a workstation is a thing
    ("Profit included $7 million from the sale of a unit in May.", "May", "sale"),
    ("The group received more than 800 reports of hate crimes last year.", "last year",
     "crimes"),
    ("The chairman answered the senators' questions over lunch Tuesday.", "Tuesday", "lunch"),
    ("IBM plans to introduce a line of workstations early next year.", "early next year",
     "introduce"),
    ("Two incidents last week alarmed the residents.", "last week", "incidents"),
    # round seven: a period after a reported clause is the clause's, not the saying's
    ("The Denver savings and loan holding company said it had a loss of $31.4 million, or "
     "$2.15 a share, for the quarter ended June 30.", "the quarter", "had"),
    # "to power" is a goal, not an infinitive
    ("Thousands gathered to mark the triumph of the uprising that brought President Ortega "
     "to power 11 years ago.", "11 years ago", "brought"),
    # extending moves the end of the event it takes to the date after "until"
    ("The company extended its tender offer for the shares until Nov. 9.", "Nov. 9", "offer"),
    ("The rebels prolonged the truce until Monday.", "Monday", "truce"),
    # an amount given with its amount a share measures the noun after it ("write-off")
    ("Results for the year included a $45 million, or 60 cents a share, write-off.",
     "the year", "off"),
    # a date modifies no noun across a preposition; a light verb's object is its first
    ("The poison pill took effect May 5 pending ratification by shareholders.", "May 5",
     "took"),
    # a noun of a verb and its particle written apart; a borrowed two-word event noun
    ("In March, the two partners had a falling out.", "March", "falling"),
    ("The minister resigned after a coup d'etat last year.", "last year", "coup"),
    # a date chosen as the time of an event is that event's, not the choosing's
    ("The court set Monday as the deadline for his deportation.", "Monday", "deportation"),
    ("The board named March 3 as the date for the vote.", "March 3", "vote"),
    # a date that opens a clause after "and" is that clause's
    ("She was elected mayor in 1990, and the following year she was named governor.",
     "the following year", "named"),
    # "comes" a time after: its event-noun subject happened then, as with "took place"
    ("The announcement came two days after the vote.", "two days after", "announcement"),
    # a stop on a journey is a happening, as a visit is
    ("The envoy will spend three hours in Lima, her last stop Friday evening, and then fly "
     "home.", "Friday evening", "stop"),
]

# The words a headline is told from, where the parse hangs the trigger off an object's
# words or cannot tag it.
HEADLINE_WORD_CASES = [
    ("In March, the two partners had a falling out.", "March", "had"),
    ("Results for the year included a $45 million, or 60 cents a share, write-off.",
     "the year", "included"),
    ("The minister resigned after a coup d'etat last year.", "last year", "resigned"),
    ("The court set Monday as the deadline for his deportation.", "Monday", "set"),
    ("The minister is to spend two days in Oslo, Norway, his first stop Monday morning, "
     "before flying to Rome.", "Monday morning", "spend"),
    # the words around the date choose last (nominal.told_from): the "when" clause of a
    # noun "of" a date, the verb setting a date's kind, the noun an adjective's
    # infinitive describes
    ("Police counted the larger demonstrations of early December, when thousands of people"
     " rallied in the square.", "early December", "rallied"),
    ("The judge delayed the trial by setting a March 3 hearing date.", "March 3", "setting"),
    ("The talks followed a tour likely to last over a week in June.", "June", "tour"),
]

# The event of a length that has no place of its own (it joins the event its sentence
# places, keeping this trigger).
LENGTH_CASES = [
    # a length "of" a happening measures it
    ("The company recently achieved profitability after several quarters of losses.",
     "several quarters", "losses"),
    ("Albright left after three days of questioning.", "three days", "questioning"),
    # a hyphenated length before a noun is how long what the noun names lasts
    ("The shares are wallowing far below their 52-week high.", "52-week", "high"),
    ("The company's five-year restructuring effort ended.", "five-year", "effort"),
    # an ordinal before a unit is a date, which modifies the figure, not a length
    ("Travelers Corp.'s third-quarter net income rose 11%.", "third-quarter", "rose"),
]


def _span(nlp: Any, text: str, timex: str) -> Any:
    doc = nlp(text)
    spans = [s for s in doc.spans["timex"] if s.text == timex]
    assert spans, f"the tagger found no {timex!r} in {text!r}"
    return spans[0]


@pytest.mark.parametrize(("text", "timex", "trigger"), CASES,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_trigger_of_sentence(nlp: Any, text: str, timex: str, trigger: str) -> None:
    assert find_trigger(_span(nlp, text, timex)).text == trigger


@pytest.mark.parametrize(("text", "timex", "word"), HEADLINE_WORD_CASES,
                         ids=["falling-out", "write-off", "coup", "set-as", "stop",
                              "when-clause", "date-kind", "adjective-infinitive"])
def test_headline_word_of_trigger(nlp: Any, text: str, timex: str, word: str) -> None:
    span = _span(nlp, text, timex)
    assert headline_word(find_trigger(span), span).text == word


@pytest.mark.parametrize(("text", "timex", "trigger"), LENGTH_CASES,
                         ids=["length-of", "days-of", "52-week", "five-year", "ordinal-date"])
def test_trigger_of_length(nlp: Any, text: str, timex: str, trigger: str) -> None:
    assert find_trigger(_span(nlp, text, timex)).text == trigger


def test_trigger_of_chain_whose_of_hangs_on_the_noun_after_it_ends() -> None:
    """The parse of "stranding tens of thousands of commuters on Halloween" hangs the
    first "of" on "thousands", after it; the "of" chain walk looped forever (held-out a06)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["stranding", "tens", "of", "thousands", "of", "commuters", "on", "Halloween"]
    heads = [0, 3, 3, 0, 3, 4, 5, 6]
    deps = ["ROOT", "quantmod", "quantmod", "dobj", "prep", "pobj", "prep", "pobj"]
    pos = ["VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "ADP", "PROPN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * 7)
    assert _event_of_chain(doc[7:8]) is None


def test_trigger_of_date_between_article_and_event_noun(nlp: Any) -> None:
    """"officers charged in the May 3, 1994, bombing of a bus": the parse may make the
    date the object of "in" and the noun an apposition; after "the" and before the noun,
    the date can only modify it (issue 13, "the Dec. 21, 1988, bombing")."""
    from spacy.tokens import Doc

    words = ["officers", "charged", "in", "the", "May", "3", ",", "1994", ",", "bombing", "of",
             "a", "bus"]
    heads = [0, 0, 1, 4, 2, 4, 4, 4, 0, 0, 9, 12, 10]
    deps = ["ROOT", "acl", "prep", "det", "pobj", "nummod", "punct", "nummod", "punct",
            "appos", "prep", "det", "pobj"]
    pos = ["NOUN", "VERB", "ADP", "DET", "PROPN", "NUM", "PUNCT", "NUM", "PUNCT", "NOUN",
           "ADP", "DET", "NOUN"]
    lemmas = ["officer", "charge", "in", "the", "May", "3", ",", "1994", ",", "bombing", "of",
              "a", "bus"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 12)
    assert premodified_event(doc[4:8]).text == "bombing"


# Hand-offs a misparse turns into a loop (found by review: RecursionError, the document lost):
# a goal's "to power" read as an infinitive under a planning verb, which hands the event back
# down to it; "it was [Tuesday] when" handing it to a time clause, which hands it back up.
LOOP_CASES = [
    ("The firm planned to power the plant in 2019.", "2019", "power"),
    ("The utility expects to power 10,000 homes next year.", "next year", "power"),
    ("They want to office in the new building in March.", "March", "office"),
    ("It was Tuesday when night fell.", "Tuesday", "was"),
    ("It was only Tuesday as dawn broke.", "Tuesday", "was"),
    # the goal itself still hands the event up
    ("The revolution that brought Castro to power 41 years ago was celebrated.",
     "41 years ago", "brought"),
]


@pytest.mark.parametrize(("text", "timex", "trigger"), LOOP_CASES,
                         ids=["planned-power", "expects-power", "want-office",
                              "was-date-when", "was-date-as", "goal-power"])
def test_trigger_hand_offs_end(nlp: Any, text: str, timex: str, trigger: str) -> None:
    assert find_trigger(_span(nlp, text, timex)).text == trigger


# Sixteenth round (w17): a date inside an aside set off by a comma dates the aside. A
# superlative after the clause ("the lowest since 2000") is its own trigger, also one
# headed by a time word; a date before the noun of an apposition ("Lee, currently a
# director") triggers that noun; not a date that names the apposition's day itself.
ASIDE_CASES = [
    pytest.param("Unemployment fell to 3.9% in April, the lowest since 2000.", "2000", "lowest",
                 id="superlative-adjective"),
    pytest.param("Inflation rose to 5% last month, the highest level since 1991.", "1991",
                 "level", id="superlative-noun"),
    pytest.param("The index fell 50 points, its worst day since Oct. 13.", "Oct. 13", "day",
                 id="superlative-time-word"),
    pytest.param("Inflation rose to 5% last month, the highest level since 1991.", "last month",
                 "rose", id="superlative-clause-date-stays"),
    pytest.param("The team won the title on Sunday, its first since 1986.", "1986", "first",
                 id="ordinal-aside"),
    pytest.param("The strike, the longest since 1984, ended on Tuesday.", "1984", "longest",
                 id="superlative-of-the-subject"),
    pytest.param("Mary Smith, currently chief financial officer, will succeed Mr. Brown.",
                 "currently", "officer", id="apposition-adverb"),
    pytest.param("The firm hired John Doe, the 1998 winner of the prize, as its adviser.",
                 "1998", "winner", id="apposition-year"),
    pytest.param("The company is phasing out Acme, its current supplier of steel.", "current",
                 "supplier", id="apposition-current"),
    pytest.param("Smith, a senator since 1990, said on Monday that he would retire.", "1990",
                 "senator", id="apposition-since"),
    pytest.param("The river rose to 12 meters, its highest level since 1993, officials said "
                 "Monday.", "1993", "level", id="superlative-before-apposition"),
    pytest.param("Police arrested Smith, wanted since 2015 for fraud, on Friday.", "Friday",
                 "arrested", id="after-closed-participle"),
    pytest.param("Police arrested Smith, wanted since 2015 for fraud, on Friday.", "2015",
                 "wanted", id="inside-closed-participle"),
    pytest.param("The firm hired John Doe, the winner of the prize, on Monday.", "Monday",
                 "hired", id="apposition-date-after-it-not"),
]


@pytest.mark.parametrize(("text", "timex", "trigger"), ASIDE_CASES)
def test_trigger_of_date_inside_an_aside(nlp: Any, text: str, timex: str, trigger: str) -> None:
    assert find_trigger(_span(nlp, text, timex)).text == trigger
