// Article text for the benchmarks: the repo's own prose, as a reader would
// paste it.
import { readdir, readFile } from 'node:fs/promises';

/** Every article in the repo, joined: the shipped ones and the parser's fixtures. */
export async function corpus() {
  const texts = [];
  for (const dir of ['content', 'tests/fixtures']) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) {
      texts.push(await readFile(`${dir}/${name}`, 'utf8'));
    }
  }
  return texts.join('\n\n');
}

/** `text` repeated to exactly `bytes` bytes' worth of characters. */
export function repeatedTo(text, bytes) {
  return text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes);
}
