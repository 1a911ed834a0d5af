import { describe, expect, it } from 'vitest';
import { printHtml, CONTENT_SECURITY_POLICY } from '../core/export/html/index.ts';
import { fontFamily } from '../core/export/html/fonts.ts';
import { base64 } from '../core/export/html/dataUri.ts';
import { cssString, escapeHtml, stripForbidden } from '../core/export/html/escape.ts';
import { pageNumberContent } from '../core/export/html/pageCss.ts';
import type { Template } from '../core/template/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';

const cn = await builtinTemplate('cn-work-briefing');
const en = await builtinTemplate('en-visit-report');
const cnHtml = printHtml(sampleDocument('zh-CN'), cn);
const enHtml = printHtml(sampleDocument('en'), en);

/** `toContain` for whole documents: on failure it names the missing piece instead of printing megabytes. */
function expectIn(html: string, piece: string): void {
  expect(html.includes(piece), `expected the HTML to contain ${piece}`).toBe(true);
}

/** The text of the first `@page <selector> { … }` rule, nested braces included. */
function pageRule(html: string, selector: string): string {
  const start = html.indexOf(`@page ${selector} {`);
  if (start < 0) return '';
  let depth = 0;
  for (let i = html.indexOf('{', start); i < html.length; i++) {
    if (html[i] === '{') depth++;
    if (html[i] === '}' && --depth === 0) return html.slice(start, i + 1);
  }
  return '';
}

describe('print HTML: a self-contained, script-free document', () => {
  it.each([
    ['zh-CN', cnHtml],
    ['en', enHtml],
  ])('%s: carries the strict CSP, no script, and no network URL', (_lang, html) => {
    expectIn(html, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(html.toLowerCase().includes('<script')).toBe(false);
    expect(html.includes('http:')).toBe(false);
    expect(html.includes('https:')).toBe(false);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('sets the language and the title from the briefing', () => {
    expectIn(cnHtml, '<html lang="zh-CN">');
    expectIn(cnHtml, `<title>${sampleDocument('zh-CN').briefing.meta.title}</title>`);
    expectIn(enHtml, '<html lang="en">');
    expectIn(enHtml, '<title>Visit to Riverside Components Ltd.</title>');
  });

  it('embeds every photo as a data: URI holding the very bytes of the media store', () => {
    const doc = sampleDocument('en');
    for (const item of doc.briefing.media) {
      const src = `src="data:${item.mimeType};base64,${base64(doc.media.get(item.id)!)}"`;
      expect(enHtml.includes(src), `${item.id} embedded byte for byte`).toBe(true);
    }
    const logo = `src="data:image/png;base64,${base64(en.assets.get('logo.png')!)}"`;
    expect(enHtml.includes(logo), 'the letterhead logo embedded').toBe(true);
  });
});

describe('print HTML: the sheet', () => {
  it('sizes the page and its margins from the template, and switches to Letter on request', () => {
    expectIn(cnHtml, '@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }');
    expectIn(enHtml, '@page { size: A4 portrait; margin: 25mm 25mm 25mm 25mm; }');
    expectIn(printHtml(sampleDocument('en'), en, { pageSize: 'Letter' }), '@page { size: Letter portrait;');
  });

  it('cn: "— n —" at the right of odd pages and the left of even pages, one character in', () => {
    const right = pageRule(cnHtml, ':right');
    const left = pageRule(cnHtml, ':left');
    expect(right).toContain('@bottom-right { content: "— " counter(page) " —";');
    expect(right).toContain('padding-right: 1em;');
    expect(right).toContain('font-size: 14pt;');
    expect(left).toContain('@bottom-left { content: "— " counter(page) " —";');
    expect(left).toContain('padding-left: 1em;');
  });

  it('en: "Page n of m" centred on every page', () => {
    for (const side of [':right', ':left']) {
      expect(pageRule(enHtml, side)).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
    }
  });

  it('cn: body text on the 28-character grid, 16 pt, exact 28.9 pt lines, 2-character indent', () => {
    // 156 mm / 28 = 15.79 pt per character: 16 pt glyphs drawn 0.21 pt tighter.
    const spacing = /letter-spacing: (-?[\d.]+)pt;/.exec(cnHtml);
    expect(Number(spacing?.[1])).toBeCloseTo((156 * 72) / 25.4 / 28 - 16, 2);
    expectIn(cnHtml, 'font-size: 16pt;');
    expectIn(cnHtml, 'line-height: 28.9pt;');
    expect(cnHtml).toMatch(/\.bc-body \{ text-indent: calc\(2 \* \(1em \+ -0\.2\d+pt\)\); text-align: justify;/);
  });

  it('lists fonts with names quoted and one generic family last', () => {
    const family = fontFamily(cn.manifest.fonts.body);
    expect(family.startsWith('"Times New Roman", "Liberation Serif", "Tinos", "仿宋_GB2312"')).toBe(true);
    // The faces for Han beyond the BMP come before the CFF family (Type 3 in Chromium's PDFs).
    expect(family.endsWith('"AR PL UMing CN", "SimSun-ExtB", "HanaMinB", "Noto Serif CJK SC", serif')).toBe(true);
    expect(fontFamily(en.manifest.fonts.body).endsWith(', sans-serif')).toBe(true);
  });
});

describe('print HTML: escaping', () => {
  it('escapes the five HTML specials and drops characters XML forbids', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
    expect(stripForbidden('a\u0000b\u0008c\u000Bd\u001Fe\u007Ff\uFFFEg\uD800h\tI\nJ😀')).toBe('abcdefgh\tI\nJ😀');
  });

  it('keeps template strings from closing the style element they are printed in', () => {
    const content = pageNumberContent('</style><script>x</script> {n} "q" \\');
    expect(content).not.toContain('<');
    expect(content).not.toContain('>');
    expect(content).toContain('counter(page)');
    expect(cssString('a"b')).toBe('"a\\22 b"');
  });

  it('a hostile page-number pattern and font name stay inside the CSS', () => {
    const hostile: Template = {
      ...cn,
      manifest: {
        ...cn.manifest,
        pageNumbers: { ...cn.manifest.pageNumbers, pattern: { 'zh-CN': '</style><script>alert(1)</script>{n}' } },
        fonts: { ...cn.manifest.fonts, body: { ...cn.manifest.fonts.body, latin: ['"; } body { display: none } </style>'] } },
      },
    };
    const html = printHtml(sampleDocument('zh-CN'), hostile);
    expect(html.toLowerCase().includes('<script')).toBe(false);
    expect(html.split('</style>').length).toBe(2);
    // The family name is one CSS string: its quote is escaped, so the rule after it never starts.
    expect(html.includes('font-family: "\\22 ; } body { display: none } \\3C /style\\3E ", "仿宋_GB2312"')).toBe(true);
  });
});
