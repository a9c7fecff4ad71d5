// Speakers in made-up articles written in styles the tuning corpus lacks: wire copy, agency quotes, translated news,
// British news in straight single marks, press releases, live blogs, bulleted statements, interviews with speaker
// labels, sports and court reports, colon labels, dash credits, multi-paragraph quotes, feature stories in the present
// tense ("says") with descriptions by age, tabloid copy, and a product recall, a court ruling, a football report, a
// drought story with agency names set off by commas, an interview's answers and showbiz copy; a tennis report ("the
// 19-year-old", "the Colombian"), an obituary, a feud between two mayors, a hometown feature ("His wife, Carol,"), a
// Commons report, an earnings story ("Chief financial officer Marcus Hale") and a Brussels story in three kinds of marks;
// a science story ("a microbiologist at …", "the journal …"), a police report ("Westbrook Police Chief Daniel Ferreira"),
// a product launch ("Analysts were divided.", "But Anika Sharma of Northpoint Securities") and a conflict report
// ("Beijing, meanwhile, warned against what it called “…”", "defense ministry press secretary Col. Andrei Lutsenko");
// an environment story with a quote run over three paragraphs and closed by "she said", a spokesman described before
// "He told …" and bullets after "The inspectorate's advice to residents was simple:", and a campaign donors' story
// ("Renata Pruett's deputy campaign manager, Leah Castellano, was more measured.", "his wife, Adaeze Baptiste,"); and
// a Senate hearing whose questions and answers alternate in quote-only paragraphs, with a protester known by one
// name ("a man who gave his name only as Ruben"), a teenager by her age ("Aaliyah Brennick, 16,") and "OʼNeill"; a
// cricket report in single marks (a quote run over two paragraphs, "The drop was described by … as ‘…’", "Tom Pryce’s
// absence …, and Bexley admitted …", "the England captain"), and world dispatches ("JAIPUR: …", "said Fr. Edwin
// Salvador", "The foreign minister of the … nation of Tavaru told", "in what campaigners are calling “…”"), and a
// front-line report ("NEAR VARNIK, Ukraine —", "said Cpl. …", "Staff Sgt. Ivan Long … Mr. Long", "Officials in Kyiv said",
// "The Russian embassy in London dismissed", "Abu Faisal al-Mutairi", "…, which said", "…, one woman says, …"); and jury
// selection in a civil trial ("Juror No. 7", "Juror No. 45 replied", a Spanish name's first surname alone, "Ortega
// objected twice. He said …", "Judge … cut in at one point", "…seriously." According to her prepared testimony, the
// facilities chief … will tell …).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';

const STYLES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'styles');

/**
 * Per article, each speech quote in order: the start of its text and its expected speaker (null: no one). A third
 * item says why the engine still misses that speaker; such a quote is listed but not checked.
 */
const EXPECTED: Record<string, [start: string, speaker: string | null, gap?: string][]> = {
  'science.txt': [
    ['"We were frankly', 'Lena Vasquez'],
    ['"The samples', 'Lena Vasquez'],
    ['"This is not a silver', 'Henrik Dahl'],
    ['"The conditions', 'Henrik Dahl'],
    ['"Extraordinary claims', 'Marcus Obi'],
    ['"within weeks', 'Henrik Dahl'],
    ['"If we can find', 'Lena Vasquez'],
    ['"That\'s the dream', 'Lena Vasquez'],
    ['"It\'s a promising', 'Ruth Okafor'],
    ['"but prevention', 'Ruth Okafor'],
  ],
  'police.txt': [
    ['"The suspects', 'Daniel Ferreira'],
    ['"I want to thank', 'Daniel Ferreira'],
    ['"They pointed', 'Amira Haddad'],
    ['"I just gave', 'Amira Haddad'],
    ['"maintains his', 'Sandra Kim'],
    ['"I heard screaming', 'Tom Walsh'],
    ['"You don\'t expect', 'Tom Walsh'],
    ['"That\'s part of', 'Jen Alvarez'],
    ['"Our officers', 'Gloria Stein'],
  ],
  'jury.txt': [
    ['"The nurses there', 'Juror No. 7'],
    ['"I don\'t think', 'Juror No. 7'],
    ['"a couple of articles"', 'Juror No. 22'],
    ['"I figure', 'Juror No. 22'],
    ['"That is basically', 'Juror No. 45'],
    ['"I\'d actually', 'Juror No. 45'],
    ['"We want people', 'Graciela Ortega Lugo'],
    ['"since at least 2019."', 'Paul Hendricks'],
    ['"That is not what I asked,"', 'Miriam Castellanos'],
    ['"Yes or no?"', 'Miriam Castellanos'],
    ['"taken every report', 'Millbrook Unified School District'],
    ['"passed every inspection', 'Renata Solís Prado'],
  ],
  'launch.txt': [
    ['"This is the biggest', 'Maya Lindqvist'],
    ['"We think people', 'Maya Lindqvist'],
    ['"The price is', 'Carlos Mendes'],
    ['"Foldable phones', 'Carlos Mendes'],
    ['"Orbis has a loyal', 'Anika Sharma'],
    ['"more than 200,000', 'Maya Lindqvist'],
    ['"We threw away', 'Tomas Berg'],
    ['"But that\'s how', 'Tomas Berg'],
  ],
  'conflict.txt': [
    ['"shown no serious', "Velmar's foreign ministry"],
    ['"We came to the table', 'Pavel Orlov'],
    ['"We will defend', 'Irena Kovač'],
    ['"There is no military', 'Amara Doucet'],
    ['"The windows shook', 'Olena'],
    ['"We sleep', 'Olena'],
    ['"very close', 'A senior Western diplomat'],
    ['"following the situation', 'Oleg Varin'],
    ['"a dangerous escalation', 'China'],
    ['"Our forces acted', 'Andrei Lutsenko'],
  ],
  'cricket.txt': [
    ['‘In the morning', 'Kemar Baptiste'],
    ['‘In the afternoon', 'Kemar Baptiste'],
    ['‘If we can get', 'Kemar Baptiste'],
    ['‘You can’t give', 'Harry Bexley'],
    ['‘We will look', 'Harry Bexley'],
    ['‘the most expensive', 'one former England captain'],
    ['‘We’d love', 'Harry Bexley'],
    ['‘Then we can', 'Harry Bexley'],
    ['‘He has worked', 'Harry Bexley'],
    ['‘We will know', 'Harry Bexley'],
  ],
  'dispatches.txt': [
    ['"negotiating over', 'foreign minister of the Pacific island nation of Tavaru'],
    ['"the last chance', 'campaigners'],
    ['"nothing to offer', 'Harsh Vardhan Solanki'],
    ['"win every seat', 'Harsh Vardhan Solanki'],
    ['"The warnings', 'Edwin Salvador'],
    ['"We translated', 'Edwin Salvador'],
    ['"did not know', 'Mila Tayag'],
    ['"running on fumes', 'a volunteer doctor at Northgate General Hospital'],
    ['"From Monday', 'Liza Marcelo'],
  ],
  'hearing.txt': [
    ['"How many', 'Dale Kirkwood'],
    ['"All of the ones', 'Marta Oyelaran'],
    ['"So not all', 'Dale Kirkwood'],
    ['"Not every', 'Marta Oyelaran'],
    ['"We will publish', 'Marta Oyelaran'],
    ['"It came down', 'Ruben'],
    ['"Nobody from', 'Ruben'],
    ['"I hear them', 'Aaliyah Brennick'],
    ['"This is the third', "Siobhán O'Neill"],
    ['"Tonight we start', 'Rosa Albright'],
  ],
  'river-bloom.txt': [
    ['“I have never', 'Marek Zielinski'],
    ['“Now I am', 'Marek Zielinski'],
    ['“We have known', 'Agnieszka Wrona'],
    ['“Every scientist who', 'Agnieszka Wrona'],
    ['“What we are', 'Agnieszka Wrona'],
    ['“tightened discharge', 'A spokesman'],
    ['“too early to', 'A spokesman'],
    ['“all options are', 'A spokesman'],
    ['“‘All options are', 'Agnieszka Wrona'],
    ['“It is the', 'Agnieszka Wrona'],
    ['“share data openly', 'Katrin Vogler'],
    ['“Do not swim', 'inspectorate'],
    ['“Do not touch', 'inspectorate'],
    ['“Report large numbers', 'inspectorate'],
    ['“I hoped I', 'Tomasz Bielecki'],
    ['“It turns out', 'Tomasz Bielecki'],
  ],
  'donor-retreat.txt': [
    ['"People came here', 'Harlan Mabry'],
    ['"Nobody has talked', 'Harlan Mabry'],
    ['"I\'m not a', 'Harlan Mabry'],
    ['"I\'m an investor.', 'Harlan Mabry'],
    ['"I don\'t need', 'Teddy Vashon', '"according to X" outranks the cue next to the quote, as the corpora we measure on credit it'],
    ['"landed like a', 'One of the people'],
    ['"The governor-in-waiting', 'Kendra Okonkwo'],
    ['"Anyone who says', 'Kendra Okonkwo'],
    ['"The primary is', 'Simone Aldergrove'],
    ['"We would rather', 'Simone Aldergrove'],
    ['"That\'s a shakedown', 'Cornelius Baptiste'],
    ['"It\'s politics, Neil.', 'Adaeze Baptiste'],
    ['"wide open."', 'Owen Lindqvist'],
    ['"The donor class', 'Owen Lindqvist'],
    ['"Voters don\'t care', 'Owen Lindqvist'],
    ['"done with amateurs,"', 'Felicity Haverford', 'a quote in a relative clause after the name ("who told the Journal that she was …") is not read'],
    ['"I came in', 'Felicity Haverford'],
    ['"Vashon is charming.', 'Felicity Haverford'],
    ['"maybe 60-40 to', 'Harlan Mabry'],
    ['"Ask me again', 'Harlan Mabry'],
    ['"reflects our', 'Reginald Stroud'],
    ['"If South Carolina', 'A Vashon adviser'],
    ['"Maybe more."', 'A Vashon adviser'],
  ],
  'wire.txt': [
    ['"We got what', 'Tomas Brenner'],
    ['"This deal gives', 'Ilse Marquardt'],
    ['"It was not an easy', 'Tomas Brenner'],
    ['"Some of our younger', 'Tomas Brenner'],
    ['"Every day the port', 'Karel Odenwald'],
    ['"I thank both sides', 'Karel Odenwald'],
    ['"The backlog', 'Marta Lindqvist'],
    ['"We are bringing', 'spokesperson'],
  ],
  'european.txt': [
    ['«We have waited', 'Anton Vesely'],
    ['«The mayor has promised', 'Petra Kolarova'],
    ['«The money from', 'Anton Vesely'],
    ['„If the tenders', 'Jonas Reiter'],
    ['„The decision', 'Miriam Sokol'],
    ['„I will believe', 'Hana Dvorak'],
  ],
  'liveblog.txt': [
    ['"This is a dangerous', 'Elena Marsh'],
    ['"Safety comes first', 'a company spokesman'],
    ['"The state will cover', 'Oskar Lindgren'],
    ['"Please do not drive', 'Nadia Petrov'],
    ['"You do not know', 'Nadia Petrov'],
    ['"Our crews will', 'Felix Haugen'],
    ['"The shelters', 'Ruth Sandberg'],
  ],
  'bullets.txt': [
    ['"turned words', 'Amara Okonjo'],
    ['"a beginning', 'Amara Okonjo'],
    ['"Small countries', 'Lukas Varga'],
    ['"the sea does', 'Ines Carvalho'],
    ['"far too little', 'Blue Shore'],
  ],
  'pressrelease.txt': [
    ['"This plant shows', 'Jane Roeder'],
    ['"We chose', 'Jane Roeder'],
    ['"Acmetron\'s investment', 'Georg Mahler'],
    ['"It will keep', 'Georg Mahler'],
    ['"We are proud', 'Sofia Brandt'],
    ['"Six hundred', 'Karl Weiss'],
  ],
  'colon-role.txt': [
    ['"We cannot keep', 'Viktor Hallberg'],
    ['"Health care', 'Ruth Engel'],
    ['"The prime minister wants', 'spokesperson'],
    ['"Closing these', 'Rural Medicine Association'],
    ['"They must understand', 'Emil Sorensen'],
    ['"no plan at all"', 'Greta Lund'],
  ],
  'translated.txt': [
    ['«Our teams', 'Serhiy Melnyk'],
    ['«The substation', 'governor'],
    ['«Specialists', 'press service of the ministry'],
    ['«We cannot put', 'Oksana Levchenko'],
    ['«They did', 'Oksana Levchenko'],
    ['«The system', 'Volodymyr Tkach'],
  ],
  'british.txt': [
    ["'I take full", 'Graham Whitley'],
    ["'My first job", 'Priya Chandra'],
    ["'We've had", 'Derek Holmes'],
    ["'It's a disgrace", 'Derek Holmes'],
    ["'Partly, yes", 'Sarah Lyle'],
    ["'long overdue'", 'A Conservative spokesman'],
    ["'I hope my", 'Graham Whitley'],
    ["'One resident wrote", 'Graham Whitley'],
  ],
  'agency.txt': [
    ['"open on Monday', 'Lidia Marek'],
    ['"Our staff are ready', 'Velland Customs Service'],
    ['"We lost a fortune', 'Stefan Horvat'],
    ['"Some of our members', 'Stefan Horvat'],
    ['"It never made', 'Ana Petrescu'],
    ['"within days"', 'Milan Kos'],
    ['"The crossing will be open', 'Goran Vidic'],
  ],
  'interview.txt': [
    ['"People think', 'Jan Kowalczyk'],
    ['"Ambulances had', 'Tadeusz Wrona'],
    ['"He will miss it', 'Anna Kowalczyk'],
    ['"Maybe I will', 'Jan Kowalczyk', 'a lone surname shared by two people is resolved to the one named last'],
  ],
  'sports.txt': [
    ['"I just closed', 'Leon Adeyemi'],
    ['"My mother', 'Leon Adeyemi'],
    ['"We kept the ball', 'Rosa Lindholm'],
    ['"Everyone in the stadium', 'Viktor Salo'],
    ['"It was a clear penalty', 'Erik Mansson'],
    ['"I did not see it', 'Rosa Lindholm'],
    ['"Westport will be harder', 'Leon Adeyemi'],
    ['"But we are not afraid', 'Leon Adeyemi'],
  ],
  'court.txt': [
    ['"sold the harbour', 'Hanna Lind'],
    ['"I never asked', 'Niklas Ostberg'],
    ['"You betrayed', 'Marcus Fell'],
    ['"This was a long', 'Sara Quist'],
    ['"The sentence is far', 'Paul Renner'],
  ],
  'chains.txt': [
    ['"I know every', 'Martha Quinlan'],
    ['"We have been doing', 'Robert Ashdown'],
    ['"Fernbridge deserves', 'Robert Ashdown'],
    ['"Old-fashioned', 'Martha Quinlan'],
    ['"That is all', 'Martha Quinlan'],
    ['"It will come down', 'Lydia Moreau'],
    ['"Polls do not vote', 'Robert Ashdown'],
    ['"We have printed', 'Peter Vance'],
    ['"just in case', 'Peter Vance'],
  ],
  'dashes.txt': [
    ['"I love this job', 'Beatrice Owusu'],
    ['"We are not asking', 'Samuel Okafor'],
    ['"My daughter', 'Carla Mendes'],
    ['"Our door is open', 'Frank Ellison'],
    ['"We want to reach', 'Frank Ellison'],
    ['"The director\'s door', 'Helen Stroud'],
  ],
  'feature.txt': [
    ['"People ask me', 'Emil Brandvold'],
    ['"I tell them', 'Emil Brandvold'],
    ['"He goes out', 'Sigrid Brandvold'],
    ['"Last winter', 'Sigrid Brandvold'],
    ['"long overdue"', 'Paul Okonkwo'],
    ['"A bridge will cut', 'Paul Okonkwo'],
    ['"We cannot keep', 'Paul Okonkwo'],
    ['"Once the bridge opens', 'Lena Vik'],
    ['"They will drive', 'Lena Vik'],
    ['"Let them build it', 'Emil Brandvold'],
    ['"I will still be', 'Emil Brandvold'],
  ],
  'tabloid.txt': [
    ['"a scandal"', 'Furious residents'],
    ['"The roads are worse', 'Karen Price'],
    ['"Derek has served', 'Fiona Grant'],
    ['"This is too little', 'Tom Baker'],
    ['"met every term', 'A spokesman for the contractor'],
  ],
  'flood.txt': [
    ['"I woke up', 'Agnes Moll'],
    ['"We told them', 'Piet Dekker'],
    ['"Nobody listened', 'Piet Dekker'],
    ['"They passed every test', 'a spokeswoman for the water board'],
    ['"People deserve answers', 'two members of parliament'],
    ['"Someone cut corners', 'Lotte Brand'],
    ['"I intend to find out', 'Lotte Brand'],
    ['"This is not the time', 'Ruud Smit'],
    ['"It could have been', 'Joris Veen'],
    ['"We were lucky', 'Joris Veen'],
    ['"The ground is saturated', 'Ilse de Wit'],
    ['"Any more rain', 'Ilse de Wit'],
  ],
  'strike.txt': [
    ['"We are not going back', 'Kwame Mensah'],
    ['"That offer is fair', 'Ingrid Solberg'],
    ['"The union should', 'Ingrid Solberg'],
    ['"an insult."', 'Kwame Mensah'],
    ['"I have a mortgage', 'One crane driver'],
    ['"If we give in now', 'Tomasz Nowak'],
    ['"Every day the port', 'Chamber of Shipping'],
    ['"Nobody wins', 'Ayesha Rahman'],
    ['"We have always been ready', 'Ingrid Solberg'],
  ],
  'hospital.txt': [
    ['"This is the wrong decision', 'Farah Qureshi'],
    ['"secure care', 'Colin Marsh'],
    ['"Not one nurse', 'Colin Marsh'],
    ['"We have the documents', 'Bronwyn Ellis'],
    ['"They say one thing', 'Bronwyn Ellis'],
    ['"I had both my children', 'Joanne Pike'],
    ['"Where will my daughter', 'Joanne Pike'],
    ['"Honestly, I just want', 'Derek Hale'],
    ['"If the merger does that', 'Derek Hale'],
    ['"The public has spoken', 'Amit Sen'],
    ['"Surveys don\'t deliver', 'Colin Marsh'],
    ['"Doctors do.', 'Colin Marsh'],
    ['"breathtakingly arrogant', 'Farah Qureshi'],
  ],
  'market.txt': [
    ['"Without light', 'Chidinma Okafor'],
    ['"Business is good', 'Tunde Bakare'],
    ['"Supply will improve', 'Oluwaseun Adeyemi'],
    ['"We have heard', 'Ngozi Eze'],
    ['"We will connect', 'Xiong Wei'],
    ['"I will believe it', 'Chidinma Okafor'],
  ],
  'summit.txt': [
    ['"The forest is not', 'Luiz Inácio Lula da Silva'],
    ['"It is the lungs', 'Luiz Inácio Lula da Silva'],
    ['"We have heard promises', 'Maria Tereza Santos'],
    ['"We need action', 'Maria Tereza Santos'],
    ['"My people have', 'Raoni Metuktire'],
  ],
  'recall.txt': [
    ['"melting or scorching', 'Lumora Group'],
    ['"Customer safety', 'Hanne Vogel'],
    ['"We are acting', 'Hanne Vogel'],
    ['"no evidence', 'Julie Tremblay'],
    ['"reputational risk', 'Analysts at Harwick Securities'],
    ['"months too late', 'Marcus Leland'],
    ['"Families were using', 'Marcus Leland'],
  ],
  'ruling.txt': [
    ['"cannot be squared', 'Renata Okafor'],
    ['"The court has substituted', 'Phil Danner'],
    ['"Today the court', 'Leah Brandt'],
    ['"judicial activism', 'Gordon Whitlow'],
    ['"reviewing our options', 'Maria Ruiz'],
    ['"We expected this', 'one Republican aide'],
    ['"Nobody thought', 'one Republican aide'],
  ],
  'football.txt': [
    ['"I told the lads', 'Fiona Hale'],
    ['"They believed it', 'Fiona Hale'],
    ['"It\'s the best day', 'Idris Kane'],
    ['"I just hit it', 'Idris Kane'],
    ['"Their first goal', 'Danny Roe'],
    ['"Everyone in the ground', 'Danny Roe'],
    ['"We go again', 'Fiona Hale'],
  ],
  'drought.txt': [
    ['"This is a temporary', 'Aquanor'],
    ['"sleeping through', 'Agrifed'],
    ['"We warned last year', 'Karin Solberg'],
    ['"the system was built', 'Pieter Vonk'],
    ['"We bring buckets', 'Ana Lisboa'],
    ['"My grandmother', 'Ana Lisboa'],
  ],
  'qa.txt': [
    ['"Build it and they will come', 'Tomasz Wrona'],
    ['"cherry-picking', 'Agnieszka Bal'],
  ],
  'showbiz.txt': [
    ['"They have been living', 'A source close to the couple'],
    ['"asks for privacy', 'her publicist'],
    ['"Not today', 'Dean Marsh'],
    ['"Kira didn\'t want', 'one pal'],
  ],
  'multipara.txt': [
    ['"People think', 'Jan Kowalczyk'],
    ['"but every day', 'Jan Kowalczyk'],
    ['"The water came up', 'Anna Kowalczyk'],
    ['"We stayed there', 'Anna Kowalczyk'],
    ['"He will miss it', 'Anna Kowalczyk'],
    ['"Ambulances had', 'Tadeusz Wrona'],
    ['"We will not throw', 'Tadeusz Wrona'],
    ['"Maybe I will', 'Jan Kowalczyk', 'a lone surname shared by two people, before "himself", is not found as a person'],
    ['"The ferry was our lifeline', 'Tadeusz Wrona'],
    ['"But a bridge', 'Tadeusz Wrona'],
  ],
  'tennis.txt': [
    ['"I still can\'t believe', 'Ingrid Halvorsen'],
    ['"I came here hoping', 'Ingrid Halvorsen'],
    ['"She played better', 'Camila Restrepo'],
    ['"That\'s tennis', 'Camila Restrepo'],
    ['"She was nervous', 'Erik Dahl'],
    ['"She has no fear', 'Mei Tanaka'],
    ['"Ask me on Sunday', 'Ingrid Halvorsen'],
  ],
  'obituary.txt': [
    ['"She was operating', 'Daniel Ellery'],
    ['"lacked the temperament', 'a professor', 'the speaker is the agent of a passive ("being told by a professor that …")'],
    ['"I decided then', 'Margaret Ellery'],
    ['"She expected perfection', 'Alan Morrow'],
    ['"But she never once', 'Alan Morrow'],
    ['"a giant of British medicine', 'Royal College of Surgeons'],
  ],
  'feud.txt': [
    ['"Peter knows', 'Greg Hollis'],
    ['"Greg is living', 'Peter Vance'],
    ['"We ask only', 'Peter Vance'],
    ['"We will go to court', 'Peter Vance'],
    ['"My job is to measure', 'Lydia Moss'],
  ],
  'hometown.txt': [
    ['"I\'d worked there', 'Paul Dorsey'],
    ['"You don\'t just walk', 'Paul Dorsey'],
    ['"Then my granddaughter', 'Paul Dorsey'],
    ['"He\'s a different man', 'Carol'],
    ['"He laughs again', 'Carol'],
    ['"We have the river', 'Denise Kowalski'],
    ['"What we don\'t have', 'Denise Kowalski'],
    ['"They\'ve been saying', 'Paul Dorsey'],
    ['"I\'ll believe it', 'Paul Dorsey'],
  ],
  'commons.txt': [
    ['"We inherited', 'Joanna Pell'],
    ['"a national scandal', 'Idris Mwangi'],
    ['"Every one of those', 'Idris Mwangi'],
    ['"Patients do not care', 'Ralph Hume'],
    ['"They care how long', 'Ralph Hume'],
    ['"no surprise', 'Royal College of Nursing'],
    ['"full confidence', 'Downing Street'],
    ['"I\'ve got a job', 'Joanna Pell'],
  ],
  'earnings.txt': [
    ['"We have never seen', 'Lena Okoro'],
    ['"Every customer', 'Lena Okoro'],
    ['"Think of it', 'Marcus Hale'],
    ['"The numbers speak', 'Priya Desai'],
    ['"Veltrix is executing', 'Priya Desai'],
    ['"Any hiccup', 'Dan Whitcombe'],
    ['"They\'re a fine company', 'Lena Okoro'],
    ['"But we are two years', 'Lena Okoro'],
    ['"remains confident', 'Veltrix'],
  ],
  'frontline.txt': [
    ['"We are tired.', 'Taras Hnatyuk'],
    ['"But tired', 'Taras Hnatyuk'],
    ['"The line held', 'Mykola Sirenko'],
    ['"They come at night', 'Ivan Long'],
    ['"a deliberate attempt', 'Officials'],
    ['"another episode', 'embassy'],
    ['"only military targets', 'embassy'],
    ['"Both sides', 'Abu Faisal al-Mutairi'],
    ['"Now we will see', 'Abu Faisal al-Mutairi'],
    ['"stay open', 'Medline Aid'],
    ['"My grandchildren', 'one woman'],
    ['"a ten-kilometre zone', 'Halyna Bortnyk'],
  ],
  'brussels.txt': [
    ['«The law as it stands', 'Elke Brandauer'],
    ['«We will not hesitate', 'Elke Brandauer'],
    ['„interference', 'Radu Ilescu'],
    ['„foreign propaganda', 'Radu Ilescu'],
    ['„Brussels should worry', 'Radu Ilescu'],
    ['"Three of our reporters', 'Mila Petrescu'],
    ['"The others are afraid', 'Mila Petrescu'],
    ['"All options', 'Elke Brandauer'],
    ['"about sovereignty', 'Gheorghe Lazar'],
  ],
};

describe('speakers in articles of other news styles', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const analysis = analyze(fs.readFileSync(path.join(STYLES, file), 'utf8'));
      const speech = analysis.quotes.filter((quote) => quote.kind === 'speech');
      const checked = (start: string) => expected.some(([known, , gap]) => known === start && gap !== undefined) === false;
      const found = speech
        .map((quote) => [expected.find(([start]) => quote.text.startsWith(start))?.[0] ?? quote.text, quote.speaker?.name ?? null])
        .filter(([start]) => checked(start!));
      assert.deepEqual(found, expected.filter(([, , gap]) => gap === undefined).map(([start, speaker]) => [start, speaker]));
    });
  }
});

describe('apostrophes written ʼ (U+02BC)', () => {
  /** Every quote's speaker and date, with the apostrophes of names read alike. */
  const credits = (text: string) => analyze(text).quotes.map((quote) => [quote.start, quote.speaker?.name.replace(/[ʼ’]/g, "'") ?? null, quote.date]);

  for (const file of Object.keys(EXPECTED)) {
    it(`${file}: the same speakers and dates as with ’ and '`, () => {
      const text = fs.readFileSync(path.join(STYLES, file), 'utf8');
      const withModifierLetters = text.replace(/(?<=\p{L})['’](?=\p{L})/gu, 'ʼ');
      assert.deepEqual(credits(withModifierLetters), credits(text));
    });
  }
});
