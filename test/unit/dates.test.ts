import * as assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findDates } from '../../src/core/dates';
import { parseHeader } from '../../src/core/header';
import { AnalyzeOptions, DateExpression } from '../../src/core/model';

const SEED = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', '000_939248764b6c96bf.txt'), 'utf8');

function dates(text: string, options?: AnalyzeOptions): DateExpression[] {
  return findDates(text, parseHeader(text), options);
}

/** Body text under a header dated Tuesday 2023-02-21. */
function dated(body: string): DateExpression[] {
  return dates(`Title\nDate: 2023-02-21\n\n${body}`);
}

function only(body: string): Pick<DateExpression, 'text' | 'value' | 'rangeEnd' | 'relative'> {
  const found = dated(body);
  assert.equal(found.length, 1, `${body} → ${found.map((date) => date.text).join(' | ')}`);
  const { text, value, rangeEnd, relative } = found[0];
  return { text, value, rangeEnd, relative };
}

describe('findDates', () => {
  it('a weekday in the name of a show or a paper is no date ("“Fox News Sunday”", "The Sunday Read"), after a place it is ("in West Palm Beach Tuesday")', () => {
    assert.deepEqual(dated('He told “Fox News Sunday” it was over. The Sunday Read and the Sunday Times agreed.').map((date) => date.text), []);
    assert.deepEqual(dated('He spoke in West Palm Beach Tuesday. On Sunday Trump spoke.').map((date) => date.value), ['2023-02-21', '2023-02-19']);
  });

  it('a month after "since" or a finite verb in the past is the last one, not one to come ("since June", "won the election in July")', () => {
    // Tuesday 2023-02-21: June and July are months ahead only in the year before.
    assert.deepEqual(dated('It is the fourth rotation since June. Choi won the election in July on a promise.').map((date) => date.value), ['2022-06-01', '2022-07-01']);
    assert.deepEqual(dated('Voters will cast a ballot in April.').map((date) => date.value), ['2023-04-01']);
  });

  it('"take effect", "due on" and "ask me again" speak of the future ("The duties take effect on Saturday", "“Ask me again in May”")', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('The duties take effect on Saturday. The album, due on February 7, is done. "Ask me again in January," he said. He left due to illness on Monday.').map((date) => date.value), ['2023-02-25', '2024-02-07', '2024-01-01', '2023-02-20']);
  });

  it('"Today" in the name of a show is no date ("told BBC Radio 4’s Today programme", "NBC’s Today show"), "today" is', () => {
    assert.deepEqual(dated('She told BBC Radio 4’s Today programme and NBC\'s Today show that the vote is today.').map((date) => date.text), ['today']);
  });

  it('plural "resume", "reopen" and "reconvene" set a day to come ("Hearings resume on Monday")', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('Hearings resume on Monday.').map((date) => date.value), ['2023-02-27']);
  });

  it('"by" a day after a verb in the past and its object is a day gone by ("drew 4,000 comments by Monday"), not after a passive', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('The thread drew more than 4,000 comments by Monday. The files must be made public by Friday.').map((date) => date.value), ['2023-02-20', '2023-02-24']);
  });

  it('reads a time ahead of the reference ("will reopen in two weeks", "within 10 days", "three days from now"), not a span counted back', () => {
    // Tuesday 2023-02-21.
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('The plant will reopen in two weeks. Crews must finish within 10 days. The vote is three days from now. In the next two months, prices will rise.'), [
      ['in two weeks', '2023-03-07', null], ['within 10 days', '2023-02-21', '2023-03-03'], ['three days from now', '2023-02-24', null],
      ['In the next two months', '2023-02-21', '2023-04-21'],
    ]);
    assert.deepEqual(read('It will be the first time in 10 years. The bridge was rebuilt within a year. She will wear a dress she hasn’t worn in six months.'), []);
    assert.deepEqual(read('Coverage kicked in two years ago.'), [['two years ago', '2021-02-21', null]]);
  });

  it('keeps a day a plan gone by was set for in its year ("had been set for February 14", not next year\'s)', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('Her hearing had been set for February 14 before it was postponed.').map((date) => date.value), ['2023-02-14']);
  });

  it('reads "this past weekend" as the weekend gone by', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('They joined a vigil this past weekend.').map((date) => [date.value, date.rangeEnd]), [['2023-02-18', '2023-02-19']]);
  });

  it('reads no year in a clock time ("by 1600 GMT"), and "than expected in June" as June gone by', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('Bids are due by 1600 GMT on Friday. Employers added fewer jobs than expected in January.').map((date) => [date.text, date.value]), [
      ['Friday', '2023-02-24'], ['January', '2023-01-01'],
    ]);
  });

  it('"likely to" and "unlikely to" set a day to come ("Power is unlikely to return before Sunday")', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('Power is unlikely to return before Sunday. He is likely to appear in court Wednesday.').map((date) => date.value), ['2023-02-26', '2023-02-22']);
  });

  it('"planning" as a noun ("The planning committee approved …") sets no day to come; "is planning to" does', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('The planning committee approved the scheme on Monday. The council is planning to vote on Friday.').map((date) => date.value), ['2023-02-20', '2023-02-24']);
  });

  it('a fixture, a release or a show in the present sets a day to come ("Harbor City hosts Oakdale on Monday", "comes out on Friday")', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('Harbor City hosts Oakdale on Monday. Her novel comes out on Friday. The band plays Leeds on Saturday.')
      .map((date) => date.value), ['2023-02-27', '2023-02-24', '2023-02-25']);
  });

  it('a range runs forward from its first end ("from 2 November to 18 January", "from Wednesday until Saturday")', () => {
    assert.deepEqual(dated('The play runs from 2 November to 18 January.').map((date) => date.value), ['2022-11-02', '2023-01-18']);
    // Tuesday 2023-02-21: Wednesday is the next day, not the one before, when the range ends on the coming Saturday.
    assert.deepEqual(dated('The show runs from Wednesday until Saturday.').map((date) => date.value), ['2023-02-22', '2023-02-25']);
  });

  it('a weekday opening its sentence takes the tense of the clause after it ("On Friday, the council will vote")', () => {
    // A start that an announcement sets lies ahead ("declared mourning starting on Wednesday"); so do a weekday's plans.
    assert.equal(only('The king declared three days of national mourning starting on Wednesday.').value, '2023-02-22');
    assert.equal(only('The government announced a curfew beginning Friday.').value, '2023-02-24');
    assert.equal(only('Her office said Thursday\'s scheduled session would go ahead.').value, '2023-02-23');
    assert.equal(only('The festival ran for three days starting on Friday.').value, '2023-02-17');
    // "Will" before a capital inside a sentence is a given name: "Gov. Will Lockwood signed it on Friday".
    assert.equal(only('Gov. Will Lockwood signed an order on Friday.').value, '2023-02-17');
    assert.equal(only('Sen. Will Harrington placed a hold on Wednesday.').value, '2023-02-15');
    assert.equal(only('On Friday, the council will vote on the budget.').value, '2023-02-24');
    assert.equal(only('On Friday, the council said it would vote.').value, '2023-02-17');
    assert.equal(only('On Friday, the council voted.').value, '2023-02-17');
  });

  it('a participle after "remain" or "stay" is a state to come ("would remain closed through Wednesday")', () => {
    assert.equal(only('Police said the mall would remain closed through Wednesday.').value, '2023-02-22');
  });

  it('"pending" and "upcoming" speak of the future', () => {
    assert.equal(only('He was held pending a detention hearing on Thursday.').value, '2023-02-23');
    assert.equal(only('The upcoming vote on Friday matters.').value, '2023-02-24');
  });

  it('"the last Friday of term" is a day of that period, not last Friday', () => {
    assert.deepEqual(dated('On the last Friday of term, pupils sang.'), []);
  });

  it('"could" speaks of the future ("could stretch into the spring"), unless a past verb comes right before the date', () => {
    assert.equal(only('The race could stretch well into the spring.').value, '2023-03-01');
    assert.equal(only('It could backfire, angering the voters she praised Monday night.').value, '2023-02-20');
    assert.equal(only('The fight could backfire, and the votes will be counted Thursday.').value, '2023-02-23');
  });

  it('finds the seed expressions, unresolved because the seed has no date', () => {
    const found = dates(SEED);
    assert.deepEqual(found.map((date) => date.text), ['last week', 'February 18', 'February 18', 'by the end of February']);
    assert.ok(found.every((date) => date.value === null && SEED.slice(date.start, date.end) === date.text));
    assert.deepEqual(found.map((date) => date.id), ['date-1', 'date-2', 'date-3', 'date-4']);
  });

  it('resolves the seed against options.referenceDate when the header has none', () => {
    const found = dates(SEED, { referenceDate: '2023-02-21' });
    assert.deepEqual(found.map((date) => [date.value, date.rangeEnd]), [
      ['2023-02-13', '2023-02-19'], ['2023-02-18', null], ['2023-02-18', null], ['2023-02-21', '2023-02-28'],
    ]);
  });

  it('reads absolute dates in the usual forms', () => {
    assert.deepEqual(only('It opened on Feb. 18, 2023.'), { text: 'Feb. 18, 2023', value: '2023-02-18', rangeEnd: null, relative: false });
    assert.deepEqual(only('It opened on 18 February.'), { text: '18 February', value: '2023-02-18', rangeEnd: null, relative: false });
    assert.deepEqual(only('It opened on 2022-12-01.'), { text: '2022-12-01', value: '2022-12-01', rangeEnd: null, relative: false });
    assert.deepEqual(only('It opened on 01.12.2022.'), { text: '01.12.2022', value: '2022-12-01', rangeEnd: null, relative: false });
    assert.deepEqual(only('The fair runs March 3-5.'), { text: 'March 3-5', value: '2023-03-03', rangeEnd: '2023-03-05', relative: false });
  });

  it('gives a yearless date the header year, or the year before when that lands months ahead', () => {
    assert.equal(only('on February 18 they met').value, '2023-02-18');
    assert.equal(only('on December 18 they met').value, '2022-12-18');
  });

  it('reads a bare month after a verb in the past as the last such month ("was argued in June"), and one ahead otherwise', () => {
    assert.equal(only('The case was argued in June.').value, '2022-06-01');
    assert.equal(only('She said in April that it was over.').value, '2022-04-01');
    assert.equal(only('The vote will be held in April.').value, '2023-04-01');
    assert.equal(only('Ads reserved in April ran.').value, '2023-04-01');
  });

  it('resolves relative expressions against the header date', () => {
    assert.deepEqual(only('She spoke on Tuesday.'), { text: 'Tuesday', value: '2023-02-21', rangeEnd: null, relative: true });
    assert.equal(only('She spoke on Friday.').value, '2023-02-17');
    assert.equal(only('She spoke last Friday.').value, '2023-02-17');
    assert.equal(only('She will speak next Friday morning.').text, 'next Friday morning');
    assert.equal(only('She will speak next Friday morning.').value, '2023-02-24');
    // One or two days ahead in the same week, "next" is the week after's ("this Wednesday" is tomorrow).
    assert.equal(only('She will speak next Wednesday.').value, '2023-03-01');
    assert.equal(only('She will speak next Monday.').value, '2023-02-27');
    assert.equal(only('She spoke yesterday.').value, '2023-02-20');
    assert.deepEqual(only('She spoke last week.'), { text: 'last week', value: '2023-02-13', rangeEnd: '2023-02-19', relative: true });
    assert.deepEqual(only('She spoke earlier this week.'), { text: 'earlier this week', value: '2023-02-20', rangeEnd: '2023-02-21', relative: true });
    assert.deepEqual(only('She spoke last month.'), { text: 'last month', value: '2023-01-01', rangeEnd: '2023-01-31', relative: true });
    assert.deepEqual(only('Prices rose this year.'), { text: 'this year', value: '2023-01-01', rangeEnd: '2023-12-31', relative: true });
    assert.equal(only('She spoke two weeks ago.').value, '2023-02-07');
    assert.deepEqual(only('Twenty-five years ago, the river rose.'), { text: 'Twenty-five years ago', value: '1998-02-21', rangeEnd: null, relative: true });
    assert.equal(only('It snowed forty days ago.').value, '2023-01-12');
    assert.deepEqual(only('It is due by the end of February.'), { text: 'by the end of February', value: '2023-02-21', rangeEnd: '2023-02-28', relative: true });
    assert.deepEqual(only('It is due in early March.'), { text: 'early March', value: '2023-03-01', rangeEnd: '2023-03-10', relative: true });
  });

  it('reads "last October" and "next January" from the reference year: the last one gone, the next one to come', () => {
    assert.deepEqual(only('In a statement released last October, she agreed.'), { text: 'last October', value: '2022-10-01', rangeEnd: '2022-10-31', relative: true });
    assert.equal(only('Since last November she has won.').value, '2022-11-01');
    assert.equal(only('It was cold last February.').value, '2022-02-01');
    assert.equal(only('They go next January.').value, '2024-01-01');
    assert.equal(only('They go next March.').value, '2023-03-01');
  });

  it('reads the future through an abbreviation\'s period ("will be held at St. Mary\'s on Thursday")', () => {
    assert.equal(only('A funeral Mass will be held at St. Finbarr\'s Church in Cork on Thursday, followed by burial.').value, '2023-02-23');
    assert.equal(only('A funeral Mass was held at St. Finbarr\'s Church in Cork on Thursday.').value, '2023-02-16');
  });

  it('agrees with chrono-node on single days', () => {
    const reference = new Date(2023, 1, 21, 12);
    const phrases = ['February 18', 'Feb. 18, 2023', '18 February', 'March 3, 2021', '2022-12-01', 'May 5', 'yesterday', 'today',
      'tomorrow', 'last night', 'this morning', 'last Friday', 'two weeks ago', 'three days ago', 'a few days ago', 'several weeks ago', 'a year ago'];
    for (const phrase of phrases) {
      const parsed = chrono.parse(phrase, reference)[0];
      const expected = [parsed.start.get('year'), parsed.start.get('month'), parsed.start.get('day')].map((part) => String(part).padStart(2, '0')).join('-');
      assert.equal(only(`It happened ${phrase}.`).value, expected, phrase);
    }
  });

  it('finds phrases that start with a common word from the word that ends them, starting where they start', () => {
    const texts = (body: string) => dated(body).map((date) => date.text);
    assert.deepEqual(texts('They met 12 days ago, a few weeks ago and several years ago.'), ['12 days ago', 'a few weeks ago', 'several years ago']);
    assert.deepEqual(texts('She spoke earlier This week and Later this month.'), ['earlier This week', 'Later this month']);
    assert.deepEqual(texts('It ends by 2030, not in 1234 days ago or a 2019 report.'), ['2030']);
    // A preposition before a year makes the year the phrase, even when a full date goes on.
    assert.deepEqual(dated('It began in 2019-01-01.').map((date) => [date.text, date.value, date.rangeEnd]), [['2019', '2019-01-01', '2019-12-31']]);
    assert.deepEqual(texts('xa few days ago, in2019 and since 2019.5 nothing.'), []);
    // A count that opens the sentence is capitalized.
    assert.deepEqual(dated('Ten days ago, they met. A week ago they met again.').map((date) => [date.text, date.value]), [['Ten days ago', '2023-02-11'], ['A week ago', '2023-02-14']]);
  });

  it('reads "over the weekend" as the last Saturday and Sunday, or the coming ones in a sentence about the future', () => {
    assert.deepEqual(dated('She spoke over the weekend.').map((date) => [date.text, date.value, date.rangeEnd]), [['over the weekend', '2023-02-18', '2023-02-19']]);
    // "through the weekend" runs on to the coming one.
    assert.deepEqual(dated('A curfew stayed in place through the weekend.').map((date) => [date.text, date.value]), [['through the weekend', '2023-02-25']]);
    assert.deepEqual(dated('The team will meet at the weekend.').map((date) => [date.text, date.value, date.rangeEnd]), [['at the weekend', '2023-02-25', '2023-02-26']]);
    assert.deepEqual(dated('The weekend was long, and weekends are short.'), []);
    assert.deepEqual(dated('For this campaign there is no tomorrow.'), []);
  });

  it('reads "the end of the year" and "by the end of this month": the last third of a year or days of a month, a deadline from the reference', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('It expects a profit by the end of the year.'), [['by the end of the year', '2023-02-21', '2023-12-31']]);
    assert.deepEqual(read('At the end of the month, rents rise.'), [['At the end of the month', '2023-02-21', '2023-02-28']]);
    assert.deepEqual(read('The end of the year was hard.'), [['The end of the year', '2022-09-01', '2022-12-31']]);
    assert.deepEqual(read('The end of the road is near.'), []);
    // A plan reported in the past is still for this year; what had been done by then was last year.
    assert.deepEqual(read('Crews had cleared most lots and expected to finish by the end of the year.'), [['by the end of the year', '2023-02-21', '2023-12-31']]);
    assert.deepEqual(read('By the end of the year, he had climbed to second.'), [['By the end of the year', '2022-09-01', '2022-12-31']]);
  });

  it('keeps a month more than half a year ahead in this year when its sentence has no verb in the past ("the stakes in November")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value]);
    // The reference is 2023-02-21: November is nine months ahead, October eight.
    assert.deepEqual(read('Polls do not translate into a victory in October. Sales rose in October.'), [['October', '2023-10-01'], ['October', '2022-10-01']]);
    assert.deepEqual(read('Talks have stalled since October.'), [['October', '2022-10-01']]);
    // "this October" is this year's, whatever the sentence's tense.
    assert.deepEqual(read('Many of the seats that are up for grabs this October were won by members who swept into office.'), [['this October', '2023-10-01']]);
    // An infinitive's month lies ahead though its sentence is in the past; not one after a verb in -ed.
    assert.deepEqual(read('Voters were less likely to vote Republican in October. He appeared to dismiss the email issue in October.'), [['October', '2023-10-01'], ['October', '2022-10-01']]);
  });

  it('reads years of the 17th and 18th centuries after a preposition, and any year after a month ("November 1638")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value]);
    assert.deepEqual(read('The ship sank in November 1638 and was found in 1651. On March 3, 1071, he died. A poll of 1650 registered voters.'), [
      ['November 1638', '1638-11-01'], ['1651', '1651-01-01'], ['March 3, 1071', '1071-03-03'],
    ]);
  });

  it('reads a year after "of" ("the crisis of 2017", "June of 2006"), not a count ("a poll of 2047 registered voters")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('It recalled the crisis of 2017, when the court annulled the vote.'), [['2017', '2017-01-01', '2017-12-31']]);
    assert.deepEqual(read('It was the first rise since June of 2006.'), [['June of 2006', '2006-06-01', '2006-06-30']]);
    assert.deepEqual(read('A poll of 2047 registered voters found it.'), []);
  });

  it('reads a range of days either way round ("May 17 through 19, 2024", "between 14 and 19 November")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('The festival runs May 17 through 19, 2024.'), [['May 17 through 19, 2024', '2024-05-17', '2024-05-19']]);
    assert.deepEqual(read('The poll was carried out between 14 and 19 November.'), [['14 and 19 November', '2022-11-14', '2022-11-19']]);
    assert.deepEqual(read('It sat on 3-4 February.'), [['3-4 February', '2023-02-03', '2023-02-04']]);
  });

  it('reads a holiday after a preposition as its day: the last one when months ago, else the next', () => {
    assert.equal(only('Stores closed over Christmas.').value, '2022-12-25');
    assert.equal(only('By Christmas, the crews had left.').value, '2022-12-25');
    assert.equal(only('The church reopens at Easter.').value, '2023-04-09');
    assert.equal(only('Crews must finish by Thanksgiving.').value, '2023-11-23');
    assert.equal(only('Prices have risen since New Yearʼs Day.').value, '2023-01-01');
    assert.equal(only('The pothole has been there since Labor Day.').value, '2022-09-05');
    assert.equal(only('The rally was held last Labor Day.').text, 'last Labor Day');
    assert.equal(only('The rally was held last Labor Day.').value, '2022-09-05');
    // The Election Day of news is the federal one, in an even year.
    assert.equal(only('She will campaign until Election Day.').value, '2024-11-05');
    assert.deepEqual(only('He spoke on Christmas Eve 2015.'), { text: 'Christmas Eve 2015', value: '2015-12-24', rangeEnd: null, relative: false });
    assert.deepEqual(dated('The spirit of Christmas lives. Memorial Day parades are planned.'), []);
  });

  it('reads a weekday in a sentence about the future as the coming one', () => {
    assert.equal(only('The board will vote on Friday.').value, '2023-02-24');
    assert.equal(only('The board voted on Friday.').value, '2023-02-17');
    assert.equal(only('The House was preparing to vote on Friday.').value, '2023-02-24');
    assert.equal(only('Game 6 is Friday in Milwaukee.').value, '2023-02-24');
    assert.equal(only('She had booked an appointment for Thursday.').value, '2023-02-23');
    // Tuesday 2023-02-21: the week named after the day.
    assert.deepEqual(only('He visited Sylhet on Friday last week.'), { text: 'Friday last week', value: '2023-02-17', rangeEnd: null, relative: true });
    assert.equal(only('They meet on Monday next week.').value, '2023-02-27');
    assert.equal(only('The deadline is on Tuesday.').value, '2023-02-21');
    assert.equal(only('The parliament returns on Thursday.').value, '2023-02-23');
    assert.equal(only('He planned to campaign in Ohio on Saturday.').value, '2023-02-25');
    assert.equal(only('He said he intended to travel to Mumbai on Thursday.').value, '2023-02-23');
    assert.equal(only('Tenants were told to call back Friday.').value, '2023-02-24');
    assert.equal(only('The fair concludes Thursday with the livestock auction.').value, '2023-02-23');
    assert.equal(only('The team flies back to Copenhagen on Thursday.').value, '2023-02-23');
    assert.equal(only("With four days to go before Thursday's caucuses, the campaign is busy.").value, '2023-02-23');
    assert.equal(only('The game launches on consoles on Thursday.').value, '2023-02-23');
    assert.equal(only('She planned a rally in Detroit on Friday.').value, '2023-02-24');
    // A hope in the past is no plan: "had hoped to do better, but he lost … in January".
    assert.equal(only('Sanders hoped to do better, but he lost the primary in January.').value, '2023-01-01');
    // A deadline is ahead, unless the sentence looks back at it.
    assert.equal(only('Crews must restore the line by Friday.').value, '2023-02-24');
    assert.equal(only('By Friday, the storm had passed.').value, '2023-02-17');
    assert.equal(only('By Friday, the shallows were full of dead fish.').value, '2023-02-17');
    assert.equal(only('Schools suspended classes until Friday.').value, '2023-02-24');
    assert.equal(only('Water is handed out at the park until at least Thursday.').value, '2023-02-23');
    assert.equal(only('Leaders met days before a Friday deadline.').value, '2023-02-24');
    // So is a day of a month: "by October 1" is the next one.
    assert.equal(only('Hosts must register with the city by October 1.').value, '2023-10-01');
    assert.equal(only('By October 1, the crews had left.').value, '2022-10-01');
    assert.equal(only('By Oct. 1, 10 days after the vote, the crews were gone.').value, '2022-10-01');
    // A month's day before "deadline" may be one just passed: only a deadline word before it moves it a year on.
    assert.equal(only('Applications poured in before the January 31 deadline.').value, '2023-01-31');
    // An abbreviation ends no clause after an opening date: "On Sunday, Mrs. Harrington is scheduled to …".
    assert.equal(only('On Sunday, Mrs. Harrington is scheduled to appear on the show.').value, '2023-02-26');
    // So does a date set off by commas: "The final night, on Thursday, will feature …".
    assert.equal(only("The convention's final night, on Thursday, will feature his speech.").value, '2023-02-23');
    // A verb with its particle looks back: "before she dropped out in October" (the reference is in February).
    assert.equal(only('She was a critic before she dropped out in October.').value, '2022-10-01');
    // A future reported in the past: "said it would".
    assert.equal(only('The council said it would meet Friday to decide.').value, '2023-02-24');
    assert.equal(only('The council would often meet on Friday.').value, '2023-02-17');
    // A past cue after the words of the future dates the statement.
    assert.equal(only('The plan will work, the mayor said on Friday.').value, '2023-02-17');
    assert.equal(only('A vigil is planned for Sunday.').value, '2023-02-26');
    assert.equal(only('Hammond is due in court Thursday.').value, '2023-02-23');
    // "would" and "might" look ahead (not "would have", not a habit); so does a timetable's present tense.
    assert.equal(only('The union would file a complaint on Wednesday, its leader said.').value, '2023-02-22');
    assert.equal(only('Who would have believed it on Monday?').value, '2023-02-20');
    assert.equal(only('Officials might wait until Tuesday.').value, '2023-02-21');
    assert.equal(only('The party starts at 10 a.m. on Saturday.').value, '2023-02-25');
    assert.equal(only('Diplomats said a vote was expected on Friday.').value, '2023-02-24');
    // A forecast or a projection looks ahead too; a later "announced" or a past verb after "which" looks back.
    assert.equal(only('Forecasters expect highs of 116 on Wednesday.').value, '2023-02-22');
    assert.equal(only('She is projected to rise to No. 4 on Monday.').value, '2023-02-27');
    assert.equal(only('The club will close at the end of the season, its owners announced on Tuesday.').value, '2023-02-21');
    assert.equal(only('The results will be announced on Saturday.').value, '2023-02-25');
    assert.equal(only('He expects her to recover from the illness, which forced her to leave early on Sunday.').value, '2023-02-19');
    assert.equal(only('The convention, which begins Monday, is sold out.').value, '2023-02-27');
    assert.equal(only('A week before the fair opens, organizers met on Monday.').value, '2023-02-20');
    // A question ends the sentence that looks ahead.
    assert.equal(only('Will he quit when the race ends? On Monday, he stayed.').value, '2023-02-20');
    // A timetable's "begin", "start" and "runs through" look ahead; "did not begin" and "a rocky start" do not.
    assert.equal(only("Saturday's events begin with a pancake breakfast.").value, '2023-02-25');
    assert.equal(only('Classes start Monday.').value, '2023-02-27');
    assert.equal(only('The fair runs through Sunday.').value, '2023-02-26');
    assert.equal(only('The convention got off to a rocky start Monday.').value, '2023-02-20');
    // A day set for something lies ahead.
    assert.equal(only('The judge set sentencing for Feb. 14.').value, '2024-02-14');
    // "must" looks ahead ("must have" looks back).
    assert.equal(only('Candidates must be nominated from the floor Saturday.').value, '2023-02-25');
    assert.equal(only('He must have left on Saturday.').value, '2023-02-18');
  });

  it('reads "November 4 to 8" as a range (not "from 40 percent on July 14 to 46 percent"), and "on 1 January" ahead in a sentence about the future', () => {
    assert.deepEqual(only('Strikes are planned for March 4 to 8.'), { text: 'March 4 to 8', value: '2023-03-04', rangeEnd: '2023-03-08', relative: false });
    assert.deepEqual(only('The meeting is scheduled for March 23 and 24.'), { text: 'March 23 and 24', value: '2023-03-23', rangeEnd: '2023-03-24', relative: false });
    assert.equal(only('It rose from 40 percent on February 14 to 46 percent.').text, 'February 14');
    assert.equal(only('The rules will take effect on 1 January.').value, '2024-01-01');
    assert.equal(only('The rules took effect on 1 January.').value, '2023-01-01');
  });

  it('leaves out a weekday that names no one day ("late on a Friday evening", "every Sunday", "every other Friday")', () => {
    assert.deepEqual(dated('It happened late on a Friday evening. They meet every Sunday.'), []);
    assert.deepEqual(dated('The board meets every second Tuesday, the club every other Friday.'), []);
    assert.deepEqual(dated('Ferries skip a stop on a given Monday, or on a typical Friday.'), []);
    assert.deepEqual(dated('On a recent Tuesday, the court was full.'), []);
    assert.equal(only('She said so at a Sunday rally.').value, '2023-02-19');
  });

  it('joins a weekday to the date after it, and a day to the relative year after it', () => {
    assert.deepEqual(only('The rule takes effect Thursday, March 9, officials said.'), { text: 'Thursday, March 9', value: '2023-03-09', rangeEnd: null, relative: false });
    assert.deepEqual(only('The fire broke out on 14 February last year.'), { text: '14 February last year', value: '2022-02-14', rangeEnd: null, relative: true });
    assert.deepEqual(only('She was stabbed in March of last year.'), { text: 'March of last year', value: '2022-03-01', rangeEnd: '2022-03-31', relative: true });
    // A leap year's February moves to a year of 28 days: the header's year 2024 is one.
    assert.deepEqual(dates('Title\nDate: 2024-05-10\n\nIt rose in February of last year.').map((date) => date.rangeEnd), ['2023-02-28']);
    assert.equal(only('The law took effect on June 16 of this year.').value, '2023-06-16');
    assert.equal(only('He was sworn in on January 20 next year.').value, '2024-01-20');
  });

  it('counts weekdays right before 1970 too, reads a possessive weekday as its day, and skips a plural one', () => {
    const found = dates("Title\nDate: 1969-07-16\n\nShe spoke on Friday, last week and on Monday. Monday's meeting was short; the board will vote on Tuesday. It meets on Sundays.");
    assert.deepEqual(found.map((date) => [date.text, date.value, date.rangeEnd]), [
      ['Friday', '1969-07-11', null], ['last week', '1969-07-07', '1969-07-13'], ['Monday', '1969-07-14', null], ['Monday', '1969-07-14', null], ['Tuesday', '1969-07-22', null],
    ]);
  });

  it('reads seasons as month ranges', () => {
    assert.deepEqual(only('Talks resume this spring.'), { text: 'this spring', value: '2023-03-01', rangeEnd: '2023-05-31', relative: true });
    assert.deepEqual(only('It was cold this winter.'), { text: 'this winter', value: '2022-12-01', rangeEnd: '2023-02-28', relative: true });
    assert.equal(only('It flooded last summer.').value, '2022-06-01');
    assert.equal(only('It opens next fall.').value, '2023-09-01');
  });

  it('reads decades, parts of them, and "the SEASON" (of a year, or the latest begun, or the next in a sentence about the future)', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('In the 1990s, the early 1970s, the mid-1980s and the late 1990s, 2010s music sold.'), [
      ['the 1990s', '1990-01-01', '1999-12-31'], ['the early 1970s', '1970-01-01', '1973-12-31'], ['the mid-1980s', '1984-01-01', '1986-12-31'],
      ['the late 1990s', '1997-01-01', '1999-12-31'], ['2010s', '2010-01-01', '2019-12-31'],
    ]);
    assert.deepEqual(read('The plant closed in the fall. It reopens in the spring of 2021. It will open in the fall.'), [
      ['the fall', '2022-09-01', '2022-11-30'], ['the spring of 2021', '2021-03-01', '2021-05-31'], ['the fall', '2023-09-01', '2023-11-30'],
    ]);
    assert.deepEqual(read('After the fall of Rome, the spring in his step, and a fall in prices.'), []);
    assert.deepEqual(read('She hopes to shoot it in the fall.'), [['the fall', '2023-09-01', '2023-11-30']]);
    // A deadline lies ahead, even inside a quote whose own words hold no future: would arrive "by the summer".
    assert.deepEqual(read('The app would arrive "by the summer," he said.'), [['the summer', '2023-06-01', '2023-08-31']]);
    assert.deepEqual(read('By the summer, the crews had left.'), [['the summer', '2022-06-01', '2022-08-31']]);
  });

  it('reads part of a year ("in early 2024", "by the end of 2025", a deadline from the reference) and counts with thousands', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('It began in early 2022 and ended in late 2019; it ships by the end of 2023, and did at the start of 2020.'), [
      ['early 2022', '2022-01-01', '2022-04-30'], ['late 2019', '2019-09-01', '2019-12-31'], ['the end of 2023', '2023-02-21', '2023-12-31'],
      ['the start of 2020', '2020-01-01', '2020-04-30'],
    ]);
    assert.deepEqual(read('It formed about 5,000 years ago, or 1,200 years ago.'), [['5,000 years ago', null, null], ['1,200 years ago', '0823-02-21', null]]);
  });

  it('keeps a month without a year in the year its paragraph wrote out, or the next if it comes earlier in the year (not after "since")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value]);
    assert.deepEqual(read('The strike began in March 2019. By May 4 the plant was shut.\n\nOn May 4 it reopens.'), [['March 2019', '2019-03-01'], ['May 4', '2019-05-04'], ['May 4', '2023-05-04']]);
    assert.deepEqual(read('In the fall of 2007 she led. By Jan. 18, he did.'), [['the fall of 2007', '2007-09-01'], ['Jan. 18', '2008-01-18']]);
    // Not in a sentence of the future as the text is written ("would" is still the past's).
    assert.deepEqual(read('The show premiered in the autumn of 2020. Instead, it will begin its fourth season on Sept. 12.'), [['the autumn of 2020', '2020-09-01'], ['Sept. 12', '2023-09-12']]);
    assert.deepEqual(read('The show premiered in the autumn of 2020. It would end on Dec. 12.'), [['the autumn of 2020', '2020-09-01'], ['Dec. 12', '2020-12-12']]);
    assert.deepEqual(read('It has held rates since December 2008 and acted in December.'), [['December 2008', '2008-12-01'], ['December', '2022-12-01']]);
    assert.deepEqual(read('It has held rates since December 2008 and may act in December.'), [['December 2008', '2008-12-01'], ['December', '2023-12-01']]);
    // "the next year" after a year the sentence named is the year after it; "next year" alone counts from the reference.
    assert.deepEqual(read('I voted no in 2007, and they tried to beat me the next year. It opens next year.'), [['2007', '2007-01-01'], ['next year', '2008-01-01'], ['next year', '2024-01-01']]);
    // A month in the clause of a year gone by is that year's; not after "and", nor "last July", nor in the next sentence.
    assert.deepEqual(read('In 2018 we got a bill done in December.'), [['2018', '2018-01-01'], ['December', '2018-12-01']]);
    const [, may, , july] = read('He was extradited in 2014 and pleaded guilty in May. It was drafted in 2014 and proposed last July.');
    assert.deepEqual([may[1]?.slice(0, 4), july], ['2023', ['last July', '2022-07-01']]);
    assert.deepEqual(read('A suit was filed in 2012 over a “proxy for criminality.” In October, the court ruled.'), [['2012', '2012-01-01'], ['October', '2022-10-01']]);
  });

  it('puts a month after a past verb and its object, or after an irregular past, in the past ("replaced its chief in October", "a rival it bought in November")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value]);
    assert.deepEqual(read('The company replaced its chief financial officer in October.'), [['October', '2022-10-01']]);
    assert.deepEqual(read('Tallis is a rival it bought in November.'), [['November', '2022-11-01']]);
    assert.deepEqual(read('The firm sold two plants in April.'), [['April', '2022-04-01']]);
    assert.deepEqual(read('It is a position he first laid out in March.'), [['March', '2022-03-01']]);
  });

  it('dates a month by the verb right before "in": a past participle ("ruled in August", not "reserved in"), a past verb before "to" ("came to light in"), a present verb ("who retires in")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value]);
    assert.deepEqual(read('The judge ruled in August that it was wrong.'), [['August', '2022-08-01']]);
    assert.deepEqual(read('The deal reached in July still holds.'), [['July', '2022-07-01']]);
    assert.deepEqual(read('Ads reserved in March fill the slots.'), [['March', '2023-03-01']]);
    assert.deepEqual(read('The case came to light in June.'), [['June', '2022-06-01']]);
    assert.deepEqual(read('Hale, who retires in January, voted no. The rule, which takes effect in February, is new.'), [['January', '2024-01-01'], ['February', '2023-02-01']]);
  });

  it('sets a day to come by a verb of a start or an end in the present ("Nominations open on Wednesday", "Polls open at 6:30 a.m. Tuesday"), not by a noun ("a rocky start Monday")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value]);
    // The reference, 2023-02-21, is a Tuesday.
    assert.deepEqual(read('Nominations open on Thursday. Lee, who takes office Monday, waits. Polls open at 6:30 a.m. Friday.'), [
      ['Thursday', '2023-02-23'], ['Monday', '2023-02-27'], ['Friday', '2023-02-24'],
    ]);
    assert.deepEqual(read('The meeting got off to a rocky start Monday.'), [['Monday', '2023-02-20']]);
  });

  it('reads a day after a past verb and its pronoun object as gone by ("called him Wednesday"), a start after a name as to come ("Polls in North Carolina close at 7:30 p.m. Friday"), and no year into a day past the relative clause that held it', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value]);
    assert.deepEqual(read('He learned the council intended to fire him only when a reporter called him Monday.'), [['Monday', '2023-02-20']]);
    assert.deepEqual(read('Polls in North Carolina close at 7:30 p.m. Friday.'), [['Friday', '2023-02-24']]);
    assert.deepEqual(read('Ray Cole, who lost a leg in Iraq in 2005, said he went to the meeting on Feb. 3.'), [['2005', '2005-01-01'], ['Feb. 3', '2023-02-03']]);
  });

  it('reads a past verb and its particle before a month as a time gone by ("what Iowans voted for in June")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value]);
    assert.deepEqual(read('"We are going to report what Iowans voted for in June," she said.'), [['June', '2022-06-01']]);
    // A participle without one, in a sentence whose verb is to come, tells of what is to come too; "had" and a participle, of the past.
    assert.deepEqual(read('The new rate will appear on bills mailed in May. It cut the 8% it had forecast in June.'), [['May', '2023-05-01'], ['June', '2022-06-01']]);
  });

  it('puts a day over half a year back in the next year when its sentence tells of nothing past ("leaves office on Jan. 20", written in November)', () => {
    const read = (body: string) => dates(`Title\nDate: 2016-11-29\n\n${body}`).map((date) => [date.text, date.value]);
    assert.deepEqual(read('Nothing moves until after Lee leaves office on Jan. 20.'), [['Jan. 20', '2017-01-20']]);
    assert.deepEqual(read('Lee left office on Jan. 20. The audit covers June 3.'), [['Jan. 20', '2016-01-20'], ['June 3', '2016-06-03']]);
  });

  it('reads a month\'s possessive as that month, the nearest one ("November\'s election"), but not a name\'s ("Theresa May\'s") or a month that is a given name', () => {
    const read = (body: string) => dates(`Title\nDate: 2016-08-17\n\n${body}`).map((date) => [date.text, date.value]);
    assert.deepEqual(read("Cross called November's general election a test. January's numbers were revised."), [['November', '2016-11-01'], ['January', '2016-01-01']]);
    assert.deepEqual(read("Theresa May's speech ran long. June's mother spoke."), []);
  });

  it('gives a month opening a range the year of the month that closes it ("between January and September 2021")', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('Claims rose between January and September 2021.'), [['January', '2021-01-01', '2021-01-31'], ['September 2021', '2021-09-01', '2021-09-30']]);
    assert.deepEqual(read('Prices fell from June to December of last year and from November to April 2021.'), [
      ['June', '2022-06-01', '2022-06-30'], ['December of last year', '2022-12-01', '2022-12-31'], ['November', '2020-11-01', '2020-11-30'], ['April 2021', '2021-04-01', '2021-04-30'],
    ]);
  });

  it('reads a year after "as early as", "since at least", and a second year joined to one ("in 2022 and 2023"), not to a modifier', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('It was looted in 1897 and kept there since 1901; 1850 people saw it.'), [
      ['1897', '1897-01-01', '1897-12-31'], ['1901', '1901-01-01', '1901-12-31'],
    ]);
    assert.deepEqual(read('Logs were kept as recently as July.'), [['July', '2022-07-01', '2022-07-31']]);
    assert.deepEqual(read('It pledged that in the year 2040 it would lift them.'), [['2040', '2040-01-01', '2040-12-31']]);
    assert.deepEqual(read('It was flagged as early as 2019 and used since at least 2020.'), [
      ['2019', '2019-01-01', '2019-12-31'], ['2020', '2020-01-01', '2020-12-31'],
    ]);
    assert.deepEqual(read('Storms in 2021 and 2022 hit, as in 2016 or 2018. He spoke at the 2004 and 2008 conventions.'), [
      ['2021', '2021-01-01', '2021-12-31'], ['2022', '2022-01-01', '2022-12-31'], ['2016', '2016-01-01', '2016-12-31'], ['2018', '2018-01-01', '2018-12-31'],
    ]);
  });

  it('narrows a relative period to the part named ("early next year", "late last month", "mid-next month", "by the end of next month", "early next week")', () => {
    // Tuesday 2023-02-21; its week runs from Monday 2023-02-20.
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('It opens early next year. It failed late last year. Talks resume mid-next month and end late next month.'), [
      ['early next year', '2024-01-01', '2024-04-30'], ['late last year', '2022-09-01', '2022-12-31'],
      ['mid-next month', '2023-03-11', '2023-03-20'], ['late next month', '2023-03-21', '2023-03-31'],
    ]);
    assert.deepEqual(read('The fix is due by the end of next month. The board meets early next week.'), [
      ['by the end of next month', '2023-02-21', '2023-03-31'], ['early next week', '2023-02-27', '2023-03-01'],
    ]);
    // "earlier" and "later" still cut the period at the reference.
    assert.deepEqual(read('It rose earlier this year and will fall later this year.'), [
      ['earlier this year', '2023-01-01', '2023-02-21'], ['later this year', '2023-02-21', '2023-12-31'],
    ]);
  });

  it('a day after "since" is one gone by, even when its month and day lie just ahead of the reference ("since March 10")', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('The ceasefire has held since March 10, and since Feb. 10 no shot was fired.').map((date) => date.value), ['2022-03-10', '2023-02-10']);
  });

  it('"may" speaks of the future as "will" does, "May" is the month, and "later Monday" is the day the story was written', () => {
    // Tuesday 2023-02-21.
    assert.deepEqual(dated('The council may vote on Monday.').map((date) => date.value), ['2023-02-27']);
    assert.deepEqual(dated('The council may have voted on Monday. May saw rain, and the board met on Monday.').map((date) => [date.text, date.value]), [
      ['Monday', '2023-02-20'], ['Monday', '2023-02-20'],
    ]);
    assert.deepEqual(dated('He may face a skeptical crowd when he speaks later Monday.').map((date) => date.value), ['2023-02-20']);
  });

  it('reads "mid-2019" with its hyphen, halves and quarters of a year counted from the reference, and fortnights', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('Prices peaked in mid-2019. Sales slow in the second half of the year and recover in the first quarter of next year.'), [
      ['mid-2019', '2019-05-01', '2019-08-31'], ['the second half of the year', '2023-07-01', '2023-12-31'],
      ['the first quarter of next year', '2024-01-01', '2024-03-31'],
    ]);
    assert.deepEqual(read('They met a fortnight ago. On Feb. 1 the talks began; a fortnight later they ended.'), [
      ['a fortnight ago', '2023-02-07', null], ['Feb. 1', '2023-02-01', null], ['a fortnight later', '2023-02-15', null],
    ]);
  });

  it('reads decades ago, ranges of years ("between 2008 and 2022", "from 2010-2011"), and quarters and halves of a year', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('It opened a decade ago. It rose between 2008 and 2012 and from 2014-2016.'), [
      ['a decade ago', '2013-02-21', null], ['2008 and 2012', '2008-01-01', '2012-12-31'], ['2014-2016', '2014-01-01', '2016-12-31'],
    ]);
    assert.deepEqual(read('Profit fell in the fourth quarter and rose in the first quarter of 2021; Q3 2020 sales rose, and profit will rise in the third quarter.'), [
      ['the fourth quarter', '2022-10-01', '2022-12-31'], ['the first quarter of 2021', '2021-01-01', '2021-03-31'], ['Q3 2020', '2020-07-01', '2020-09-30'],
      ['the third quarter', '2023-07-01', '2023-09-30'],
    ]);
    // Demand, output and prices are the accounts of a market too, whatever the case of their first letter.
    assert.deepEqual(read('Demand rose in the third quarter.'), [['the third quarter', '2022-07-01', '2022-09-30']]);
    // A game's quarter is no date.
    assert.deepEqual(read('He scored 12 points in the fourth quarter.'), []);
    // Goods delivered or sold count as accounts; results to be reported are of a quarter begun (the reference is 2023-02-21).
    assert.deepEqual(read('It delivered 41,000 cars in the fourth quarter.'), [['the fourth quarter', '2022-10-01', '2022-12-31']]);
    assert.deepEqual(read('It will report fourth-quarter results and expects to beat its fourth-quarter target.'), [
      ['fourth-quarter', '2022-10-01', '2022-12-31'], ['fourth-quarter', '2023-10-01', '2023-12-31'],
    ]);
    // Halves of a named year; a half of anything else is no date.
    assert.deepEqual(read('Sales should recover in the second half of 2025. Half of voters agreed, and the first half of the game was dull.'), [
      ['the second half of 2025', '2025-07-01', '2025-12-31'],
    ]);
    assert.deepEqual(read('Profit fell in the last quarter of 2021 and in the last half of 2020.'), [
      ['the last quarter of 2021', '2021-10-01', '2021-12-31'], ['the last half of 2020', '2020-07-01', '2020-12-31'],
    ]);
  });

  it('reads a month or a day in a sentence about the future as the next one, but not after "since" or in a quote before the verb', () => {
    assert.equal(only('It will report results on February 3.').value, '2024-02-03');
    assert.equal(only('It reported results on February 3.').value, '2023-02-03');
    assert.equal(only('The meeting will be held in January.').value, '2024-01-01');
    assert.equal(only('Prices have risen since January and will go on.').value, '2023-01-01');
    assert.equal(dated('"We will win," she said in January.').find((date) => date.text === 'January')?.value, '2023-01-01');
  });

  it('reads no day in a name ("USA Today", "Neurology Today"), and a past verb after words of the future makes the weekday past', () => {
    assert.deepEqual(dated('Neurology Today and USA Today reported it. Today, it rained.').map((date) => date.text), ['Today']);
    assert.deepEqual(dated('It is the green economy of tomorrow, and the leaders of today agree.'), []);
    assert.equal(only('A plan to sell the lot was approved on Tuesday.').value, '2023-02-21');
    assert.equal(only('The plan to sell the lot is due on Friday.').value, '2023-02-24');
    assert.equal(only('The club signed him in August.').value, '2022-08-01');
  });

  it('lists relative expressions unresolved when there is no reference date', () => {
    const found = dates('Title\n\nShe spoke yesterday and on Tuesday, as she did last month.');
    assert.deepEqual(found.map((date) => [date.text, date.value, date.relative]), [
      ['yesterday', null, true], ['Tuesday', null, true], ['last month', null, true],
    ]);
  });

  it('does not read names as months', () => {
    assert.deepEqual(dated('Zhang Jun met Theresa May and April Ryan. The march went on. They may go.'), []);
    assert.equal(only('They meet again in May.').text, 'May');
    assert.equal(only('They meet on May 5.').text, 'May 5');
    // "for" makes a bare month a date ("set for October"), but not one that is a given name too ("support for May").
    assert.equal(only('The vote was set for October.').value, '2023-10-01');
    assert.deepEqual(dated('Support for May grew among backbenchers.'), []);
  });

  it('skips the header Date: line and keeps CRLF offsets exact', () => {
    const text = 'Title\r\nDate: February 21, 2023\r\n\r\nShe left on Monday.\r\nHe left yesterday.';
    const found = dates(text);
    assert.deepEqual(found.map((date) => [text.slice(date.start, date.end), date.value]), [['Monday', '2023-02-20'], ['yesterday', '2023-02-20']]);
  });

  it('finds every expression in long repetitive text', () => {
    const text = `Title\n\n${'"Maybe in May, the 2 of us," '.repeat(20000)}`;
    const found = dates(text);
    assert.equal(found.length, 20000);
  });

  it('reads two weekdays joined by "and", "or" or "through" as days of one week, the one nearest the reference ("canceled classes Tuesday and Wednesday")', () => {
    assert.deepEqual(dated('Schools canceled classes Tuesday and Wednesday.').map((date) => date.value), ['2023-02-21', '2023-02-22']);
    assert.deepEqual(dated('The airline will suspend flights on Monday and Tuesday.').map((date) => date.value), ['2023-02-20', '2023-02-21']);
    assert.deepEqual(dated('The poll was taken Wednesday through Sunday.').map((date) => date.value), ['2023-02-15', '2023-02-19']);
  });

  it('reads a weekday after "through" (a time of day between) as one to come in a sentence with no past verb, and one after "ahead of" as one to come', () => {
    assert.equal(only('A red flag warning is in effect through 8 p.m. Thursday.').value, '2023-02-23');
    assert.equal(only('An advisory runs until about 1 p.m. Friday.').value, '2023-02-24');
    assert.equal(only('The fair ran through Sunday.').value, '2023-02-19');
    assert.equal(only('Candidates rallied ahead of Saturday\'s vote.').value, '2023-02-25');
  });

  it('reads a year after "for" or "around" as a date ("data for 2015", "retiring around 2075")', () => {
    assert.deepEqual(dated('Preliminary data for 2015 show a rise. Workers retiring around 2075 will lose.').map((date) => [date.text, date.value, date.rangeEnd]),
      [['2015', '2015-01-01', '2015-12-31'], ['2075', '2075-01-01', '2075-12-31']]);
  });

  it('reads "planning" as speaking of the future ("are planning another round of strikes for Oct. 4")', () => {
    assert.equal(only('Students are planning another round of strikes for Oct. 4, a month before the election.').value, '2023-10-04');
    assert.equal(only('Students were planning another round of strikes for Oct. 4.').value, '2022-10-04');
  });

  it('reads a weekday after "By" opening its sentence by the clause after it ("By Friday afternoon, a smell hung …" is past)', () => {
    assert.deepEqual(dated('By Friday afternoon, a faint chemical smell hung over the creek. By Friday, crews will have restored power.').map((date) => date.value), ['2023-02-17', '2023-02-24']);
  });

  it('reads a weekday as one to come after "holds" or "visits" ("Wisconsin holds its primary on Tuesday") and after "the eve of"', () => {
    assert.equal(only('Wisconsin holds its presidential primary on Thursday.').value, '2023-02-23');
    assert.equal(only('The candidate visits Ames on Friday.').value, '2023-02-24');
    assert.equal(only('On the eve of Thursday\'s primary, volunteers knocked on doors.').value, '2023-02-23');
  });

  it('reads weekdays after a weekday\'s full date in one sentence as the days after it ("on Friday, July 11, followed by … on Saturday"), and "go on sale" as ahead', () => {
    assert.deepEqual(dated('The band headlines on Friday, July 14, followed by Dez Monroe on Saturday and a brunch on Sunday morning. Tickets go on sale Friday.').map((date) => date.value),
      ['2023-07-14', '2023-07-15', '2023-07-16', '2023-02-24']);
  });

  it('reads "the last night" and "the last week of October" as the final ones, and "Sunday school" as no date, but keeps "in the last week" and "last night"', () => {
    assert.deepEqual(dated('They played the last song on the last night. Her peak came the last week of October. He taught Sunday school. Polls moved in the last week. Last night it rained.').map((date) => date.text),
      ['October', 'last week', 'Last night']);
  });

  it('reads "next morning" as the day after, and "the next morning" after a date the story told as the day after that date', () => {
    assert.equal(only('We will meet next morning.').value, '2023-02-22');
    assert.deepEqual(dated('The shelter called on Feb. 10. The family drove to Abilene the next morning.').map((date) => [date.value, date.rangeEnd]), [['2023-02-10', null], ['2023-02-11', null]]);
  });

  it('finds "the next day" and "the following day", the day after a date the story told, unresolved without one', () => {
    assert.deepEqual(dated('He resigned on Feb. 9. Its director resigned the next day.\n\nThe following day was calm.').map((date) => [date.text, date.value]),
      [['Feb. 9', '2023-02-09'], ['the next day', '2023-02-10'], ['The following day', null]]);
  });
});

describe('findDates: counted after a date the story told', () => {
  it('reads "Two days later" and "four years later" from the date just before, not from the text\'s date', () => {
    const read = (body: string) => dated(body).map((date) => [date.text, date.value, date.rangeEnd]);
    assert.deepEqual(read('A boy was charged on Oct. 9, 2022. Two days later, police arrested another. Obama won the state in 2008 but lost it four years later.'), [
      ['Oct. 9, 2022', '2022-10-09', null], ['Two days later', '2022-10-11', null], ['2008', '2008-01-01', '2008-12-31'], ['four years later', '2012-01-01', '2012-12-31'],
    ]);
    assert.deepEqual(read('He was charged in February 2012 and acquitted the following year.').slice(1), [['the following year', '2013-01-01', '2013-12-31']]);
    // Not from "today", nor restating the date it follows.
    assert.deepEqual(read('We still live under it today, more than 200 years later.').map((date) => date[1]), ['2023-02-21', null]);
  });
});
