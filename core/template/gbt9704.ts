import { chineseSizeOf } from './chineseSizes.ts';
import type { TemplateManifest } from './manifest.ts';

/**
 * Where a template departs from GB/T 9704-2012 (党政机关公文格式), as information for its author: a house style may
 * depart on purpose. Pure: the manifest in, the departures out, each with its message in both UI languages.
 */
export interface Departure {
  /** The manifest field concerned, as the schema names it: `page.marginsMm.top`. */
  path: string;
  /** What the standard says and what the template has, in zh-CN and en. */
  message: { 'zh-CN': string; en: string };
}

/** GB/T 9704-2012 §5.2.1–5.2.4 and §7.5: the numbers a template is compared against. */
export const GBT9704 = {
  page: 'A4',
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  marginToleranceMm: 1,
  bodySizePt: 16,
  linesPerPage: 22,
  charsPerLine: 28,
  pageNumberSizePt: 14,
  /** The page number sits 7 mm below the lower edge of the type area. */
  pageNumberBelowTypeAreaMm: 7,
} as const;

const SIDES = {
  top: { zh: '上', en: 'top' },
  bottom: { zh: '下', en: 'bottom' },
  left: { zh: '左', en: 'left' },
  right: { zh: '右', en: 'right' },
} as const;

const pt = (value: number) => {
  const size = chineseSizeOf(value);
  return { zh: size ? `${size.zh}（${value} 磅）` : `${value} 磅`, en: size ? `${value} pt (${size.en})` : `${value} pt` };
};
const round = (value: number) => Math.round(value * 10) / 10;

function margins(manifest: TemplateManifest): Departure[] {
  const out: Departure[] = [];
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const want = GBT9704.marginsMm[side];
    const have = manifest.page.marginsMm[side];
    if (Math.abs(have - want) <= GBT9704.marginToleranceMm) continue;
    out.push({
      path: `page.marginsMm.${side}`,
      message: {
        'zh-CN': `${SIDES[side].zh}页边距为 ${have} 毫米，标准为 ${want} 毫米 ± ${GBT9704.marginToleranceMm} 毫米`,
        en: `The ${SIDES[side].en} margin is ${have} mm; the standard is ${want} mm ± ${GBT9704.marginToleranceMm} mm`,
      },
    });
  }
  return out;
}

function page(manifest: TemplateManifest): Departure[] {
  const out: Departure[] = [];
  if (manifest.page.size !== GBT9704.page) {
    out.push({
      path: 'page.size',
      message: { 'zh-CN': `纸张为 ${manifest.page.size}，标准为 A4`, en: `The paper is ${manifest.page.size}; the standard is A4` },
    });
  }
  if (manifest.page.orientation !== 'portrait') {
    out.push({ path: 'page.orientation', message: { 'zh-CN': '纸张为横向，标准为纵向', en: 'The page is landscape; the standard is portrait' } });
  }
  return out;
}

function body(manifest: TemplateManifest): Departure[] {
  const out: Departure[] = [];
  const size = manifest.fonts.body.sizePt;
  if (size !== GBT9704.bodySizePt) {
    const have = pt(size);
    out.push({
      path: 'fonts.body.sizePt',
      message: { 'zh-CN': `正文字号为 ${have.zh}，标准为三号（16 磅）`, en: `The body text is ${have.en}; the standard is 16 pt (Sanhao)` },
    });
  }
  const grid = manifest.body.grid;
  if (!grid) {
    out.push({
      path: 'body.grid',
      message: { 'zh-CN': '未设版心网格，标准为每页 22 行、每行 28 字', en: 'No type grid; the standard is 22 lines of 28 characters' },
    });
  } else if (grid.linesPerPage !== GBT9704.linesPerPage || grid.charsPerLine !== GBT9704.charsPerLine) {
    out.push({
      path: 'body.grid',
      message: {
        'zh-CN': `版心为每页 ${grid.linesPerPage} 行、每行 ${grid.charsPerLine} 字，标准为 22 行 × 28 字`,
        en: `The grid is ${grid.linesPerPage} lines of ${grid.charsPerLine} characters; the standard is 22 × 28`,
      },
    });
  }
  return out;
}

/** GB/T 9704 §7.5: 4号半角宋体阿拉伯数字, a dash each side, single pages right, double pages left, 7 mm below the type area. */
function pageNumbers(manifest: TemplateManifest): Departure[] {
  const out: Departure[] = [];
  const numbers = manifest.pageNumbers;
  if (numbers.font.sizePt !== GBT9704.pageNumberSizePt) {
    const have = pt(numbers.font.sizePt);
    out.push({
      path: 'pageNumbers.font.sizePt',
      message: { 'zh-CN': `页码字号为 ${have.zh}，标准为四号（14 磅）`, en: `Page numbers are ${have.en}; the standard is 14 pt (Sihao)` },
    });
  }
  const pattern = numbers.pattern['zh-CN'] ?? numbers.pattern.en ?? '';
  if (!/^[—–-]\s*\{n\}\s*[—–-]$/.test(pattern.trim())) {
    out.push({
      path: 'pageNumbers.pattern',
      message: {
        'zh-CN': `页码格式为“${pattern}”，标准为半角阿拉伯数字，左右各放一条一字线（— 1 —）`,
        en: `The page number pattern is "${pattern}"; the standard is an Arabic number between two dashes (— 1 —)`,
      },
    });
  }
  if (numbers.odd !== 'right' || numbers.even !== 'left') {
    out.push({
      path: 'pageNumbers.odd',
      message: {
        'zh-CN': '页码位置与标准不同：标准为单页居右、双页居左',
        en: 'Page numbers are placed differently: the standard puts odd pages right and even pages left',
      },
    });
  }
  // The footer's text stands footerDistanceMm above the sheet's lower edge (Word measures to its foot); its top is
  // one line of the number's size higher. The standard measures from the type area's lower edge to that top.
  const numberTopMm = manifest.page.footerDistanceMm + (numbers.font.sizePt * 25.4) / 72;
  const below = round(manifest.page.marginsMm.bottom - numberTopMm);
  if (Math.abs(below - GBT9704.pageNumberBelowTypeAreaMm) > GBT9704.marginToleranceMm) {
    out.push({
      path: 'page.footerDistanceMm',
      message: {
        'zh-CN': `页码距版心下边缘约 ${below} 毫米，标准为 7 毫米（页脚距离约 ${round(manifest.page.marginsMm.bottom - 7 - (numbers.font.sizePt * 25.4) / 72)} 毫米时相符）`,
        en: `Page numbers sit about ${below} mm below the type area; the standard is 7 mm (a footer distance of about ${round(manifest.page.marginsMm.bottom - 7 - (numbers.font.sizePt * 25.4) / 72)} mm matches)`,
      },
    });
  }
  return out;
}

/** Every departure, in the order an author reads a page: paper, margins, body, page numbers. */
export function compareWithGbt9704(manifest: TemplateManifest): Departure[] {
  return [...page(manifest), ...margins(manifest), ...body(manifest), ...pageNumbers(manifest)];
}
