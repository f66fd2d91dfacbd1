/**
 * The sports pages' rules, a genre's (src/extractors/genre.ts): they run only on text the dictionary pass shows to be
 * sports (two sports words), where CoNLL-2003's 1996 wire pages of results and standings earn them their place
 * (issue 18's audit; npm run ablation), and never on news, where a table of cash balances or a press digest gave
 * them only mistakes.
 *  - en/entity/team-in-table: the names in a score or standings line (Barnsley 3 Portsmouth 1;
 *    Feyenoord 17 11 3 3 29 20 36) or a fixtures line (NY RANGERS AT PITTSBURGH), and a player's club in
 *    brackets (Billy Dodds ( Aberdeen )), are teams, organizations, even when they are cities; a country
 *    stays a place (national sides), a line opening with a rank (5. Korneilus Hole) lists people;
 *  - en/entity/lineup-name, scorecard-name: people listed by the shape of a sports page — a
 *    line-up (7 - Tomas Kerwin ,), a cricket scorecard (Tariq Mahmood c Dunmore b Falkner 59;
 *    Bowling : Okafor 8-1-60-0).
 * Arabic has none yet (its sports rules, a team by a word for part of a team, live in organizations.ts and ask the genre).
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, Extractor, MentionCandidate, Region } from '../core/types.js';
import { alt, capitalized, lookupKey } from './patterns.js';
import { NAME_WORD, eachLine, lineWords, type NameFacts, type Word } from './proper-names.js';

/** A score, a standings figure, a win percentage (.536) or half a game (1/2); not a price or a quantity with decimals (121.3) */
const SCORE = /^(?:[0-9]{1,3}(?:[-:][0-9]{1,3})?|\.[0-9]{3}|[0-9]\/[0-9]|-)$/;
/** A number with decimals: a market or results table of prices and times, not of teams */
const DECIMAL = /^[0-9]+\.[0-9]+$/;

export function sportsPageExtractors(lang: Lang, res: LangResources, kb: readonly KbEntry[], facts: NameFacts | null): Extractor<'mentions'>[] {
  if (lang !== 'en' || !facts) return [];
  const o = res.organizations;
  const { known, placeKind, placeKindOf, givenNames, functionWords, placeHeads, orgHeads, mention } = facts;
  const tableWords = new Set(o.table_words);
  const rule = (what: string) => `en/entity/${what}`;
  const person = (start: number, name: string, what: string): MentionCandidate => ({
    start,
    end: start + name.length,
    rule: rule(what),
    type: 'person',
    key: `person:${name.replace(/[ \t]+/g, ' ').toLowerCase()}`,
    name: '',
  });
  // sports pages list people by shape: a line-up (7 - Tomas Kerwin ,), a cricket scorecard (Tariq Mahmood c
  // Dunmore b Falkner 59; Okafor 8-1-60-0)
  const particles = alt(res['given-names'].particles);
  const PNAME = `(?:${NAME_WORD}|[A-Z]\\.)(?:[ \\t](?:(?:${particles})[ \\t])*(?:${NAME_WORD}|[A-Z]\\.)){0,3}`;
  const lineupRe = new RegExp(`(?:^|[,;:(-][ \\t]*)[0-9]{1,2}[ \\t]+-[ \\t]+(?<name>${PNAME})(?=[ \\t]*(?:[0-9]{1,3}[ \\t]*)?(?:[,;)(.]|$))`, 'g');
  // (the one-letter dismissals, c b st, also name who caught, bowled or stumped: c Healy b Gillespie)
  const single = o.scorecard_words.filter((w) => /^[a-z]{1,2}$/.test(w));
  const battingRe = o.scorecard_words.length ? new RegExp(`^[ \\t]*(?<name>${PNAME})[ \\t]+(?:${alt(o.scorecard_words)})[ \\t]`) : null;
  const dismissalRe = single.length ? new RegExp(`(?<![A-Za-z])(?:${alt(single)})[ \\t]+(?<name>${PNAME})(?=[ \\t]+(?:${alt(single)}[ \\t]|[0-9]))`, 'g') : null;
  const bowlingRe = new RegExp(`(?:^|[:,][ \\t]*)(?<name>${PNAME})[ \\t]+[0-9]{1,2}(?:\\.[0-9])?-[0-9]{1,2}-[0-9]{1,3}-[0-9]{1,2}(?![0-9])`, 'g');
  const sportsPeople = (text: string, from: number, to: number, out: MentionCandidate[]) => {
    const line = text.slice(from, to);
    if (!/[0-9]/.test(line)) return;
    const add = (at: number, name: string, what: string) => {
      const n = name.replace(/[ \t]+$/, '');
      if (!known.has(n) && !placeKind.has(n) && !functionWords.has(lookupKey(n))) out.push(person(from + at, n, what));
    };
    for (const m of line.matchAll(lineupRe)) add(m.index! + m[0].length - m.groups!.name.length, m.groups!.name, 'lineup-name');
    const bat = battingRe?.exec(line);
    if (bat && dismissalRe) {
      add(bat[0].indexOf(bat.groups!.name), bat.groups!.name, 'scorecard-name');
      for (const m of line.matchAll(dismissalRe)) add(m.index! + m[0].length - m.groups!.name.length, m.groups!.name, 'scorecard-name');
    }
    for (const m of line.matchAll(bowlingRe)) add(m.index! + m[0].indexOf(m.groups!.name), m.groups!.name, 'scorecard-name');
  };
  /**
   * A player and his club in brackets, as squad lists and scorer tables give them (Billy Dodds ( Aberdeen ),
   * Paulo Bento ( Oviedo , Spain )): a given name opens the player's name, and the club is a town of the
   * knowledge base's cities (a country or a nation in brackets is the player's nationality).
   */
  const playerClubRe = new RegExp(`(?<![A-Za-z])(?<player>(?:${NAME_WORD})(?:[ \t](?:${NAME_WORD})){1,2})[ \t]\\([ \t](?<club>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]?(?:,[ \t][A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t])?\\)`, 'g');
  // (towns only, the gazetteer's cities (ids city-*): England, Scotland in brackets are a player's nation)
  const towns = new Set(kb.filter((e) => e.type === 'location' && e.id.startsWith('city-')).flatMap((e) => e.aliases.en));
  const playerClubs = (text: string, from: number, to: number, out: MentionCandidate[]) => {
    const line = text.slice(from, to);
    if (!line.includes('(')) return;
    for (const m of line.matchAll(playerClubRe)) {
      const club = m.groups!.club;
      if (!givenNames.has(m.groups!.player.split(/[ \t]/)[0]) || !towns.has(club)) continue;
      const at = from + m.index! + m[0].indexOf('(') + m[0].slice(m[0].indexOf('(')).indexOf(club);
      out.push(mention(at, at + club.length, club, 'team-in-table', 'organization'));
    }
  };

  /** A score or standings line: capitalized names, brackets and scores only, at least two scores. */
  const tableLine = (ws: Word[], out: MentionCandidate[], text: string) => {
    if (ws.length < 3 || ws.length > 24) return;
    if (/^[0-9]+\.?$/.test(ws[0].text)) return; // 5. Korneilus Hole ( Norway ) 23.92: people ranked
    let scores = 0;
    let inside = 0;
    for (const [n, w] of ws.entries()) {
      if (DECIMAL.test(w.text)) return; // Wheat 121 130 121.3: prices, not scores
      if (w.text === '(') inside++;
      else if (w.text === ')') inside = Math.max(0, inside - 1);
      else if (SCORE.test(w.text)) {
        // (a number glued to a word by its hyphen is part of that word, UNDER-21, not a score)
        if (!inside && !(n > 0 && ws[n - 1].end === w.start && ws[n - 1].text.endsWith('-'))) scores++;
      }
      // (inside brackets, scorers and their minutes: ( Pellow 43 , 46 penalty ); a comma or a final stop between entries)
      else if (!(capitalized(w.text) || tableWords.has(w.text) || inside > 0 || w.text === ',' || w.text === '.')) return;
    }
    if (scores < 2) return;
    let i = 0;
    let depth = 0;
    while (i < ws.length) {
      const w = ws[i].text;
      if (w === '(') depth++;
      if (w === ')') depth = Math.max(0, depth - 1);
      if (depth > 0 || !capitalized(w) || SCORE.test(w)) {
        i++;
        continue;
      }
      let j = i;
      while (j < ws.length && capitalized(ws[j].text) && !SCORE.test(ws[j].text)) j++;
      // a name is followed by a score or a bracket; a country is a national side (a place)
      if (j < ws.length && (SCORE.test(ws[j].text) || ws[j].text === '(')) {
        const name = text.slice(ws[i].start, ws[j - 1].end);
        // a given name and a surname is a person (7-1 Mateo Ruiz: odds on players; Rovers - Dragan Ilic 21)
        // (not when the last word is a place's or an organization's head: Ross County, Ross Rovers)
        const lastWord = lookupKey(ws[j - 1].text);
        const isPerson = j - i >= 2 && j - i <= 3 && givenNames.has(ws[i].text) && !known.has(name) && !placeKind.has(name) && !placeHeads.has(lastWord) && !orgHeads.has(lastWord);
        if (!isPerson && placeKind.get(name) !== 'country' && !functionWords.has(lookupKey(name)) && !(known.has(name) && !placeKind.has(name))) out.push(mention(ws[i].start, ws[j - 1].end, name, 'team-in-table', 'organization'));
      }
      i = j;
    }
  };

  /**
   * A fixtures line: one to four capitalized words, a fixture word, one to four more, and nothing else (NY JETS
   * AT NEW ENGLAND): the names are teams, but the name after AT is where the game is played, as the sports
   * pages' 'at' means it, and is left to the other rules.
   */
  const fixtureWords = new Set(o.fixture_words);
  const fixtureLine = (ws: Word[], out: MentionCandidate[], text: string) => {
    if (ws.length < 3 || ws.length > 9) return;
    const k = ws.findIndex((w) => fixtureWords.has(w.text));
    if (k < 1 || k > 4 || ws.length - k - 1 < 1 || ws.length - k - 1 > 4) return;
    const sides = [ws.slice(0, k), ws.slice(k + 1)];
    // (capitalized words only: a sentence in prose, Smith at Oxford said, has lower-case words around it)
    if (!sides.every((side) => side.every((w) => /^[A-Z][A-Za-z.'’&-]*$/.test(w.text) && !fixtureWords.has(w.text)))) return;
    // (after AT the game's venue: a known place there is the place, DALLAS AT ARIZONA; v and vs join two teams)
    const venue = /^at$/i.test(ws[k].text);
    for (const [n, side] of sides.entries()) {
      const name = text.slice(side[0].start, side[side.length - 1].end);
      if (placeKindOf(name) === 'country' || (known.has(name) && !placeKindOf(name)) || functionWords.has(lookupKey(name))) continue;
      // (the venue is left to the other rules)
      if (venue && n === 1) continue;
      out.push(mention(side[0].start, side[side.length - 1].end, name, 'team-in-table', 'organization'));
    }
  };

  return [
    {
      name: rule('team-in-table'),
      lang,
      dimension: 'mentions',
      rules: [rule('team-in-table'), rule('lineup-name'), rule('scorecard-name')],
      genre: 'sports',
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const out: MentionCandidate[] = [];
        const text = doc.text;
        eachLine(text, regions, (lineStart, lineEnd) => {
          const ws = lineWords(doc, lineStart, lineEnd);
          tableLine(ws, out, text);
          fixtureLine(ws, out, text);
          playerClubs(text, lineStart, lineEnd, out);
          sportsPeople(text, lineStart, lineEnd, out);
        });
        return out;
      },
    },
  ];
}
