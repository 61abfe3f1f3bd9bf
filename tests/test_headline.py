"""Headlines: the trigger's clause cut to what a reader needs, checked over the parse."""

from __future__ import annotations

from typing import Any

import pytest

import timeline
from timeline.headcheck import headline_problems
from timeline.headline import make_headline

CASES = [
    # subject, predicate and the object that makes it sense
    ("Japan and the United States agreed Wednesday to closely cooperate.", "Wednesday",
     "Japan and the United States agreed to cooperate"),
    # a relative pronoun gives way to its antecedent (issue 13: "which begin")
    ("Tickets sold out for the NBA Finals, which begin Thursday.", "Thursday",
     "The NBA Finals begin"),
    # reported speech is headlined by what was reported, its pronoun subject by whoever
    # said it (issue 13 review: "He", "It" name nobody)
    ("Pompeo said he raised human rights issues during his meeting with Kim earlier this "
     "month.", "earlier this month",
     "Pompeo raised human rights issues during his meeting with Kim"),
    ("Shortly after the deal, Intel Corp. said it would start producing bugless chips next "
     "week.", "next week", "Intel Corp. would start producing bugless chips"),
    ("The Organization of African Unity said Friday it would investigate the genocide.",
     "Friday", "The Organization of African Unity would investigate the genocide"),
    ("Secretary of State Madeleine Albright said on Tuesday that she was heartened by "
     "cooperation from Kenya.", "Tuesday",
     "Secretary of State Madeleine Albright was heartened by cooperation from Kenya"),
    # ... or by the subject of the clause it hangs on
    ("Slepian was the mainstay of the clinic before he was shot to death last Oct. 23 at "
     "his home.", "Oct. 23", "Slepian was shot to death at his home"),
    # ... a titled name ("Mr." is no "Mrs."), a clause before its subject, a referring "it"
    ("Although he called market conditions difficult on Tuesday, Mr. LaMothe, the chairman, "
     "forecast an earnings increase.", "Tuesday",
     "Mr. LaMothe called market conditions difficult"),
    ("The company said it is confident about earnings for 1990.", "1990",
     "The company is confident about earnings"),
    # ... or by whom it was told to (review: "He had alienated members of the Cabinet")
    ("The mayor was told on Wednesday that he had lost the support of the council.",
     "Wednesday", "The mayor had lost the support of the council"),
    # ... also from a relative clause below the reported one
    ("Dow Jones said it extended the offer to review the letter that it mailed last "
     "Friday.", "last Friday", "Dow Jones mailed the letter"),
    # ... or the subject the sentence before opens with, when the pronoun opens its own
    ("James Kopp, 44, of St. Albans, Vt., became the subject of a manhunt. He was charged "
     "Thursday with murder.", "Thursday", "James Kopp was charged with murder"),
    ("The extrusion unit produces custom extrusions. In fiscal 1989, it had sales of about "
     "$40 million.", "fiscal 1989", "The extrusion unit had sales of about $40 million"),
    ("Cuba has protested. He was charged Thursday with murder.", "Thursday",
     "He was charged with murder"),
    # ... a titled noun that said it, the name in apposition, the noun after "there were"
    ("The top commander of a resistance force said Thursday he has sent a team to the "
     "border.", "Thursday", "The top commander of a resistance force has sent a team"),
    ("The Czech foreign minister, Jan Kavan, said he had remained buoyant in 1989.", "1989",
     "Jan Kavan had remained buoyant"),
    ("There were sell programs in past years, but they seem to hurt market makers these "
     "days.", "these days", "Sell programs seem to hurt market makers"),
    # ... the nearest subject above that can be it, past one that cannot ("earnings")
    ("The company said its earnings will probably be lower than the 16 cents a share it "
     "reported last year.", "last year", "The company reported 16 cents a share"),
    # ... "whose" by its noun (review: "Company has been sending American travelers")
    ("Ebrahim, whose company has been sending travelers on safaris for 13 years, said it "
     "had one cancellation.", "13 years",
     "Ebrahim's company has been sending travelers"),
    # a quotation's "it" is not its speaker (review: "John Jacobson doesn't bode well")
    ('"It doesn\'t bode well for coming quarters," said John Jacobson, an analyst.',
     "coming quarters", "John Jacobson: It doesn't bode well"),
    # another person of that sex named by a noun is "she" (the mother, not Castro; "an
    # excellent girl" is what he calls her, no one else: eighth round), kept when two are,
    # or when the speaker is a person and "it" a thing; one of two is named (review: "He
    # and Palestinian leader Yasser Arafat meet")
    ("Calling the mother of the boy an excellent girl, Castro said Friday she had been "
     "kidnapped by the boyfriend.", "Friday",
     "The mother of the boy had been kidnapped by the boyfriend"),
    ("Calling the mother a heroine and the aunt a coward, Castro said Friday she had been "
     "kidnapped by the boyfriend.", "Friday", "She had been kidnapped by the boyfriend"),
    ("Kimotho said he and Bushnell had been talking about the visit on Friday.", "Friday",
     "Kimotho and Bushnell had been talking about the visit"),
    ("Mr. Weil said Tuesday it will remain at $1 a share.", "Tuesday",
     "It will remain at $1 a share"),
    # a verb's infinitive keeps the clause it says (issue 13 review: "will proceed to impede")
    ("A constitutional convention voted overwhelmingly Friday to make Australia a republic.",
     "Friday", "A constitutional convention voted to make Australia a republic"),
    # a participle before its noun makes a clause (issue 13 sample: "Passed")
    ("The adjustments result from the recently passed bailout legislation.", "recently",
     "The bailout legislation was passed"),
    # a clause that only tells the time hands the date to the main clause (issue 13: "broke")
    ("At least 82 were killed, officials said as dawn broke Saturday.", "Saturday",
     "At least 82 were killed"),
    # an infinitive of purpose is headlined with the clause it serves
    ("North Korea has said it will hold a ceremony to mark the closure of the site between "
     "Wednesday and Friday.", "Wednesday and Friday",
     "North Korea will hold a ceremony to mark the closure of the site"),
    # an infinitive without an object keeps its adverb of direction ("to go back to")
    ("The old firm began to fall apart in 2003 after its founder died.", "2003",
     "The old firm began to fall apart"),
    # a verb of telling or thinking keeps the clause that is its news (review: "King
    # Hussein assured", "Russia feels")
    ("The king assured him on Thursday that Jordan would close its port to Iraqi trade.",
     "Thursday", "The king assured him that Jordan would close its port"),
    # an adjective keeps its infinitive, an infinitive after an adjective its clause
    # (review: "The boy's father is ready", "To buy")
    ("The boy's father is ready to travel to the United States on Thursday.", "Thursday",
     "The boy's father is ready to travel to the United States"),
    ("A chip that only the most power-hungry users are likely to buy for several years.",
     "several years", "Only the most power-hungry users are likely to buy"),
    # a relative clause that leaves out its object takes its noun (review: "These issues
    # made")
    ("Investors were cautious about the sharp gains these issues made this week.",
     "this week", "These issues made the sharp gains"),
    # ... also when the relative clause's only phrase is the date's (review: "Sun shipped")
    ("The new computer accounted for nearly half of the 28,000 systems Sun shipped in the "
     "quarter, he said.", "the quarter", "Sun shipped the 28,000 systems"),
    # an adjective after a comma tells of the object before it (review: "Payable Dec. 1 to
    # stock of record")
    ("Acme Corp. declared a quarterly dividend of 10 cents a share, payable Dec. 1 to stock "
     "of record Nov. 10.", "Dec. 1",
     "A quarterly dividend of 10 cents a share is payable to stock of record Nov. 10"),
    # a comparison dated by its earlier figure is told with that figure (review: "Compared
    # with earnings")
    ("Sales were C$348.2 million compared with C$307.2 million a year earlier.",
     "a year earlier", "Sales were C$307.2 million"),
    ("In the latest quarter, Aetna had a $23 million loss on its homeowners line, compared "
     "with earnings of $33 million last year.", "last year", "Aetna had earnings of $33 million"),
    # a word that only bounds the period gives way to the clause the period dates
    # (review: "The quarter ended", "Effective", "Compared")
    ("For the quarter ended Sept. 30, Delta posted net income of $133.1 million.",
     "Sept. 30", "Delta posted net income of $133.1 million"),
    ("U.S. Trust also created a four-member office of the chairman, effective Feb. 1.",
     "Feb. 1", "U.S. Trust created a four-member office of the chairman"),
    ("At the same time, production costs, compared with a year ago, were boosted by higher "
     "raw material costs.", "a year ago",
     "Production costs were boosted by higher raw material costs"),
    # an interview someone said something in is told by who spoke (review: "A telephone
    # interview")
    ('"We know what we want," Clark said in a telephone interview Monday.', "Monday",
     "Clark spoke in a telephone interview"),
    # ... also when the period is the object's ("for its fourth quarter ended yesterday")
    ("Shoney's Inc. said it will report a write-off of $2.5 million, or seven cents a share, "
     "for its fourth quarter ended yesterday.", "yesterday",
     "Shoney's Inc. will report a write-off of $2.5 million, or seven cents a share"),
    # cut to length by the last whole phrase (review: "is expected" lost "to save ...")
    ("The combined effect of these changes is expected to save the company about $4 million "
     "in interest expenses next year, or six cents a share.", "next year",
     "The combined effect of these changes is expected to save the company about $4 million"),
    # ... and no verb is left without the object or clause it takes (review: "became more
    # open in declaring"); the gerund phrase "open" needs fits whole (14th round, w10)
    ("American officials over the weekend became more open in declaring that they hope to "
     "destroy his regime.", "the weekend",
     "American officials became more open in declaring that they hope to destroy his regime"),
    # a pointing "that" is a subject, not a relative pronoun to trim (headline check:
    # "'s very important", lower-case)
    ("Prices rose, and that's very important for the future.", "the future",
     "That's very important"),
    # an aside after the subject is left out (review: "Mr. Reupke, 52 years old and a
    # 27-year Reuters veteran")
    ("Mr. Reupke, 52 years old and a 27-year Reuters veteran, had been the company's general "
     "manager for only six months.", "six months",
     "Mr. Reupke had been the company's general manager"),
    # "a" before a left-out date agrees with the next word
    ("Poughkeepsie Savings Bank said it is continuing to try to sell itself, under a June "
     "agreement with a shareholder group.", "June",
     "Poughkeepsie Savings Bank is continuing to try to sell itself under an agreement"),
    # a participle after its noun is told as a passive (review: "The arrest announced",
    # "A school located in Mount Vernon")
    ("It was not known if the arrest announced today stemmed from the indictment.", "today",
     "The arrest was announced"),
    ("The board will vote on whether a school now located in Mount Vernon can move.", "now",
     "A school is located in Mount Vernon"),
    # a clause without a finite verb is told with the verb it is the object of (review:
    # "The disappointing trend to continue", "A charge ... to be spread")
    ("Wall Street analysts expect the disappointing trend to continue in the fourth "
     "quarter.", "the fourth quarter", "Wall Street analysts expect the disappointing trend "
     "to continue"),
    ("She said the move would result in an after-tax charge of less than $4 million to be "
     "spread over the next three quarters.", "the next three quarters",
     "The move would result in an after-tax charge of less than $4 million"),
    # a noun phrase cut to its word limit ends on a noun, not on a modifier of one (review:
    # "from a buy-back of convertible")
    ("Results for the year-earlier quarter included an extraordinary gain of $1.6 million "
     "from a buy-back of convertible subordinated debentures.", "the year-earlier quarter",
     "Results included an extraordinary gain of $1.6 million from a buy-back"),
    # "neither" stays with its "nor"; a phrase cut at the end takes the word it hangs on
    # (review: "He nor Elian's four grandparents ... of Cardenas, east")
    ("Neither he nor his four grandparents could be located Wednesday in their hometown of "
     "Cardenas, east of Havana.", "Wednesday", "Neither he nor his four grandparents could "
     "be located in their hometown of Cardenas"),
    # a copula whose complement is the date keeps it (review: "The percentage change is")
    ("The dividend is payable Dec. 1, and the record date is Nov. 9.", "Nov. 9",
     "The record date is Nov. 9"),
    # a date inside a noun phrase leaves the phrase's preposition (review: "posted a 54%
    # drop")
    ("Bethlehem Steel Corp. posted a 54% drop in third-quarter profit.", "third-quarter",
     "Bethlehem Steel Corp. posted a 54% drop in profit"),
    # a noun trigger of a word or two is told with the clause it sits in (review: "Loss",
    # "The disasters", "His capture")
    ("The region has been the staging ground for many of the disasters of this century.",
     "this century", "The region has been the staging ground for many of the disasters"),
    ("The hostage died within weeks of his capture on March 26, 1996.", "March 26, 1996",
     "The hostage died within weeks of his capture"),
    # a gerund after a noun's preposition keeps its object (review: "The company has no
    # intention")
    ("The company has no intention of tapping its short-term bank lines in 1990.", "1990",
     "The company has no intention of tapping its short-term bank lines"),
    # no comma left where an apposition was
    ("Officials concluded Wednesday that James Kopp, an opponent of abortion, fired the "
     "shots.", "Wednesday", "Officials concluded that James Kopp fired the shots"),
    # no preposition left dangling (issue 13: "occurred from each other")
    ("The car bombings occurred 700 kilometers from each other but minutes apart on Friday.",
     "Friday", "The car bombings occurred"),
    # ... also a time word coordinated with the date (review: "Many funds and months")
    ("Many investors in recent weeks and months have been selling their stocks.",
     "recent weeks", "Many investors have been selling their stocks"),
    # the expression's own words are left out (issue 13: "mid-the 2020s")
    ("The plant is expected to open in the mid-2020s.", "the mid-2020s",
     "The plant is expected to open"),
    # a relative clause's left-out object also beside a phrase of its verb, placed right
    # after the verb (review: "The Supreme Court vindicated in its ruling")
    ("Mr. Smith continued the talks he began after the election last August.",
     "last August", "Mr. Smith began the talks after the election"),
    ("The court upheld the principle the justices affirmed in their ruling two years ago.",
     "two years ago", "The justices affirmed the principle in their ruling"),
    # ... but a noun of manner or reason is no object: not "He spoke the way"
    ("Critics disliked the way he spoke at the rally on Monday.", "Monday",
     "He spoke at the rally"),
    # "they" opening a sentence continues a plural group the sentence before opens with
    # (review: "They expect the transaction to be completed")
    ("The two banks said the merger is subject to approval. They said they expect the deal "
     "to close by March 1.", "March 1", "The two banks expect the deal to close"),
    # a pointing "that" may end a headline (not "are worth only"); after a multiple it is
    # the amount said before (w19)
    ("She estimates her shares, worth $10 million in October, are worth only half that now.",
     "now", "Her shares are worth only half of $10 million"),
    # an adjective whose complement is the date keeps it (not "A bonus is equal")
    ("The company is offering a retirement bonus equal to six months of base pay.",
     "six months", "A retirement bonus is equal to six months of base pay"),
    # an object noun keeps the infinitive that says what it is for (review: "announced
    # its agreements")
    ("Earlier this month, the airline announced its agreement to acquire the two hotels.",
     "Earlier this month", "The airline announced its agreement to acquire the two hotels"),
    # a verb's phrase before its purpose infinitive stays (review: "have moved to wait out")
    ("The family has recently moved to a quiet suburb in Maryland to wait for the ruling.",
     "recently", "The family has moved to a quiet suburb in Maryland to wait for the ruling"),
    ("The mayor flew to Washington on Friday to appeal to the attorney general.", "Friday",
     "The mayor flew to Washington to appeal to the attorney general"),
    # "for ... to": the for-phrase is the infinitive's subject and stays with it
    ("This week the company paid for ten reporters to fly to Detroit.", "This week",
     "The company paid for ten reporters to fly to Detroit"),
    # a participle set off by commas before the main clause tells of the noun before it
    # (review: "LIN holders announced"); one after the main verb is left alone
    ("Under new terms of the merger, announced Friday, shareholders would receive $42 a "
     "share.", "Friday", "New terms of the merger were announced"),
    ("Under the plan, approved on Monday, the city will add 200 police officers.", "Monday",
     "The plan was approved"),
    ("He left the room on Friday, followed by reporters.", "Friday", "He left the room"),
    # a list the parse splits into several objects keeps its first member whole, not
    # all run together (review: "The alliance adding Greece and Turkey West Germany")
    ("The league has grown three times before, adding Boston and Denver in 1952, Seattle "
     "in 1955 and Miami in 1982.", "1952", "The league added Boston and Denver"),
    # "they" of a singular subject's "of" phrase: its plural noun (review: "They traded at
    # about $10")
    ("The price of Acme shares has fallen by half since August, when they traded at about "
     "$10.", "August", "Acme shares traded at about $10"),
    # a sentence opened by its date without a comma still continues the sentence before
    ("Shares of Acme Corp. fell sharply. Acme reported a loss in the quarter. Yesterday it "
     "closed two plants in Ohio.", "Yesterday", "Acme closed two plants in Ohio"),
    # a date that is the subject stays whole (not "Period had profit", "Months have been")
    ("The latest period had profit from continuing operations of $4 million.",
     "The latest period", "The latest period had profit from continuing operations of $4 "
     "million"),
    ("The last two months have been the whole ball game, a trader says.",
     "The last two months", "The last two months have been the whole ball game"),
    # a part keeps its whole, even when the whole is the date (not "characterized the
    # last half")
    ("The trend has characterized the last half of the 1980s, analysts say.", "the 1980s",
     "The trend has characterized the last half of the 1980s"),
    # "as" after the object says what the object is taken for (not "described the White
    # House")
    ("One senior official on Monday described the White House as a collection of small "
     "groups of aides.", "Monday",
     "One senior official described the White House as a collection of small groups of "
     "aides"),
    ("Analysts on Tuesday regarded the offer as too low.", "Tuesday",
     "Analysts regarded the offer as too low"),
    # issue 13's fifth round (review of seed 9241): pronouns and indefinites named, the
    # complements a verb or adjective needs, the date kept where "the" needs it.
    # "it" of a one-word name the text never titles nor gives a first name: a company
    ("The Paribas offer is new. Paribas said Monday that it intends to bid for the rest of "
     "Navigation Mixte.", "Monday", "Paribas intends to bid for the rest of Navigation Mixte"),
    # the sentence before opens with a titled name, and "He" is one of two
    ("Israeli Prime Minister Benjamin Netanyahu says gaps remain. He and Palestinian leader "
     "Yasser Arafat meet separately Monday with Albright.", "Monday",
     "Benjamin Netanyahu and Palestinian leader Yasser Arafat meet with Albright"),
    # a contraction is written out for the name ("Annan is", not "Annan's")
    ("Kofi Annan flew to Baghdad. Annan wrapped up a meeting with Saddam Hussein. He's "
     "expected to meet with Tariq Aziz later this afternoon.", "later this afternoon",
     "Annan is expected to meet with Tariq Aziz"),
    # "Some" is some of the group the sentence before opens with
    ("Securities analysts were even more cautious. Some had predicted earnings of more than "
     "$4 a share for this year.", "this year",
     "Some securities analysts had predicted earnings of more than $4 a share"),
    # "it" continues a subject with "its"; "Oct." ends no sentence
    ("Its stock has been trading under $4 a share. Yesterday it closed at $4.375 a share.",
     "Yesterday", "Its stock closed at $4.375 a share"),
    ("James Kopp vanished after the Oct. 23 slaying. He was charged Thursday with murder.",
     "Thursday", "James Kopp was charged with murder"),
    # a person's common noun can be "she" (not "She regretted"); a company's "Inc." ends a
    # sentence before "The" (review: "They expect the transaction to be completed")
    ("Taking the stand in her own defense, a friend of the assassin said Friday that she "
     "regretted calling the prime minister a traitor.", "Friday",
     "A friend of the assassin regretted calling the prime minister a traitor"),
    ("Ratners said they reached an agreement for the acquisition of Weisfield's by Sterling "
     "Inc. The companies said the acquisition is subject to approval. They said they expect "
     "the transaction to be completed by Dec. 15.", "Dec. 15",
     "The companies expect the transaction to be completed"),
    # "it" after a "There were ..." sentence: not its plural subject but the whole the
    # subject's "of" names; no initials merely named in it (not "NATO killed 12 people")
    ("There were 12 original members of NATO at the time of its founding. Since 1949, it has "
     "been expanded to include Greece and Turkey in 1952.", "1952",
     "NATO has been expanded to include Greece and Turkey"),
    ("There are now 15 member states of the European Union. Since 1995, it has grown to "
     "include Austria and Sweden.", "1995",
     "The European Union has grown to include Austria and Sweden"),
    ("There was heavy fighting near the NATO base on Sunday. It killed 12 people on Monday "
     "in the city.", "Monday", "It killed 12 people in the city"),
    # a quotation's "we" is told with its speaker (review: "We want our membership")
    ('"We were unjustly pushed out of the talks in February," Adams said Sunday.', "Sunday",
     "Adams: We were pushed out of the talks"),
    # ... also from a clause inside the quotation, or a "he" continuing the sentence before
    ('"It is symbolic that it is here that we today accept the guarantee," Kavan said.',
     "today", "Kavan: We accept the guarantee"),
    ("Michael Swavely, president of the division, spoke of Europe. \"Over the next couple of "
     "years we would not be surprised to see Europe grow,\" he said.",
     "the next couple of years",
     "Michael Swavely: We would not be surprised to see Europe grow"),  # its clause (w6)
    # ... past the quotation's own telling, and in a quotation of several sentences whose
    # speaker is named where it first closes or where it ends (dev samples: "We have our
    # suspect", "We'll be back", "We see that edge eroded")
    ("\"Today, I'm here to tell you we have our suspect,\" said Bernard Tolbert, an FBI "
     "agent.", "Today", "Bernard Tolbert: We have our suspect"),
    ("\"We are concerned about the boy,\" said Manny Diaz, a lawyer for the family. \"To "
     "that end, we'll be back tomorrow to continue our talks.\"", "tomorrow",
     "Manny Diaz: We'll be back to continue our talks"),
    ("\"We will fly to Havana on Monday. We are ready,\" Mariela Gonzalez said.", "Monday",
     "Mariela Gonzalez: We will fly to Havana"),
    ("\"We will fly to Havana on Monday. We are ready,\" she said.", "Monday",
     "We will fly to Havana"),
    ("The fund has \"met all the redemptions,\" Mr. Litvack says. He adds: \"Our fund has "
     "had net sales every month for the last three years.\"", "the last three years",
     "Mr. Litvack: Our fund has had net sales"),
    # "he" whose sentence names one man only, not as a subject above it (dev sample: "He
    # died within weeks of his capture"); with two, it is kept
    # a group's plural that opens the sentence before, capitalized (dev sample: "They had
    # described him only")
    ("Investigators have been searching for the man since October. Up until Thursday, "
     "however, they had called him a witness.", "Thursday",
     "Investigators had called him a witness"),
    # ... and a "she" after a sentence that opens with "she" continues the one before it
    # (dev sample: "She frowned")
    ("Juanita Castro arrived in Miami in 1961. She is not certain whether the boy should "
     "stay. She visited the family on Friday.", "Friday", "Juanita Castro visited the family"),
    # "it" continues a thing the sentence before opens with "a" as "the", and "due to" is
    # no dummy "it" (dev sample: "It had been due to expire")
    ("A $30-a-share bid by Acme Corp., a drug maker, was extended to Nov. 16. It had been due "
     "to expire Friday evening.", "Friday evening", "The $30-a-share bid had been due to expire"),
    # ... or with a name's possessive of a thing, not of a person (dev sample: "He was seen")
    ("James Kopp fled. Kopp's whereabouts remain unknown. He was last seen Nov. 3.", "Nov. 3",
     "Kopp was seen"),
    ("James Kopp fled. Kopp's lawyer spoke. He was last seen Nov. 3.", "Nov. 3", "He was seen"),
    # a pronoun after an opening adverb phrase still opens its sentence (dev samples)
    ("The Southern Poverty Law Center, a civil rights group, has long monitored the Klan. "
     "More recently it has followed the growth of the militia movement.", "recently",
     "The Southern Poverty Law Center has followed the growth of the militia movement"),
    ("Christopher Howes was a mine expert. The Foreign Office said it had told the family of "
     "Howes, 37 years old when he was kidnapped, that he probably died within weeks of his "
     "capture in March 1996.", "March 1996",
     "Howes probably died within weeks of his capture"),  # the hedge stays (w6)
    ("The boy was placed with his great-uncle in Miami, but the INS ruled Wednesday that he "
     "must be returned to his father.", "Wednesday",
     "The INS ruled that the boy must be returned to his father"),  # "his" kin: no rival
    # a second infinitive shares the first one's "to" and the verb it hangs on (dev
    # samples: "Prepare for a turnaround", "The thrift holding company complete the
    # transaction")
    ("Acme Corp. said it hopes to sell the unit and close the deal by June.", "June",
     "Acme Corp. hopes to sell the unit and close the deal"),
    ("The chairman said he is barred by the rules from selling his shares or buying new ones "
     "before March.", "March",
     "The chairman is barred by the rules from selling his shares or buying new ones"),
    # a speech tag set inside what was said gives way to it, and a copula its clause
    # (dev sample: "U.S. officials say")
    ("The real trouble with the plan, officials now say, was that it would raise taxes.",
     "now", "The real trouble with the plan was that it would raise taxes"),
    # a concession ("whatever happens") tells no happening: the clause the parse hangs on
    # it does (review: "Whatever happens")
    ("And I hope that, whatever happens today, that our ties with Russia will continue to be "
     "strong.", "today", "Our ties with Russia will continue to be strong"),
    # a year before a participle numbers the noun after it (review: "Unconsolidated")
    ("Mr. Fournier said Navigation Mixte's 1989 unconsolidated, or parent-company, profit is "
     "likely to be 4.7 billion francs.", "1989", "Profit is likely to be 4.7 billion francs"),
    # a name opening the sentence that the parse hung on a finite verb without a subject
    # is its subject (dev samples: "Is scheduled to spend only five hours", "Heads a team")
    ("Albright, after a 16-hour flight, is scheduled to spend only five hours on the ground "
     "in Tanzania on Tuesday morning.", "Tuesday morning",
     "Albright is scheduled to spend only five hours"),
    # a noun whose participle holds the date is told with it, as a passive (dev samples:
    # "Remarks", "Made"); a dash before the participle is no noun
    ("The paper said Syria had shown interest in talks in remarks made last week by the "
     "Syrian ambassador.", "last week", "Remarks were made by the Syrian ambassador"),
    ("The group plans to screen a television advertisement _ made last week, before the "
     "doctor died _ featuring a nurse.", "last week", "A television advertisement was made"),
    # an adjective keeps its clause, a verb the question it asks (review: "Officials are
    # investigating", "Merieux officials are highly confident")
    ("Merieux officials said last week that they are highly confident the offer will be "
     "approved.", "last week", "Merieux officials are highly confident the offer will be "
     "approved"),
    ("Now officials are investigating whether the suspect is linked to all three attacks.",
     "Now", "Officials are investigating whether the suspect is linked to all three attacks"),
    # a date between "the" and a bare noun stays (review: "Year-end net was below the level")
    ("Year-end net was below the 1987 level.", "1987",
     "Year-end net was below the 1987 level"),
    # a verb's needed preposition stays (not "attributed the decline"), a subordinate
    # participle is a passive, a currency sign goes with its sum
    ("The finance unit on Monday attributed the decline to higher borrowing costs.",
     "Monday", "The finance unit attributed the decline to higher borrowing costs"),
    ("\"The matter is under review,\" Holder said when asked Thursday about the violations.",
     "Thursday", "Holder was asked about the violations"),
    ("Sony's planned acquisition of Guber/Peters Entertainment Co. for $200 million is "
     "scheduled to close Monday.", "Monday",
     "Sony's planned acquisition of Guber/Peters Entertainment Co. is scheduled to close"),
    # a list's heading is told by what it lists (review: "The following are the latest
    # figures"); a passive the parse reads as an adjective, and an infinitive after the
    # copula's noun, are told with the verb above (not "Committed to the operation")
    ("Following are statements made Friday by the lawyer for the secretary in response to "
     "an article.", "Friday",
     "Statements made by the lawyer for the secretary in response to an article"),
    ("At least 50,000 troops are expected to be committed to the operation within weeks.",
     "weeks", "At least 50,000 troops are expected to be committed to the operation"),
    # "each" after its plural, "those" with its relative clause
    ("The subsidiary banks will operate under their names until early 1990, when each will "
     "adopt the First of America name.", "early 1990",
     "The subsidiary banks each will adopt the First of America name"),
    ("President Clinton on Saturday vowed to hunt down and bring to justice those who were "
     "responsible for the bombings.", "Saturday",
     "President Clinton vowed to hunt down and bring to justice those who were responsible"),
    # a participle set off as an aside after the object tells of the object (not "They
    # announced by ..."); one to the sentence's end still tells of the subject
    ("They said they would appeal the decision, announced Wednesday by INS Commissioner "
     "Doris Meissner, that Elian must be returned.", "Wednesday",
     "The decision was announced by INS Commissioner Doris Meissner"),
    # a pronoun of a clause joined to another: that clause's plural object, the "of" noun
    # of the other number, the subject of a clause before it, who made something clear
    ("Iraq has continued to increase its armed forces in Kuwait and they now number about "
     "160,000.", "now", "Iraq's armed forces number about 160,000"),  # w19: Iraq's
    ("Seventy-five million copies of the rifle have been built since it entered production "
     "in February 1947.", "February 1947", "The rifle entered production"),
    ("If holders avoid tendering to Paribas, they can expect strong dividends again next "
     "year.", "next year", "Holders can expect strong dividends again"),
    ("The Federal Reserve has made clear that it expects the economy to slow in coming "
     "months.", "coming months", "The Federal Reserve expects the economy to slow"),
    # a dummy "it" opening a sentence continues nothing (its clause is told: eighth round)
    ("Iraq was ready to withdraw. Now, he says, \"it looks like the West just wants to "
     "destroy Iraq.\"", "Now", "The West wants to destroy Iraq"),
    # a gerund after a preposition takes the subject of the verb it hangs on, unless the
    # preposition says it was not done (then the clause above tells it, for a second
    # gerund too); a plan announced is told with who announced it
    ("Thermo Electron acquired some 6% of the stock before throwing in the towel and "
     "reducing its stake in early September.", "early September",
     "Thermo Electron reduced its stake"),
    ("Mr. Fournier said he is prohibited from organizing his own defense or doing anything "
     "besides managing current company business.", "current",
     "Mr. Fournier is prohibited from organizing his own defense or doing anything"),
    ("Albright announced plans to travel to an unnamed city next week.", "next week",
     "Albright announced plans to travel to an unnamed city"),
    # a participle set off by a comma before the main clause is its subject's passive;
    # a lone adverb after a short predicate goes with it
    ("However, cited by traffic police in December for driving under the influence, "
     "Farkas was ordered home.", "December",
     "Farkas was cited by traffic police for driving under the influence"),
    ("Frankfurt prices closed lower again Friday.", "Friday",
     "Frankfurt prices closed lower again"),
    # ... and so is one opening the sentence (not "Elian rescued by fishermen")
    ("Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject "
     "of a custody battle.", "Nov. 25", "Elian was rescued by fishermen off the Florida coast"),
    # what a source vouches for is the news, not "According to a news agency report"; a
    # gerund after an adjective's preposition takes its verb's subject; a noun trigger
    # after "of" keeps the possessed noun before it (review: whose loss)
    ("The mayor of Moscow has allocated funds, according to a news agency report Friday.",
     "Friday", "The mayor of Moscow has allocated funds"),
    ("Records show Lazaro Gonzalez was found guilty of driving under the influence of alcohol "
     "from 1991 to 1997.", "1991 to 1997",
     "Lazaro Gonzalez was driving under the influence of alcohol"),
    ("Unisys Corp.'s announcement of a $648.2 million loss for the third quarter showed "
     "that the company is moving faster.", "the third quarter",
     "Unisys Corp.'s announcement of a $648.2 million loss"),
    # a letter's date dates what the letter says (not "The letter was dated")
    ('"I formally object to the legal moves made by those who are retaining Elian," Gonzalez '
     'said in the letter, dated Monday.', "Monday", "Gonzalez: I object to the legal moves"),
    # coordinated infinitives share the last one's object (not "to impede")
    ("Exiles will now proceed with all their resources to impede or delay the ruling, Cuba "
     "predicted Wednesday.", "Wednesday",
     "Exiles will proceed with all their resources to impede or delay the ruling"),
    # a length a verb measures stays (not "took to complete")
    ("The plan of bombing the embassies took three months to complete.", "three months",
     "The plan of bombing the embassies took three months to complete"),
    # a price quoted is the market's news, not a saying (not "Over-the-counter trading")
    ("In over-the-counter trading Friday, Jayark was quoted at 87.5 cents bid.", "Friday",
     "Jayark in over-the-counter trading was quoted at 87.5 cents"),
    # the relative clause's verb is the event: "those who" before it, not its words twice
    ("Clinton vowed to bring to justice those who bombed two U.S. embassies on Friday.",
     "Friday", "Those who bombed two U.S. embassies"),
    # a verb in "-s" ends no group "they" continues; "it" is no official; "she" a chairwoman
    ("The Senate was expected to vote on the bill. They voted Tuesday to approve it.",
     "Tuesday", "They voted to approve it"),
    ("The official said it will cut 500 jobs Tuesday.", "Tuesday", "It will cut 500 jobs"),
    ("The chairwoman said she would step down Tuesday.", "Tuesday",
     "The chairwoman would step down"),
    # one copula for every participle told as a clause: a plan in the present, as for a
    # reduced passive; "they" takes "were"
    ("Under the merger, scheduled for Friday, holders would receive $5 a share.", "Friday",
     "The merger is scheduled"),
    ("When asked on Monday about the violations, they declined to comment.", "Monday",
     "They were asked about the violations"),
    # a participle told with its subject gets the auxiliary that makes it a clause (round
    # 6: "The alliance adding Greece and Turkey", "At least 51 people killed in clashes");
    # a gerund beside a past clause its simple past (round 16, w21: was "was adding")
    ("The league has grown twice since then, adding four teams in 1995.", "1995",
     "The league added four teams"),
    ("At least 30 people were reported killed in riots in the capital on Sunday.", "Sunday",
     "At least 30 people were killed in riots in the capital"),
    ("Investors were cautious, having been burned repeatedly by the company this year.",
     "this year", "Investors had been burned by the company"),
    # ... not a past tense the parse takes for a participle (it has an object)
    ("The FBI put the fugitive and accused bomber Eric Rudolph on its list Monday.", "Monday",
     "The FBI put the fugitive and accused bomber Eric Rudolph on its list"),
    # the same pronoun later in a sentence that opens with it continues the same subject
    ("Ratners, which controls 25% of the British market, would increase its stores. It has "
     "said it hopes to control 5% of the U.S. market by 1992; currently it controls about 2%.",
     "currently", "Ratners controls about 2%"),
    # a subject "he" cannot be (a plural) leaves its named possessor; a speech tag set in the
    # sentence is no clause; a contraction is written out after the name
    ("Elian's relatives have cared for him since November, when he was found clinging to an "
     "inner tube.", "November", "Elian was found clinging to an inner tube"),
    ("If holders avoid tendering to Paribas, he added, they can expect strong dividends again "
     "next year.", "next year", "Holders can expect strong dividends again"),
    ("Ms. Currie's lawyers stated this morning that she's not aware of any unethical conduct.",
     "this morning", "Ms. Currie is not aware of any unethical conduct"),
    # a capitalized word the parse takes for a plural, written after a first name, is a name
    ("The family of Christopher Howes was told. Howes had been working for the group when he "
     "was abducted in March 1996.", "March 1996", "Howes was abducted"),
    # a clause's subject the parse made the object of the verb above (not "Would fail")
    ("Many worried their efforts to keep the boy in Miami would fail today.", "today",
     "Their efforts to keep the boy in Miami would fail"),
    # an adverb whose clause was left out goes (not "..., as long"); a condition that fits
    # stays (14th round, w10)
    ("On Friday, Netanyahu said he had no qualms about implementing the resolution, as long as "
     "Israel had security safeguards.", "Friday", "Netanyahu had no qualms about implementing "
     "the resolution, as long as Israel had security safeguards"),
    # a clause after a noun of content leaves no word out (not "Farkas follow the hope");
    # a wish in the base form is told with the noun it completes (thirteenth round: not
    # "Farkas follow in the footsteps", which says what the sentence does not)
    ("Farkas expressed the hope he one day follow in the footsteps of John Glenn.", "one day",
     "Farkas expressed the hope he follow in the footsteps of John Glenn"),
    # a comparison's earlier figure told with the pronoun subject's antecedent, and with the
    # "of" phrase the date parts from its noun
    ("RMS said it had a loss of $158,666 in the third quarter, compared with a year-earlier "
     "loss of $26,956.", "year-earlier", "RMS had a loss of $26,956"),
    ("The company said Friday that it had losses of $673.3 million, compared with earnings a "
     "year earlier of $382.2 million.", "a year earlier",
     "The company had earnings of $382.2 million"),
    # a copula keeps the adverb that is its only complement (not "will be to continue")
    ("Smith said the team will be back tomorrow to continue the talks.", "tomorrow",
     "The team will be back to continue the talks"),
    # a name the parse hangs on its verb as a compound is its subject (not "Purports to be")
    ("Kopp purports to be a devout Roman Catholic, and the majority of jobs he has held have "
     "been related to the movement, the department said last year.", "last year",
     "Kopp purports to be a devout Roman Catholic"),
    # an "of" phrase the date parts from its noun stays with the noun
    ("The United States has sent agents to Africa but there was no word in Washington on "
     "Tuesday of any significant leads.", "Tuesday",
     "There was no word in Washington of any significant leads"),
    ("Columbia announced a loss for the third quarter of $226.3 million.", "the third quarter",
     "Columbia announced a loss of $226.3 million"),
    # "they" is no "we": the object of the clause it is joined to
    ("We have seen hate group numbers dropping through the nineties, but this year they "
     "jumped up twenty percent.", "this year", "Hate group numbers jumped up twenty percent"),
    # a date that is its noun's only determiner stays with it; the noun's article stays
    # when the date's words go; the date's words say nothing more of a bare noun
    ("The relatives would look for ways to get around Wednesday's ruling by the agency.",
     "Wednesday", "The relatives would look for ways to get around Wednesday's ruling"),
    ("The family made the late-November trip to Miami.", "the late-November",
     "The family made the trip to Miami"),
    ("Consumer spending fueled much of the third-quarter GNP growth.", "the third-quarter",
     "Consumer spending fueled much of the GNP growth"),
    # a verb of change keeps its figure (review: "Net income fell" without how much)
    ("N.V. DSM said net income in the third quarter jumped 63% as charges fell.",
     "the third quarter", "N.V. DSM's net income jumped 63%"),  # whose: round 13 (w4)
    ("The stock fell 7/8 Thursday amid concerns over the chip.", "Thursday",
     "The stock fell 7/8 amid concerns over the chip"),
    # ... not a distance or a date
    ("The bombs went off 700 kilometers from each other on Friday.", "Friday",
     "The bombs went off"),
    # a verb without an object keeps its adverb of place or direction, not one of the date
    ("In January, Meissner ruled that Elian should go back to Cuba.", "January",
     "Meissner ruled that Elian should go back to Cuba"),
    ("Officials say that hundreds of oil wells now may have been set afire.", "now",
     "Hundreds of oil wells may have been set afire"),
    ("They said many traders had chosen to square positions ahead of the weekend.",
     "the weekend", "Many traders had chosen to square positions"),
    # the subject the parse gives an aside set off by dashes is the verb's after them (its
    # possessive the speaker's since round eleven)
    ("Anheuser said its new strategy -- started in some markets last month and expected to be "
     "applied soon -- will mean lower earnings for 1990.", "1990",
     "Anheuser's new strategy will mean lower earnings"),
    # ... and the aside itself is no clause of the verb above (not "... will mean ...");
    # a perfect participle with its own subject is a clause: "had begun"
    ("Anheuser said its new strategy -- started in some markets last month and expected to be "
     "applied soon -- will mean lower earnings for 1990.", "last month",
     "Anheuser's new strategy started in some markets"),  # w19: its owner named
    ("The company said most of its business is done in the fourth quarter, with the current "
     "quarter having begun extremely well.", "the current quarter",
     "The current quarter had begun extremely well"),
    # whom it was told to, though the teller is a man named by a noun ("son")
    ("Sununu was told Wednesday by Bush's son that he had alienated members of the Cabinet.",
     "Wednesday", "Sununu had alienated members of the Cabinet"),
    # an adjective after its noun with its own infinitive ends no noun phrase ("a tour likely")
    ("Ritter, who arrived Thursday with 50 inspectors for a tour likely to last a week, began "
     "work.", "Thursday", "Ritter arrived with 50 inspectors for a tour"),
    # a noun of content is no subject of the "that" clause it holds (review: "The likelihood
    # was involved in the killing"); one with its own subject is told alone
    ("The men were not termed suspects, and FBI officials on Saturday played down the "
     "likelihood that either was involved in the Oct. 23 killing of the doctor.", "Oct. 23",
     "FBI officials played down the likelihood that either was involved in the killing"),
    ("Police dismissed the possibility that the fire was set on Friday.", "Friday",
     "The fire was set"),
    # a participle after the group its copula's subject is among tells of that subject
    # (review: "The first topics were raised")
    ("Slepian's death was among the first topics raised in Saturday night's debate between "
     "the two men.", "Saturday night",
     "Slepian's death was among the first topics raised in Saturday night's debate"),
    # an opening gerund before a past clause its simple past (round 16, w21: was "were
    # retaliating"); a direction of change stays ("closed sharply lower", "up $1", with its
    # comma)
    ("Retaliating on Thursday for the bombings, U.S. forces launched cruise missile strikes.",
     "Thursday", "U.S. forces retaliated for the bombings"),
    ("London share prices closed sharply lower Friday in active trading.", "Friday",
     "London share prices closed sharply lower in active trading"),
    ("Esselte closed yesterday at $43.50 a share, up $1.", "yesterday",
     "Esselte closed at $43.50 a share, up $1"),
    # ... without another date of its own ("the year before")
    ("Tourism revenues dropped to $300 million last year, down from $450 million the year "
     "before.", "last year", "Tourism revenues dropped to $300 million, down from $450 million"),
    # ... and a pronoun below it stands for that misparsed subject
    ("Kopp purports to be a devout Roman Catholic, and the majority of jobs he has held over "
     "the past 20 years have been related to the movement.", "the past 20 years",
     "Kopp has held the majority of jobs"),
    # an object pronoun stands for the nearest noun phrase before it that it can, not its
    # own clause's subject (review: "Spitzer attacked him", "subpoenaed him", "King
    # Hussein assured him", "MindSpring closed it", "ruled against them"), a person by
    # the surname
    ("In the debate against Governor Tom Ridley, Smith criticized him on Sunday for "
     "raising taxes.", "Sunday", "Smith criticized Ridley for raising taxes"),
    ("In an effort to block Maria Lopez's transfer to Texas, a county judge summoned her "
     "on Monday to testify.", "Monday", "A county judge summoned Lopez to testify"),
    ("Governor Smith also said Friday that Prime Minister Tom Hale assured him the border "
     "would stay open.", "Friday",
     "Prime Minister Tom Hale assured Smith the border would stay open"),
    ("Acme, which provided the server space for the forum, closed it on Friday for "
     "violating its rules.", "Friday", "Acme closed the forum for violating its rules"),
    ("The families filed a lawsuit to stop the plan, but in May a state judge ruled "
     "against them.", "May", "A state judge ruled against the families"),
    # ... one asked "to" do something a body (review: "The parent asked it to respond")
    ("A committee of outside directors is studying the offer; the parent asked it to reply "
     "by Nov. 15.", "Nov. 15", "The parent asked the committee to reply"),
    # ... and stays when the headline names it, when only a place is named, when its
    # clause's subject continues the only one named before
    ("On Monday, the boy's father demanded that the boy be returned to him.", "Monday",
     "The boy's father demanded that the boy be returned to him"),
    ("Supporters marched through Abuja on Sunday to urge him to run.", "Sunday",
     "Supporters marched through Abuja to urge him"),
    ("Mr. Hale met Mr. Cole in June. He thanked him on Thursday.", "Thursday",
     "Mr. Hale thanked him"),
    # ... or, naming none in its sentence, the subject the sentence before opens with
    ("Mr. Hale fled the country in June. Police arrested him on Thursday in Lisbon.",
     "Thursday", "Police arrested Mr. Hale in Lisbon"),
    # "It" after a sentence of what a group says continues what they say it of; a
    # quotation's "We" is told with the person a second clause before names (review: "It
    # expects to post a loss", "We want our membership of NATO")
    ("But analysts say Zenith is a special case. It expects to post a loss for the year "
     "ending tomorrow.", "tomorrow", "Zenith expects to post a loss"),
    ("Analysts say Zenith is a special case. It expects to post a loss for the year "
     "ending tomorrow.", "tomorrow", "Zenith expects to post a loss"),
    ("Poland has been wary of Moscow, and Foreign Minister Bronislaw Geremek has tried hard "
     "to reassure the Russians. ``We want good relations with Moscow,'' he said last year.",
     "last year", "Bronislaw Geremek: We want good relations with Moscow"),
    # a relative clause after a date tells of the noun the date's phrase follows (review:
    # "July 1 will receive only partial dividends")
    ("The company sold a block of shares issued March 3, which will receive only half the "
     "dividends this year.", "this year", "A block of shares will receive only half the dividends"),
    ("The firm issued a block of shares on March 3, which will receive only partial dividends "
     "this year.", "this year", "A block of shares will receive only partial dividends"),
    # a participle of consequence after a comma is told with its clause, not given the
    # subject and an auxiliary (review: "Poughkeepsie will be resulting in a net loss")
    ("Acme expects a charge of $5 million, resulting in a net loss for the second quarter.",
     "the second quarter", "Acme expects a charge of $5 million, resulting in a net loss"),
    ("Acme also expects to record a one-time charge of $5 million, resulting in a net loss for "
     "the second quarter.", "the second quarter",
     "Acme expects to record a one-time charge of $5 million"),
    ("The bonds are convertible into common stock at $20 a share, representing a 15% premium "
     "over Friday's price.", "Friday",
     "The bonds are convertible into common stock, representing a 15% premium over Friday's price"),
    # a subject and an auxiliary the parse hangs on the auxiliary, a hyphenated word at the
    # word limit, a particle's phrase stay (review: "slow-growth been offset", "kidnapped
    # along to make the trip")
    ("In the past 20 months alone, the chairman said the sale of $300 million of slow-growth, "
     "low-margin units has been more than offset by $600 million in new purchases.",
     "the past 20 months",
     "The sale of $300 million of slow-growth, low-margin units has been offset"),
    ("In the past two years alone, John Doe, the chairman, said the sale of $200 million of "
     "slow-moving, low-margin units has been more than offset by $500 million in profitable "
     "purchases.", "the past two years",
     "The sale of $200 million of slow-moving, low-margin units has been offset"),
    ("``The aunt was practically kidnapped along with the child'' to make the early-December "
     "trip, Smith said.", "the early-December",
     "Smith: The aunt was kidnapped along with the child to make the trip"),
    # ... and a subject too long for the headline loses its list's last member, not the verb
    ("The Monday blasts at U.S. consulates in Lima, Peru, and Dar-es-Salaam, Tanzania, killed "
     "at least 80 people, and the number hurt topped 900.", "Monday",
     "The blasts at U.S. consulates in Lima, Peru killed at least 80 people"),
    # a bare infinitive after "let" keeps its subject, however parsed or tagged (review:
    # "Mr. Bush let begin"); not a finite clause after "make" and its object
    ("Finally, when Iran failed to reply to the demand, Mr. Smith let the ground offensive "
     "begin as previously planned Sunday morning.", "Sunday morning",
     "Mr. Smith let the ground offensive begin"),
    ("Finally, when Iran failed to reply to the demand, Mr. Smith let the air attack begin as "
     "previously planned Sunday morning.", "Sunday morning", "Mr. Smith let the air attack begin"),
    ("The court ruled that the state could not make policy based on myths even when those myths "
     "reflect current facts.", "current", "Those myths reflect facts"),
    # a passive infinitive after its noun tells of that noun (review: "A strategy to
    # strengthen Labatt's balance sheet to be made"); not a verb's object and its infinitive
    ("Mr. Jones said the stock sale is part of a strategy to strengthen Acme's balance sheet in "
     "anticipation of acquisitions to be made during the next 12 to 18 months.", "18 months",
     "Acquisitions are to be made"),
    ("Mr. Smith said the bond sale is part of a plan to cut Acme's debt in anticipation of "
     "purchases to be made during the next 12 to 18 months.", "18 months",
     "Purchases are to be made"),
    ("He added that new rules to be published in early March will decide the matter.",
     "early March", "New rules are to be published"),
    ("The two companies said they expect the transaction to be completed by Dec. 15.",
     "Dec. 15", "The two companies expect the transaction to be completed"),
    # an object and its infinitive the parse makes a clause are the verb's complement
    # (sample 6013: "The March accession will enable")
    ("The April entry will enable the four nations to be eligible for signing the final "
     "documents, the envoy added.", "April",
     "The April entry will enable the four nations to be eligible"),
    # an indefinite pronoun a relative clause defines is told by the clause above it
    # (sample 6014: "Jaguar that doesn't want"; fourteenth round: not "Acme doesn't like
    # anything", which the sentence does not say)
    ("\"I don't see the board doing anything that Acme doesn't like over the next six "
     "months,\" said John Smith, an analyst.", "the next six months",
     "John Smith: I don't see the board doing anything that Acme doesn't like"),
    # an object pronoun of a second clause joined to one before stays: "it" may be the
    # happening told before, "him" either person of it
    ("Israel struck Gaza on Tuesday, and the United Nations condemned it on Wednesday.",
     "Wednesday", "The United Nations condemned it"),
    ("Coach Dan Reed benched the striker on Saturday, and the club fined him on Monday.",
     "Monday", "The club fined him"),
    # in what was told, a pronoun is not the person told
    ("Ms. Diaz told the officer on Monday that a neighbor had threatened her.", "Monday",
     "A neighbor had threatened Ms. Diaz"),
    # a too-long headline loses an adverb of manner before the phrase a verb of speaking
    # is about (review: "Its senior executives are talking")
    ("So its top managers are talking openly about possibly selling off some of the group's "
     "$250 million in senior secured notes next year.", "next year",
     "Its top managers are talking about selling off some of the group's $250 million"),
    # never cut inside "in order to"; a compound noun the parse reads as an adjective's
    # clause stays whole (review: "could mortgage the cellular company's future in order")
    ("The loan could mortgage the small airline's future earning power in order to satisfy "
     "some bank lenders in the short term.", "the short term",
     "The loan could mortgage the small airline's future earning power"),
    # "which" after "NOUN of AMOUNT" stands for the noun (review: "$48 million included");
    # the date is the sale's, a happening (issue 13, round five), told with its clause
    ("First-half results included net realized gains of $52 million, which included $30 "
     "million from the sale of Acme Corp. in May.", "May",
     "Net realized gains of $52 million included $30 million from the sale of Acme Corp."),
    # an amount a relative clause leaves out reads without its article, also when the
    # clause hangs on its rate (review: "The company reported the 16 cents a share")
    ("Acme said earnings would be lower than the 40 cents a share the company posted last "
     "year.", "last year", "The company posted 40 cents a share"),
    ("Sales rose above the $40 million the company had forecast last spring.", "last spring",
     "The company had forecast $40 million"),
    # an absolute "with" phrase is a clause of its own, no part of the subject (review:
    # "Record figures with the general election due couldn't have come")
    ("With the local election due this June, bad news couldn't have come at a worse time.",
     "this June", "The local election is due"),
    # a participle after a number tells of what the number counts or the sum measures
    # (development sample 7101: "Related to the sale ...", "Injured in a car bomb attack")
    ("Four people were killed and at least 30 injured in a bombing on Monday in the capital.",
     "Monday", "At least 30 were injured in a bombing in the capital"),
    ("The firm said it will take a charge of $4 million related to the closing of a plant in "
     "the fourth quarter.", "the fourth quarter",
     "A charge of $4 million was related to the closing of a plant"),
    ("The fund holds 900,000 Acme shares, including 400,000 bought from June 2 to Friday for "
     "$10 to $12 each.", "June 2", "400,000 were bought for $10 to $12"),
    # a date that is a verb's object stays when what follows leans on it (development
    # sample 7104: "Secretary Shalala gave them to develop a new plan")
    ("The agency gave the hospitals six months to write new rules.", "six months",
     "The agency gave the hospitals six months to write new rules"),
    # (a length "of" an event noun measures that happening, TimeML DURING: the trigger and
    # the headline are the infighting's)
    ("The decision follows six months of bitter infighting over the fate of the plant.",
     "six months",
     "The decision follows six months of bitter infighting over the fate of the plant"),
    ("The council reconvenes Jan. 24.", "Jan. 24", "The council reconvenes"),
    # the adverb of an idiom stays with its verb (development sample 7106: "The company
    # expected to break on sales of $530 million")
    ("The airline said it expects to break even for the year on revenue of $2 billion.",
     "the year", "The airline expects to break even on revenue of $2 billion"),
    # a pointing "that" opening a main clause is its subject, whatever its tag
    # (development sample 7103: "Gives the transaction a value of $104 million")
    ("Based on the current number of Acme shares, that gives the deal a value of $50 "
     "million.", "current", "That gives the deal a value of $50 million"),
    # a date is no subject of a verb other than one of time: the participle the parse
    # gives it tells of the clause's subject (review: "April 8 buried one foot below")
    ("The truck was found March 3 abandoned two miles from the border.", "March 3",
     "The truck was found abandoned two miles from the border"),
    # a noun phrase after a comma that closes a phrase is that phrase's apposition, no
    # object of the verb (review: "Some adults planned to apply the American mission here")
    ("Two teachers and some parents planned to apply for passports Monday at the consulate "
     "in Lima, the Peruvian mission there.", "Monday",
     "Two teachers and some parents planned to apply for passports"),
    # a ranked noun a copula names keeps the clause that defines it (development sample
    # 7102: "Kopp is the second anti-abortion activist")
    ("Smith is now the third candidate backed by the union in a local race.", "now",
     "Smith is the third candidate backed by the union"),
    ("Monday's statement was the first sign that the talks had failed.", "Monday",
     "Monday's statement was the first sign that the talks had failed"),
    # a participle set off by one comma after its noun is no past tense of that noun
    # (development sample 7105: "A government communique read at a pro-Elian rally")
    ("\"We will not give up,\" said a party statement, read Friday night at a rally in the "
     "capital.", "Friday night", "A party statement was read at a rally in the capital"),
    # a cut never leaves an adjective after its noun without its phrase, nor "including"
    # without its object (development sample 7101: "a Khmer Rouge faction loyal")
    ("The general said he now believed Smith had been killed by a rebel army faction loyal "
     "to the former president.", "now",
     "The general believed Smith had been killed by a rebel army faction"),
    ("In the year-ago period, Acme earned $12.5 million, or 95 cents a share, including a "
     "$2.1 million gain from the sale of a unit.", "the year-ago period",
     "Acme earned $12.5 million, or 95 cents a share"),
    # a period the parse hangs on a verb of saying dates what was said (development sample
    # 7104: "The quarter ended")
    ("The Denver bank holding company said it had a loss of $12.4 million, or 85 cents a "
     "share, for the quarter ended Sept. 30.", "Sept. 30",
     "The Denver bank holding company had a loss of $12.4 million"),
    # a verb has no adjective: a name the parse reads as one before it is its subject
    # (TBAQ's "Heads a team", the corpus sentence)
    ("White heads a team that is investigating and prosecuting the bombings which killed 224 "
     "people, including 12 Americans, on Aug. 7, 1998.", "Aug. 7, 1998",
     "White heads a team that is investigating and prosecuting the bombings"),
    # an infinitive with its own subject after "for" is the verb's complement (TBAQ:
    # "Spitzer called")
    ("On Tuesday, the mayor called for the council to approve the budget before the recess.",
     "Tuesday", "The mayor called for the council to approve the budget"),
    # a small clause "it ADJECTIVE" is the verb's complement, told with what "it" stands
    # for (TBAQ: "Thursday's decision made")
    ("The judge made it clear on Monday that the trial would go ahead.", "Monday",
     "The judge made it clear that the trial would go ahead"),
    # a bare noun trigger whose date is in the participle after it is told by that
    # participle (TBAQ: "Remarks")
    ("The paper said Cuba had signaled its interest in talks in remarks made last week by "
     "its envoy to Madrid.", "last week", "Remarks were made by its envoy to Madrid"),
    # a bracketed aside inside a noun phrase is left out, the phrase read across it (TBAQ:
    # "Police found more than 1,300 pounds")
    ("Customs officers seized 200 pounds (90 kgs) of cocaine Monday in a truck.", "Monday",
     "Customs officers seized 200 pounds of cocaine"),
    # an adjective with its own subject after "with" is a clause of its own (TBAQ:
    # "Annexed")
    ("With the province now ``annexed,'' the republic has control of half of the region's "
     "gas fields.", "now", "The province is annexed"),
    # a finite verb left without a subject takes the apposition right before its comma
    # (TBAQ: "Signed the Washington Treaty")
    ("On May 2, 1957, on behalf of the French Republic, the foreign minister, Pierre Dupont, "
     "signed the Rome accord, which created the market.", "May 2, 1957",
     "Pierre Dupont signed the Rome accord"),
    # an "a" phrase of time or of an amount is no thing "it" continues (review: "The year
    # earlier earned $2 million", "The couple earned")
    ("A year earlier, Acme Corp. lost $5 million. It said Tuesday that it earned $2 "
     "million in the quarter.",
     "Tuesday", "It earned $2 million"),
    ("A couple of weeks ago, Acme Corp. warned of losses. It said Tuesday that it "
     "earned $2 million in the quarter.",
     "Tuesday", "It earned $2 million"),
    ("A total of 300 workers were laid off. It said Tuesday that it earned $2 million "
     "in the quarter.",
     "Tuesday", "It earned $2 million"),
    # a name's possessive of a person noun that no table lists is no owner "he" continues
    # (review: "Smith was arrested")
    ("John Smith was indicted. Smith's bodyguard fled. He was arrested on Tuesday.",
     "Tuesday", "He was arrested"),
    ("John Smith was indicted. Smith's chief of staff fled. He was arrested on "
     "Tuesday.",
     "Tuesday", "He was arrested"),
    # a verb of the chain keeps the particle the parse calls an adverb (review: "and buy
    # shares")
    ("The company plans to sell its stake and buy back shares by June.",
     "June", "The company plans to sell its stake and buy back shares"),
    ("The company plans to buy back shares by June.",
     "June", "The company plans to buy back shares"),
    # a verb of placing keeps its place, also as an infinitive (issue 13 review: "The goal
    # is to put 40,000 troops")
    ("Officials say the goal is to put 40,000 troops in the region by the end of the "
     "month.", "the end of the month",
     "The goal is to put 40,000 troops in the region"),
    ("The army placed two divisions on the border Tuesday.", "Tuesday",
     "The army placed two divisions on the border"),
    # a noun in a phrase of a clause that dates the clause is told with it (issue 13
    # review: "A news conference"); one with its own date and happening stays alone
    ("President Clinton welcomed the job figures at a news conference Friday.", "Friday",
     "President Clinton welcomed the job figures at a news conference"),
    ("Hewlett-Packard acquired 730,070 shares from Octel as a result of an Aug. 10, 1988, "
     "stock purchase agreement.", "Aug. 10, 1988",  # tenth round: names no one alone
     "Hewlett-Packard acquired 730,070 shares as a result of stock purchase agreement"),
    # of two subjects the parse gives a verb, the one a comma opens right before it
    # (issue 13 review: "The second quarter had a loss"), never a relative phrase
    ("In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. "
     "had a loss of about $12.5 million.", "Oct. 31",
     "Service Corp. had a loss of about $12.5 million"),
    ("Those withdrawals, most of which were transferred to other T. Rowe Price funds, "
     "followed little change in the fund's sales picture this year through August.",
     "this year", "Those withdrawals followed little change in the fund's sales picture"),
    # an apposition a comma opens and none closes before the verb is its subject (issue
    # 13 review: "Oshkosh Truck Corp., Oshkosh fell"); a closed one stays an aside
    ("Oshkosh Truck Corp., Oshkosh, Wis., estimated earnings for its fourth quarter ended "
     "Sept. 30 fell 50% to 75% below the year-earlier $4.5 million.", "fourth quarter",
     "Estimated earnings fell 50% to 75% below the year-earlier $4.5 million"),
    ("Mr. LaMothe, the chairman, forecast an earnings increase on Tuesday.", "Tuesday",
     "Mr. LaMothe forecast an earnings increase"),
    # a relative clause's antecedent is named without a participle an adverb makes a
    # happening of its own (told apart), so its verb keeps its complement (issue 13
    # review: "The recently passed ... legislation requires thrifts")
    ("The adjustments result from the recently passed thrift-industry bailout legislation, "
     "which requires thrifts to divest all high-yield bond investments by 1994.", "1994",
     "The thrift-industry bailout legislation requires thrifts to divest all high-yield "
     "bond investments"),
    ("He was placed on the FBI's most wanted list, which began in 1950.", "1950",
     "The FBI's most wanted list began"),
    # "a"/"an" opening the later subject or apposition describes the one before it, whose
    # closing comma was left out (review of the rule above)
    ("Mary Jones, 52, a teacher from Ohio died Sunday.", "Sunday", "Mary Jones died"),
    ("John Smith, 45, a former banker was arrested Monday.", "Monday",
     "John Smith was arrested"),
    # an adverb of manner or degree keeps its participle with the antecedent
    ("Regulators approved the widely used drug, which was first sold in 1999.", "1999",
     "The widely used drug was sold"),
    # a pronoun whose speaker cannot be it stands for the nearest subject before it that
    # can, not one its own clause names (issue 13, eighth round: "It holds 5% of ...")
    ("Mr. Lang noted that Acme Holdings joined the board of Zenith Corp. when Zenith Corp. "
     "was sold in 1999, and said it now holds 4% of Zenith Corp.'s shares.", "now",
     "Acme Holdings holds 4% of Zenith Corp.'s shares"),
    ("Mr. Lang said that the Senate approved the plan, and Mrs. Ruiz said it would vote "
     "again next week.", "next week", "The Senate would vote again"),
    ("Mrs. Ruiz said Monday that Mr. Lang had left, and the committee said it would meet "
     "again on Friday.", "Friday", "The committee would meet again"),
    # what someone said in a writing dated by its making public is the news, not the
    # writing; one whose words follow the sentence is the writing made public
    ("The mayor's brother said in a letter published Wednesday that he wants the council "
     "to meet with his son.", "Wednesday",
     "The mayor's brother wants the council to meet with his son"),
    ("The Daily Star said in an editorial on Monday, Oct. 26:", "Monday, Oct. 26",
     "The Daily Star published an editorial"),
    ("Mr. Smith said in a letter on Monday.", "Monday", "Mr. Smith wrote a letter"),
    # "he"/"she" opening a sentence continues the one person the sentence before names
    # anywhere, a first name the document writes before a surname too; never one of two,
    # nor beside a noun of a person of that sex ("his uncle"), nor a place after "in"
    ("The long dispute has kept Tomas in the news for months. He was seen in court on "
     "Friday. Tomas Ibarra is 12.", "Friday", "Tomas was seen in court"),
    ("But when Bertil Varga returned home, he was upset. He appeared in court the next "
     "morning.", "the next morning", "Bertil Varga appeared in court"),
    ("The boat took Tomas and his uncle to Key West. He was seen in court on Friday. "
     "Tomas Ibarra is 12.", "Friday", "He was seen in court"),
    ("The lawyers of Anna Berg met Tomas Ibarra. He was seen in court on Friday.", "Friday",
     "He was seen in court"),
    ("The storm hit roads in New Hampshire. He was seen in court on Friday.", "Friday",
     "He was seen in court"),
    # ... "he" a person named after a day and a title in lower case ("governor")
    ("Yesterday Ohio governor Mark Olsen toured five counties. He added one more today.",
     "today", "Mark Olsen added one more"),
    # "it" after a sentence that opens with a person: the one company it names
    ("Acme Holdings Inc. is a big group. He took Acme Holdings, once a small wholesaler, "
     "and built a conglomerate. In September, it announced plans to buy a bank.",
     "September", "Acme Holdings announced plans to buy a bank"),
    ("He sold Acme Holdings Inc. to Zenith Corp. last year. In September, it announced "
     "plans to buy a bank.", "September", "It announced plans to buy a bank"),
    # a bare noun is told with the finite verb above the infinitive it is the object of
    # (was "Workstations"); not above a gerund ("has started processing claims from the
    # earthquake two weeks ago": the date is the earthquake's)
    ("Rivals include Zenith Corp., which plans to introduce a group of laptops early next "
     "year.", "early next year", "Zenith Corp. plans to introduce a group of laptops"),
    # a noun the object of a verb of expecting or beginning (or of its "of"/"for" phrase)
    # is told with that verb's clause: alone it reads as done (was "A major boost in
    # capacity"); under other verbs the noun phrase stays
    ("The board foresees the need for a major boost in capacity throughout the 1990s.",
     "the 1990s", "The board foresees the need for a major boost in capacity"),
    ("The group started a series of largely peaceful protests in 1992.", "1992",
     "The group started a series of largely peaceful protests"),
    ("Police investigated a series of unsolved shootings of doctors in 1994.", "1994",
     "Unsolved shootings of doctors"),
    # a dummy "it" of seeming puts off the clause that tells the news (was "It looks"); a
    # wait keeps its clause whole (was "It is just matter of days"); a referring "it" stays
    ('Now, the farmer says, "it looks like the rain will ruin the harvest."', "Now",
     "The rain will ruin the harvest"),
    ("The minister declared Wednesday that it is only a matter of days before the strike "
     "will end.", "Wednesday", "It is only a matter of days before the strike will end"),
    ("The minister declared Wednesday that it is a tool for the strike.", "Wednesday",
     "It is a tool for the strike"),
    # a quotation's "he said" continues the one person the sentence before names, an
    # apposed name after a title (was "My evidence is scant"); two people keep it bare
    ("The head of the inquiry in Lagos, Tomas Berg, said the team has questioned 100 "
     "people. \"Right now my evidence is scant,\" he said.", "Right now",
     "Tomas Berg: My evidence is scant"),
    ("The head of the inquiry, Tomas Berg, met Anna Kovacs in Lagos. \"Right now my "
     "evidence is scant,\" he said.", "Right now", "My evidence is scant"),
    # what the teller learned is the news (was "We learned that the agency ..."); what
    # someone else learned stays theirs
    ("Finally today, we learned that the farm agency has approved the loans.", "today",
     "The farm agency has approved the loans"),
    ("On Monday, the farmers learned that the agency had approved the loans.", "Monday",
     "The farmers learned that the agency had approved the loans"),
    # "they" no subject can be: the nearest plural of persons before it in its sentence
    # (was "They lost the earning power"), or the one such plural the sentence before
    # names when that one opens with a single person or thing (was "They had not called")
    ("The raise extended a trend that has given back to workers some of the earning "
     "power they lost to inflation in the last decade.", "the last decade",
     "Workers lost the earning power to inflation"),
    ("He was last seen in May, the day before authorities issued a warrant. Until "
     "Thursday, they had not called him a suspect.", "Thursday",
     "Authorities had not called him a suspect"),
    ("Prices rose as traders bought shares. They closed higher on Friday.", "Friday",
     "They closed higher"),
    # a pronoun whose sentence opens with a clause of the same pronoun opens it too, and a
    # word the document writes after an article is no person ("the Cuban boy")
    ("While her brother is hated in this town where Cuban flags fly, Ana Ruiz is loved "
     "here. And while she keeps a distance from the rhetoric, Friday she had opinions on "
     "the case of the Cuban boy.", "Friday",
     "Ana Ruiz had opinions on the case of the Cuban boy"),
    # a "he" subject of a reported clause inside the headline is named as the headline's
    # own subject would be, no month standing for him (was "concluded he had been
    # killed"); of two people it stays
    ("In January, police officers who had been searching for Kessler concluded he had "
     "been killed soon after his capture.", "January",
     "Police officers concluded Kessler had been killed after his capture"),
    ("In January, officers who had met Kessler and Mr. Brandt concluded he had been "
     "killed.", "January",
     "Officers who had met Kessler and Mr. Brandt concluded he had been killed"),
    # the earlier figure of a comparison whose clause has no figure of its own is told as
    # what the plural noun was (was the noun phrase "Earnings of $6.1 million")
    ("The bank's fees from card lines fell 59% in the latest quarter, compared with "
     "earnings of $6.1 million a year ago.", "a year ago", "Earnings were $6.1 million"),
    # a noun in the phrase of a "there" clause is told with that clause (was "The growth
    # of hate groups in the United States")
    ("A report says there has been a sharp rise in the growth of farm cooperatives in Ohio "
     "over the past year.", "the past year",
     "There has been a sharp rise in the growth of farm cooperatives in Ohio"),
    # a period's ending only names the period: the headline tells its clause
    ("The toy maker estimated earnings for its fourth quarter ended Sept. 30 fell 40% to "
     "$2 million.", "Sept. 30",
     "The toy maker's earnings for its fourth quarter fell 40% to $2 million"),
    ("The toy maker estimated earnings for its fourth quarter ended Sept. 30 fell 40% to "
     "$2 million.", "fourth quarter", "The toy maker's earnings fell 40% to $2 million"),
    # a figure dated inside a change is headlined by the change
    ("The miller reported a 30% decline in fourth-quarter earnings.", "fourth-quarter",
     "The miller reported a 30% decline in earnings"),
    # a trading session placed in its day is headlined by what moved in it
    ("In late trading in Paris Monday, the CAC index rose 12 points to 4,210.", "Monday",
     "The CAC index rose 12 points to 4,210"),
    # a noun dated "of" a date is told by the "when" clause that describes the date; a
    # noun that names a date's kind by the verb that sets the date; a noun in a phrase
    # by the clause a few phrases up (issue 13, round five of the trigger)
    ("The rally marked a return to the larger protests of early March, when thousands of "
     "people marched in the capital.", "early March",
     "Thousands of people marched in the capital"),
    ("The court set a June 4 hearing date for the case.", "June 4",
     "The court set a hearing date"),
    ("The firm has no estimate of the impact of the storm on fourth-quarter results.",
     "fourth-quarter", "The firm has no estimate of the impact of the storm on results"),
    # an infinitive under an adjective of a noun is told by the noun's clause; an
    # aspectual verb's infinitive keeps its particle
    ("The inspectors came for a tour likely to last over a week.", "over a week",
     "The inspectors came for a tour"),
    ("The airline was only beginning to get back on its feet during the quarter.",
     "the quarter", "The airline was beginning to get back on its feet"),
]


@pytest.mark.parametrize(("text", "when", "headline"), CASES,
                         ids=["agreed", "which-begin", "reported", "reported-it",
                              "reported-of", "reported-she", "main-clause", "cataphora",
                              "referring-it", "told-he", "relative-it", "sentence-before",
                              "sentence-before-it", "sentence-before-place", "titled-noun",
                              "apposition-name", "there-were", "nearest-fitting", "whose",
                              "quoted-it",
                              "other-woman", "other-woman-two",
                              "coordinated", "person-it", "vote-to-make",
                              "participle", "dawn-broke", "purpose", "fall-apart", "assured",
                              "ready-to", "likely-to", "gap-object", "gap-object-dated", "payable",
                              "compared-was",
                              "compared-had", "quarter-ended", "effective",
                              "compared-year-ago", "interview", "period-of-object",
                              "cut-phrase", "hanging-verb", "demonstrative", "aside", "article",
                              "reduced-passive",
                              "reduced-passive-state", "finite-above",
                              "finite-above-noun", "headed-phrase", "neither-east",
                              "copula-date", "date-in-phrase",
                              "noun-clause", "noun-clause-capture", "gerund-object",
                              "apposition",
                              "each-other", "and-months", "mid-decade",
                              "gap-object-prep", "gap-object-ruling", "gap-manner",
                              "sentence-before-they", "pointing-that", "adjective-date",
                              "noun-infinitive", "phrase-before-purpose",
                              "phrase-before-purpose-flew", "for-to", "comma-participle",
                              "comma-participle-plan", "comma-participle-after",
                              "split-list", "they-of-plural", "opening-date-it",
                              "date-subject", "date-subject-months", "part-of-date",
                              "as-role",
                              "as-role-adjective", "untitled-name-it", "before-titled",
                              "before-contraction", "before-partitive", "before-its",
                              "before-month-stop", "person-noun-she", "suffix-stop",
                              "there-acronym", "there-of-whole", "there-no-whole",
                              "quoted-we", "quoted-we-inside",
                              "quoted-we-before", "quoted-we-telling", "quoted-we-continued",
                              "quoted-we-closing", "quoted-we-closing-pronoun", "quoted-our-he-adds", "before-group-opening", "before-same-pronoun", "before-indefinite-it", "before-possessive", "before-possessive-person", "before-adverb-phrase", "he-only-man", "he-kin-not-rival", "infinitive-second", "gerund-second-not-done", "speech-tag-inside", "concession-whatever", "year-before-participle", "subject-name-misparsed", "noun-dated-participle", "participle-after-dash", "adjective-clause",
                              "question-clause", "date-before-noun", "needed-preposition",
                              "adverbial-passive", "currency-sign", "list-heading",
                              "adjective-passive", "floating-each", "those-who",
                              "aside-participle", "they-object", "it-of-phrase",
                              "clause-before", "made-clear", "dummy-it-before",
                              "gerund-subject", "gerund-not-done", "announced-plans",
                              "comma-passive-before", "lone-adverb", "opening-passive",
                              "according-to", "gerund-adjective", "possessed-of",
                              "letter-dated",
                              "shared-object", "measured-length", "quoted-price",
                              "those-who-dated", "group-not-verb", "official-not-it",
                              "chairwoman-she", "comma-participle-state",
                              "adverbial-passive-they", "auxiliary-progressive",
                              "auxiliary-passive", "auxiliary-having", "auxiliary-not-past",
                              "same-pronoun-later", "possessor-he", "speech-tag-they",
                              "contraction-after-name", "surname-plural-tag",
                              "split-subject", "hanging-adverb", "content-noun",
                              "compared-pronoun", "compared-date-between",
                              "copula-adverb", "compound-subject", "parted-of",
                              "parted-of-figure", "they-not-we", "date-determiner",
                              "date-article", "date-bare-noun", "change-figure",
                              "change-fraction", "change-not-distance", "place-adverb",
                              "place-adverb-passive", "place-adverb-date", "dashed-subject",
                              "dashed-aside", "having-own-subject", "told-he-son",
                              "adjective-clause-in-phrase", "content-clause",
                              "content-clause-subject", "among-participle",
                              "auxiliary-opening", "direction-lower", "direction-up",
                              "direction-other-date", "compound-subject-above",
                              "object-fronted", "object-adjunct-possessor",
                              "object-sayer", "object-relative-it", "object-them-conjunct",
                              "object-agent-it", "object-named-already",
                              "object-place-not-person", "object-bound-pronoun",
                              "object-sentence-before", "it-reported-before",
                              "it-reported-before-opening",
                              "we-second-clause",
                              "relative-after-date", "relative-after-date-prep",
                              "consequence-participle", "consequence-participle-cut",
                              "consequence-representing", "subject-on-auxiliary-split",
                              "subject-on-auxiliary", "particle-phrase", "subject-last-member",
                              "let-infinitive-misparsed", "let-infinitive-tagged",
                              "make-object-clause", "infinitive-relative-misparsed",
                              "infinitive-relative", "infinitive-relative-subject",
                              "infinitive-object", "object-infinitive-clause", "gap-indefinite",
                              "object-second-clause-it", "object-second-clause-him",
                              "object-not-the-told",
                              "long-adverb-dropped", "in-order-to", "which-of-amount",
                              "gap-amount-rate", "gap-amount", "absolute-with",
                              "participle-of-count", "participle-of-sum",
                              "participle-of-number", "date-object-infinitive",
                              "date-object-of", "date-object-alone", "break-even",
                              "pointing-that-tagged-relative", "date-no-subject",
                              "apposition-no-object", "ranked-participle",
                              "ranked-content", "comma-participle-past",
                              "cut-adjective-after-noun", "cut-including",
                              "quarter-ended-said", "name-read-as-adjective",
                              "for-subject-infinitive", "made-it-clear",
                              "noun-dated-participle-whole", "bracketed-aside",
                              "absolute-with-own-subject", "apposed-subject",
                              "indefinite-not-time",
                              "indefinite-not-amount",
                              "indefinite-not-total",
                              "possessive-doer",
                              "possessive-chief-of-staff",
                              "chain-particle-second",
                              "chain-particle",
                              "placing-infinitive-place", "placing-place",
                              "held-noun-clause-date", "held-noun-own-date",
                              "two-subjects-nearest", "two-subjects-not-relative",
                              "unclosed-apposition-subject", "closed-apposition-aside",
                              "relative-antecedent-without-participle",
                              "relative-antecedent-keeps-adjective",
                              "described-subject-age", "described-subject-passive",
                              "relative-antecedent-manner-adverb",
                              "pronoun-subject-before-not-own-clause",
                              "pronoun-subject-before-senate",
                              "pronoun-speaker-it",
                              "said-in-published-letter", "said-in-editorial-only",
                              "said-in-letter-only",
                              "before-only-person-first-name", "before-only-person-clause",
                              "before-only-person-noun-of-sex", "before-two-persons",
                              "before-place-no-person", "before-day-lowercase-title",
                              "before-person-one-company", "before-person-two-companies",
                              "bare-noun-infinitive-above",
                              "foreseen-noun-need-for", "foreseen-noun-series-of",
                              "noun-object-other-verb", "dummy-it-looks-like",
                              "dummy-it-matter-of-days", "referring-it-copula",
                              "quoted-he-only-person-before", "quoted-he-two-persons-before",
                              "we-learned-that", "they-learned-that",
                              "they-people-before", "they-people-sentence-before",
                              "they-plural-opener-not-people", "there-clause-noun",
                              "she-opening-clause-before", "inner-he-named",
                              "inner-he-two-people", "compared-plural-figure",
                              "period-ended-date",
                              "period-ended-period", "change-in-figure",
                              "early-trading",
                              "noun-of-date-when-clause", "noun-of-date-kind",
                              "noun-clause-phrases-up", "infinitive-of-adjective-noun",
                              "aspectual-infinitive-particle"])
def test_headline_of_sentence(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Issue 13's eighth round (w4): wrong subjects, lost complements and garbled headlines,
# each a fact of English, in sentences made up for the rule.
EIGHTH_ROUND = [
    # a noun the parse joins by "and" to the object before a finite verb without a
    # subject is that verb's subject (was "Gunmen found his body")
    pytest.param("Gunmen kept their threat to kill a banker they took hostage and police "
                 "found his body Monday near a river.", "Monday",
                 "Police found his body near a river", id="joined-subject"),
    pytest.param("Smith was one of only two judges who heard such cases in the county, and "
                 "insults and threats against her by angry litigants had become routine over "
                 "the past year.", "the past year",
                 "Insults and threats against her by angry litigants had become routine",
                 id="joined-subject-after-comma"),
    pytest.param("Police arrested three men and two women on Monday and released them.",
                 "Monday", "Police arrested three men and two women",
                 id="joined-verb-shares-subject"),
    # a bare verb right after "go" or "come" is the purpose it goes for: it stays with
    # its object, and as the trigger it is told with "will go" (was "The mayor would go",
    # "Acme buy the remaining shares")
    pytest.param("The mayor said Friday that she would go see the flooded streets herself.",
                 "Friday", "The mayor would go see the flooded streets", id="serial-verb"),
    pytest.param("Acme said it will go buy the remaining shares next week.", "next week",
                 "Acme will go buy the remaining shares", id="serial-verb-trigger"),
    # a verb of making one thing into another keeps what it becomes (was "hoped to help
    # turn the old rail depot", "agreed to split its chemicals business")
    pytest.param("The governor said Tuesday that he hoped to help turn the old rail depot "
                 "into a museum.", "Tuesday",
                 "The governor hoped to help turn the old rail depot into a museum",
                 id="resulting-into"),
    pytest.param("Acme agreed last week to split its chemicals business into three "
                 "companies.", "last week",
                 "Acme agreed to split its chemicals business into three companies",
                 id="resulting-into-infinitive"),
    # a participle after a comma tells of the object right before the comma, not of the
    # head the parse gives it (was "The latest attempt by militants set to resume")
    pytest.param("The bomb appeared to be the latest attempt by militants to derail the "
                 "talks, set to resume Monday in Geneva.", "Monday",
                 "The talks were set to resume in Geneva", id="comma-participle-object"),
    # the words of a subject's phrase after its participle are the predicate's, told
    # after it (was "His famous farewell speech, at Harvard University in Cambridge was
    # delivered")
    pytest.param("Critics still quote his famous farewell speech delivered on May 3, 1990, at "
                 "Harvard University in Cambridge.", "May 3, 1990",
                 "His famous farewell speech was delivered at Harvard University in Cambridge",
                 id="subject-after-participle"),
    # a preposition whose object is a question keeps the question's clause (was "The
    # council will vote", "Lawyers argued")
    pytest.param("The council will vote Tuesday on whether the city can sell the old bridge.",
                 "Tuesday", "The council will vote on whether the city can sell the old bridge",
                 id="question-after-preposition"),
    pytest.param("Lawyers argued on Monday about who would pay for the cleanup.", "Monday",
                 "Lawyers argued about who would pay for the cleanup",
                 id="question-after-preposition-who"),
    # "it is a matter of weeks before ...": the dummy "it" stands for the clause, which
    # stays, and names no speaker (was "The coach is only a matter of weeks")
    pytest.param("The coach said Friday that it is only a matter of weeks before the new "
                 "stadium opens.", "Friday",
                 "It is only a matter of weeks before the new stadium opens",
                 id="dummy-it-wait-clause"),
    # a noun phrase after a comma that closes a phrase is its apposition, no second
    # complement of the copula (was "Sales were weak a worrying sign for the company")
    pytest.param("Sales were weak during the quarter, a worrying sign for the company.",
                 "the quarter", "Sales were weak", id="apposed-attribute"),
    pytest.param("Profit was flat in the third quarter, a disappointing result for investors.",
                 "the third quarter", "Profit was flat", id="apposed-attribute-date"),
    # "that" before its noun points, it relates nothing: it stays (was "Small but growing
    # market had sales ...")
    pytest.param("Three chains already control most of that small but growing market, which "
                 "last year had sales of about $3 million.", "last year",
                 "That small but growing market had sales of about $3 million",
                 id="pointing-that-determiner"),
    # a participle opening its sentence before a copula is the predicate of the noun after
    # the copula, put last (was "Leading the decline for Acme")
    pytest.param("Leading the decline for Acme in the third quarter was its steel unit, where "
                 "sales fell sharply.", "the third quarter",
                 "Its steel unit was leading the decline for Acme", id="inverted-participle"),
    # an aside set off by commas after the subject goes whole, never without its closing
    # comma (was "Police in the Riau province, near the Malaysian border raided ..."); a
    # list's members after an aside stay
    pytest.param("On Monday, police in the Riau province, near the Malaysian border, raided "
                 "three warehouses.", "Monday", "Police in the Riau province raided three "
                 "warehouses", id="subject-aside-prep"),
    pytest.param("Dr. Ann Lee, just back from a conference, was working in her lab on Tuesday "
                 "when the fire started.", "Tuesday", "Dr. Ann Lee was working in her lab",
                 id="subject-aside-adverb"),
    pytest.param("Three nurses, including Jones, two porters and a guard have been hurt since "
                 "1995.", "1995",
                 "Three nurses, including Jones, two porters and a guard have been hurt",
                 id="subject-aside-list"),
    # "the jobs that Acme said would be moved": the relative pronoun is the subject of
    # what was said, which tells the event (was "Would be moved to Mexico", "Police said
    # the two hikers")
    pytest.param("The company will cut the 500 jobs that Acme said last week would be moved "
                 "to Mexico.", "last week", "The 500 jobs would be moved to Mexico",
                 id="relative-of-saying-reported"),
    pytest.param("Rescuers found the two hikers who police said on Sunday had been missing for "
                 "a week.", "Sunday", "The two hikers had been missing",
                 id="relative-of-saying-saying"),
    # a subject noun keeps the infinitive right after it that says what it is (was "The
    # decision was announced by the board")
    pytest.param("The decision to close the plant was announced on Tuesday by the board.",
                 "Tuesday", "The decision to close the plant was announced by the board",
                 id="subject-infinitive"),
    # a verb of choosing keeps the date it chose and the role it chose it for, which the
    # parse reads as an adverb of time (was "The general picked", "The board has set as
    # the deadline ...")
    pytest.param("Last month, the general quietly picked Sunday morning as the best time to "
                 "launch the attack.", "Sunday morning",
                 "The general picked Sunday morning as the best time to launch the attack",
                 id="chosen-date"),
    pytest.param("Last month, the general quietly picked Sunday morning as the best time to "
                 "launch the attack.", "Last month",
                 "The general picked Sunday morning as the best time to launch the attack",
                 id="chosen-date-other"),
    pytest.param("The board has set Dec. 1 as the deadline for new bids.", "Dec. 1",
                 "The board has set Dec. 1 as the deadline for new bids", id="chosen-date-set"),
    # a bare verb listed after an infinitive shares that infinitive's subject, not the
    # past tense the parse joins it to (was "The award sleep in the hospital")
    pytest.param("The award went to the nurses, who have had to work long shifts, skip meals "
                 "and sleep in the hospital during the past year.", "the past year",
                 "The nurses sleep in the hospital", id="listed-infinitive-subject"),
    # a phrase opening the sentence before a long subject goes before the predicate does
    # (was "1,250,000 shares of Beta and C$12.5 million face amount at the close of
    # business"); a reported clause's object keeps its role (was "... foresee Turkey")
    pytest.param("Acme said that at the close of business Thursday, 1,250,000 shares of Beta "
                 "and C$12.5 million face amount of notes, convertible into 400,000 common "
                 "shares, had been tendered to its offer.", "Thursday",
                 "1,250,000 shares of Beta had been tendered to its offer",  # w18: "face
                 id="fronted-phrase-before-predicate"),  # amount" of nothing goes whole
    pytest.param("The leaders were asked on Tuesday whether they could foresee Turkey as a "
                 "member of the union.", "Tuesday",
                 "The leaders were asked whether they could foresee Turkey as a member of the "
                 "union", id="reported-object-role"),
    # a figure the parse hides under a hyphenated adjective stays with its verb of change
    # (the review's "Net income rose from $226.5 million, or 78 cents")
    pytest.param("Acme Corp. announced its plan at the same time it reported third-quarter net "
                 "income rose a lower-than-anticipated 6.1% to $412.5 million, or 71 cents a "
                 "share, from $388.8 million, or 67 cents.", "third-quarter",
                 "Acme Corp.'s net income rose a lower-than-anticipated 6.1% to $412.5 "
                 "million",  # whose: thirteenth round (w4)
                 id="hyphenated-figure"),
]


@pytest.mark.parametrize(("text", "when", "headline"), EIGHTH_ROUND)
def test_headline_of_sentence_eighth_round(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# issue 13's ninth round (development seeds 7601 to 7603)
NINTH_ROUND = [
    # "it" of a copula whose noun names a happening stands for no name, a person's or a
    # company's (was "Jones was a warning"); a thing's own stays named
    pytest.param("Jones said Tuesday it was a warning.", "Tuesday", "It was a warning",
                 id="happening-it-not-speaker"),
    pytest.param("Paribas said Monday it was a bank for the regions.", "Monday",
                 "Paribas was a bank for the regions", id="thing-it-copula-speaker"),
    # a man told by "his" before "he" is kin of the one "he" goes on with (was "He must be
    # returned"); a "his" after the pronoun may be the pronoun's own
    pytest.param("The boy was placed with his uncle in Ohio, but the court ruled Monday "
                 "that he must be returned to his mother by June 1.", "June 1",
                 "The boy must be returned to his mother", id="possessed-kin-no-rival"),
    pytest.param("The girl stayed with her aunt, but the judge ruled Friday that she must "
                 "go home.", "Friday", "The judge ruled that the girl must go home",
                 id="possessed-kin-no-rival-she"),
    # a list of modifiers the parse splits into a plural and its apposition is one thing
    # that "it" names whole (was "It will issue common-share purchase rights")
    pytest.param("The big toys, clothing and furniture company said it will close 40 stores "
                 "on May 3.", "May 3",
                 "The big toys, clothing and furniture company will close 40 stores",
                 id="listed-modifiers-one-thing"),
    # a participle used as a preposition whose phrase a cut drops goes with it (was "...
    # fell 59% compared")
    pytest.param("The bank's profits from its overseas consumer lending units fell 40% in the "
                 "third quarter, while it lost $3 million at home, compared with profits of "
                 "$9.3 million a year ago.", "the third quarter",
                 "The bank's profits from its overseas consumer lending units fell 40%",
                 id="cut-comparison-participle"),
    # a headline too long for its reported clause loses the phrase after its subject's noun
    # first (was "U.S. commanders in charge of planning for ... have indicated"), not when
    # a pronoun of the clause may stand for a noun of that phrase
    pytest.param("Army officers in charge of training for desert warfare missions have "
                 "indicated in the past that they were capable of sending as many as 20,000 "
                 "soldiers.", "the past", "Army officers have indicated that they were capable "
                 "of sending as many as 20,000 soldiers", id="long-subject-phrase-dropped"),
    pytest.param("The main flaw in the union's latest proposals, officials now say, was that "
                 "they all would have required cutting pension benefits for retired workers.",
                 "now", "The main flaw in the union's latest proposals was that they would have "
                 "required", id="subject-phrase-kept-for-pronoun"),
    # what "which is expected [a date]" tells of is the happening before the noun it hangs
    # on (was "The case is expected"); with a clause of its own, the noun it hangs on
    pytest.param("The senators await a vote on the bill, which is scheduled for Friday.",
                 "Friday", "A vote on the bill is scheduled", id="foreseen-happening-noun"),
    pytest.param("Analysts watch the market for steel, which is expected to grow next year.",
                 "next year", "Steel is expected to grow", id="foreseen-clause-own-noun"),
    # a figure compared with one whose subject is what it measures says what it was (was
    # "Losses totaled net income of $12.5 million")
    pytest.param("For the six months, losses totaled $40 million, or $2.10 a share, compared "
                 "with net income of $12.5 million, or 66 cents a share, a year earlier.",
                 "a year earlier", "Net income was $12.5 million, or 66 cents a share",
                 id="compared-measure-subject"),
    # "after" before a noun and a verb without a subject opens a clause the parse misreads
    # as a phrase: told whole, or cut whole (was "... after one of the plant's managers")
    pytest.param("The union called the strike Monday after one of the plant's managers "
                 "refused to meet.", "Monday",
                 "The union called the strike after one of the plant's managers refused to "
                 "meet", id="misread-clause-whole"),
    pytest.param("Regulators issued their ruling this week after one of the bank's lawyers "
                 "asked whether the deposits might be subject to seizure.", "this week",
                 "Regulators issued their ruling", id="misread-clause-cut-whole"),
    # "that" before its noun stays, also when the parse tags it a conjunction (was
    # "Warning was ignored")
    pytest.param("In Boston that warning was ignored Monday when the river rose.", "Monday",
                 "That warning was ignored", id="demonstrative-tagged-conjunction"),
    # a speech tag set inside a clause, "said" and a name set off by a comma, names the
    # speaker, not the clause's subject (was "Maria Lopez is intended to attack ..."); a
    # speaker with an aside of his own says a clause whose subject follows "said"
    pytest.param("The new campaign, said Maria Lopez, the chairwoman of the party, is intended "
                 "to attack the governor's record since 2010.", "2010",
                 "The new campaign is intended to attack the governor's record",
                 id="speech-tag-inside-clause"),
    pytest.param("The mayor, a Democrat, said Jones, the treasurer, had resigned on Monday.",
                 "Monday", "Jones had resigned", id="speaker-aside-reported-subject"),
    # a subject's "of" phrase inside another goes before a cut for length takes the
    # predicate's object (was "... of the old riverside warehouses will haunt")
    pytest.param("Still, the grainy photographs of the burned wrecks of the old riverside "
                 "warehouses will likely haunt the tourism business in the north for years.",
                 "years", "The grainy photographs of the burned wrecks will likely haunt the "
                 "tourism business", id="nested-of-before-object"),
]


@pytest.mark.parametrize(("text", "when", "headline"), NINTH_ROUND)
def test_headline_of_sentence_ninth_round(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


TENTH_ROUND = [
    # a noun phrase that names no participant is told with the clause it sits in (was
    # "Severe shortages of clean water", "The three crossings a week", "Bitter legal
    # wrangling")
    pytest.param("Farmers in the valley have been victims of severe shortages of clean water "
                 "for the past ten years.", "the past ten years",
                 "Farmers in the valley have been victims of severe shortages of clean water",
                 id="nameless-noun-clause"),
    pytest.param("Ferries carry cars between the two islands, up from the current three "
                 "crossings a week.", "current",
                 "Ferries carry cars between the two islands up from the three crossings a week",
                 id="nameless-noun-up-from"),
    pytest.param("The ruling ends six months of bitter legal wrangling, angry letters and "
                 "protests over the estate.", "six months",
                 "The ruling ends six months of bitter legal wrangling, angry letters and "
                 "protests", id="nameless-noun-before-comma"),
    # a clause too long to hold the noun loses its subject's phrase first (was "Strikes")
    pytest.param("While some South American nations such as Peru and Bolivia have suffered "
                 "from a wave of strikes in recent years, the island has been calm.",
                 "recent years", "Some South American nations have suffered from a wave of "
                 "strikes", id="nameless-noun-subject-phrase-cut"),
    # a noun phrase with a name keeps standing alone
    pytest.param("The talks at the embassy in Paris on Friday.", "Friday",
                 "The talks at the embassy in Paris", id="named-noun-alone"),
    # a comma after a date that an article leans over goes with the date (was "A, share
    # purchase agreement")
    pytest.param("Acme bought 500,000 shares from Bolt as a result of a May 3, 1990, share "
                 "purchase agreement.", "May 3, 1990",
                 "Acme bought 500,000 shares as a result of a share purchase agreement",
                 id="date-comma-after-article"),
    # a participle opening the sentence is told with the noun phrase after its comma, also
    # when the parse takes the main verb for a noun (was "Unveiled")
    pytest.param("Unveiled last April, the chip crams 12 million parts on a sliver of glass.",
                 "last April", "The chip was unveiled", id="fronted-participle-misread-verb"),
    pytest.param("Launched in March, the rocket carries two satellites.", "March",
                 "The rocket was launched", id="fronted-participle"),
    # a verb the parse gives a subject that a later verb with none goes on is the
    # subject's participle (was "The boat found along a beach 20 miles north of Lima")
    pytest.param("Police confirmed Tuesday that the boat found along a beach in this town 20 "
                 "miles north of Lima belonged to Pedro Alvarez, 52.", "Tuesday",
                 "The boat found along a beach 20 miles north of Lima belonged to Pedro "
                 "Alvarez", id="misread-relative-goes-on"),
    # a dash the parse takes for a relative clause's subject is none: the noun the clause
    # hangs on is (was "Left Nepal")
    pytest.param("About 150 Americans _ nonessential U.S. Embassy staff and their families _ "
                 "left Nepal today.", "today",
                 "Nonessential U.S. Embassy staff and their families left Nepal",
                 id="dash-no-subject"),
    # a verbless sentence is told by its own words (was "")
    pytest.param("Until next month.", "next month", "Until next month", id="verbless-until"),
    pytest.param("Since Monday.", "Monday", "Since Monday", id="verbless-since"),
    # twelfth round: a verb that tells its object to do something keeps the infinitive
    # when the headline is cut for length, at the cost of the object's own phrase (was
    # "Officials will order the cousins of the 9-year-old Haitian refugee Marie Dubois")
    pytest.param("Officials said Monday they will order the cousins of the 9-year-old "
                 "Haitian refugee Marie Dubois to hand the girl over to her aunt.", "Monday",
                 "Officials will order the cousins to hand the girl over",
                 id="told-to-keeps-infinitive"),
    pytest.param("The judge will order the firm Monday to pay the workers.", "Monday",
                 "The judge will order the firm to pay the workers", id="told-to-short"),
]


@pytest.mark.parametrize(("text", "when", "headline"), TENTH_ROUND)
def test_headline_of_sentence_tenth_round(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


ELEVENTH_ROUND = [
    # a quotation's "it" that goes on, with no speaker of its own, from a quoted sentence
    # is the thing that quotation opens with (was "It's going to lead the market")
    pytest.param("\"The 2200 is going to sell well,\" said Ms. Lee, a maker's analyst. "
                 "\"It's going to lead the market next year.\"", "next year",
                 "Ms. Lee: The 2200 is going to lead the market", id="quoted-it-goes-on"),
    # ... not one with its own speaker
    pytest.param("\"The 2200 is going to sell well,\" said Ms. Lee. \"It's going to lead the "
                 "market next year,\" Mr. Park said.", "next year",
                 "Mr. Park: It's going to lead the market", id="quoted-it-own-speaker"),
    # a reported clause's opening possessive is its speaker's (was "Its profit rose 5%")
    pytest.param("Acme said its profit rose 5% in March.", "March", "Acme's profit rose 5%",
                 id="sayer-possessive"),
    pytest.param("The banks said on Monday their profits fell.", "Monday",
                 "The banks' profits fell", id="sayer-possessive-plural"),
    # ... not a speaker told with more words after its noun
    pytest.param("The nation of Ruritania said on Monday its troops would leave.", "Monday",
                 "Its troops would leave", id="sayer-possessive-long"),
]

# A clause told under a negated verb of thinking or saying keeps that verb: the clause alone
# says the opposite of what was said (was "Acme can return to profit").
NEGATED_TELLER = [
    pytest.param("\"I don't think Acme can return to profit this year,\" Mr. Park said.",
                 "this year", "Mr. Park: I don't think Acme can return to profit",
                 id="quoted-i-dont-think"),
    # ... whose "he" continues no firm named with "Securities" (was "Hill Securities: I ..."),
    # but the name set off after "Another analyst" (w5)
    pytest.param("Another analyst, John C. Smith Jr. of Pine, Hill Securities in Dover, went "
                 "to a \"sell\" recommendation on Acme stock. \"I don't think Acme can "
                 "return to profit this year,\" he said.", "this year",
                 "John C. Smith Jr.: I don't think Acme can return to profit",
                 id="speaker-not-securities-firm"),
    pytest.param("Acme doesn't believe the merger will close in March.", "March",
                 "Acme doesn't believe the merger will close", id="name-doesnt-believe"),
    pytest.param("Ms. Lee said on Monday she did not expect that rates would rise in June.",
                 "June", "Ms. Lee did not expect that rates would rise",
                 id="pronoun-did-not-expect"),
    pytest.param("He never said the plant would close in June.", "June",
                 "He never said the plant would close", id="never-said"),
    # ... not one without a negation, nor a denial, whose status tells it was denied
    pytest.param("Acme believes the merger will close in March.", "March",
                 "The merger will close", id="believes-unnegated"),
    pytest.param("Officials denied that the plant would close in June.", "June",
                 "The plant would close", id="denied-that"),
]


@pytest.mark.parametrize(("text", "when", "headline"), NEGATED_TELLER)
def test_headline_keeps_a_negated_teller(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


@pytest.mark.parametrize(("text", "when", "headline"), ELEVENTH_ROUND)
def test_headline_of_sentence_eleventh_round(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


@pytest.mark.parametrize("text", [
    "Until this week. Since Monday. Next year, perhaps. The talks on Friday.",
    "Tomorrow. Yesterday, the rain; today, the sun. In 1999!",
], ids=["fragments", "bare-dates"])
def test_headline_never_empty(text: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    assert events and all(e.summary.strip() for e in events)


@pytest.mark.parametrize(("text", "trigger", "headline"), [
    # "come" whose only complement is the date keeps it with the clause it counts from
    # (was "The move comes barely")
    ("The move comes barely a month after the company sold its trucking unit.", "comes",
     "The move comes barely a month after the company sold its trucking unit"),
    # a list of subjects is kept whole, not cut to its last item (was "Some volunteers
    # planned ...", "His aides and some volunteers will fly ...")
    ("Ortiz, his aides and some volunteers will fly to Denver on Monday.", "fly",
     "Ortiz, his aides and some volunteers will fly to Denver"),
    # too long a list keeps its first item
    ("Ortiz, the mayor's deputy, his two aides, a dozen clerks and some volunteers planned"
     " to leave for Denver on Monday.", "planned", "Ortiz planned to leave for Denver"),
    # an apposition naming the subject again is still left out
    ("Mary Jones, a teacher from Ohio, died on Monday.", "died", "Mary Jones died"),
], ids=["comes-after-clause", "subject-list", "subject-list-first", "apposition-aside"])
def test_headline_of_trigger(nlp: Any, text: str, trigger: str, headline: str) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.text == trigger)
    assert make_headline(doc.spans["timex"][0], word) == headline


@pytest.mark.parametrize(("headline", "problems"), [
    ("Japan and the United States agreed to cooperate", []),
    ("Bombings at American embassies in Kenya and Tanzania", []),
    ("which begin", ["lower-case", "dangling"]),
    ("11:47", ["no-predicate", "clock-fragment"]),
    ("The suspected car bombings occurred from", ["dangling"]),
    ("Her properties are worth only half that", []),
    ("That implication is entirely wrong", []),
    ("Lazaro Gonzalez had not signed an agreement to hand the child over", []),
    ("Speaking at the committee, Pompeo said that the talks on the summit and the ceremony "
     "went well for everyone involved in them", ["too-long"]),
    # a possessive's ending is no word a reader counts: 15 words and three "'s"
    ("Mary's brother's friend's lawyer said the talks on the summit and the ceremony went "
     "well", []),
], ids=["clause", "event-noun", "relative", "clock", "preposition", "pointing-that",
     "pointing-that-determiner",
     "particle",
     "long", "long-possessives"])
def test_headline_check_rules(nlp: Any, headline: str, problems: list[str]) -> None:
    assert headline_problems(nlp(headline)) == problems


def test_headline_trim_keeps_a_hyphenated_opening() -> None:
    # "over" of "over-the-counter trading" is no dangling preposition.
    from timeline.pipeline import load_english
    from timeline.wording import trim_words
    doc = load_english()("over-the-counter trading rose")
    assert trim_words(list(doc))[0].text == "over"


@pytest.mark.parametrize(("text", "kept", "trimmed"), [
    ("They cut costs in order to save cash", 5, "They cut costs"),
    ("They sold the mills so as to cut debt", 6, "They sold the mills"),
    ("They sold the mills as well as the mines", 6, "They sold the mills"),
    ("They resigned as well", 4, "They resigned as well"),
], ids=["in-order", "so-as", "as-well-as", "as-well-ending"])
def test_headline_trim_never_ends_inside_a_fixed_phrase(text: str, kept: int,
                                                        trimmed: str) -> None:
    # A cut after "in order" or "as well" leaves the opening of a fixed phrase dangling.
    from timeline.pipeline import load_english
    from timeline.wording import join_words, trim_words
    assert join_words(trim_words(list(load_english()(text))[:kept])) == trimmed


@pytest.mark.parametrize(("name", "text", "untitled"), [
    ("Paribas", "Paribas said it would bid. Banque Paribas", False),
    ("Paribas", "Paribas said it would bid. The Paribas offer", True),
    # a company's suffix before a word is no first name: "Service Corp. International"
    ("International", "Service Corp. International said it expects", True),
], ids=["first-name", "function-word", "company-suffix"])
def test_headline_untitled_names(name: str, text: str, untitled: bool) -> None:
    from timeline.kinds import is_untitled
    assert is_untitled(name, text) is untitled


DATE_PARTS_OBJECT = [
    # a particle noun is one word, whose particle is no dangling preposition (was "The
    # board had a falling")
    pytest.param("In March, the board had a falling out, and the chairman quit.", "March",
                 "The board had a falling out", id="particle-noun"),
    # a phrase the date parts from its object goes with the object (was "The state's
    # highest court took a detour"); "take" with an object of its own does not measure
    # the date, which goes as any date does
    pytest.param("The state's highest court took a detour this week from its rule of strict "
                 "fairness.", "this week",
                 "The state's highest court took a detour from its rule of strict fairness",
                 id="date-parts-object-from-phrase"),
    pytest.param("The city's largest private firm signed a deal on Monday with a rival bank.",
                 "Monday", "The city's largest private firm signed a deal with a rival bank",
                 id="date-parts-object-with"),
    # a place with its state stays whole
    pytest.param("The queen of the Netherlands will meet the mayor on Friday in Bath, Maine.",
                 "Friday", "The queen of the Netherlands will meet the mayor in Bath, Maine",
                 id="date-parts-object-place"),
    # a phrase that would not fit whole is left out, not cut to "at a price"
    pytest.param("The city's largest private firm will buy the small rival bank on Friday at a "
                 "price of five dollars a share.", "Friday",
                 "The city's largest private firm will buy the small rival bank",
                 id="date-parts-object-too-long"),
]


@pytest.mark.parametrize(("text", "when", "headline"), DATE_PARTS_OBJECT)
def test_headline_when_the_date_parts_the_object(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


@pytest.mark.parametrize(("text", "first", "left"), [
    ("The fund bought 2,000 shares from March 3 to April 9 for $12 a share.", "March 3",
     "The fund bought 2,000 shares for $12 a share."),
    ("The plant was closed from Monday until Friday for repairs.", "Monday",
     "The plant was closed for repairs."),
    # a "to" phrase after the date that names no date is the verb's own
    ("Prices rose from March to a record.", "March", "Prices rose to a record."),
], ids=["range-to", "range-until", "from-date-to-goal"])
def test_headline_date_words_take_the_range_end(text: str, first: str, left: str) -> None:
    # The date that opens a range takes its other end with it: "bought from Aug. 26 to
    # Oct. 20" left "bought to Oct. 20", as if they went there.
    from timeline.datewords import date_words
    from timeline.pipeline import load_english
    from timeline.wording import join_words
    doc = load_english()(text)
    start = next(t.i for t in doc if t.text == first.split()[0])
    skip = date_words(doc[start:start + len(first.split())])
    assert join_words([t for t in doc if t.i not in skip]) == left


# Issue 13's thirteenth round (w1): a cut for length keeps the complement a word needs
# and cuts elsewhere; sentences made up for the rule.
THIRTEENTH_ROUND = [
    # a deverbal noun keeps the "of" phrase that names what it is of; an amount's "of"
    # phrase goes instead (was "... included $5 million from the sale")
    pytest.param("Second-quarter results included net realized trading gains of $12 million, "
                 "which included $5 million from the sale of Acme Widgets in May and a $3 "
                 "million tax refund.", "May",
                 "Net realized trading gains included $5 million from the sale of Acme Widgets",
                 id="needed-of-amount-goes"),
    pytest.param("Last year's results included a gain of $41.5 million on the disposal of its "
                 "frozen-food operations.", "Last year's",
                 "Last year's results included a gain on the disposal of its frozen-food "
                 "operations", id="needed-of-amount-goes-before-noun"),
    # ... or the noun's own adjective (was "talking about the planned visit")
    pytest.param("The minister said Smith and Jones had been talking about the planned visit "
                 "of British Foreign Secretary Jane Brown in October.", "October",
                 "Smith and Jones had been talking about the visit of British Foreign "
                 "Secretary Jane Brown", id="needed-of-adjective-goes"),
    # ... or an adjective's phrase after a noun inside it (was "redeem its $200 million")
    pytest.param("XYZ Corp. said it plans to redeem its $200 million of 7.5% convertible "
                 "subordinated notes due June 1, 2015, on Dec. 3.", "Dec. 3",
                 "XYZ Corp. plans to redeem its $200 million of 7.5% convertible subordinated "
                 "notes", id="needed-of-trailing-adjective-goes"),
    # ... else the adjunct phrase the noun stands in goes whole (was "since the bombing")
    pytest.param("John Doe has been on the run since the March 2001 bombing of a Denver, "
                 "Colo., family planning clinic that injured two guards.", "March 2001",
                 "John Doe has been on the run", id="needed-of-adjunct-goes"),
    # ... and an adjective after its noun with it (was "a dividend equal to 65%")
    pytest.param("The new preferred shares will carry a variable annual dividend equal to 65% "
                 "of the 90-day commercial paper rate until Jan. 1, 2001.", "Jan. 1, 2001",
                 "The new preferred shares will carry a variable annual dividend",
                 id="needed-of-adjective-phrase-goes"),
    # a predicate adjective keeps the phrase it takes, also one the parse reads as a
    # clause's "for" and subject (was "will be eligible")
    pytest.param("Shipments of the kinds of shoes that now will be eligible for duty-free "
                 "treatment totaled about $20 million in 1990.", "now",
                 "The kinds of shoes will be eligible for duty-free treatment",
                 id="adjective-keeps-misread-phrase"),
    # the date's own modifier is no gap in the phrase around it (was "at 40%")
    pytest.param("Once triggered, the warrants allow holders to buy new shares at 40% of the "
                 "then current share price.", "current",
                 "The warrants allow holders to buy new shares at 40% of the share price",
                 id="date-modifier-no-gap"),
]


@pytest.mark.parametrize(("text", "when", "headline"), THIRTEENTH_ROUND)
def test_headline_keeps_a_needed_complement(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Thirteenth round (w4): a reported clause's figure with no owner of its own is the
# speaker's, when the speaker is a company or a place (was "Net income rose 5% ...").
SAYER_FIGURE = [
    pytest.param("Acme Corp. said net income rose 5% to $3 million in March.", "March",
                 "Acme Corp.'s net income rose 5% to $3 million", id="sayer-figure"),
    pytest.param("Pet food volume was flat in March, the company said.", "March",
                 "The company's pet food volume was flat", id="sayer-figure-after"),
    pytest.param("Acme Corp. reported that third-quarter profit grew 19% from a year ago.",
                 "a year ago", "Acme Corp.'s third-quarter profit grew 19%",
                 id="sayer-figure-hyphenated"),
    # ... the unit a noun speaker is named in apposition
    pytest.param("Zenith Inc.'s chip unit, Beta Systems, said net income fell 22% in March.",
                 "March", "Beta Systems' net income fell 22%", id="sayer-figure-apposition"),
    # ... without a place set off after the name, and never of a list of speakers
    pytest.param("Separately, Acme Airlines, Phoenix, Ariz., reported that profit jumped 45% "
                 "to $5 million in March.", "March", "Acme Airlines' profit jumped 45% to $5 "
                 "million", id="sayer-figure-place-aside"),
    pytest.param("Acme Corp., Beta Inc. and Gamma Co. said net income rose in March.", "March",
                 "Net income rose", id="sayer-figure-list"),
    # ... not a person's, nor a public body's, nor a figure with its own determiner or "of"
    pytest.param("Mr. Park said revenue will rise in 1990.", "1990", "Revenue will rise",
                 id="sayer-figure-person"),
    pytest.param("The Commerce Department said retail sales rose 2% in March.", "March",
                 "Retail sales rose 2%", id="sayer-figure-body"),
    pytest.param("Acme Corp. said the results improved in March.", "March",
                 "The results improved", id="sayer-figure-determiner"),
    pytest.param("Acme Corp. said sales of new homes rose in March.", "March",
                 "Sales of new homes rose", id="sayer-figure-of"),
    # ... nor a whole market's figure (was "Acme Corp.'s industry sales rose 5%")
    pytest.param("Acme Corp. said industry sales rose 5% in March.", "March",
                 "Industry sales rose 5%", id="sayer-figure-industry"),
    pytest.param("Acme Corp. said world output fell 3% in March.", "March",
                 "World output fell 3%", id="sayer-figure-world"),
]


# ... and a figure that opens its sentence is the company's the sentence before opens with
# (was "Revenue rose 8%"); not after a phrase naming a place (w7: a time's phrase may)
OPENING_FIGURE = [
    pytest.param("Acme Corp. earned $5 million. Revenue rose 8% in March.", "March",
                 "Acme Corp.'s revenue rose 8%", id="opening-figure"),
    pytest.param("Acme Corp.'s net income rose 11%. Net advanced to $94 million in March.",
                 "March", "Acme Corp.'s net advanced to $94 million",
                 id="opening-figure-possessive"),
    pytest.param("The St. Louis company earned $5 million. Sales were $1.7 billion in the "
                 "latest period.", "the latest period",
                 "The St. Louis company's sales were $1.7 billion", id="opening-figure-noun"),
    # ... not a capitalized word that opens a sentence, nor a public body, nor a company
    # after a phrase that opens the sentence, nor a figure after a phrase of its own
    pytest.param("Profits rose at most banks. Sales fell in March.", "March", "Sales fell",
                 id="opening-figure-common-word"),
    pytest.param("The Commerce Department said exports rose. Sales fell in March.", "March",
                 "Sales fell", id="opening-figure-body"),
    pytest.param("In Paris, Acme Corp. earned $5 million. Sales fell in March.", "March",
                 "Sales fell", id="opening-figure-fronted"),
    pytest.param("Acme Corp. earned $5 million. At Beta, revenue rose in March.", "March",
                 "Beta's revenue rose", id="opening-figure-not-first"),  # w19: Beta's
    # w13: the document's answers are remembered per text and the sentence before is looked
    # for near the figure only (were searches of the whole text, quadratic on long texts):
    # a one-word name the text writes inside a sentence, a title the text gives it, a
    # company's suffix; the sentence before also written far earlier
    pytest.param("Shares of Crossland fell. Crossland recorded a reserve of $5 million. Net "
                 "interest income declined 5% in March.", "March",
                 "Crossland's net interest income declined 5%", id="opening-figure-name"),
    pytest.param("Shares of Crossland fell. Mr. Crossland recorded a reserve. Crossland "
                 "recorded a reserve of $5 million. Net interest income declined 5% in March.",
                 "March", "Net interest income declined 5%", id="opening-figure-titled-name"),
    pytest.param("Shares of Crossland fell. Crossland Corp. recorded a reserve. Crossland "
                 "recorded a reserve of $5 million. Net interest income declined 5% in March.",
                 "March", "Crossland's net interest income declined 5%",
                 id="opening-figure-suffixed-name"),
    pytest.param("Acme Corp. earned $5 million. Revenue rose 8% in May. " + "Beta Corp. lost "
                 "$3 million. Sales fell 2% in June. " * 60 + "Acme Corp. earned $5 million. "
                 "Revenue rose 9% in March.", "March", "Acme Corp.'s revenue rose 9%",
                 id="opening-figure-long-text"),
]


# Thirteenth round (w7): a figure's owner is the speaker an "it" stands for, the noun of a
# speaker too long to name, a company the sentence before opens with after a phrase of
# time, and a figure after such a phrase (was "Net income jumped 97%", "Net rose", ...).
FIGURE_OWNER_W7 = [
    pytest.param("Acme Co. said it expects to report third-quarter net income jumped 97% to "
                 "$2 million.", "third-quarter", "Acme Co.'s net income jumped 97% to $2 million",
                 id="figure-owner-it"),
    pytest.param("The shoe and textile company said net rose to $8 million in March.", "March",
                 "The company's net rose to $8 million", id="figure-owner-long-speaker"),
    pytest.param("Separately, Acme Business Systems reported third-quarter net income fell 5.9% "
                 "to $9.5 million, or 46 cents a share, from $10.1 million, or 49 cents a share, "
                 "in the year-ago period.", "the year-ago period",
                 "Acme Business Systems' third-quarter net income fell 5.9% to $9.5 million",
                 id="figure-owner-restatement-dropped"),
    pytest.param("In the year-ago period, Acme Corp. earned $5 million. Third-quarter sales "
                 "dropped 11% to $1.2 billion from $1.4 billion a year ago.", "a year ago",
                 "Acme Corp.'s third-quarter sales dropped 11% to $1.2 billion",
                 id="figure-owner-before-fronted"),
    pytest.param("Acme Corp. earned $5 million. In the first nine months, net was $30 million.",
                 "the first nine months", "Acme Corp.'s net was $30 million",
                 id="figure-owner-own-fronted"),
    pytest.param("Acme Corp. earned $5 million. The results included a gain. Sales were $6 "
                 "billion in the full year.", "the full year",
                 "Acme Corp.'s sales were $6 billion", id="figure-owner-further-back"),
    pytest.param("Acme Corp. reported a decline. Net income fell 37% to $32.9 million, or 30 "
                 "cents a share, from $52.2 million, or 48 cents a share, in the year-ago period.",
                 "the year-ago period", "Acme Corp.'s net income fell 37% to $32.9 million, from "
                 "$52.2 million", id="figure-owner-inner-restatement-dropped"),
    pytest.param("The company also cited interest costs. A year earlier, net income was $2 "
                 "million.", "A year earlier", "The company's net income was $2 million",
                 id="figure-owner-own-fronted-no-preposition"),
    pytest.param("Separately, Acme Corp. reported a loss. Revenue was $9 million in 1988.",
                 "1988", "Acme Corp.'s revenue was $9 million", id="figure-owner-separately"),
    # ... not a person's "he", nor after a phrase that names someone, nor a company further
    # back past a sentence that names another
    pytest.param("Acme Corp. earned $5 million. The results included a gain at Beta. Sales "
                 "were $6 billion in the full year.", "the full year", "Sales were $6 billion",
                 id="figure-owner-further-back-named"),
    pytest.param("Mr. Park said he expects to report third-quarter net income jumped 97%.",
                 "third-quarter", "Net income jumped 97%", id="figure-owner-he"),
    pytest.param("Acme Corp. earned $5 million. In the Beta deal, net was $30 million in "
                 "March.", "March", "Net was $30 million", id="figure-owner-named-fronted"),
    pytest.param("Acme Corp. earned $5 million. For the industry as a whole, sales rose 4% in "
                 "March.", "March", "Sales rose 4%", id="figure-owner-scoped-fronted"),
]


@pytest.mark.parametrize(("text", "when", "headline"),
                         SAYER_FIGURE + OPENING_FIGURE + FIGURE_OWNER_W7)
def test_headline_names_the_sayer_of_a_figure(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Thirteenth round (w4): a quotation's first person inside the headline is told with who
# said it, by name (was "Acme is the symbol of our unity"), as one opening it already was.
INNER_FIRST_PERSON = [
    # a speaker told by a common noun opens the headline with a capital (was "the coach: We
    # will not give up")
    pytest.param("\"We will not give up,\" the coach said on Sunday after the loss.", "Sunday",
                 "The coach: We will not give up", id="speaker-common-noun-capital"),
    pytest.param("\"Acme is the symbol of our unity today,\" Mr. Park said.", "today",
                 "Mr. Park: Acme is the symbol of our unity", id="inner-our"),
    pytest.param("\"Sales in the region have not met our expectations for 1989,\" said Acme "
                 "Chairman John Lee.", "1989",
                 "Acme Chairman John Lee: Sales in the region have not met our expectations",
                 id="inner-our-titled"),
    # ... the lower-case words of a title before the name left out
    pytest.param("Acme closed the site on Thursday for violating \"our policies,\" spokesman "
                 "John Lee said.", "Thursday",
                 "John Lee: Acme closed the site for violating our policies",
                 id="inner-our-title-word"),
    # ... and no speaker that is no name
    pytest.param("\"People are questioning our love this year,\" said a version of the "
                 "letter.", "this year", "People are questioning our love",
                 id="inner-our-not-a-name"),
]


@pytest.mark.parametrize(("text", "when", "headline"), INNER_FIRST_PERSON)
def test_headline_names_the_speaker_of_an_inner_first_person(text: str, when: str,
                                                              headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Issue 13's thirteenth round (w3): garbles and wrong subjects, where the headline says
# what the sentence does not say.
GARBLES = [
    # an infinitive with its own subject after "for" is told with what governs it, never
    # as a bare "X to VERB" (was "The airline to keep its schedule")
    pytest.param("Heavy snow made it hard for the airline to keep its schedule through the "
                 "winter.", "the winter",
                 "Heavy snow made it hard for the airline to keep its schedule",
                 id="for-infinitive-of-adjective"),
    pytest.param("Icy roads made it impossible for the trucks to reach the village until "
                 "Tuesday.", "Tuesday",
                 "Icy roads made it impossible for the trucks to reach the village",
                 id="for-infinitive-impossible"),
    # ... with the noun it completes, which says what the clause is (a reason, no decision)
    pytest.param("The report is a fresh reason for the central bank to raise rates next "
                 "month, analysts said.", "next month",
                 "A fresh reason for the central bank to raise rates",
                 id="for-infinitive-of-noun"),
    # a participle under "all" or "any" names which things a verb takes, and tells no
    # happening as a fact (was "All houses were offered by owners at a fair price")
    pytest.param("The city said it will buy all houses offered by owners at a fair price "
                 "before June 1.", "June 1",
                 "The city will buy all houses offered by owners at a fair price",
                 id="quantified-participle-all"),
    pytest.param("The fund will redeem any shares presented by holders through Friday.",
                 "Friday", "The fund will redeem any shares presented by holders",
                 id="quantified-participle-any"),
    # ... but one of definite things is told as a fact
    pytest.param("The fund redeemed the shares presented by holders on Friday.", "Friday",
                 "The shares were presented by holders", id="definite-participle"),
    # the noun a conjunction read as a preposition takes is the subject of the verb after
    # it and its apposition (was "Prices opened a store", "The mood benched the captain")
    pytest.param("Prices have fallen since Acme, a rival maker, opened a store in 2015.",
                 "2015", "Acme opened a store", id="since-noun-subject"),
    pytest.param("The mood changed after Smith, the new coach, benched the captain on "
                 "Sunday.", "Sunday", "Smith benched the captain", id="after-noun-subject"),
    # a wish or demand (a verb in its base form after its own subject) tells no fact: it
    # is told with what governs it (was "His son play ...", "The company rehire ...")
    pytest.param("The coach voiced the hope his son play for the national team in 2020.",
                 "2020", "The coach voiced the hope his son play for the national team",
                 id="wish-of-noun"),
    pytest.param("The union demanded that the company rehire the workers by Friday.",
                 "Friday", "The union demanded that the company rehire the workers",
                 id="demand-base-form"),
    pytest.param("The mayor insisted that the city close the plant in June.", "June",
                 "The mayor insisted that the city close the plant", id="demand-of-saying"),
    # ... not a present that agrees with its plural subject, nor one with its "-s"
    pytest.param("Officials believe the two firms close the plant in June.", "June",
                 "The two firms close the plant", id="plural-present"),
    pytest.param("The workers hope the company rehires them in June.", "June",
                 "The company rehires the workers", id="singular-present"),
    # "alone" after a date sets the date apart, and goes with it (was "streamed out alone")
    pytest.param("Sales of the toy reached $5 million last month alone.", "last month",
                 "Sales of the toy reached $5 million", id="date-alone"),
    # a participle after ", thus" tells what the clause before brought about, whatever its
    # verb: told with that clause (was "The bridge slowing deliveries"), whose subject's
    # phrase gives way first when it is too long
    pytest.param("The bridge was shut by floods in March, thus slowing deliveries in April.",
                 "April", "The bridge was shut by floods, thus slowing deliveries",
                 id="thus-participle"),
    pytest.param("The firm cut its prices, thereby winning customers in May.", "May",
                 "The firm cut its prices, thereby winning customers", id="thereby-participle"),
    pytest.param("Shipping on some rivers of the northern region was halted early in the year "
                 "by thick ice, thus raising coal prices in the second quarter.",
                 "the second quarter", "Shipping was halted by thick ice, thus raising coal prices",
                 id="thus-participle-long-subject"),
    # a relative clause on an apposition with its article tells of the name it describes
    # (was "A teacher retired", which names nobody)
    pytest.param("The letter was written by Anna Cole, a teacher who retired in 2010.",
                 "2010", "Anna Cole retired", id="relative-on-apposition"),
    pytest.param("The prize went to Tom Reed, the engineer who designed the bridge in 1990.",
                 "1990", "Tom Reed designed the bridge", id="relative-on-apposition-the"),
    # ... not one on a noun of a phrase
    pytest.param("The prize went to a friend of the engineer who designed the bridge in 1990.",
                 "1990", "The engineer designed the bridge", id="relative-on-phrase-noun"),
    # a gerund after a preposition before its subject, or one joined to it, is told with
    # the subject (was "The minister visiting the factory"), in the simple past beside a
    # past clause (round 16, w21: was "The minister was visiting the factory")
    pytest.param("After visiting the factory on Monday, the minister said he was pleased.",
                 "Monday", "The minister visited the factory", id="fronted-gerund"),
    pytest.param("After touring the port Monday and meeting with dock workers Tuesday, the "
                 "minister praised them.", "Tuesday", "The minister met with dock workers",
                 id="fronted-gerund-joined"),
    # a speech tag set inside the sentence takes no infinitive: the one the parse hangs on
    # it is the noun's before the tag, and names no act of the tag's speaker (was "Its
    # backers to cement ties after the collapse of the old regime")
    pytest.param("The plan grew out of a desire, its backers said, to cement ties after the "
                 "collapse of the old regime in 1990.", "1990", "The collapse of the old regime",
                 id="tag-infinitive-noun"),
    pytest.param("The treaty grew out of a hope, its authors say, to rebuild trade after the "
                 "fall of the empire in 1918.", "1918", "A hope to rebuild trade",
                 id="tag-infinitive-verb"),
]


@pytest.mark.parametrize(("text", "when", "headline"), GARBLES)
def test_headline_of_sentence_thirteenth_round(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Thirteenth round (w5): a quotation told as fact takes its speaker, named.
QUOTED_WITHOUT_SPEAKER = [
    pytest.param("``Small shops are not going to be left on their own this summer,'' said "
                 "Mary Stone, a grocer who leads the merchants' group.", "this summer",
                 "Mary Stone: Small shops are not going to be left on their own",
                 id="quoted-said-after"),
    # ... named at the close of the quotation's first part, the sentence before
    pytest.param("\"Acme is struggling. Really struggling,\" said Tom Reed, an analyst at Reed "
                 "Partners. \"Sales will fall again next year.\"", "next year",
                 "Tom Reed: Sales will fall again", id="quoted-spanning-sentences"),
    pytest.param("``The economy is slowing,'' said Amy Rossi, an economist at Acme Bank. "
                 "``The factories will start laying off workers in the spring.''", "spring",
                 "Amy Rossi: The factories will start laying off workers",
                 id="quoted-spanning-sentences-backticks"),
    # ... a forecast whose "We anticipate" the headline leaves out
    pytest.param("\"We anticipate that demand will show a further decline in the fourth "
                 "quarter,\" said Acme Chairman John Lee.", "the fourth quarter",
                 "Acme Chairman John Lee: Demand will show a further decline",
                 id="quoted-we-anticipate"),
    # ... an owner before the name left out
    pytest.param("``Since 1990 there has been a trend toward peace,'' said Florida State's "
                 "Perez.", "1990", "Perez: There has been a trend toward peace",
                 id="quoted-owner-left-out"),
    # ... named after an aside on the quotation's last word, not the speaker before
    pytest.param("``We are ready,'' Mr. Hall told reporters. ``The rest is up to them.'' "
                 "Crowds gathered. ``The town lost its heart yesterday . . . and its memory of "
                 "Anna Berg,'' who died in the fire, said John Moss.", "yesterday",
                 "John Moss: The town lost its heart", id="quoted-said-after-an-aside"),
    # ... named where it closes in its sentence, though the parse hangs the words elsewhere
    pytest.param("\"Joining helps to calm a region that has been a battleground for many of "
                 "the wars of this century,\" Mr. Lund added.", "this century",
                 "Mr. Lund: A region has been a battleground for many of the wars",
                 id="quoted-relative-clause-closes-on-speaker"),
    # ... an owner before a titled name, and a quoted "it" named by the thing before
    pytest.param("\"The chip is going to have a big impact,\" said Acme's Mr. Lee. \"It's "
                 "going to be the leading product for the next few years.\"",
                 "the next few years", "Mr. Lee: The chip is going to be the leading product",
                 id="quoted-owner-titled-name-it-named"),
    # ... "he" or "she" saying it: the person the sentence before opens with, or names
    # after a person's noun; not one of the other sex
    pytest.param("Another analyst, Tom Reed Jr. of Reed Partners, cut his rating on Friday. "
                 "\"I don't think Acme can get back to 40% this year,\" he said.", "this year",
                 "Tom Reed Jr.: I don't think Acme can get back to 40%", id="quoted-he-apposed"),
    pytest.param("The boy's grandmother, Rosa, told reporters she was willing to go. ``I would "
                 "go there next week to get him. To get him. Nothing more,'' she said.",
                 "next week", "Rosa: I would go to get him", id="quoted-she-after-sentences"),
    pytest.param("Mr. Hall said he will keep his estimate. \"The break-even point for next year "
                 "is much lower, but is it low enough?\" he asked.", "next year",
                 "Mr. Hall: The break-even point is much lower", id="quoted-he-asked"),
    pytest.param("His grandmother, Rosa, told reporters she was willing. ``I will go there next "
                 "week. Soon,'' he said.", "next week", "I will go there",
                 id="quoted-he-not-a-grandmother"),
    # ... no speaker that is no name, none for a word set off in quotation marks
    pytest.param("\"Prices will drop next month,\" said a spokesman.", "next month",
                 "Prices will drop", id="quoted-no-name"),
    pytest.param("Profits were \"squeezed\" in 1989, the company said.", "1989",
                 "The company's profits were squeezed", id="quoted-scare-quotes"),
]


@pytest.mark.parametrize(("text", "when", "headline"), QUOTED_WITHOUT_SPEAKER)
def test_headline_names_the_speaker_of_a_quotation(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Issue 13's thirteenth round (w2): headlines with no happening, each a fact of English,
# in sentences made up for the rule.
NO_HAPPENING = [
    # a participle that serves as a preposition is no verb to tell the noun with (was
    # "Following the strike by ...")
    pytest.param("Prices rose following the March strike by Acme's drivers.", "March",
                 "The strike by Acme's drivers", id="verbal-preposition-object"),
    # a passive verb of saying tells its subject, not a clause: a noun that only says
    # where it happened is told by it, even cut (was "The bank's annual results")
    pytest.param("The charge will be reported as an extraordinary item in the bank's 2019 "
                 "annual results.", "2019",
                 "The charge will be reported as an extraordinary item in the bank's annual "
                 "results", id="passive-saying-clause"),
    # a happening "of" a possessed aim says what the aim is (was "A reduction of 500 jobs")
    pytest.param("The bank sold its branches, leaving it close to its goal of a reduction of "
                 "500 jobs by the end of the year.", "the end of the year",
                 "Its goal is a reduction of 500 jobs", id="aim-of-happening"),
    # an "of" phrase after a date the parse hangs on the date goes with the noun before
    # it: no date takes it (was "Terrorist bombings show that terror is blind")
    pytest.param("The minister said that terrorist bombings this month of two banks in Lagos "
                 "``show that terror is blind.''", "this month",
                 "Terrorist bombings of two banks in Lagos show that terror is blind",
                 id="of-phrase-past-the-date"),
    # an event noun set off after a clause by a comma renames the clause's happening and
    # is told with it (was "A 10% increase from the 2017 level", "Tokyo stocks fell
    # sharply the third drop")
    pytest.param("Revenue in the quarter was $2 billion, a 10% increase from the 2017 "
                 "level.", "2017",
                 "Revenue in the quarter was $2 billion, a 10% increase from the 2017 level",
                 id="apposed-event-noun-object"),
    pytest.param("Tokyo stocks fell sharply, the third drop in the past two weeks.",
                 "the past two weeks", "Tokyo stocks fell sharply, the third drop",
                 id="apposed-event-noun-verb"),
    # a verbless heading of a date is told by the short sentence it heads (was "Boston")
    pytest.param("Boston nineteen ninety-four. A fire destroys the old city hall. Two people "
                 "are hurt.", "nineteen ninety-four", "A fire destroys the old city hall",
                 id="heading-told-by-next"),
    pytest.param("Boston in May. A fire destroys the old city hall.", "May",
                 "A fire destroys the old city hall", id="heading-name-preposition"),
    # ... but not by one that leans on it, nor is a fragment that goes on from the sentence
    # before a heading
    pytest.param('Boston nineteen ninety-four. "A fire destroyed the old city hall," he said.',
                 "nineteen ninety-four", "Boston", id="heading-quotation-left"),
    pytest.param("Until this week. The mayor kept quiet about the plan.", "this week",
                 "Until this week", id="fragment-not-heading"),
    # w13: nor by one with a date of its own, which is that date's (was "A fire destroys
    # the old city hall on Friday" under both dates), and never past its stop, also one
    # before a number (was "A fire destroys the old city hall. 1995. The mayor resigns")
    pytest.param("Boston, May 1994. A fire destroys the old city hall on Friday.", "May 1994",
                 "Boston", id="heading-next-dated"),
    pytest.param("Boston, May 1994. A fire destroys the old city hall on Friday.", "Friday",
                 "A fire destroys the old city hall", id="heading-next-own-date"),
    pytest.param("Boston, May 1994. A fire destroys the old city hall. 1995. The mayor "
                 "resigns.", "May 1994", "A fire destroys the old city hall",
                 id="heading-next-stop-before-number"),
    pytest.param("Boston, May 1994. A fire destroys the store at No. 9 Elm Street.",
                 "May 1994", "A fire destroys the store at No. 9 Elm Street",
                 id="heading-next-abbreviation-before-number"),
]


@pytest.mark.parametrize(("text", "when", "headline"), NO_HAPPENING)
def test_headline_tells_a_happening(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Thirteenth round (w5): "the two", "both", "they" of a reported clause are the names joined
# by "and" that report it; "the three" opening a sentence, the group of three named before.
COUNTED_SUBJECT = [
    pytest.param("Acme and Zenith said last Wednesday that the two were considering a merger.",
                 "last Wednesday", "Acme and Zenith were considering a merger",
                 id="counted-the-two-sayers"),
    pytest.param("Acme and Zenith said last Wednesday that both were considering a merger.",
                 "last Wednesday", "Acme and Zenith were considering a merger",
                 id="counted-both-sayers"),
    pytest.param("Acme and Zenith said last Wednesday that they're considering a merger.",
                 "last Wednesday", "Acme and Zenith are considering a merger",
                 id="counted-they-sayers-contracted"),
    pytest.param("Ohio ratified the pact to include the three former Soviet republics. The "
                 "three are expected to join in April.", "April",
                 "The three former Soviet republics are expected to join",
                 id="counted-the-three-before"),
    # ... not when "or" joins the sayers, nor as many are not joined, nor two groups before
    pytest.param("Acme or Zenith said last Wednesday that they were considering a merger.",
                 "last Wednesday", "They were considering a merger", id="counted-or-sayers"),
    pytest.param("Acme, Zenith and Orbit said last Wednesday that the two were considering a "
                 "merger.", "last Wednesday", "The two were considering a merger",
                 id="counted-three-sayers-the-two"),
    pytest.param("Ohio ratified the pact to include the three republics and the three states. "
                 "The three are expected to join in April.", "April",
                 "The three are expected to join", id="counted-two-groups-before"),
]


@pytest.mark.parametrize(("text", "when", "headline"), COUNTED_SUBJECT)
def test_headline_names_a_counted_subject(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# A bare noun's defining clause (13th round, w8): a restrictive relative clause right after a
# plural or mass noun with no article, owner, number or name, or after "a"/"an", says which
# of its kind are meant; the headline keeps it when the noun and clause fit in 8 words. An
# "of" phrase the parse hangs on a date after a noun is the noun's.
DEFINING_CLAUSE = [
    pytest.param("Investors who stay in stock funds now could lose money, some brokers say.",
                 "now", "Investors who stay in stock funds could lose money",
                 id="defining-bare-plural-subject"),
    pytest.param("Twice, farmers whose fields lay near the river were flooded, most recently "
                 "last April.", "last April", "Farmers whose fields lay near the river were "
                 "flooded", id="defining-whose-clause"),
    pytest.param("Cars that run on diesel will be banned next year.", "next year",
                 "Cars that run on diesel will be banned", id="defining-that-clause"),
    pytest.param("A driver who was stopped near the border had not paid the fine on Monday.",
                 "Monday", "A driver who was stopped near the border had not paid the fine",
                 id="defining-indefinite-singular"),
    pytest.param("Acme said it is calling for the redemption on Dec. 7 of all its remaining "
                 "preferred shares.", "Dec. 7",
                 "Acme is calling for the redemption of all its remaining preferred shares",
                 id="date-parted-of-phrase"),
    pytest.param("The shares rose to a high for the year of $42 in June.", "the year",
                 "The shares rose to a high of $42", id="date-parted-of-amount"),
    # ... not after "the", a name or a comma, not when the clause's verb is the event, not
    # a date's own "of", not a clause too long to leave the predicate room
    pytest.param("The tenants who pay late will be evicted on Monday.", "Monday",
                 "The tenants will be evicted", id="defining-not-after-the"),
    pytest.param("Tenants, who pay late, will be evicted on Monday.", "Monday",
                 "Tenants will be evicted", id="defining-not-after-comma"),
    pytest.param("Workers who joined the union last year got raises.", "last year",
                 "Workers joined the union", id="defining-clause-is-the-event"),
    pytest.param("The party was held on May 5 of last year.", "May 5", "The party was held",
                 id="date-own-of-phrase"),
    pytest.param("Even rival groups that fought the rebels in the long war with Iran show signs "
                 "of swinging behind the rebels now.", "now",
                 "Even rival groups show signs of swinging behind the rebels",
                 id="defining-too-long-for-predicate"),
]


@pytest.mark.parametrize(("text", "when", "headline"), DEFINING_CLAUSE)
def test_headline_keeps_a_defining_clause(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# Thirteenth round (w6): a clause the sentence only supposes, doubts or hedges is told with
# the words that make it the sentence's claim (`timeline.supposed`), and a hedge stays on
# its verb.
HEDGED_CLAIMS = [
    pytest.param("Ms. Ortiz said she wouldn't be surprised if, over the next three years, "
                 "Acme's share rose to 20%.", "the next three years",
                 "Ms. Ortiz wouldn't be surprised if Acme's share rose to 20%",
                 id="surprised-if"),  # was "Acme's share rose to 20%"
    pytest.param("The mayor said he would be surprised if the council approved the budget in "
                 "May.", "May", "The mayor would be surprised if the council approved the budget",
                 id="would-be-surprised-if"),  # was "The council approved the budget"
    pytest.param("The bank won't lend more unless the city repays its debt by June.", "June",
                 "The bank won't lend more unless the city repays its debt",
                 id="unless"),  # was "The city repays its debt"
    pytest.param("One of the lawyers asked whether the fees might be seized in March.", "March",
                 "One of the lawyers asked whether the fees might be seized",
                 id="asked-whether"),  # was "The fees might be seized"
    pytest.param("Whether the plan would succeed in the future is yet to be seen.", "the future",
                 "Whether the plan would succeed is yet to be seen",
                 id="whether-subject"),  # was "The plan would succeed"
    pytest.param("Acme doubts the merger will close in March.", "March",
                 "Acme doubts the merger will close", id="doubts"),  # was "The merger will close"
    pytest.param("The villagers fear they will be attacked next week.", "next week",
                 "The villagers fear they will be attacked",
                 id="fear"),  # was "The villagers will be attacked"
    pytest.param("The firm said its sales will probably fall in 1990.", "1990",
                 "The firm's sales will probably fall", id="hedge-probably"),
    pytest.param("Analysts said the storm will likely hurt the region's farms for years.",
                 "years", "The storm will likely hurt the region's farms", id="hedge-likely"),
]


@pytest.mark.parametrize(("text", "when", "headline"), HEDGED_CLAIMS)
def test_headline_keeps_what_makes_a_claim(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# ... and a verb keeps the object it needs: a passive of describing its "as" phrase, also
# where the parse reads that phrase's noun as a clause's subject (was "Lee has been
# described only"); a clause a verb takes loses its nouns' adjectives to fit, not itself
# (was "... would have required"); "see" its bare infinitive's clause (was "We would not
# be surprised").
CUT_OBJECTS = [
    pytest.param("Lee, a trucker, has until now been described only as a material witness and "
                 "a federal warrant had been issued so that he could be held for questioning.",
                 "now", "Lee has been described only as a material witness",
                 id="described-as-misread"),
    pytest.param("The real problem with the new treaties, diplomats now say, was that they all "
                 "would have required lifting economic sanctions against Cuba.", "now",
                 "The real problem with the new treaties was that they would have required "
                 "lifting sanctions", id="taken-clause-loses-adjective"),
    pytest.param("\"Over the next couple of years we would not be surprised to see Europe and "
                 "Asia represent half of the revenues,\" Mr. Smith said.",
                 "the next couple of years",
                 "We would not be surprised to see Europe and Asia represent half of the revenues",
                 id="see-bare-infinitive-clause"),
]


@pytest.mark.parametrize(("text", "when", "headline"), CUT_OBJECTS)
def test_headline_keeps_a_needed_object(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Fourteenth round (w11): fragments that name no happening. A "than" infinitive goes with
# the clause it is compared to, a fronted time-setting phrase gives way to its clause, a
# participle aside to its subject's own verb, an event noun with no party to the clause
# holding it, and a copula whose complement is only the date tells its named occasion.
FRAGMENT_HAPPENING = [
    pytest.param("Acme is expected to do little better than break even in the third quarter.",
                 "the third quarter", "Acme is expected to do little better than break even",
                 id="than-infinitive-comparative"),
    pytest.param("The firm would rather wait than sell the plant in June.", "June",
                 "The firm would rather wait than sell the plant", id="rather-than-infinitive"),
    pytest.param("At the close of business Friday, the two banks said 4,200 shares had been "
                 "tendered to their offer.", "Friday",
                 "4,200 shares had been tendered to their offer", id="fronted-time-setting-noun"),
    # ... not a deadline after the verb
    pytest.param("The carrier didn't respond to the offer by the close of business Friday.",
                 "Friday", "The carrier didn't respond to the offer by the close of business",
                 id="time-setting-noun-deadline-kept"),
    pytest.param("But on May 3, investigators, wondering how the thief could have escaped from "
                 "the yard without being seen, searched the house once more and found a ladder.",
                 "May 3", "Investigators searched the house once more",
                 id="participle-aside-of-subject"),
    pytest.param("Holders will receive $20 a share at closing, which is expected in June.",
                 "June", "Holders will receive $20 a share", id="event-noun-without-party"),
    pytest.param("World Health Day is next Tuesday, April seventh.", "next Tuesday",
                 "World Health Day", id="copula-date-named-occasion"),
    # Fifteenth round (w16): the comparative parsed as the object's modifier or as the object
    pytest.param("The firm expects to do little more than break even in the fourth quarter.",
                 "the fourth quarter", "The firm expects to do little more than break even",
                 id="than-infinitive-parsed-as-object"),
    pytest.param("The bank did little more than watch in March.", "March",
                 "The bank did little more than watch", id="than-comparative-parsed-as-object"),
    pytest.param("The group of workers who were laid off in May sued the company.", "May",
                 "The group of workers were laid off", id="month-may-before-a-past-verb"),
]


# Fifteenth round (w16): a dateline or label a spaced dash closes is no subject of the
# sentence after it; an aside's pronoun after a dash and a word's hyphen are left alone.
DASH_CLOSED_SUBJECTS = [
    pytest.param("LONDON, May 22 (Reuters) - British inflation fell in April to its lowest "
                 "rate in a year.", "April", "British inflation fell to its lowest rate",
                 id="reuters-dateline-hyphen"),
    pytest.param("LONDON (Reuters) -- British inflation fell in April.", "April",
                 "British inflation fell", id="dateline-double-hyphen"),
]


@pytest.mark.parametrize(("text", "when", "headline"), DASH_CLOSED_SUBJECTS)
def test_headline_subject_after_a_dash_closed_dateline(text: str, when: str,
                                                        headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


@pytest.mark.parametrize(("text", "headline"), [
    ("Monday is the deadline for bids.", "The deadline for bids"),
    ("Monday was the day the talks collapsed.", "The day the talks collapsed"),
    ("Last year was the hottest year on record.", "The hottest year on record"),
], ids=["deadline", "day-relative", "year"])
def test_copula_with_only_its_date_before_tells_the_complement(text: str,
                                                               headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    assert [e.summary for e in events] == [headline]


def test_copula_between_two_dates_tells_the_occasion_once() -> None:
    events = timeline.extract("Christmas Day is this Friday.", published="2018-05-23").events
    assert [(e.when.text, e.summary) for e in events] == [("this Friday", "Christmas Day")]


@pytest.mark.parametrize(("text", "when", "headline"), FRAGMENT_HAPPENING)
def test_headline_tells_the_happening_of_a_fragment(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


@pytest.mark.parametrize(("headline", "problems"), [
    ("World Health Day", []),
    ("Labor Day", []),
    ("Upstate New York", ["no-predicate"]),
], ids=["occasion-compound", "occasion-short", "place"])
def test_headline_check_takes_a_named_occasion(nlp: Any, headline: str,
                                               problems: list[str]) -> None:
    assert headline_problems(nlp(headline)) == problems


# Fourteenth round (w12): garbles from misparses. A past participle right after a gerund's
# object tells of that object, and the phrase after it is the gerund's (was "Very good
# intelligence struck with the embassy attacks"); a relative pronoun's antecedent agrees
# with its verb, and a clause no noun agrees with is not told alone (was "The current
# fiscal year are slightly above ..."); an infinitive opening the sentence before a comma
# is no part of the clause (was "Each index to make is based ..."); a relative clause
# that defines "something" or "anything" is told by the clause above it.
MISREAD_CLAUSES = [
    pytest.param("The police said they had evidence linking the houses searched overnight "
                 "with the robbery.", "overnight", "The houses were searched",
                 id="participle-after-gerund-object"),
    pytest.param("The ministry has reports tying the ships sunk last week to the rebels.",
                 "last week", "The ships were sunk", id="participle-phrase-is-gerund-s"),
    pytest.param("The chain will post sales in the current year that were forecast in May.",
                 "May", "Sales were forecast", id="relative-agrees-plural"),
    pytest.param("The firm hired managers for the plant that was closed in 1995.", "1995",
                 "The plant was closed", id="relative-agrees-nearest"),
    pytest.param("The team reported gains in the quarters that was its best since 1995.",
                 "1995", "The team reported gains in the quarters", id="relative-agrees-none"),
    pytest.param("The company rehired the staff who were laid off in May.", "May",
                 "The staff were laid off", id="relative-group-told-as-many"),
    pytest.param("Investors bought a stake in General Motors, which is expected to report "
                 "earnings in May.", "May", "General Motors is expected to report earnings",
                 id="relative-plural-name"),
    pytest.param("To keep costs down, each store was closed on Sundays in 1995.", "1995",
                 "Each store was closed on Sundays", id="opening-infinitive-passive"),
    pytest.param("To win the vote, the mayor promised new parks in 1999.", "1999",
                 "The mayor promised new parks", id="opening-infinitive-active"),
    pytest.param("The mayor said the city will buy anything that the museum cannot sell by "
                 "March.", "March", "The city will buy anything that the museum cannot sell",
                 id="indefinite-relative-above"),
]


@pytest.mark.parametrize(("text", "when", "headline"), MISREAD_CLAUSES)
def test_headline_rereads_a_misread_clause(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Fourteenth round (w10): a clause that holds only under a condition keeps it ("only if",
# "unless", "provided that", "on condition that", "as long as"), its other adjuncts going
# first; a content noun that is its verb's object keeps its clause or topic, an adjective
# its "in" gerund phrase, their clause's core when the whole has no room (`timeline.condition`).
KEPT_CONDITIONS_AND_CONTENTS = [
    pytest.param("The governor said on Monday that he will sign the bill only if the "
                 "legislature cuts the tax.", "Monday",
                 "The governor will sign the bill only if the legislature cuts the tax",
                 id="condition-only-if"),
    pytest.param("The union will end the strike on Monday unless the company raises wages.",
                 "Monday", "The union will end the strike unless the company raises wages",
                 id="condition-unless"),
    pytest.param("The rebels agreed on Tuesday to release the hostages on condition that the "
                 "army leaves the town.", "Tuesday", "The rebels agreed to release the "
                 "hostages on condition that the army leaves the town",
                 id="condition-on-condition-that"),
    pytest.param("The coach said Monday the team will stay in the city as long as the stadium "
                 "is rebuilt.", "Monday",
                 "The team will stay in the city as long as the stadium is rebuilt",
                 id="condition-as-long-as"),
    # Fifteenth round (w16): a plain "if" after the clause, kept when the whole fits
    pytest.param("The strike will end on Friday if the union accepts the offer.", "Friday",
                 "The strike will end if the union accepts the offer", id="condition-plain-if"),
    pytest.param("The strike will end on Friday even if the union rejects the offer.", "Friday",
                 "The strike will end", id="condition-even-if-left"),
    pytest.param("The mayor acted on Monday as if nothing had happened.", "Monday",
                 "The mayor acted", id="condition-as-if-left"),
    pytest.param("The general announced on Sunday that he will withdraw his soldiers from the "
                 "northern provinces only if the rebel army leaves the capital city and its "
                 "suburbs.", "Sunday", "The general will withdraw his soldiers only if the "
                 "rebel army leaves the capital city", id="condition-other-adjunct-first"),
    pytest.param("Top officials sent strong new signals on Monday that the army wants to leave "
                 "the region.", "Monday", "Top officials sent strong new signals that the "
                 "army wants to leave the region", id="content-clause-of-signals"),
    pytest.param("The mayor expressed hope on Tuesday that the strike would end soon.",
                 "Tuesday", "The mayor expressed hope that the strike would end soon",
                 id="content-clause-of-hope"),
    pytest.param("Over the weekend, city police officials confirmed reports that a second "
                 "armored police patrol boat could head for the northern harbor.",
                 "the weekend", "City police officials confirmed reports that a second "
                 "armored boat could head for the harbor", id="content-clause-cut-inside"),
    pytest.param("Over the weekend, city officials sent strong new signals that the mayor "
                 "wants to rebuild the old harbor on the northern shore of the lake.",
                 "the weekend", "City officials sent strong new signals that the mayor "
                 "wants to rebuild the old harbor", id="content-clause-misread-that"),
    pytest.param("Local officials over the weekend became more open in declaring that by "
                 "closing the old steel plant on the river they hope to save the town.",
                 "the weekend", "Local officials became more open in declaring that they "
                 "hope to save the town", id="adjective-gerund-core"),
    # ... a plain "if" after the clause too (w16); not a reason, or a noun something else
    # already says
    pytest.param("The mayor will close the school on Monday if it snows.", "Monday",
                 "The mayor will close the school if it snows", id="plain-if-after"),
    pytest.param("The team will win on Sunday only because the coach stayed.", "Sunday",
                 "The team will win", id="no-reason-clause"),
    pytest.param("The mayor sent signals of a thaw on Monday.", "Monday",
                 "The mayor sent signals of a thaw", id="content-noun-said-otherwise"),
]


@pytest.mark.parametrize(("text", "when", "headline"), KEPT_CONDITIONS_AND_CONTENTS)
def test_headline_keeps_a_condition_or_content(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# Fifteenth round (w14): a noun whose sense is its "that" clause (likelihood, possibility,
# notion, idea, speculation, allegations, fact ...) keeps it as a content noun does, also
# past an apposition the parse hangs on the noun after the clause; a subject the parse
# reads as "preconj" ("that [either] was involved") stays in the clause.
KEPT_CONTENT_CLAUSES_FIFTEENTH = [
    pytest.param("Top aides played down on Monday the likelihood that the deal would collapse.",
                 "Monday", "Top aides played down the likelihood that the deal would collapse",
                 id="likelihood-that"),
    pytest.param("The minister raised the possibility on Friday that the border would close.",
                 "Friday", "The minister raised the possibility that the border would close",
                 id="possibility-that"),
    pytest.param("The senator rejected on Tuesday the notion that the tax would hurt farmers.",
                 "Tuesday", "The senator rejected the notion that the tax would hurt farmers",
                 id="notion-that"),
    pytest.param("Officials fueled speculation on Monday that the mayor would resign.",
                 "Monday", "Officials fueled speculation that the mayor would resign",
                 id="speculation-that"),
    pytest.param("The mayor ignored the fact on Monday that the bridge was closed.", "Monday",
                 "The mayor ignored the fact that the bridge was closed", id="fact-that"),
    pytest.param("The police played down the likelihood on Monday that either was involved in "
                 "the killing of the doctor, John Smith.", "Monday",
                 "The police played down the likelihood that either was involved in the killing",
                 id="preconj-subject-and-late-apposition"),
    # ... not a noun with no clause
    pytest.param("The mayor noted the possibility on Monday.", "Monday",
                 "The mayor noted the possibility", id="no-clause-nothing-kept"),
]


@pytest.mark.parametrize(("text", "when", "headline"), KEPT_CONTENT_CLAUSES_FIFTEENTH)
def test_headline_keeps_a_content_nouns_clause(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# Issue 13's fifteenth round (w15): transcripts, in invented transcript lines. A label
# (a name, at most its day, before a quotation or a colon) names who speaks, never the
# subject of what is said, and a first person in its turn takes its name.
TRANSCRIPT_LABELS = [
    pytest.param("Acme Corp. on Monday ``For the past few weeks we've been hit by false "
                 "rumors about the merger.''", "Monday",
                 "Acme Corp.: We've been hit by false rumors about the merger",
                 id="label-not-subject"),
    pytest.param("Smith on Tuesday ``I want to be clear about the plant.''", "Tuesday",
                 "Smith: I want to be clear about the plant", id="label-names-first-person"),
    pytest.param("The statements follow. Jones on Friday. ``Once again, I never asked anyone "
                 "to lie. I know about the rumors today. I was pleased.''", "today",
                 "Jones: I know about the rumors", id="label-sentence-before"),
    pytest.param("The hearing went on.\nSENATOR BROWN: I know about the reports today and I "
                 "will read them.\n", "today", "Senator Brown: I know about the reports",
                 id="line-label-capitals"),
    pytest.param("The hearing went on.\nBrown: We will vote on the bill next week.\n",
                 "next week", "Brown: We will vote on the bill", id="line-label"),
    # a label on a line of its own heads the quotation after it (was "Jones")
    pytest.param("The statements follow. Jones on Friday. ``Once again, I never asked anyone "
                 "to lie. I was pleased.''", "Friday",
                 "Jones: Once again, I never asked anyone to lie", id="label-heads-quotation"),
    pytest.param("The statements follow. Jones on Friday. ``I never asked anyone to lie.''",
                 "Friday", "Jones: I never asked anyone to lie", id="label-heads-first-person"),
    # a transcript marks no quotation: its first person is said by the person the nearest
    # sentence not in the first person opens with, who is named before the words are played
    pytest.param("President Lee spoke in Ohio on Monday. We are ready. And I hope our talks "
                 "will resume next week.", "next week", "President Lee: Our talks will resume",
                 id="soundbite-named-before"),
    pytest.param("President Lee spoke about US trade on Monday. And I hope our talks will "
                 "resume next week.", "next week", "President Lee: Our talks will resume",
                 id="soundbite-us-is-no-first-person"),
    pytest.param("President Lee spoke in Ohio on Monday. \"We are ready.\" And I hope our "
                 "talks will resume next week.", "next week", "Our talks will resume",
                 id="soundbite-not-with-quotation-marks"),
    pytest.param("Good evening from Havana. We are here this week to see the visit.",
                 "this week", "We are here to see the visit", id="soundbite-no-one-named"),
    pytest.param("President Lee spoke on Monday. We are ready. We are calm. We wait. We hope our talks "
                 "will resume next week.", "next week", "Our talks will resume",
                 id="soundbite-too-far"),
    pytest.param("The hearing went on. We will vote on the bill next week.", "next week",
                 "We will vote on the bill", id="no-label-no-speaker"),
]


@pytest.mark.parametrize(("text", "when", "headline"), TRANSCRIPT_LABELS)
def test_headline_names_a_transcript_speaker(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Issue 13's sixteenth round (lead): a compared clause's auxiliary, a participle that only
# says from when, and a "where" clause's place, each in sentences made up for the rule.
SIXTEENTH_ROUND = [
    # an auxiliary standing for the compared verb says nothing alone (was "Police have")
    pytest.param("Voters turned out in larger numbers than they did in 2016.", "2016",
                 "Voters turned out in larger numbers than they did", id="elided-than-auxiliary"),
    pytest.param("The team scored more goals this season than it had in 2016.", "2016",
                 "The team scored more goals than it had", id="elided-than-have"),
    pytest.param("Sales rose 5%, as they did in 1990.", "1990", "Sales rose 5% as they did",
                 id="elided-as-auxiliary"),
    # a participle of beginning with no object tells when its verb happens (was "Mr. Bush
    # was starting", "The new fares are beginning")
    pytest.param("The new fares apply to all flights, beginning Monday.", "Monday",
                 "The new fares apply to all flights", id="beginning-from-when"),
    pytest.param("The union called a strike, starting Monday.", "Monday",
                 "The union called a strike", id="starting-from-when"),
    # ... but one with an object is the beginning itself
    pytest.param("The company said it would begin production in 1990.", "1990",
                 "The company would begin production", id="beginning-with-object"),
    # a "where" clause happens at the place it describes (was "The suspect lived")
    pytest.param("The hair matched one found in a home where the suspect lived last year.",
                 "last year", "The suspect lived in a home", id="where-place"),
    pytest.param("He returned to the village where he was born in 1950.", "1950",
                 "He was born in the village", id="where-place-passive"),
    # a verb of saying whose reported clause the parse hangs on its "at the time" (was
    # "The minister was saying")
    pytest.param("The minister gave a speech last week, saying at the time he was willing "
                 "to resign.", "the time", "The minister was willing to resign",
                 id="said-at-the-time"),
    pytest.param("The coach spoke to reporters and said at the time the team was ready.",
                 "the time", "The team was ready", id="said-at-the-time-finite"),
    # a "both" whose "and" part the headline leaves out goes with it (was "huge losses
    # both on trades")
    pytest.param("Traders suffered huge losses both on trades made that day at falling "
                 "prices and in the value of their inventories of shares and bonds.",
                 "that day", "Traders suffered huge losses on trades", id="lone-both"),
    pytest.param("Both men were killed on Monday.", "Monday", "Both men were killed",
                 id="both-determiner"),
    # a hyphenated subject the parse splits into several subjects is one (was "Pro hope")
    pytest.param("Pro-democrats hope to win a majority in the elections of 2020.", "2020",
                 "Pro-democrats hope to win a majority in the elections", id="split-subject"),
    pytest.param("Pro-unionists hope to hold a referendum by the end of 2021.",
                 "the end of 2021", "Pro-unionists hope to hold a referendum",
                 id="split-subject-end"),
    # "between" needs both its members, and a possessive's "'s" is no word of the 15 (was
    # "The possibility of a meeting between Deputy Mayor Anne Lee reemerged")
    pytest.param("Meantime, the possibility of a meeting between Deputy Mayor Anne Lee and "
                 "Carlos Ruiz's union reemerged Thursday.", "Thursday",
                 "The possibility of a meeting between Deputy Mayor Anne Lee and Carlos Ruiz's "
                 "union reemerged", id="between-pair"),
    # a fronted "if" closed by the subject rather than a comma is told after the clause too
    # (was "The union if talks fail will strike")
    pytest.param("If talks fail on Monday the union will strike.", "Monday",
                 "The union will strike if talks fail", id="fronted-if-no-comma"),
    # a question clause whose wh-word phrase is its object is told with the verb it is the
    # question of (was "The two countries what actions will take"), and a verb whose only
    # cut child is the date's own word hangs on nothing (was "We talked")
    pytest.param("Officials talked about what actions the two sides will take going forward.",
                 "going forward", "Officials talked about what actions the two sides will take",
                 id="question-clause-object"),
    pytest.param("Officials talked about what measures the government will adopt next year.",
                 "next year", "Officials talked about what measures the government will adopt",
                 id="question-clause-object-date"),
    # ... with its own subject, a weather "it" too (was "The game will be canceled if rains")
    pytest.param("If it snows on Friday, the match will be postponed.", "Friday",
                 "The match will be postponed if it snows", id="fronted-if-own-subject"),
    # ... unless the clause names its own place
    pytest.param("She worked in Oklahoma City, where 168 people were killed in a bombing in "
                 "1995.", "1995", "168 people were killed in a bombing", id="where-own-place"),
]


@pytest.mark.parametrize("text,when,headline", SIXTEENTH_ROUND)
def test_headline_of_sentence_sixteenth_round(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Sixteenth round (w19): a "they" after an opening phrase whose nouns are its own ("With
# their ...") still opens its sentence and continues the group the sentence before opens
# with (was "They can take part"); a company's noun in lower case after a phrase of time
# opens the sentence before, and a figure goes on with it (was "Sales were $8 billion").
# A "they" after "there was no X from Y" stands for Y; "She estimates her ..." names her;
# "one of the Ns that was" tells of the one; "At Acme, profit ..." is Acme's profit; an
# "its" is the subject's of the clause that holds it; "its rival, Beta, which" tells of Beta;
# "Clashes among A, B and C have" keeps its noun; "Acme Inc., the parent of X, said its"
# names Acme Inc.
PARTY_NAMED_SIXTEENTH = [
    pytest.param("The three are expected to join in May. With their membership secure, they "
                 "also can take part in the summit in April.", "April",
                 "The three can take part in the summit", id="they-own-opening-phrase"),
    pytest.param("The two banks won approval. After their merger, they will cut 500 jobs in "
                 "March.", "March", "The two banks will cut 500 jobs", id="they-own-after-phrase"),
    pytest.param("In the year-earlier period, the company earned $4 million. Sales were $8 "
                 "billion in the latest quarter.", "the latest quarter",
                 "The company's sales were $8 billion", id="figure-owner-lower-case-the"),
    # a "they" after a clause of "there" stands for the plural its thing comes "from"
    # (was "They contributed $34 million")
    pytest.param("And while there was no profit this year from discontinued operations, last "
                 "year they contributed $34 million.", "last year",
                 "Discontinued operations contributed $34 million", id="they-there-from"),
    pytest.param("There was no word from the rebels, but on Friday they freed two hostages.",
                 "Friday", "The rebels freed two hostages", id="they-there-word-from"),
    # a possessive pronoun whose speaker is the same pronoun, which opens its sentence, is
    # the person the sentence before opens with (was "Her flats are worth $2 million")
    pytest.param("Ms. Lee owns eight flats. Ms. Lee cannot find buyers. She estimates her flats "
                 "are worth $2 million in June.", "June", "Ms. Lee's flats are worth $2 million",
                 id="possessive-pronoun-sayer-before"),
    pytest.param("Mr. Park owns eight flats. Mr. Park cannot find buyers. He says her flats "
                 "are worth $2 million in June.", "June", "Her flats are worth $2 million",
                 id="possessive-pronoun-other-sayer"),
    # the relative pronoun of "one of the Ns that was" stands for the one, which agrees
    # with the verb (was "Acme Corp. owns one of the plants", the clause untold)
    pytest.param("Acme Corp. owns one of the plants that was sold in May.", "May",
                 "One of the plants was sold", id="relative-one-of-singular"),
    pytest.param("Acme Corp. owns one of the plants that were sold in May.", "May",
                 "The plants were sold", id="relative-one-of-plural"),
    pytest.param("The mayor met one of the lawyers who was hired in May.", "May",
                 "One of the lawyers was hired", id="relative-one-of-person"),
    # a figure is the one of the company its sentence opens "At", or of the subject of the
    # clause its concession is made to (was "Profit jumped 16%", "Profits were squeezed")
    pytest.param("At Acme, third-quarter profit jumped 16% to $9 million in May.", "May",
                 "Acme's third-quarter profit jumped 16% to $9 million", id="figure-at-name"),
    pytest.param("At the unit, revenue rose 5% in May.", "May", "The unit's revenue rose 5%",
                 id="figure-at-unit"),
    pytest.param("Although profits were squeezed in 1989, the company said it is confident.",
                 "1989", "The company's profits were squeezed", id="figure-conceded"),
    pytest.param("At the time, sales were $5 million in May.", "May", "Sales were $5 million",
                 id="figure-at-time"),
    pytest.param("While sales fell in May, analysts said the company is strong.", "May",
                 "Sales fell", id="figure-conceded-persons"),
    # an "its" or "their" stands for the subject of the nearest clause that holds it outside
    # that subject, when it agrees (was "Its new plan started", "Its steel unit is")
    pytest.param("Acme Corp. said its new plan -- started last month in some stores -- will "
                 "cut costs.", "last month", "Acme Corp.'s new plan started in some stores",
                 id="its-clause-subject-aside"),
    pytest.param("Sales fell because the company no longer consolidates its steel unit, which "
                 "is now a joint venture with Beta Corp.", "now",
                 "The company's steel unit is a joint venture with Beta Corp.",
                 id="its-clause-subject-relative"),
    pytest.param("The banks said their branches, which were closed in May, will reopen.", "May",
                 "The banks' branches were closed", id="their-clause-subject"),
    pytest.param("Mr. Smith said its new plan -- started last month in some stores -- will cut "
                 "costs.", "last month", "Its new plan started in some stores",
                 id="its-clause-subject-person"),
    pytest.param("Acme Corp. and Beta Inc. said its new plan -- started last month in some "
                 "stores -- will cut costs.", "last month", "Its new plan started in some stores",
                 id="its-clause-subject-two"),
    # a relative clause after a name set off after a noun of "its" or "a" tells of the name
    # (was "Its nearest rival had a 21% stake"); the noun stays when it says who it is
    pytest.param("Acme's share is twice that of its nearest rival, Beta Brewing, which had a "
                 "21% stake last year.", "last year", "Beta Brewing had a 21% stake",
                 id="relative-apposed-name"),
    pytest.param("Similarly, the Hungarian foreign minister, Janos Kovacs, who remembers the "
                 "uprising of 1956, spoke.", "1956",
                 "The Hungarian foreign minister remembers the uprising", id="relative-apposed-title"),
    # a list the parse takes for the subject goes on from the object of "among" after the
    # noun that opens the sentence, which is the subject (was "Ranchers and the police
    # have caused damage")
    pytest.param("Clashes among farmers, ranchers and the police have caused damage since "
                 "1995.", "1995", "Clashes among farmers, ranchers and the police have caused "
                 "damage", id="subject-list-after-among"),
    pytest.param("Confrontations among Catholic fans, Protestant fans and the police have "
                 "provoked violence since 1995.", "1995",
                 "Confrontations among Catholic fans, Protestant fans and the police have "
                 "provoked violence", id="subject-list-after-among-adjectives"),
    # a speaker's name is told without a description set off after it, and may hold a
    # possessive of its own (was "Its net loss narrowed", "His firm will recommend")
    pytest.param("Acme's Holdings Inc., the parent of the Acme stores, said its net loss "
                 "narrowed in the third quarter.", "the third quarter",
                 "Acme's Holdings Inc.'s net loss narrowed", id="speaker-described-possessive-name"),
    pytest.param("John Smith, a consultant for Beta Inc., said his firm will recommend more "
                 "mergers in the future.", "the future",
                 "John Smith's firm will recommend more mergers", id="speaker-described-person"),
    # ... not a phrase naming another noun, nor after a phrase that names someone, nor a
    # singular source
    pytest.param("While there was no profit from the unit, last year they earned $4 million.",
                 "last year", "They earned $4 million", id="they-there-from-singular"),
    pytest.param("The three are expected to join in May. With the treaty signed, they also can "
                 "take part in the summit in April.", "April",
                 "They can take part in the summit", id="they-other-opening-phrase"),
    pytest.param("In Paris, the company earned $4 million. Sales were $8 billion in the latest "
                 "quarter.", "the latest quarter", "Sales were $8 billion",
                 id="figure-owner-lower-case-the-named-phrase"),
]


@pytest.mark.parametrize(("text", "when", "headline"), PARTY_NAMED_SIXTEENTH)
def test_headline_names_the_party_sixteenth_round(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Issue 13's sixteenth round (w18): a question's "whether" stays with its infinitive or
# clause, also one the parse hangs on a preposition or reads as an adjunct (without it
# the headline tells as decided what was only weighed); a fronted "if" or "unless" is
# told after the clause, or its "will" becomes "could" when it has no room; titles
# before names go before the clause or phrase their verb needs.
WHETHER_AND_TITLES = [
    pytest.param("The board decided on Monday whether to close the plant.", "Monday",
                 "The board decided whether to close the plant", id="whether-infinitive"),
    pytest.param("The council will vote Tuesday on whether to raise taxes.", "Tuesday",
                 "The council will vote on whether to raise taxes", id="on-whether-infinitive"),
    pytest.param("The judge will rule on Friday whether the company must pay the fine.",
                 "Friday", "The judge will rule whether the company must pay the fine",
                 id="whether-clause-read-as-adjunct"),
    pytest.param("The team will play on Sunday whether it rains or not.", "Sunday",
                 "The team will play", id="whether-or-not-is-a-concession"),
    pytest.param("If talks fail, the union will strike Monday.", "Monday",
                 "The union will strike if talks fail", id="fronted-if-told-after"),
    pytest.param("Unless the company raises wages, the workers will walk out on Friday.",
                 "Friday", "The workers will walk out unless the company raises wages",
                 id="fronted-unless-told-after"),
    pytest.param("The union said Monday that if talks fail, it will strike.", "Monday",
                 "The union will strike if talks fail", id="fronted-if-in-reported-clause"),
    pytest.param("If the company refuses to raise the wages of its workers, the union will "
                 "call a strike at all of its plants on Monday.", "Monday",
                 "The union could call a strike", id="fronted-if-no-room-could"),
    pytest.param("If the workers accept the offer, they will return to work on Monday.",
                 "Monday", "The workers could return to work", id="fronted-if-names-subject"),
    pytest.param("Even if talks fail, the union will not strike Monday.", "Monday",
                 "The union will not strike", id="even-if-holds-anyway"),
    pytest.param("Treasurer John Smith, Health Minister Mary Jones and Attorney General Paul "
                 "Brown all voted to support the budget on Friday.", "Friday",
                 "John Smith, Mary Jones and Attorney General Paul Brown voted to support the "
                 "budget", id="titles-before-needed-infinitive"),
    pytest.param("Deputy Mayor John Smith was the first senior city official to refer to the "
                 "new housing plan in a speech on Monday.", "Monday", "John Smith was the "
                 "first senior city official to refer to the new housing plan",
                 id="titles-before-needed-phrase"),
    pytest.param("Police Chief John Smith met the angry owners of the burned shops in the old "
                 "market square of the town on Monday.", "Monday",
                 "Police Chief John Smith met the angry owners of the burned shops",
                 id="titles-kept-over-adjuncts"),
    # a list's later member cut inside the "of" phrase naming what it is of goes whole
    pytest.param("The results came on Monday amid renewed worry about the cost of bank loans "
                 "and the role of computer-driven stock trading.", "Monday",
                 "The results came amid renewed worry about the cost of bank loans",
                 id="member-without-its-of-goes-whole"),
    pytest.param("On Monday, 500 shares of the bank and $4 million face amount of its "
                 "convertible debentures had been tendered to the offer.", "Monday",
                 "500 shares of the bank had been tendered to the offer",
                 id="subject-member-without-its-of-goes-whole"),
    # a noun's infinitive keeps its first phrase when it has no object, also in a clause
    # a verb takes ("the right [to speak for the boy]")
    pytest.param("The court ruled on Monday that only the father has the right to speak for "
                 "the boy.", "Monday", "The court ruled that only the father has the right to "
                 "speak for the boy", id="noun-infinitive-in-taken-clause"),
    pytest.param("The father has the right on Monday to speak for the boy.", "Monday",
                 "The father has the right to speak for the boy",
                 id="noun-infinitive-first-phrase"),
]


@pytest.mark.parametrize(("text", "when", "headline"), WHETHER_AND_TITLES)
def test_headline_keeps_whether_and_needs(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# Issue 13's sixteenth round (w21): an aside set off by commas whose date was left out
# goes whole with its commas ("would extend its offer[, due to expire last Friday,] to
# Dec. 4"), and a date after the aside's closing comma is the clause's, not the aside's;
# a gerund beside a past clause, set off by a comma, fronted or after a preposition of
# time, is a past happening of its own, told in the simple past ("arrived", not "was
# arriving"); one beside a future clause keeps its "will be".
DATELESS_ASIDES_AND_PAST_GERUNDS = [
    # asides that lost their date
    pytest.param("The company said it would extend its offer, due to expire last Friday, to "
                 "Dec. 4.", "last Friday", "The company would extend its offer to Dec. 4",
                 id="aside-own-date-goes-whole"),
    pytest.param("The company said it would extend its offer, due to expire last Friday, to "
                 "Dec. 4.", "Dec. 4", "The company would extend its offer",
                 id="aside-other-date-goes-whole"),
    pytest.param("The bank said it would extend the loan, due to mature last Monday, to "
                 "March 1.", "last Monday", "The bank would extend the loan",
                 id="aside-without-its-first-comma"),
    pytest.param("The agency said it would move the auction, set for last Tuesday, to Jan. 9.",
                 "last Tuesday", "The auction was set", id="participle-aside-ends-at-comma"),
    pytest.param("The agency said it would move the auction, set for last Tuesday, to Jan. 9.",
                 "Jan. 9", "The agency would move the auction", id="date-after-aside-is-clause's"),
    pytest.param("The city postponed the festival, set to begin on Saturday, until the fall.",
                 "Saturday", "The festival was set to begin", id="aside-infinitive-its-noun's"),
    pytest.param("The city postponed the festival, set to begin on Saturday, until the fall.",
                 "the fall", "The city postponed the festival", id="aside-infinitive-date-after"),
    # an aside that still names what it says stays
    pytest.param("Qantas plans daily flights, up from the current four flights a week, to "
                 "boost tourism, the airline said Friday.", "current",
                 "Qantas plans daily flights up from the four flights a week to boost tourism",
                 id="aside-ending-on-noun-stays"),
    # gerunds beside a past clause
    pytest.param("Maria Lopez, the youngest daughter, was the last to leave the island, "
                 "arriving in 1971.", "1971", "Maria Lopez arrived", id="comma-gerund-past"),
    pytest.param("The league has grown four times, adding Boston and Denver in 1961.", "1961",
                 "The league added Boston and Denver", id="comma-gerund-after-perfect"),
    pytest.param("After visiting the flooded towns Monday and meeting with the mayors Tuesday, "
                 "the governor said aid would come.", "Tuesday",
                 "The governor met with the mayors", id="gerund-after-preposition-irregular"),
    pytest.param("After visiting the flooded towns Monday and meeting with the mayors Tuesday, "
                 "the governor said aid would come.", "Monday",
                 "The governor visited the flooded towns", id="gerund-after-preposition"),
    pytest.param("Striking back 10 days after the raid, the army on Sunday shelled the rebel "
                 "camps.", "10 days after", "The army struck back", id="fronted-gerund-past"),
    pytest.param("The bus skidded off the road, stopping in a field on Monday.", "Monday",
                 "The bus stopped in a field", id="gerund-doubled-consonant"),
    pytest.param("The rebels crossed the river, carrying the wounded on Sunday.", "Sunday",
                 "The rebels carried the wounded", id="gerund-consonant-y"),
    pytest.param("The team has been playing well, winning five games since March.", "March",
                 "The team won five games", id="gerund-after-perfect-progressive"),
    # a gerund beside a future clause keeps its auxiliary
    pytest.param("The ships are heading for the port, arriving on Saturday.", "Saturday",
                 "The ships will be arriving", id="gerund-future-keeps-will-be"),
]


@pytest.mark.parametrize(("text", "when", "headline"), DATELESS_ASIDES_AND_PAST_GERUNDS)
def test_headline_drops_a_dateless_aside_and_tells_a_past_gerund(text: str, when: str,
                                                                 headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline


# Sixteenth round (w17): a date inside an aside set off by commas dates the aside's own
# happening, not the main clause's. A superlative after the clause is told with the clause
# it rates and its comma; an apposition dated before its noun says what its noun is ("is"
# for a present date or clause, "was" after a past clause); a participle set off by commas
# that holds the date is told for its noun, "held" of a happening in the past. Main clause
# dates keep the main clause; "estimated" before a count is no verb. A date in the
# apposition's own phrase counts when a comma closes it ("a senator since 1990," is one
# still; "the mayor from 1990 to 1998," was one).
DATED_ASIDES = [
    pytest.param("Unemployment fell to 3.9% in April, the lowest since 2000.", "2000",
                 "Unemployment fell to 3.9%, the lowest", id="superlative-adjective"),
    pytest.param("Inflation rose to 5% last month, the highest level since 1991.", "1991",
                 "Inflation rose to 5%, the highest level", id="superlative-noun"),
    pytest.param("The river rose to 12 meters, its highest level since 1993, officials said "
                 "Monday.", "1993", "The river rose to 12 meters, its highest level",
                 id="superlative-of-a-prepositions-object"),
    pytest.param("Sales rose 5% to $2 billion, the best quarter since 1987.", "1987",
                 "Sales rose 5% to $2 billion, the best quarter", id="superlative-time-word"),
    pytest.param("The team won the title on Sunday, its first since 1986.", "1986",
                 "The team won the title, its first", id="ordinal-aside"),
    pytest.param("The team won the title on Sunday, its first since 1986.", "Sunday",
                 "The team won the title", id="ordinal-aside-no-figure"),
    pytest.param("The bank cut rates on Monday, the first cut since 2009.", "2009",
                 "The bank cut rates, the first cut", id="aside-read-as-second-object"),
    pytest.param("Shares of Acme fell a third on Monday.", "Monday",
                 "Shares of Acme fell a third", id="fraction-still-a-figure"),
    pytest.param("The bill, the first major tax overhaul since 1986, passed on Friday.", "1986",
                 "The bill is the first major tax overhaul", id="ranked-event-noun-apposition"),
    pytest.param("The strike, the longest since 1984, ended on Tuesday.", "1984",
                 "The strike was the longest", id="superlative-of-the-subject"),
    pytest.param("Unemployment fell to 3.9% in April, the lowest since 2000.", "April",
                 "Unemployment fell to 3.9%", id="superlative-clause-date"),
    pytest.param("Mary Smith, currently chief financial officer, will succeed Mr. Brown.",
                 "currently", "Mary Smith is chief financial officer", id="apposition-currently"),
    pytest.param("The team cleared mines near Angkor Wat, the fabled 11th century temple, when "
                 "it was attacked.", "11th century", "Angkor Wat was the fabled temple",
                 id="apposition-past-clause"),
    pytest.param("The company is phasing out Acme, its current supplier of steel.", "current",
                 "Acme is its supplier of steel", id="apposition-current"),
    pytest.param("Smith, a senator since 1990, said on Monday that he would retire.", "1990",
                 "Smith is a senator", id="apposition-since"),
    pytest.param("Jones, the mayor from 1990 to 1998, died Sunday.", "1990 to 1998",
                 "Jones was the mayor", id="apposition-range"),
    pytest.param("The senator visited Paris, his home in the 1970s, on Friday.", "the 1970s",
                 "Paris was his home", id="apposition-in-decade"),
    pytest.param("Smith, a senator since 1990, said on Monday that he would retire.", "Monday",
                 "Smith would retire", id="apposition-since-clause-date"),
    # ... not a noun the parse makes an apposition that runs on into the verb
    pytest.param("Acme Corp., Dallas, estimated earnings for its third quarter fell 20%.",
                 "third quarter", "Estimated earnings fell 20%", id="apposition-not-closed"),
    pytest.param("Officials met Jones, the 1996 Olympic champion, on Tuesday.", "Tuesday",
                 "Officials met Jones", id="apposition-clause-date"),
    pytest.param("The Herald, a weekly paper, closed on Friday.", "Friday", "The Herald closed",
                 id="apposition-set-no-event"),
    pytest.param("The festival, held every year since 1970, was canceled on Monday.", "1970",
                 "The festival was held every year", id="set-off-participle-of-event-noun"),
    pytest.param("The talks, held in Geneva last week, ended without a deal.", "last week",
                 "The talks were held in Geneva", id="set-off-held-happening-past"),
    pytest.param("The festival, held every year since 1970, was canceled on Monday.", "Monday",
                 "The festival was canceled", id="set-off-participle-clause-date"),
    # a date after the comma that closes a participle aside is the clause's, though the
    # parse hangs it on the participle; the aside is told without it, an adverb before
    # its participle and a negation before the copula's place
    pytest.param("Police arrested Smith, wanted since 2015 for fraud, on Friday.", "Friday",
                 "Police arrested Smith", id="after-closed-participle"),
    pytest.param("Police arrested Smith, wanted since 2015 for fraud, on Friday.", "2015",
                 "Smith was wanted for fraud", id="closed-participle-without-later-date"),
    pytest.param("The government approved the plan, first proposed in 2010, on Thursday.",
                 "Thursday", "The government approved the plan",
                 id="after-closed-participle-with-adverb"),
    pytest.param("The government approved the plan, first proposed in 2010, on Thursday.",
                 "2010", "The plan was first proposed", id="adverb-before-participle"),
    pytest.param("Prices rose 5% last year, reaching a peak not seen since 1990.", "1990",
                 "A peak was not seen", id="negated-participle"),
    pytest.param("Acme added $5 million to reserves for losses on the portfolio, increasing "
                 "general reserves to $30 million, or about 6% of the total portfolio, as of "
                 "Sept. 30.", "Sept. 30", "Acme increased general reserves to $30 million, "
                 "or about 6% of the total portfolio", id="inner-aside-comma-not-closing"),
    pytest.param("An estimated 5,000 people marched through the capital on Sunday.", "Sunday",
                 "An estimated 5,000 people marched through the capital",
                 id="estimated-adjective"),
]


@pytest.mark.parametrize(("text", "when", "headline"), DATED_ASIDES)
def test_headline_tells_the_aside_a_date_is_in(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# ... and a date inside the "from" phrase of a change dates the earlier figure, told with
# the clause's subject: what it was after a verb of change or a copula, else the verb in
# the past with its object's amount swapped; nothing when the subject has a time of its
# own or the verb is not in the past (no past form to tell it in).
EARLIER_FIGURES = [
    pytest.param("Sales rose 5% to $2 billion from $1.9 billion a year earlier.",
                 "a year earlier", "Sales were $1.9 billion", id="change-from"),
    pytest.param("Exports slipped to 40,000 tons in May, down from 52,000 tons in April.",
                 "April", "Exports were 52,000 tons", id="change-down-from"),
    pytest.param("Exports slipped to 40,000 tons in May, down from 52,000 tons in April.",
                 "May", "Exports slipped to 40,000 tons, down from 52,000 tons in April",
                 id="change-own-date"),
    pytest.param("The company said its loss widened to $12 million from $8 million a year ago.",
                 "a year ago", "The company's loss was $8 million", id="widened-from"),
    pytest.param("The firm's shares closed at $12 on Monday, down from $15 on Friday.",
                 "Friday", "The firm's shares closed at $15", id="closed-at"),
    pytest.param("The company earned $5 million, up from $3 million in 1998.", "1998",
                 "The company earned $3 million", id="object-amount"),
    pytest.param("Acme reported revenue of $40 million for the quarter, up 10% from $36 "
                 "million a year earlier.", "a year earlier",
                 "Acme reported revenue of $36 million", id="object-of-amount"),
    pytest.param("Acme said sales rose to $4 million from $3 million in 1990.", "1990",
                 "Acme's sales were $3 million", id="reported-subject-named"),
    pytest.param("Net sales for this year's second quarter were $9 million, down from $12 "
                 "million last year.", "last year",
                 "Net sales for this year's second quarter were $9 million, down from $12 million",
                 id="subject-with-a-time-not"),
]


@pytest.mark.parametrize(("text", "when", "headline"), EARLIER_FIGURES)
def test_headline_tells_the_earlier_figure_a_date_is_in(text: str, when: str,
                                                        headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# Issue 13's sixteenth round (w20): invented news II. A hyphen or dash written inside one
# word between two kept tokens stays ("3-1", "98-95"); a clause set first and closed by a
# comma is what the verb after it reports, whatever the verb ("..., figures showed");
# "leave" needs the place or state it leaves its object in ("left X [behind Y]"); a
# participle the parse hangs on its own subject is that subject's verb; a participle set
# off by commas after a noun tells its own date ("The trial, [set for May 3], ...").
INVENTED_NEWS_SIXTEENTH = [
    pytest.param("The Rangers defeated the Bruins 3-1 on Friday, clinching a playoff spot.",
                 "Friday", "The Rangers defeated the Bruins 3-1", id="score-keeps-hyphen"),
    pytest.param("The Spurs edged the Nets 98-95 in overtime on Saturday.", "Saturday",
                 "The Spurs edged the Nets 98-95", id="score-hyphen-parse-apart"),
    pytest.param("Factory orders fell 1 percent in March, government data showed on Monday.",
                 "Monday", "Factory orders fell 1 percent", id="fronted-clause-showed"),
    pytest.param("Most doctors favor the new rules, a survey suggested on Friday.", "Friday",
                 "Most doctors favor the new rules", id="fronted-clause-suggested"),
    pytest.param("Official figures showed on Monday that exports rose.", "Monday",
                 "Official figures showed that exports rose", id="clause-after-showed-kept"),
    pytest.param("The survey showed on Monday a sharp drop in orders.", "Monday",
                 "The survey showed a sharp drop in orders", id="showed-object-kept"),
    # "leave" puts its object in a place or state, which the object needs; a time is none
    pytest.param("Saturday's defeat at Leeds left the Rovers in ninth place.", "Saturday",
                 "Saturday's defeat at Leeds left the Rovers in ninth place",
                 id="left-in-a-place-kept"),
    pytest.param("A power cut on Tuesday left the hospital without water.", "Tuesday",
                 "A power cut left the hospital without water", id="left-without-kept"),
    pytest.param("Two new ferries will leave Dover on Monday nights from June 4.", "June 4",
                 "Two new ferries will leave Dover", id="leave-on-a-time-no-place"),
    # a past participle the parse hangs on a noun with no other verb, or on the first of
    # two subjects of one verb, is that noun's verb, no passive
    pytest.param("Germany's jobless rate held at 5.3 percent in the three months to April, "
                 "official data showed on Friday.", "Friday",
                 "Germany's jobless rate held at 5.3 percent", id="participle-of-two-subjects"),
    pytest.param("Germany's jobless rate held at 5.3 percent in the three months to April, "
                 "official data showed on Friday.", "three months",
                 "Germany's jobless rate held at 5.3 percent", id="participle-own-date"),
    pytest.param("The jobless rate held at 5 percent in April.", "April",
                 "The jobless rate held at 5 percent", id="participle-of-a-root-noun"),
    pytest.param("The bridge built in 1932 was closed on Monday.", "1932",
                 "The bridge was built", id="reduced-passive-stays"),
    pytest.param("The bill passed by the Senate on Monday.", "Monday",
                 "The bill was passed by the Senate", id="participle-with-agent-is-passive"),
    # a participle set off by commas after a noun tells its own time, not the clause's; a
    # plan said to have come first is told in the past
    pytest.param("The vote, initially planned for April 2, was delayed until June.",
                 "April 2", "The vote was initially planned", id="comma-aside-plan-given-up"),
    pytest.param("The vote, initially planned for April 2, was delayed until June.",
                 "June", "The vote was delayed until June", id="comma-aside-clause-date"),
    pytest.param("The concert, scheduled for Friday, was called off on Monday.", "Friday",
                 "The concert is scheduled", id="comma-aside-plan"),
    pytest.param("The bridge, built in 1932, was closed on Monday.", "1932",
                 "The bridge was built", id="comma-aside-past"),
    # a participle after "left X unchanged," or after a comma with its own object is a
    # clause of its own, not the state "leave" or "find" tells
    pytest.param("The central bank left rates unchanged on Tuesday, hinting at a cut as "
                 "early as July.", "July", "The central bank hinted at a cut",
                 id="participle-after-told-state"),  # in the past beside a past clause (w21)
    pytest.param("The hikers were found on Sunday, carrying their injured guide.", "Sunday",
                 "The hikers were found", id="found-comma-object-own-clause"),
    pytest.param("The hikers were found on Sunday clinging to a ledge.", "Sunday",
                 "The hikers were found", id="found-depictive-stays"),
    # a verb that moves a happening keeps the date it moves it to: without it the headline
    # tells the moving as done on that date
    pytest.param("The council delayed its budget vote until Thursday.", "Thursday",
                 "The council delayed its budget vote until Thursday", id="delayed-until"),
    pytest.param("Sales of the drug were suspended until next month.", "next month",
                 "Sales of the drug were suspended until next month", id="suspended-until"),
    pytest.param("The deadline was extended through Friday.", "Friday",
                 "The deadline was extended through Friday", id="extended-through"),
    pytest.param("The meeting was postponed on Monday.", "Monday",
                 "The meeting was postponed", id="postponed-on-the-day-of-moving"),
]


@pytest.mark.parametrize(("text", "when", "headline"), INVENTED_NEWS_SIXTEENTH)
def test_headline_of_invented_news_sixteenth_round(text: str, when: str,
                                                    headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# Issue 13's sixteenth round (w23): complements a headline loses that its sense needs, in
# invented sentences. A noun of accusing or demanding keeps its "that" clause, a verb of
# listing or naming its role ("as one of" a group read "among" it when the 15 words are
# short), an object with only "a" its defining relative clause, its core when not whole.
LOST_COMPLEMENTS_W23 = [
    pytest.param("Over the weekend, lawyers for the company raised accusations that the auditor "
                 "had hidden losses in offshore accounts, saying he had lied to the board.",
                 "the weekend", "Lawyers for the company raised accusations that the auditor "
                 "had hidden losses in offshore accounts", id="accusations-that"),
    pytest.param("On Tuesday, the mayor repeated charges that the council had wasted money on "
                 "the new stadium.", "Tuesday", "The mayor repeated charges that the council "
                 "had wasted money on the new stadium", id="charges-that"),
    pytest.param("Protesters pressed demands on Thursday that the governor resign.", "Thursday",
                 "Protesters pressed demands that the governor resign", id="demands-that"),
    # ... not an amount's "of", which says how much
    pytest.param("The company took charges of $5 million on Friday.", "Friday",
                 "The company took charges of $5 million", id="charges-of-an-amount"),
    pytest.param("Last year, the magazine listed the opening of the new bridge as one of the "
                 "five most important projects in the history of the state of Ohio.",
                 "Last year", "The magazine listed the opening of the new bridge among the "
                 "five most important projects", id="listed-as-one-of-among"),
    pytest.param("In 1998, the council named the widening of the old harbor as one of the three "
                 "most urgent tasks for the city government.", "1998", "The council named "
                 "the widening of the old harbor among the three most urgent tasks",
                 id="named-as-one-of-among"),
    pytest.param("Two years ago, the magazine ranked the college as one of the five best "
                 "schools in the country for students of engineering.", "Two years ago",
                 "The magazine ranked the college as one of the five best schools in the "
                 "country", id="ranked-as-one-of-fits"),
    # ... not "as a result of", which links two happenings
    pytest.param("On Friday, the chain cited weak sales as a result of the storms.", "Friday",
                 "The chain cited weak sales as a result of the storms", id="as-a-result"),
    pytest.param("Jones heads a team that is investigating and prosecuting the fires which "
                 "destroyed 20 homes, including three farms, on March 3, 1997.",
                 "March 3, 1997", "Jones heads a team that is investigating and prosecuting "
                 "the fires", id="a-team-that-core"),
    pytest.param("Police arrested a man who had robbed three banks in the city and two stores "
                 "in the suburbs, officials said on Friday.", "Friday",
                 "Police arrested a man who had robbed three banks", id="a-man-who-core"),
    pytest.param("Green runs a unit that tracks stolen cars, police said Monday.", "Monday",
                 "Green runs a unit that tracks stolen cars", id="a-unit-that-whole"),
]


@pytest.mark.parametrize(("text", "when", "headline"), LOST_COMPLEMENTS_W23)
def test_headline_keeps_a_lost_complement_w23(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text == when)
    assert event.summary == headline


# Sixteenth round (w22): invented news III. A semicolon ends a clause, so the one before it
# is no clause the verb after it rules or finds; a "between" pair goes whole or not at all
# when a headline is cut; a ranked object keeps the span it is ranked over ("its first
# title in 20 years"), which the parse hangs on the verb; a gerund after "after", "before",
# "since" or "upon" that its date hangs on tells a happening of its own, in the simple past;
# a year's "of" phrase goes with the date it closes; a noun inside a participle set before a
# pronoun subject is no antecedent of it ("Born in Ohio, she": she was born there); a date
# before a noun with a past relative clause of its own ("a 2016 shooting that left ...")
# is told by that clause; "leave", "keep" keep the state a participle puts the object in; a
# date before a subject's role whose name is set off after it dates the role ("The 1998
# winner, Tom Hale," -> "Tom Hale was the winner").
INVENTED_NEWS_THIRD = [
    # a semicolon ends the clause before it
    pytest.param("The roof was repaired in June; in July, inspectors found a leak in the "
                 "attic.", "July", "Inspectors found a leak in the attic",
                 id="semicolon-clause-is-no-finding"),
    pytest.param("The road was reopened in May; in June, crews found a sinkhole near the "
                 "bridge.", "May", "The road was reopened", id="semicolon-first-clause-own"),
    pytest.param("The factory must be closed, inspectors found on Monday.", "Monday",
                 "The factory must be closed", id="comma-clause-still-found"),
    # a "between" pair is not cut in two
    pytest.param("Auditors accused the former city mayor on Monday of taking large bribes "
                 "from local builders between 2009 and 2012.", "Monday",
                 "Auditors accused the former city mayor of taking large bribes from local "
                 "builders", id="between-pair-not-halved"),
    # the span a rank is rated over
    pytest.param("The orchestra gave its first concert in a decade on Saturday.", "Saturday",
                 "The orchestra gave its first concert in a decade", id="ordinal-over-decade"),
    pytest.param("The airline posted its biggest profit in ten years on Thursday.",
                 "Thursday", "The airline posted its biggest profit in ten years",
                 id="superlative-over-years"),
    pytest.param("The senator won the seat on Tuesday.", "Tuesday", "The senator won the seat",
                 id="unranked-object-unchanged"),
    # a gerund ordered against its clause
    pytest.param("After leaving the navy in 1985, the admiral taught history in Boston.",
                 "1985", "The admiral left the navy", id="after-gerund-own-happening"),
    pytest.param("Before joining the cabinet in 2011, the minister ran a small bakery.",
                 "2011", "The minister joined the cabinet", id="before-gerund-own-happening"),
    pytest.param("Since opening its doors in 1994, the library has lent a million books.",
                 "1994", "The library opened its doors", id="since-gerund-own-happening"),
    pytest.param("The firm has set its sights on buying a rival next year.", "next year",
                 "The firm has set its sights on buying a rival", id="on-gerund-governed"),
    pytest.param("After checking for a minor correction Tuesday to last month's data, the "
                 "bank raised rates.", "Tuesday", "The bank raised rates",
                 id="date-on-gerunds-noun-keeps-clause"),
    # a fronted participle's subject is the pronoun after it, no noun inside it
    pytest.param("Born in 1962 in Lisbon, she studied in Paris.", "1962",
                 "She was born in Lisbon", id="fronted-participle-no-antecedent-inside"),
    pytest.param("Anna Ruiz is a chemist. Born in 1962 in Lisbon, she studied in Paris.",
                 "1962", "Anna Ruiz was born in Lisbon", id="fronted-participle-named-before"),
    # a dated noun's past relative clause tells its happening
    pytest.param("The mayor resigned over a 2011 scandal that cost the city millions.",
                 "2011", "A scandal cost the city millions", id="dated-noun-relative-clause"),
    pytest.param("Relatives sued the airline for a 2009 crash that killed 50 passengers.",
                 "2009", "A crash killed 50 passengers", id="dated-event-noun-relative-clause"),
    pytest.param("Bars must obey a 2010 law that bans smoking indoors.", "2010",
                 "Bars must obey a law", id="present-relative-clause-not-told"),
    # the state a verb of leaving puts its object in
    pytest.param("The crash on Sunday left the rider injured.", "Sunday",
                 "The crash left the rider injured", id="left-object-state-advcl"),
    pytest.param("The quake on Monday left the town destroyed.", "Monday",
                 "The quake left the town destroyed", id="left-object-state"),
    # a dated role whose name is set off after it
    pytest.param("The 1998 winner, Tom Hale, was arrested on Monday.", "1998",
                 "Tom Hale was the winner", id="dated-role-named-after"),
    pytest.param("Last year's top scorer, Ana Costa, joined a rival club on Friday.",
                 "Last year's", "Ana Costa was last year's top scorer",
                 id="possessive-dated-role-named-after"),
    pytest.param("The 1998 winner, Tom Hale, was arrested on Monday.", "Monday",
                 "The 1998 winner was arrested", id="dated-role-clause-date-unchanged"),
    # a year closing a date
    pytest.param("Exports have grown strongly since March after averaging 2 percent for the "
                 "first nine months of 1996.", "the first nine months",
                 "Exports averaged 2 percent", id="year-of-date-goes-with-it"),
]


@pytest.mark.parametrize(("text", "when", "headline"), INVENTED_NEWS_THIRD)
def test_headline_of_invented_news_third_probe(text: str, when: str, headline: str) -> None:
    events = timeline.extract(text, published="2018-05-23").events
    event = next(e for e in events if e.when.text in (when, when.removeprefix("the ")))
    assert event.summary == headline
