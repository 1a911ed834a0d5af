import type { TemplateManifest } from '../../template/index.ts';
import type { AddresseesBlock, AttachmentsBlock, Masthead, MarkLine } from '../plan/index.ts';
import { escapeHtml, pathAttr } from './escape.ts';
import { fontCss } from './fonts.ts';
import { num } from './geometry.ts';

/*
 * The 公文 elements in the print HTML (see plan/gongwen.ts for what goes where). The masthead and block code each
 * call one of these, so the layout of these elements lives here alone.
 */

const markHtml = (mark: MarkLine) => `<p class="bc-mark bc-mark-${mark.kind}"${pathAttr(mark.source)}>${escapeHtml(mark.text)}</p>`;

/** 份号, 密级★期限, 紧急程度, one a line at the top left of the type area. */
export function markLinesHtml(m: Masthead): string {
  return m.markLines.length === 0 ? '' : `<div class="bc-marks">${m.markLines.map(markHtml).join('')}</div>`;
}

/** The issue line; with 签发人 the issue moves left (空一字) and the names stand on its right (GB/T 9704 7.2.6). */
export function issueLineHtml(m: Masthead): string {
  const issue = m.issueLine ? `<p class="bc-issue">${escapeHtml(m.issueLine)}</p>` : '';
  if (!m.signers) return issue;
  const names = m.signers.names.map((name) => `<span class="bc-signer">${escapeHtml(name)}</span>`).join('');
  return (
    `<div class="bc-issue-row"><div class="bc-issue-cell">${issue}</div>` +
    `<div class="bc-signers"${pathAttr(m.signers.source)}><span class="bc-signers-label">${escapeHtml(m.signers.label)}</span>` +
    `<span class="bc-signer-names">${names}</span></div></div>`
  );
}

export function addresseesHtml(block: AddresseesBlock): string {
  return `<p class="bc-addressees"${pathAttr(block.source)}>${escapeHtml(block.text)}</p>`;
}

export function attachmentsHtml(block: AttachmentsBlock): string {
  const items = block.items
    .map((item) => `<span class="bc-attachment-number">${escapeHtml(item.number)}</span><span class="bc-attachment-name">${escapeHtml(item.name)}</span>`)
    .join('');
  return (
    `<div class="bc-attachments" style="padding-left: ${num(block.indentChars)}em"${pathAttr(block.source)}>` +
    `<span class="bc-attachments-label">${escapeHtml(block.label)}</span><div class="bc-attachment-list">${items}</div></div>`
  );
}

export function gongwenCss(manifest: TemplateManifest): string {
  const { fonts, headings, masthead, body } = manifest;
  const gbt = masthead.layout === 'cn-red-header';
  // GB/T 9704: 密级 and 紧急程度 in 3号黑体 (the first heading face), 份号 in Arabic digits of the body size.
  const markFont = gbt ? fontCss({ ...headings[0].font, color: undefined }) : fontCss(fonts.body);
  const line = 'exactPt' in body.lineSpacing ? `${num(body.lineSpacing.exactPt)}pt` : '1.5em';
  return `
.bc-marks { ${markFont} text-align: left; text-indent: 0; margin: 0 0 4pt; }
.bc-mark { margin: 0; }
.bc-mark-copyNumber { ${fontCss({ ...fonts.body, color: undefined })} letter-spacing: normal; }
.bc-issue-row { display: flex; justify-content: space-between; align-items: flex-end; gap: 1em; margin-top: 6pt; padding: 0 1em; }
.bc-issue-row .bc-issue { text-align: left; margin: 0; }
.bc-signers { display: flex; align-items: flex-start; white-space: nowrap; }
.bc-signer-names { display: grid; grid-template-columns: repeat(2, auto); column-gap: 1em; justify-items: start; ${fontCss({ ...fonts.subtitle, color: undefined })} }
.bc-signer-names .bc-signer:only-child { grid-column: 1 / -1; }
.bc-addressees { text-indent: 0; text-align: left; margin: 0; }
.bc-attachments { display: grid; grid-template-columns: auto 1fr; margin-top: ${line}; text-indent: 0; text-align: left; break-inside: avoid; }
.bc-attachment-list { display: grid; grid-template-columns: auto 1fr; }
`;
}
