import { PAGE_SIZES, type PageSizeName, type Template, type TemplateManifest } from '../manifest.ts';
import type { LetterheadFacts } from './readLetterhead.ts';

export type TakenItem = 'page' | 'margins' | 'logo' | 'masthead' | 'mastheadColor' | 'bodyFont' | 'bodySize';

export interface LetterheadTemplate {
  template: Template;
  taken: TakenItem[];
  /** What could not be taken and why, for the user to set by hand. */
  missing: { item: string; reason: string; detail?: string }[];
}

function pageSizeOf(page: NonNullable<LetterheadFacts['page']>): PageSizeName | undefined {
  const [short, long] = [Math.min(page.widthMm, page.heightMm), Math.max(page.widthMm, page.heightMm)];
  return (Object.keys(PAGE_SIZES) as PageSizeName[]).find((name) => Math.abs(PAGE_SIZES[name].widthMm - short) < 2 && Math.abs(PAGE_SIZES[name].heightMm - long) < 2);
}

const withFamily = (list: readonly string[], family: string | undefined) => (family ? [family, ...list.filter((f) => f !== family)] : [...list]);

/**
 * A new template from a base (usually a built-in one) and what a letterhead gave: the base's every other choice is
 * kept, so the result is valid from the start and the user adjusts it in the designer.
 */
export function applyLetterhead(base: Template, facts: LetterheadFacts, id: string, name: TemplateManifest['name']): LetterheadTemplate {
  const manifest: TemplateManifest = structuredClone(base.manifest);
  manifest.id = id;
  manifest.name = name;
  delete manifest.description;
  const assets = new Map(base.assets);
  const taken: TakenItem[] = [];
  const missing: LetterheadTemplate['missing'] = facts.missing.map((m) => ({ ...m }));

  if (facts.page) {
    const size = pageSizeOf(facts.page);
    if (size) {
      manifest.page.size = size;
      manifest.page.sizeChoices = [];
      manifest.page.orientation = facts.page.landscape || facts.page.widthMm > facts.page.heightMm ? 'landscape' : 'portrait';
      taken.push('page');
    } else {
      missing.push({ item: 'page', reason: 'unsupportedSize', detail: `${facts.page.widthMm} × ${facts.page.heightMm} mm` });
    }
  }
  if (facts.marginsMm) {
    manifest.page.marginsMm = facts.marginsMm;
    if (facts.headerDistanceMm) manifest.page.headerDistanceMm = facts.headerDistanceMm;
    if (facts.footerDistanceMm) manifest.page.footerDistanceMm = facts.footerDistanceMm;
    taken.push('margins');
  }
  if (facts.logo) {
    const fileName = facts.logo.mimeType === 'image/png' ? 'logo.png' : 'logo.jpg';
    if (manifest.masthead.logo) assets.delete(manifest.masthead.logo);
    manifest.masthead.logo = fileName;
    if (facts.logo.heightMm) manifest.masthead.logoHeightMm = facts.logo.heightMm;
    assets.set(fileName, facts.logo.bytes);
    taken.push('logo');
  }
  if (facts.masthead) {
    manifest.masthead.name = { ...manifest.masthead.name, [manifest.language]: facts.masthead.text };
    if (facts.masthead.sizePt) manifest.masthead.nameFont.sizePt = facts.masthead.sizePt;
    if (facts.masthead.font) manifest.masthead.nameFont.eastAsia = withFamily(manifest.masthead.nameFont.eastAsia, facts.masthead.font);
    taken.push('masthead');
    if (facts.masthead.color) {
      manifest.masthead.nameFont.color = facts.masthead.color;
      manifest.masthead.rule.color = facts.masthead.color;
      taken.push('mastheadColor');
    }
  }
  if (facts.body) {
    const body = manifest.fonts.body;
    body.latin = withFamily(body.latin, facts.body.latin);
    body.eastAsia = withFamily(body.eastAsia, facts.body.eastAsia);
    if (facts.body.latin || facts.body.eastAsia) taken.push('bodyFont');
    if (facts.body.sizePt) {
      body.sizePt = facts.body.sizePt;
      taken.push('bodySize');
    } else {
      missing.push({ item: 'bodySize', reason: 'absent' });
    }
  }
  return { template: { manifest, assets }, taken, missing };
}
