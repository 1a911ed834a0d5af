/**
 * Just enough WordprocessingML reading for a letterhead, without a DOM (core runs anywhere): elements found by
 * name, attributes by name, text decoded. Never used to rewrite XML, only to pick numbers and text out of it.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** Every `<tag …>…</tag>` (or self-closed `<tag …/>`) element's source, outermost first, in document order. */
export function elements(xml: string, tag: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${tag}(?=[\\s/>])`, 'g');
  let match: RegExpExecArray | null;
  while ((match = open.exec(xml))) {
    const start = match.index;
    const headEnd = xml.indexOf('>', start);
    if (headEnd < 0) break;
    if (xml[headEnd - 1] === '/') {
      out.push(xml.slice(start, headEnd + 1));
      open.lastIndex = headEnd + 1;
      continue;
    }
    const close = xml.indexOf(`</${tag}>`, headEnd);
    if (close < 0) break;
    const end = close + tag.length + 3;
    out.push(xml.slice(start, end));
    open.lastIndex = end;
  }
  return out;
}

export function first(xml: string, tag: string): string | undefined {
  return elements(xml, tag)[0];
}

/** An attribute of the element's start tag: `attr(el, 'w:val')`. */
export function attr(element: string | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const head = element.slice(0, element.indexOf('>') + 1);
  const match = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(head);
  return match?.[1] === undefined ? undefined : decodeXmlText(match[1]);
}

export function numberAttr(element: string | undefined, name: string): number | undefined {
  const value = attr(element, name);
  const number = value === undefined ? NaN : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** The text of a paragraph: its `<w:t>` runs joined, tabs as spaces. */
export function paragraphText(paragraph: string): string {
  return elements(paragraph, 'w:t')
    .map((t) => decodeXmlText(t.replace(/^<w:t[^>]*>/, '').replace(/<\/w:t>$/, '').replace(/^<w:t[^>]*\/>$/, '')))
    .join('')
    .trim();
}

/** Relationship id → target, from a `.rels` part. */
export function relationships(xml: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const rel of elements(xml ?? '', 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target && attr(rel, 'TargetMode') !== 'External') map.set(id, target);
  }
  return map;
}

/** A relationship target resolved against the folder of the part that holds it (`word/`). */
export function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${base}/${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
