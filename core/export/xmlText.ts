/**
 * Characters XML 1.0 and HTML both refuse: C0 controls other than tab/LF/CR, DEL and the C1 block, lone
 * surrogates and the noncharacters U+FFFE/U+FFFF. Dropped rather than escaped: no reference makes them legal.
 * One of them in a DOCX part makes Word call the whole file corrupt; in HTML it is a parse error. Every exporter
 * passes user text through this.
 */
function isForbidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function stripForbidden(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let drop = isForbidden(code);
    if (isHigh(code)) {
      if (isLow(text.charCodeAt(i + 1))) {
        i += 1;
        continue;
      }
      drop = true;
    } else if (isLow(code)) {
      drop = true;
    }
    if (drop) {
      out += text.slice(kept, i);
      kept = i + 1;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}
