"""Normalization in context: (expression, sentence, publication date) -> TIMEX3 value."""

from __future__ import annotations

import pytest

import timeline


def _value(expression: str, sentence: str, dct: str) -> tuple[str, str | None]:
    timexes = timeline.tag(sentence, published=dct)
    matches = [t for t in timexes if t.text == expression]
    assert matches, f"{expression!r} not found in {[t.text for t in timexes]}"
    return matches[0].value, matches[0].mod


CASES = [
    # a season owned by a time stays a season (not "Baghdad's fall")
    ("fall", "Sales rose in this year's fall, the company said.", "2009-12-19", "2009-FA", None),
    # weekdays: the tense of the governing clause decides past or future
    ("Wednesday", "Japan and the United States agreed Wednesday to cooperate.", "2018-05-23", "2018-05-23", None),
    ("Wednesday", "Japan and the United States agreed Wednesday to cooperate.", "2018-05-24", "2018-05-23", None),
    ("Thursday", "The ceremony will be held Thursday.", "2018-05-23", "2018-05-24", None),
    ("Monday", "Officials met on Monday.", "2018-05-23", "2018-05-21", None),
    ("Monday", "The talks will resume Monday.", "2018-05-23", "2018-05-28", None),
    ("Friday", "He said Friday that he would resign.", "2018-05-23", "2018-05-18", None),
    ("Friday", "The vote is scheduled for Friday.", "2018-05-23", "2018-05-25", None),
    ("Thursday", "The site could be dismantled as early as Thursday.", "2018-05-23", "2018-05-24", "ON_OR_AFTER"),
    ("Thursday", "The site could be dismantled as early as Thursday.", "2018-05-24", "2018-05-24", "ON_OR_AFTER"),
    ("Saturday", "She plans to visit Tokyo on Saturday.", "2018-05-23", "2018-05-26", None),
    ("last Friday", "The company announced the deal last Friday.", "2018-05-23", "2018-05-18", None),
    ("next Tuesday", "The board meets next Tuesday.", "2018-05-23", "2018-05-29", None),
    ("Sunday", "Police arrested him Sunday.", "2018-05-23", "2018-05-20", None),
    ("Wednesday night", "Fires broke out Wednesday night.", "2018-05-24", "2018-05-23TNI", None),
    # a modal perfect guesses at the past; a future perfect still looks ahead
    ("Wednesday", "The chip may have caused a drop in the stock on Wednesday.", "1989-10-27", "1989-10-25", None),
    ("Tuesday", "The deal would have closed on Tuesday.", "2018-05-23", "2018-05-22", None),
    ("Friday", "The work will have finished on Friday.", "2018-05-23", "2018-05-25", None),
    # relative months, years, weeks
    ("next month", "Trump prepares to meet Kim next month.", "2018-05-23", "2018-06", None),
    ("earlier this month", "He met Kim earlier this month.", "2018-05-23", "2018-05", None),
    ("last month", "Prices rose last month.", "2018-05-23", "2018-04", None),
    ("last year", "Prices rose last year.", "2018-05-23", "2017", None),
    ("next year", "The plant opens next year.", "2018-05-23", "2019", None),
    ("this year", "Sales will grow this year.", "2018-05-23", "2018", None),
    ("two years ago", "He left two years ago.", "2018-05-23", "2016", None),
    ("a year ago", "Profit was lower a year ago.", "2018-05-23", "2017", None),
    ("three days ago", "He arrived three days ago.", "2018-05-23", "2018-05-20", None),
    ("last week", "The storm hit last week.", "2018-05-23", "2018-W20", None),
    ("this week", "Talks continue this week.", "2018-05-23", "2018-W21", None),
    ("next week", "Talks resume next week.", "2018-05-23", "2018-W22", None),
    ("next month", "Rates will rise next month.", "2018-12-10", "2019-01", None),
    ("last month", "Rates rose last month.", "2019-01-15", "2018-12", None),
    # ISO weeks across the year boundary
    ("last week", "The storm hit last week.", "2021-01-04", "2020-W53", None),
    ("this week", "Talks continue this week.", "2019-12-30", "2020-W01", None),
    # today, yesterday, tomorrow, parts of the day; year ends and leap days
    ("today", "The law takes effect today.", "2018-05-23", "2018-05-23", None),
    ("yesterday", "The law took effect yesterday.", "2018-05-23", "2018-05-22", None),
    ("tomorrow", "The law takes effect tomorrow.", "2018-05-23", "2018-05-24", None),
    ("tonight", "He will speak tonight.", "2018-05-23", "2018-05-23TNI", None),
    ("this morning", "He spoke this morning.", "2018-05-23", "2018-05-23TMO", None),
    ("yesterday", "The law took effect yesterday.", "2019-01-01", "2018-12-31", None),
    ("tomorrow", "The law takes effect tomorrow.", "2020-02-28", "2020-02-29", None),
    ("tomorrow", "The law takes effect tomorrow.", "2019-02-28", "2019-03-01", None),
    # absolute dates, and month-day dates whose year comes from the tense
    ("May 23, 2018", "The deal was signed May 23, 2018.", "2020-01-01", "2018-05-23", None),
    ("23 May 2018", "The deal was signed on 23 May 2018.", "2020-01-01", "2018-05-23", None),
    ("5/23/2018", "The deal was signed on 5/23/2018.", "2020-01-01", "2018-05-23", None),
    ("2018-05-23", "The deal was signed on 2018-05-23.", "2020-01-01", "2018-05-23", None),
    ("Feb. 28", "The law was passed on Feb. 28.", "2018-05-23", "2018-02-28", None),
    ("June 12", "The summit is slated for June 12 in Singapore.", "2018-05-23", "2018-06-12", None),
    ("January", "The new rules will take effect in January.", "2018-12-10", "2019-01", None),
    ("December", "Sales fell in December.", "2019-01-15", "2018-12", None),
    ("Feb. 29", "She was born on Feb. 29.", "2021-03-01", "2020-02-29", None),
    ("December 25", "He said it on December 25.", "2019-01-03", "2018-12-25", None),
    ("March 3", "The trial begins March 3.", "2018-12-20", "2019-03-03", None),
    ("June 2018", "The plant closed in June 2018.", "2020-01-01", "2018-06", None),
    ("late November", "The plant closed in late November.", "2018-12-10", "2018-11", "END"),
    # years, decades, centuries with modifiers
    ("2002", "Five were repatriated in 2002.", "2018-05-23", "2002", None),
    ("the 1970s", "They were abducted in the 1970s.", "2018-05-23", "197X", None),
    ("the 1990s", "Growth was strong in the 1990s.", "2018-05-23", "199X", None),
    ("the '90s", "Growth was strong in the '90s.", "2018-05-23", "199X", None),
    ("the 20th century", "It was the bloodiest war of the 20th century.", "2018-05-23", "19", None),
    ("early 2002", "The plant opened in early 2002.", "2018-05-23", "2002", "START"),
    ("late 1998", "The plant opened in late 1998.", "2018-05-23", "1998", "END"),
    ("the mid-1990s", "The plant opened in the mid-1990s.", "2018-05-23", "199X", "MID"),
    # seasons, quarters, fiscal years
    ("last summer", "The river flooded last summer.", "2018-05-23", "2017-SU", None),
    ("this spring", "The river flooded this spring.", "2018-05-23", "2018-SP", None),
    ("the third quarter", "Profit rose in the third quarter.", "1989-10-26", "1989-Q3", None),
    ("the fourth quarter of 2017", "Profit rose in the fourth quarter of 2017.", "2018-05-23", "2017-Q4", None),
    ("fiscal 1989", "Profit rose in fiscal 1989.", "1990-02-01", "1989", None),
    # holidays
    ("Christmas", "The store will close on Christmas.", "2018-05-23", "2018-12-25", None),
    ("Thanksgiving", "Sales were strong on Thanksgiving.", "2018-12-01", "2018-11-22", None),
    # times of day
    ("8 PM", "The meeting starts at 8 PM.", "2018-05-23", "2018-05-23T20:00", None),
    ("10:35 a.m.", "The bomb exploded at 10:35 a.m.", "2018-05-23", "2018-05-23T10:35", None),
    ("15:00 GMT Saturday", "Voting closes at 15:00 GMT Saturday.", "2018-05-23", "2018-05-26T15:00", None),
    # durations
    ("three years", "He served three years in prison.", "2018-05-23", "P3Y", None),
    ("several months", "The talks lasted several months.", "2018-05-23", "PXM", None),
    ("the past two years", "Prices doubled over the past two years.", "2018-05-23", "P2Y", None),
    ("a mere 24 hours", "The truce lasted a mere 24 hours.", "2018-05-23", "PT24H", None),
    ("three-month", "They signed a three-month contract.", "2018-05-23", "P3M", None),
    ("about two weeks", "The strike lasted about two weeks.", "2018-05-23", "P2W", "APPROX"),
    ("2 1/2 years", "They lived in camps for 2 1/2 years.", "2018-05-23", "P2Y6M", None),
    ("about 5 1/2 hours", "She spent about 5 1/2 hours in Nairobi.", "2018-05-23", "PT5H30M", "APPROX"),
    ("two and a half years", "The war lasted two and a half years.", "2018-05-23", "P2Y6M", None),
    ("a day and a half", "The talks took a day and a half.", "2018-05-23", "P1DT12H", None),
    ("the next three quarters", "Costs are spread over the next three quarters.", "2018-05-23", "P9M", None),
    ("the first hours", "Prisoners were taken in the first hours of the war.", "2018-05-23", "PTXH", None),
    ("the last half of 1989", "Earnings for the last half of 1989 will fall.", "1989-11-02", "1989-H2", None),
    # parts of a month: its weeks are ISO weeks counted by their Thursdays, as ISO 8601
    # counts a year's first week; its weekends by their Saturdays; its halves its start or end
    ("the first week of June", "Sales rose in the first week of June.", "2018-07-10", "2018-W23", None),
    ("the first week of January 2021", "He came in the first week of January 2021.", "2018-07-10", "2021-W01", None),
    ("the last week of May", "Sales rose in the last week of May.", "2018-07-10", "2018-W22", None),
    ("the last weekend of May", "The fair is held on the last weekend of May.", "2018-05-01", "2018-W21-WE", None),
    ("the second weekend of March 2019", "The fair is on the second weekend of March 2019.", "2018-07-10", "2019-W10-WE", None),
    ("the second half of March", "Prices fell in the second half of March.", "2018-05-23", "2018-03", "END"),
    ("the first half of March", "Prices fell in the first half of March.", "2018-05-23", "2018-03", "START"),
    # the week or weekend of a day: the ISO week holding it
    ("the week of March 6", "Hearings begin the week of March 6.", "2000-02-24", "2000-W10", None),
    ("the weekend of June 2", "The show is on the weekend of June 2.", "2018-05-23", "2018-W22-WE", None),
    ("the week of 6 March 2000", "Hearings began the week of 6 March 2000.", "2018-05-23", "2000-W10", None),
    # "the weekend of Saturday": the weekend that holds the day (2018-05-12 is a Saturday)
    ("the weekend of Saturday, May 12", "Talks were held the weekend of Saturday, May 12.", "2018-05-23", "2018-W19-WE", None),
    ("the weekend of Sunday", "We met on the weekend of Sunday.", "2018-05-23", "2018-W20-WE", None),
    ("the weekend of Saturday", "The race is set for the weekend of Saturday.", "2018-05-23", "2018-W21-WE", None),
    # both its days name one weekend, not a weekend and a Sunday
    ("the weekend of Saturday and Sunday", "They rested on the weekend of Saturday and Sunday.", "2018-05-23", "2018-W20-WE", None),
    # a Sunday begins the week named after it, as a calendar starting on Sunday shows it
    ("the week of March 4, 2018", "Talks are set for the week of March 4, 2018.", "2018-02-01", "2018-W10", None),
    ("the 1988 quarter", "Net rose in the third quarter, against a loss in the 1988 quarter.", "1989-11-02", "1988-Q3", None),
    ("last February", "Two helicopters crashed last February.", "1998-03-01", "1997-02", None),
    ("last June", "The plant closed last June.", "1998-11-20", "1998-06", None),
    ("Aug. 6", "Stocks closed short of the record high set on Aug. 6.", "1998-02-06", "1997-08-06", None),
    ("Aug. 6", "The vote, set for Aug. 6, will decide it.", "1998-02-06", "1998-08-06", None),
    ("several months", "He said so in an interview several months before he entered his plea.", "1989-11-02", "PXM", None),
    ("A few days", "A few days later, he left.", "1989-11-02", "PXD", None),
    ("Last quarter", "Last quarter it rose.", "1989-10-26", "1989-Q3", None),
    ("that quarter", "Revenue rose in the second quarter. In the comparable year-ago quarter, it lost money. Results for that quarter included a gain.",
     "1989-10-26", "1988-Q2", None),
    ("25", "Leaders meet at the summit on April 24 and 25.", "1999-03-12", "1999-04-25", None),
    ("5", "Votes are due on May 3, 4 and 5 in the capital.", "1999-03-12", "1999-05-05", None),
    ("9", "Course on May 2 - 3, 9 - 10, 16 - 17 (Sat-Sun)", "1999-03-12", "1999-05-09", None),
    ("17", "Course on May 2 - 3, 9 - 10, 16 - 17 (Sat-Sun)", "1999-03-12", "1999-05-17",
     None),
    ("Election Day", "Ads will run from now to Election Day.", "1998-10-26", "1998-11-03", None),
    ("Easter", "Pilgrims are arriving for Easter.", "2000-04-17", "2000-04-23", None),
    ("Black Friday", "Retailers expect record sales on Black Friday.", "2019-11-20", "2019-11-29", None),
    ("Black Friday", "Retailers expect record sales on Black Friday.", "2020-02-10", "2020-11-27", None),
    ("Cyber Monday", "Retailers expect record sales on Cyber Monday.", "2019-11-20", "2019-12-02", None),
    ("Ash Wednesday", "Lent began on Ash Wednesday.", "2019-03-20", "2019-03-06", None),
    ("Easter week", "Thousands prayed as Easter week began.", "2000-04-17", "2000-W16", None),
    ("Good Friday", "The agreement was signed on Good Friday.", "1998-05-01", "1998-04-10", None),
    # named days whose date varies: listed years, and days of some years only
    ("Super Tuesday", "Voters in a dozen states go to the polls on Super Tuesday.", "2016-02-20", "2016-03-01", None),
    ("Super Tuesday", "Her campaign faltered after Super Tuesday.", "2009-01-10", "2008-02-05", None),
    ("Tax Day", "Returns are due on Tax Day.", "2018-03-01", "2018-04-17", None),
    ("Columbus Day", "Banks will close on Columbus Day.", "2019-09-20", "2019-10-14", None),
    ("Inauguration Day", "Crowds gathered on Inauguration Day.", "2017-02-01", "2017-01-20", None),
    # a timetable verb in the present looks ahead; publication on a Friday
    ("Wednesday", "He gave a plan for his first days in office, which begin Wednesday.", "2021-01-15", "2021-01-20", None),
    ("Monday", "The trial opens Monday.", "2018-05-23", "2018-05-28", None),
    ("September", "The Patriots open the 2019 season in September.", "2019-02-04", "2019-09", None),
    ("Tuesday", "Officials on Sunday extended an emergency curfew through Tuesday.", "2021-03-21", "2021-03-23", None),
    ("Thursday", "The rally lasted through Thursday.", "2021-03-21", "2021-03-18", None),
    ("the second half", "Higher tariffs would weigh on results in the second half.", "2018-07-26", "2018-H2", None),
    ("the day before", "Speaking in Warsaw on Tuesday after a trip to Kyiv the day before, he said so.", "2023-02-21", "2023-02-20", None),
    ("a year earlier", "Consumer prices rose 5% in March from a year earlier.", "2022-04-12", "2021-03", None),
    ("June 8", "The prime minister on Tuesday called a snap general election for June 8.", "2017-04-18", "2017-06-08", None),
    ("that night", "The fire started on July 26. By that night it had jumped the highway.", "2018-08-01", "2018-07-26TNI", None),
    ("three hours and 12 minutes", "The final lasted three hours and 12 minutes.", "2016-09-12", "PT3H12M", None),
    ("two weeks and three days", "The strike lasted two weeks and three days.", "2016-09-12", "P17D", None),
    ("Twenty-five years ago this week", "Twenty-five years ago this week, the roof fell.", "2015-08-12", "1990-W32", None),
    ("A week ago today", "A week ago today, voters went to the polls.", "2020-11-10", "2020-11-03", None),
    ("fourth-quarter", "The company will report fourth-quarter results on Feb. 24.", "2022-02-10", "2021-Q4", None),
    ("the final quarter", "Analysts expect sales for the final quarter to rise.", "2016-12-26", "2016-Q4", None),
    ("the first three months of 2020", "It lost $340 million in the first three months of 2020.", "2021-05-04", "2020-Q1", None),
    ("Thursday", "A private funeral is planned for Thursday.", "2022-11-14", "2022-11-17", None),
    ("Sunday", "She will appear in a commercial during Sunday's Super Bowl.", "2022-02-10", "2022-02-13", None),
    ("Wednesday", "They will look for ways to get around Wednesday's ruling.", "2022-02-10", "2022-02-09", None),
    ("noon Saturday", "Officials ordered residents to leave by noon Saturday.", "2017-09-08", "2017-09-09T12:00", None),
    # a clock time and the day after "on" are two expressions; the time takes that day
    ("5:42 p.m.", "The bridge fell at 5:42 p.m. on April 15, 2014, taking six cars.", "2024-04-12", "2014-04-15T17:42", None),
    ("April 15, 2014", "The bridge fell at 5:42 p.m. on April 15, 2014, taking six cars.", "2024-04-12", "2014-04-15", None),
    ("7:05 a.m. EST", "The capsule blasted off at 7:05 a.m. EST on Friday atop a rocket.", "2014-12-05", "2014-12-05T07:05", None),
    ("8 p.m. ET Sunday", "The show airs at 8 p.m. ET Sunday.", "2021-09-10", "2021-09-12T20:00", None),
    ("Tuesday", "Jury selection had been scheduled to begin Tuesday, but a snowstorm closed the courthouse.", "1999-01-07", "1999-01-05", None),
    ("Monday", "The trial could last six weeks. Opening statements are expected Monday.", "1999-01-07", "1999-01-11", None),
    ("June", "The school board voted late Tuesday to close three schools in June.", "2000-03-01", "2000-06", None),
    ("about three a.m.", "The fire broke out at about three a.m. in a department store.", "1998-12-19", "1998-12-19T03:00", "APPROX"),
    ("weeks", "Officials said it could take weeks to clear the debris.", "1998-04-26", "PXW", None),
    ("months", "Commentators have spent months arguing about it.", "1999-12-30", "PXM", None),
    ("the past year", "Over the past year I have read every one of his letters.", "2003-05-10", "2002", None),
    ("about 10:15 p.m.", "Storms spawned tornadoes Saturday night, authorities said Sunday. The first touched down at about 10:15 p.m.",
     "1998-04-26", "1998-04-25T22:15", "APPROX"),
    ("that evening", "On Aug. 12, 2010, he told his staff the fund was frozen, and that evening he boarded a flight.",
     "2012-03-14", "2010-08-12TEV", None),
    ("midnight", "Obama spoke at midnight in Chicago.", "2008-11-05", "2008-11-05T00:00", None),
    ("Earlier in the week", "Earlier in the week, markets plunged.", "2020-03-12", "2020-W11", None),
    ("Late in the year", "Late in the year, stocks rallied.", "2020-03-12", "2020", "END"),
    ("2:46 p.m. local time Friday", "The quake struck at 2:46 p.m. local time Friday.", "2011-03-14", "2011-03-11T14:46", None),
    # a record's starting point ("since September 2013") is not where the story moves
    ("a year earlier", "Home sales rose 1.5 percent in October to the highest level since September 2013, "
     "the group said. Sales were up 2.5 percent from a year earlier.", "2014-11-24", "2013-10", None),
    ("the full year", "Quarterly profit rose. For the full year, sales rose 6 percent.", "2006-01-31", "2005", None),
    ("the end of the fiscal year", "It should raise $410 million by the end of the fiscal year on June 30.", "2008-12-03", "2009", "END"),
    ("the second half of the fiscal year", "Costs should ease in the second half of the fiscal year.", "2008-01-24", "2008-H2", None),
    ("that fall", "The couple bought the farm in May 1958. Their first harvest, that fall, was ruined by hail.", "2017-09-01", "1958-FA", None),
    ("the previous fall", "In 1952 he was hired; he had taken the job the previous fall.", "2017-09-01", "1951-FA", None),
    ("second-quarter", "The company said it expects second-quarter revenue of $420 million.", "2024-02-15", "2024-Q2", None),
    ("Friday", "City offices will close at noon Thursday and remain closed Friday for Christmas.", "2020-12-20", "2020-12-25", None),
    ("the first half", "The company lost $140 million in the first half.", "2017-08-01", "2017-H1", None),
    ("the quarter a year ago", "Net rose in the third quarter. For the quarter a year ago, it lost money.", "1989-10-26", "1988-Q3", None),
    ("the corresponding period last year", "Net rose in the third quarter, from a loss for the corresponding period last year.", "1989-10-26", "1988-Q3", None),
    ("last year's quarter", "Net rose in the third quarter; sales for last year's quarter were $3 million.", "1989-10-26", "1988-Q3", None),
    ("the comparable year-ago quarter", "Net rose in the third quarter, after a loss in the comparable year-ago quarter.", "1989-10-26", "1988-Q3", None),
    ("the 1989 period", "Net rose in the third quarter. In the 1989 period, interest expense rose.", "1989-10-26", "1989-Q3", None),
    # a fiscal quarter that closed on July 31 ran May to July: mostly the second quarter
    ("the quarter", "In the quarter ended July 31, Jayark had a loss.", "1989-10-26", "1989-Q2", None),
    # a forecast quarter is not the one a report compares with
    ("the year-ago period", "Losses will last through the third quarter of 1990. In the year-ago period, it earned $1.",
     "1989-10-26", "1988-Q3", None),
    # sets
    ("every Monday", "The council meets every Monday.", "2018-05-23", "XXXX-WXX-1", None),
    ("each July", "Orangemen march each July from their church.", "1998-03-22", "XXXX-07", None),
    ("each Saturday morning", "Classes meet each Saturday morning.", "2016-04-08", "XXXX-WXX-6TMO", None),
    ("every single day", "I think about it every single day.", "2016-04-08", "P1D", None),
    ("every weekend", "We work every weekend.", "2016-04-08", "XXXX-WXX-WE", None),
    ("weekdays", "The library is open on weekdays.", "2020-01-10", "XXXX-WXX-WD", None),
    ("every weekday", "A ferry leaves every weekday at noon.", "2020-01-10", "XXXX-WXX-WD", None),
    ("each quarter", "The agency updates its estimates each quarter.", "2016-04-08", "P1Q", None),
    ("every morning", "He walked for 30 minutes every morning.", "2016-04-08", "XXXX-XX-XXTMO", None),
    ("Every other week", "Every other week the club meets.", "2016-04-08", "P2W", None),
    ("annually", "The report is published annually.", "2018-05-23", "P1Y", None),
    ("daily", "The paper appears daily.", "2018-05-23", "P1D", None),
    ("every two years", "The law will be reviewed every two years.", "2018-05-23", "P2Y", None),
    ("Dec. 31", "The agreement expires on Dec. 31.", "2018-05-23", "2018-12-31", None),
    ("the end of the decade", "By the end of the decade it will cost more.", "2018-05-23", "201X", "END"),
    # reference words
    ("now", "The company now employs 500 people.", "2018-05-23", "PRESENT_REF", None),
    ("currently", "He is currently in Paris.", "2018-05-23", "PRESENT_REF", None),
    ("the past", "Such deals failed in the past.", "2018-05-23", "PAST_REF", None),
    ("the time", "He said at the time he would stay.", "2018-05-23", "PAST_REF", None),
    ("then", "The offer ends Nov. 30. Until then, the stock trades.", "1989-11-02", "1989-11-30", None),
    ("the years", "Over the years, many patients benefited.", "2018-05-23", "PXY", None),
    ("the weeks ahead", "Selling could grow in the weeks ahead.", "2018-05-23", "PXW", None),
    ("the next couple of years", "Over the next couple of years sales will grow.", "2018-05-23", "P2Y", None),
    ("mid-afternoon yesterday", "In London at mid-afternoon yesterday, shares rose.", "1989-11-02", "1989-11-01TAF", None),
    ("midday", "He appeared before a judge at midday.", "1999-10-08", "1999-10-08T12:00", None),
    ("several quarters", "It returned to profit after several quarters of losses.", "1989-11-02", "PXM", None),
    ("the future", "Such deals may happen in the future.", "2018-05-23", "FUTURE_REF", None),
    # years named by the surrounding words, the weekday or the nearness of the date
    ("June last year", "In June last year the leaders met.", "1998-02-19", "1997-06", None),
    ("January this year", "In January this year police came.", "1998-02-19", "1998-01", None),
    ("Monday, Oct. 26", "The paper said in an editorial on Monday, Oct. 26 that it was wrong.", "1998-10-25", "1998-10-26", None),
    ("Nov. 17", "The dividend was declared to holders of record Nov. 17.", "1989-11-02", "1989-11-17", None),
    ("Jan. 14", "The boy was to be returned by Jan. 14.", "2000-01-15", "2000-01-14", None),
    ("November", "The figures were published in November.", "1989-10-31", "1989-11", None),
    ("January", "The figures were published in January.", "1989-10-31", "1989-01", None),
    ("Wednesday", "They will appeal the decision, announced Wednesday by the commissioner.", "2000-01-06", "2000-01-05", None),
    ("Wednesday", "Neither he nor his parents could be located Wednesday.", "2000-01-06", "2000-01-05", None),
    # deadlines look ahead unless the clause tells of them as past
    ("Thursday", "Until Thursday, they had not called him.", "1999-05-07", "1999-05-06", None),
    ("Tuesday morning", "Officials postponed until Tuesday morning any action.", "2000-03-30", "2000-04-04TMO", None),
    ("9 a.m. Tuesday", "The judge gave the relatives until 9 a.m. Tuesday to sign.", "2000-04-03", "2000-04-04T09:00", None),
    ("Dec. 7", "The dividend was declared payable Dec. 7.", "1989-11-02", "1989-12-07", None),
    ("May", "The talks are supposed to conclude by May.", "1998-03-22", "1998-05", None),
    ("Friday", "Among the countries to accede to NATO on Friday were Poland and Hungary.", "1999-03-13", "1999-03-12", None),
    # seasons: winter belongs to the year it starts in
    ("last fall", "Jobs rose last fall.", "1998-02-06", "1997-FA", None),
    ("this summer", "Jobs will rise this summer.", "1998-02-06", "1998-SU", None),
    ("this winter", "It has been cold this winter.", "1998-02-06", "1997-WI", None),
    ("A decade ago", "A decade ago, the planners met.", "1999-03-12", "1989", None),
    # years as transcripts spell them
    ("January nineteen ninety-seven", "January nineteen ninety-seven. Atlanta again.", "1998-02-27", "1997-01", None),
    ("the year two thousand", "The approach of the year two thousand worries them.", "1998-03-03", "2000", None),
    ("winter of nineteen ninety-four", "The level we saw in the winter of nineteen ninety-four.", "1998-02-23", "1994-WI", None),
    ("year-end", "The deal should close by year-end.", "1989-10-30", "1989", "END"),
    ("the end of the month", "Troops will leave by the end of the month.", "1990-08-13", "1990-08", "END"),
    ("4 in the morning", "He will leave at 4 in the morning.", "2000-04-05", "2000-04-05T04:00", None),
    ("years", "They have fought for years.", "2000-04-05", "PXY", None),
    ("5 p.m. EST Nov. 9", "The offer runs until 5 p.m. EST Nov. 9.", "1989-11-02", "1989-11-09T17:00", None),
    # narrative reference time: counted from the last date in the text
    ("Earlier that day", "He was shot on Oct. 23, 1998. Earlier that day, he had prayed.", "1999-10-24", "1998-10-23", None),
    ("10 p.m.", "Dr. Slepian died on Oct. 23, 1998. He was shot at 10 p.m. in his kitchen.", "1999-04-19", "1998-10-23T22:00", None),
    ("that year", "The company was founded in 1988. Sales doubled that year.", "1989-10-30", "1988", None),
    ("The following month", "The bid came in March 1989. The following month, it failed.", "1989-10-30", "1989-04", None),
    ("the next day", "Troops arrived on March 3, 2015. They left the next day.", "2018-05-23", "2015-03-04", None),
    # TimeML leaves the signal out: "[two days] later" is a DURATION...
    ("Two days", "Troops arrived on March 3, 2015. Two days later they left.", "2018-05-23", "P2D", None),
    ("three weeks", "He resigned three weeks after the vote.", "2018-05-23", "P3W", None),
    # issue 16: counted back past AD 1, a BC year (no year 0: the year 2018 - 3000 = -982
    # is 983 BC); past 9999 BC no value names the year, and the past is what the words say
    ("3000 years ago", "The city was founded 3000 years ago.", "2018-05-23", "BC0983", None),
    ("2018 years ago", "The city was founded 2018 years ago.", "2018-05-23", "BC0001", None),
    ("2017 years ago", "The city was founded 2017 years ago.", "2018-05-23", "0001", None),
    ("30 centuries ago", "The city was founded 30 centuries ago.", "2018-05-23", "BC0983", None),
    ("about 3000 years ago", "It was settled about 3000 years ago.", "2018-05-23", "BC0983", "APPROX"),
    ("3000 years ago this week", "3000 years ago this week, the city fell.", "2018-05-23", "BC0983", None),
    ("12000 years ago", "The ice retreated 12000 years ago.", "2018-05-23", "BC9983", None),
    ("20000 years ago", "The ice retreated 20000 years ago.", "2018-05-23", "PAST_REF", None),
    ("1000000 days ago", "It began 1000000 days ago.", "2018-05-23", "PAST_REF", None),
    ("20000 years", "The vault will be opened in 20000 years.", "2018-05-23", "P20000Y", None),
    # issue 16: a number in groups of three digits, or with a scale word, is one count
    ("10,000 years", "Humans have lived there for 10,000 years.", "2018-05-23", "P10000Y", None),
    ("1,500 days", "The siege lasted 1,500 days.", "2018-05-23", "P1500D", None),
    ("2.5 million years", "The species survived for 2.5 million years.", "2018-05-23", "P2500000Y", None),
    ("a thousand years", "The empire lasted a thousand years.", "2018-05-23", "P1000Y", None),
    ("about 10,000 years ago", "Farming began about 10,000 years ago.", "2018-05-23", "BC7983", "APPROX"),
    ("two hundred years ago", "The bridge was built two hundred years ago.", "2018-05-23", "1818", None),
    ("two thousand years ago", "The temple was built two thousand years ago.", "2018-05-23", "0018", None),
    ("A million years ago", "A million years ago the valley was ice.", "2018-05-23", "PAST_REF", None),
    ("1,500 B.C.", "People have lived there since 1,500 B.C.", "2018-05-23", "BC1500", None),
]

# ...and the event it dates is counted from the last date in the text, or the DCT.
SIGNALLED = [
    ("Troops arrived on March 3, 2015. Two days later they left.", "2018-05-23", "2015-03-05"),
    ("The ship sank on Jan. 4, 2016. Rescuers found it a week later.", "2018-05-23", "2016-W02"),
    ("Talks began Monday. Three days later the deal was signed.", "2018-05-23", "2018-05-24"),
]


def test_normalize_appositive_after_places_nothing() -> None:
    events = timeline.extract("The Senate voted Tuesday, two days after the House passed it.",
                              published="2018-05-23").events
    assert [e.when.value for e in events] == ["2018-05-22"]


@pytest.mark.parametrize(("sentence", "dct", "value"), SIGNALLED, ids=[s[0][:40] for s in SIGNALLED])
def test_normalize_signalled_duration_dates_its_event(sentence: str, dct: str, value: str) -> None:
    events = timeline.extract(sentence, published=dct).events
    assert value in [e.when.value for e in events], [e.when.to_dict() for e in events]
    event = next(e for e in events if e.when.value == value)
    assert event.when.text.endswith(("later", "after", "before"))


@pytest.mark.parametrize(("expression", "sentence", "dct", "value", "mod"), CASES,
                         ids=[f"{c[0]}@{c[2]}:{c[1][:30]}" for c in CASES])
def test_normalize_value_in_context(expression: str, sentence: str, dct: str, value: str,
                                    mod: str | None) -> None:
    assert _value(expression, sentence, dct) == (value, mod)


RANGES = [
    ("North Korea said it will hold a ceremony between Wednesday and Friday.", "2018-05-23",
     "2018-05-23/2018-05-25"),
    ("North Korea said it will hold a ceremony between Wednesday and Friday.", "2018-05-24",
     "2018-05-23/2018-05-25"),
    ("The festival runs from May to July.", "2018-03-01", "2018-05/2018-07"),
    ("The exhibition runs from November to February.", "2018-10-01", "2018-11/2019-02"),
    ("The campaign ran from the 13th to the 19th of October 1950.", "2009-12-19",
     "1950-10-13/1950-10-19"),
]


@pytest.mark.parametrize(("sentence", "dct", "value"), RANGES, ids=[r[0][:40] + r[1] for r in RANGES])
def test_normalize_range_is_one_event(sentence: str, dct: str, value: str) -> None:
    events = timeline.extract(sentence, published=dct).events
    assert [e.when.value for e in events] == [value]


NOT_TEMPORAL = [
    ("May", "You may leave now."),
    ("March", "Thousands march through the city."),
    ("fall", "Prices could fall sharply."),
    ("65", "People 65 and older can vote."),
    ("2000", "The company hired 2000 workers."),
    ("1998", "It cost $1998."),
    ("a second", "He won a second term."),
    ("50 years", "The 50 years old man left."),
    ("quarter", "About three-quarters of voters and a quarter of the staff left."),
    ("March", "Thousands joined the annual March for Life."),
    ("This Week", 'He spoke on ABC\'s "This Week."'),
    ("25", "Sales rose between 20 and 25 percent."),
    ("4", "One man died on June 3 and 4 others were hurt."),
    ("10", "On March 3, 10 - 12 inches fell."),
    ("3", "On May 2, 3 people died."),
    ("Good Friday", "It was a good Friday for stocks."),
    ("May", "Prime Minister Theresa May called a snap election."),
    ("May", "Theresa May said so."),
    ("August", "The revival of August Wilson's play opened."),
    ("Spring", "Spring Valley residents may see higher taxes."),
    ("first half", "Kane scored twice in the first half."),
    ("April", '"I drove that bridge twice a day," said April Castillo.'),
    ("per hour", "The storm had winds of 150 miles per hour."),
    ("Summer", "Her nephew, Summer Hayes, said the cause was heart failure."),
    ("months", "Babies get the shots at two, four and six months of age."),
    ("April", "Revenue Secretary Mark April said the agency hired 40 auditors."),
    ("May", "In the summer of 1969, May Parker was 19."),
    ("that day", "The department said Friday that day-use fees will rise."),
    ("a quarter", "The economy has shrunk by a quarter over the past five years."),
    # issue 16: comma-grouped numbers that count no unit of time, and the rest of one
    ("1,999", "Sales hit 1,999 units in 1,999."),
    ("years", "The tree is 10,000 years old."),
    ("500", "The site dates to 10,500 B.C."),
    ("fall", "The fall of Atlanta, on September 2, ended the campaign."),
    ("fall", "The cities made fall-back plans in May."),
    ("fall", "The fall of the Berlin Wall came in November."),
    ("fall", "With the fall of the city, the war ended in May."),
    ("fall", "Crowds marked the sixth anniversary of Baghdad's fall to coalition forces."),
    ("fall", "Protesters gathered to mark the anniversary of the city's fall in April."),
    ("Sun", "Just months after Sun Yat Sen's death, Chiang led the army north."),
    ("Jun", "His full name is Lester Koh Jia Jun. Born in Perak."),
    ("Jun 2", "1) Lester Koh Jia Jun 2) Single 3) Food"),
    ("Jan", "The museum bought a painting by Jan van Eyck."),
    ("May", "Creative | Photography Partner | May Allah... https://t.co/2hbwx"),
    ("Jun", "We stayed in Jun's flat in Seoul."),
]


@pytest.mark.parametrize(("word", "sentence"), NOT_TEMPORAL, ids=[s for _, s in NOT_TEMPORAL])
def test_normalize_ignores_non_temporal_words(word: str, sentence: str) -> None:
    found = [t.text for t in timeline.tag(sentence, published="2018-05-23")]
    assert not any(word in text for text in found), found


RATES = [
    ("a year", "The plant sells fifty thousand CDs a year."),
    ("a day", "Guards watch the office 24 hours a day."),
    ("a week", "The airline will add 700 seats a week."),
    ("a month", "Customers will pay $39.99 a month for unlimited e-mail."),
]


@pytest.mark.parametrize(("expression", "sentence"), RATES, ids=[r[1][:30] for r in RATES])
def test_normalize_rate_is_not_an_expression(expression: str, sentence: str) -> None:
    """A rate ("700 seats a week") is not a time: TimeBank and most held-out sets leave it."""
    found = [t.text for t in timeline.tag(sentence, published="2018-05-23")]
    assert expression not in found, found
