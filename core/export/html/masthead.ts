import type { Template } from '../../template/index.ts';
import { LINE_HEIGHT, type LayoutPlan, type Masthead } from '../plan/index.ts';
import { sniffImage } from '../../model/index.ts';
import { dataUri } from './dataUri.ts';
import { escapeHtml, pathAttr } from './escape.ts';
import { fontCss } from './fonts.ts';
import { num } from './geometry.ts';
import { issueLineHtml, markLinesHtml } from './gongwenMarks.ts';

const p = (cls: string, text: string) => `<p class="${cls}">${escapeHtml(text)}</p>`;

/** GB/T 9704 版头: marks top left, the red bulletin name, the issue, office left and date right, a red rule. */
function redHeader(m: Masthead, template: Template): string {
  const officeAndDate = template.manifest.masthead.showOfficeAndDate
    ? `<div class="bc-office-date"><span class="bc-office">${escapeHtml(m.office ?? '')}</span>` +
      `<span class="bc-date">${escapeHtml(m.date)}</span></div>`
    : '';
  // A logo, when the template has one, stands centred above the bulletin's name (template designer, issue 14).
  const logo = logoImg(m, template);
  return [
    markLinesHtml(m),
    logo ? `<div class="bc-red-logo">${logo}</div>` : '',
    p('bc-masthead-name', m.name),
    issueLineHtml(m),
    officeAndDate,
    '<div class="bc-rule" role="presentation"></div>',
  ].join('');
}

function logoImg(m: Masthead, template: Template): string {
  const bytes = m.logo ? template.assets.get(m.logo) : undefined;
  const info = bytes ? sniffImage(bytes) : undefined;
  if (!bytes || !info) return '';
  return `<img class="bc-logo" src="${dataUri(info.mimeType, bytes)}" alt="${escapeHtml(m.organisation ?? '')}">`;
}

/** A letterhead: logo and organisation at the left, the document kind and issue at the right, a rule. */
function letterhead(m: Masthead, template: Template): string {
  const org = m.organisation ? `<span class="bc-org">${escapeHtml(m.organisation)}</span>` : '';
  const kind = p('bc-masthead-name', m.name) + (m.issueLine ? p('bc-issue', m.issueLine) : '');
  return [
    markLinesHtml(m),
    `<div class="bc-letterhead-row"><div class="bc-org-line">${logoImg(m, template)}${org}</div>`,
    `<div class="bc-kind">${kind}</div></div>`,
    '<div class="bc-rule" role="presentation"></div>',
  ].join('');
}

export function mastheadHtml(plan: LayoutPlan, template: Template): string {
  const m = plan.masthead;
  const inner = m.layout === 'cn-red-header' ? redHeader(m, template) : letterhead(m, template);
  return `<header class="bc-masthead bc-${m.layout}"${pathAttr('meta')}>${inner}</header>`;
}

export function mastheadCss(template: Template): string {
  const { masthead, fonts } = template.manifest;
  const rule = `border-top: ${num(masthead.rule.widthPt)}pt solid ${masthead.rule.color};`;
  return `
.bc-masthead { letter-spacing: normal; text-indent: 0; }
.bc-masthead-name { ${fontCss(masthead.nameFont)} line-height: ${LINE_HEIGHT.masthead}; margin: 0; }
.bc-issue { margin: 0; }
.bc-rule { ${rule} height: 0; margin: 4pt 0 0; }
.bc-red-logo { text-align: center; margin-bottom: 4pt; }
.bc-cn-red-header .bc-masthead-name { text-align: center; letter-spacing: 0.05em; }
.bc-cn-red-header .bc-issue { text-align: center; margin-top: 6pt; }
.bc-cn-red-header .bc-office-date { display: flex; justify-content: space-between; gap: 1em; margin-top: 6pt; padding: 0 1em; }
.bc-cn-red-header { margin-bottom: 1.5em; }
.bc-letterhead-row { display: flex; justify-content: space-between; align-items: flex-end; gap: 12pt; }
.bc-org-line { display: flex; align-items: center; gap: 8pt; ${fontCss(fonts.subtitle)} font-style: normal; }
.bc-logo { height: ${num(masthead.logoHeightMm)}mm; width: auto; }
.bc-letterhead .bc-kind { text-align: right; white-space: nowrap; flex-shrink: 0; }
.bc-letterhead { margin-bottom: 14pt; }
`;
}
