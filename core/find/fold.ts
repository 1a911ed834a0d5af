/**
 * Text folded for searching, with the way back: `starts[i]`/`ends[i]` are the offsets in the original text of the
 * character that folded unit `i` came from, so a match found in the folded text selects the right original text.
 */
export interface FoldOptions {
  /** Upper and lower case differ. */
  matchCase: boolean;
  /** ｂｃ matches bc and ，matches , (NFKC compatibility folding); on by default in the UI. */
  ignoreWidth: boolean;
}

export interface Folded {
  text: string;
  starts: number[];
  ends: number[];
}

export function foldText(text: string, options: FoldOptions): Folded {
  const starts: number[] = [];
  const ends: number[] = [];
  let out = '';
  let at = 0;
  for (const char of text) {
    let folded = options.ignoreWidth ? char.normalize('NFKC') : char;
    if (!options.matchCase) folded = folded.toLowerCase();
    const end = at + char.length;
    for (let i = 0; i < folded.length; i++) {
      starts.push(at);
      ends.push(end);
    }
    out += folded;
    at = end;
  }
  return { text: out, starts, ends };
}

/** The query folded the same way (no way back needed). */
export function foldQuery(query: string, options: FoldOptions): string {
  return foldText(query, options).text;
}

/** Every non-overlapping occurrence of the folded query, as ranges of the original text, left to right. */
export function findInText(text: string, query: string, options: FoldOptions): { start: number; end: number }[] {
  const needle = foldQuery(query, options);
  if (needle === '' || text === '') return [];
  const folded = foldText(text, options);
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (;;) {
    const found = folded.text.indexOf(needle, from);
    if (found < 0) break;
    const last = found + needle.length - 1;
    const start = folded.starts[found]!;
    const end = folded.ends[last]!;
    // Two folded units of one original character (㈠ → (一)) cannot start two matches in it.
    if (out.length === 0 || start >= out[out.length - 1]!.end) out.push({ start, end });
    from = found + needle.length;
  }
  return out;
}
