/**
 * The genre of an article's text in one language, read once from the dictionary pass, before any rule runs.
 *
 * Most of the product's articles are news; a few rules serve another genre only (issue 18's audit): the sports
 * pages' score tables, line-ups and scorecards (sports-pages.ts), a club named by its city (Barcelona beat
 * Valencia), a team named by a capitalized plural (the Colts) or by a word for part of a team (دفاع الجزيرة). An
 * Extractor that names a genre runs only on text of that genre, and the rules inside a news extractor that
 * serve sports ask `doc.lex[lang].genre`. So a news article never pays for them nor gets their mistakes (a month
 * in a table of cash balances read as a team).
 *
 * Sports: three words of the sports vocabulary (resource organizations.sports_words: the names of sports, the
 * words of a match, a league and a scorecard) written as they stand in the language's text, no proclitic
 * taken off. News otherwise: a news story holds two of them often enough (الهدف the aim and فريق a response
 * team; fans, a goal), and Rome read as AS Roma, a family as a team, cost the NER dev splits more than the
 * third word costs the sports pages.
 */
import type { Lexicon, Hits } from '../lexicon/match.js';
import type { Genre } from '../core/types.js';

/** The lexicon category whose words make a sports story. */
export const SPORTS_WORDS = 'organizations.sports_words';
/** How many of them, as written, make one (two misread news stories as sports: ANERcorp dev 79.0 -> 79.2, CoNLL dev 88.6 -> 88.7 at three). */
const SPORTS_MIN = 3;

/** The genre the dictionary pass's hits in a language's regions show. */
export function genreOf(lexicon: Lexicon, hits: Hits): Genre {
  const c = lexicon.cat(SPORTS_WORDS);
  if (c < 0) return 'news';
  let n = 0;
  for (let k = 0; k < hits.length; k++) if (hits.cat[k] === c && hits.pre[k] === 0 && ++n >= SPORTS_MIN) return 'sports';
  return 'news';
}
