// Writes src/extract/word_frequency.txt, the parser's table of how common
// English words are, from the npm package norvig-frequencies (BSD; Peter
// Norvig's counts of the Google Books Ngram corpus, "English Letter
// Frequency Counts: Mayzner Revisited"). Run by `./run lexicon`; a test
// checks the file's form.
//
// The words among the 8,191 most frequent with three letters or more,
// a-z only: one line each, the word, a tab, then its frequency class as a
// letter, `a` for the commonest ("the": rank 1) to `m` (ranks 4,096 to
// 8,191): the class is floor(log2(rank)), so each class holds words about
// half as frequent as the one before. Twice as many words (16,383) cost
// twice the bytes in the worker and changed no theme of the corpus. Sorted by byte, so the parser binary-searches
// the text as it is. A word not in the table is rarer than all of these.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ranked = require('norvig-frequencies').map((word) => word.trim().toLowerCase());

const TOP = 8191;
const MIN = 3;

const seen = new Set();
const lines = ranked
  .slice(0, TOP)
  .map((word, i) => [word, Math.floor(Math.log2(i + 1))])
  .filter(([word]) => /^[a-z]+$/.test(word) && word.length >= MIN && !seen.has(word) && seen.add(word))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([word, c]) => `${word}\t${String.fromCharCode(97 + c)}`);

const out = fileURLToPath(new URL('../src/extract/word_frequency.txt', import.meta.url));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${lines.length} words`);
