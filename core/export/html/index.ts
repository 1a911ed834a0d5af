import type { BriefingDocument } from '../../model/index.ts';
import type { PageSizeName, Template } from '../../template/index.ts';
import { buildPlan, withFigureRuns, type LayoutPlan } from '../plan/index.ts';
import { blockHtml } from './blocks.ts';
import type { HtmlContext } from './context.ts';
import { distributionCss } from './distribution.ts';
import { emptySectionCss } from './emptySections.ts';
import { escapeHtml, pathAttr } from './escape.ts';
import { pageGeometry } from './geometry.ts';
import { mastheadCss, mastheadHtml } from './masthead.ts';
import { gongwenCss } from './gongwenMarks.ts';
import { pageCss } from './pageCss.ts';
import { screenCss } from './screenCss.ts';
import { documentShell } from './shell.ts';
import { documentCss } from './styles.ts';

export interface PrintHtmlOptions {
  /** One of the template's size choices; the template's default size when absent. */
  pageSize?: PageSizeName;
  /**
   * The live preview only: show each empty section greyed, at its place, with this note ("Empty — not printed").
   * Without it (the PDF, anything printed) empty sections are left out, as in the DOCX.
   */
  emptySections?: { note: string };
}

export { CONTENT_SECURITY_POLICY } from './shell.ts';
export { EMPTY_SECTION_CLASS } from './emptySections.ts';
export { FOOT_ATTRIBUTE, FOOT_END_ID, FOOT_ID, FOOT_MARGIN_ATTRIBUTE, FOOT_PAGE_ATTRIBUTE, FOOT_PROBE_CLASS, FOOT_SPACER_CLASS } from './distribution.ts';
export { escapeHtml, cssString, stripForbidden, PATH_ATTRIBUTE } from './escape.ts';
export { pageGeometry, PT_PER_MM, type PageGeometry } from './geometry.ts';

function titleBlock(plan: LayoutPlan): string {
  const colon = plan.language === 'zh-CN' ? '：' : ':';
  const subtitle = plan.subtitle ? `<p class="bc-subtitle"${pathAttr('meta.subtitle')}>${escapeHtml(plan.subtitle)}</p>` : '';
  const meta =
    plan.metaLines.length === 0
      ? ''
      : `<div class="bc-meta"${pathAttr('meta')}>${plan.metaLines
          .map((line) => `<p><span class="bc-meta-label">${escapeHtml(line.label)}${colon}</span> ${escapeHtml(line.value)}</p>`)
          .join('')}</div>`;
  // In one block, so the space after the title (GB/T 9704: one blank line) follows the subtitle when there is one.
  return `<div class="bc-title-block"${pathAttr('meta.title')}><h1 class="bc-title"${pathAttr('meta.title')}>${escapeHtml(plan.title)}</h1>${subtitle}</div>${meta}`;
}

/**
 * The briefing as one self-contained, paged HTML document: the live preview shows it and Chromium prints it to
 * PDF, so both come from this one pure mapping of the layout plan.
 */
export function printHtml(doc: BriefingDocument, template: Template, options: PrintHtmlOptions = {}): string {
  const { manifest } = template;
  const plan = buildPlan(doc.briefing, manifest, { emptySections: Boolean(options.emptySections) });
  const geometry = pageGeometry(manifest, options.pageSize);
  const ctx: HtmlContext = { doc, template, geometry, ...(options.emptySections ? { emptySectionNote: options.emptySections.note } : {}) };
  const css = [
    pageCss(manifest, geometry, plan.language),
    documentCss(manifest, geometry),
    mastheadCss(template),
    gongwenCss(manifest),
    distributionCss(manifest),
    ...(options.emptySections ? [emptySectionCss] : []),
    screenCss(geometry),
  ].join('\n');
  const body = [mastheadHtml(plan, template), titleBlock(plan), ...withFigureRuns(plan.blocks).map((block) => blockHtml(block, ctx))].join('\n');
  return documentShell({ language: plan.language, title: plan.properties.title, css, body });
}
