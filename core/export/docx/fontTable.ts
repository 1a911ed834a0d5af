import type { FontRole, TemplateManifest } from '../../template/index.ts';
import { docxAltFace, docxFace, FONT_FACTS } from './fontFacts.ts';

const GENERICS = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every font role the DOCX sets text in. */
function roles(manifest: TemplateManifest): FontRole[] {
  const { fonts, headings, masthead, pageNumbers, captions, distribution } = manifest;
  return [fonts.body, fonts.title, fonts.subtitle, fonts.table, ...headings.map((h) => h.font), masthead.nameFont, pageNumbers.font, captions.font, distribution.font];
}

function fontEntry(name: string, alt: string | undefined, eastAsia: boolean): string {
  const facts = FONT_FACTS[name];
  // A CJK face nobody told us about is still GB2312 text: say so, so Word substitutes a Chinese face for it.
  const charset = facts?.charset ?? (eastAsia ? '86' : '00');
  const family = facts?.family ?? 'auto';
  const pitch = facts?.pitch ?? 'variable';
  return (
    `<w:font w:name="${attr(name)}">` +
    (alt ? `<w:altName w:val="${attr(alt)}"/>` : '') +
    (facts?.panose ? `<w:panose1 w:val="${facts.panose}"/>` : '') +
    `<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`
  );
}

/**
 * word/fontTable.xml: each face the document names, with what Word substitutes by (charset, family, panose) and
 * an alternative name. The docx library writes the table empty, which leaves Word and LibreOffice to guess.
 */
export function fontTableXml(manifest: TemplateManifest): string {
  const entries = new Map<string, string>();
  for (const role of roles(manifest)) {
    const latin = role.latin.filter((n) => !GENERICS.has(n.toLowerCase()));
    const eastAsia = role.eastAsia.filter((n) => !GENERICS.has(n.toLowerCase()));
    const latinFace = docxFace(latin);
    const eastFace = docxFace(eastAsia);
    if (latinFace && !entries.has(latinFace)) entries.set(latinFace, fontEntry(latinFace, docxAltFace(latin), false));
    if (eastFace && !entries.has(eastFace)) entries.set(eastFace, fontEntry(eastFace, docxAltFace(eastAsia), true));
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    [...entries.values()].join('') +
    '</w:fonts>'
  );
}
