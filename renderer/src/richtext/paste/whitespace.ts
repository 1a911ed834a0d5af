import type { TextLeaf } from '../../../../core/model/index.ts';

/** HTML's collapsible white space. Not \s: the ideographic space U+3000 that indents Chinese paragraphs is text. */
const COLLAPSIBLE = /[ \t\n\r\f\u00a0]/;
const LINE_BREAK = /[\n\r]/;
/** Han, kana, hangul and full-width punctuation: a source line break between two of these is not a space. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Collapses white space the way a browser lays out HTML, across leaf boundaries: runs become one space, the
 * block's leading and trailing space goes, and a line break in the source between two CJK characters (Word and
 * WPS wrap their HTML) disappears instead of becoming a space inside a Chinese sentence. Non-breaking spaces count
 * as spaces: Word pads with them. Empty leaves are dropped and neighbours with equal marks merged.
 */
export function collapseWhitespace(leaves: readonly TextLeaf[]): TextLeaf[] {
  const texts = leaves.map(() => '');
  // The kept space belongs to the leaf where the run began, as in a browser: "First <b>bold</b>" keeps it plain.
  let pending: { owner: number; newlineOnly: boolean } | undefined;
  let last = '';
  leaves.forEach((leaf, index) => {
    for (const char of leaf.text) {
      if (COLLAPSIBLE.test(char)) {
        const newlineOnly = (pending ? pending.newlineOnly : true) && LINE_BREAK.test(char);
        pending = { owner: pending ? pending.owner : index, newlineOnly };
        continue;
      }
      if (pending && last !== '' && !(pending.newlineOnly && CJK.test(last) && CJK.test(char))) texts[pending.owner] += ' ';
      pending = undefined;
      texts[index] += char;
      last = char;
    }
  });
  const out: TextLeaf[] = [];
  leaves.forEach((leaf, index) => {
    const text = texts[index] ?? '';
    if (text) push(out, { ...leaf, text });
  });
  return out;
}

function push(out: TextLeaf[], leaf: TextLeaf): void {
  const previous = out.at(-1);
  if (previous && sameMarks(previous, leaf)) previous.text += leaf.text;
  else out.push(leaf);
}

function sameMarks(a: TextLeaf, b: TextLeaf): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);
}
