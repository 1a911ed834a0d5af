import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { sniffImage, type ImageInfo } from '../../../core/model/index.ts';
import { colourOf, patternProblems, PATTERN_PROBES, type Colour } from '../../fixtures/photos/pattern.ts';

const run = promisify(execFile);

export interface DocxImage {
  file: string;
  bytes: Uint8Array;
  info: ImageInfo;
  /** The shown size in EMU (wp:extent). */
  extent: { cx: number; cy: number };
}

/** Every picture of the DOCX body: its media file, real pixel size and the size Word shows it at. */
export async function docxImages(file: string): Promise<DocxImage[]> {
  const zip = unzipSync(new Uint8Array(await readFile(file)));
  const text = (name: string) => new TextDecoder().decode(zip[name]);
  const targets = new Map([...text('word/_rels/document.xml.rels').matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  return [...text('word/document.xml').matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map(([drawing]) => {
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(drawing)!;
    const id = /r:embed="([^"]+)"/.exec(drawing)![1]!;
    const target = `word/${targets.get(id)!.replace(/^\/?word\//, '')}`;
    const bytes = zip[target]!;
    return { file: target, bytes, info: sniffImage(bytes)!, extent: { cx: Number(extent[1]), cy: Number(extent[2]) } };
  });
}

/**
 * Colours at the pattern probes of an encoded image, decoded by the browser (JPEG and PNG alike). Page code is
 * plain JavaScript in a string: the Node tsconfig has no DOM types.
 */
export async function probeColours(page: Page, bytes: Uint8Array, mimeType: string): Promise<Colour[]> {
  const args = JSON.stringify({ base64: Buffer.from(bytes).toString('base64'), mimeType, probes: PATTERN_PROBES });
  const rgb = (await page.evaluate(`(async ({ base64, mimeType, probes }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: mimeType }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return probes.map((p) => [...context.getImageData(Math.floor(p.x * (bitmap.width - 1)), Math.floor(p.y * (bitmap.height - 1)), 1, 1).data]);
  })(${args})`)) as number[][];
  return rgb.map(colourOf);
}

export const UPRIGHT: readonly Colour[] = PATTERN_PROBES.map((p) => p.colour);

/** A binary PPM (P6) as a pixel reader. */
function readPpm(bytes: Uint8Array) {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 40)))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const data = bytes.subarray(header[0].length);
  return { width, height, pixel: (x: number, y: number) => [...data.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)] };
}

export interface PdfImage {
  width: number;
  height: number;
  /** What differs from the upright pattern in the embedded pixels. */
  problems: string[];
}

/** The PDF's embedded images (not their soft masks), their pixel size and orientation, via pdfimages. */
export async function pdfImages(file: string): Promise<PdfImage[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdf-images-'));
  try {
    // Without a format option, pdfimages writes PPM (colour) and PGM (grey, soft masks).
    await run('pdfimages', [file, path.join(dir, 'img')]);
    const { stdout } = await run('pdfimages', ['-list', file]);
    const types = stdout.split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/)[2]);
    const names = (await readdir(dir)).sort();
    const out: PdfImage[] = [];
    for (const [i, name] of names.entries()) {
      if (types[i] !== 'image' || !name.endsWith('.ppm')) continue;
      const ppm = readPpm(new Uint8Array(await readFile(path.join(dir, name))));
      out.push({ width: ppm.width, height: ppm.height, problems: patternProblems(ppm.pixel, ppm.width, ppm.height) });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface PrintedBand {
  page: number;
  width: number;
  height: number;
  /** The colours just below the band's left and right ends: cyan and green when the photo stands upright. */
  belowLeft: Colour;
  belowRight: Colour;
}

/**
 * The pattern's magenta bands as printed: each page rendered (pdftoppm), magenta pixels grouped into connected
 * regions. An upright photo prints a wide band with cyan under its left end and green under its right; a photo
 * turned on its side prints a tall band.
 */
export async function printedBands(file: string, dpi = 60): Promise<PrintedBand[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdf-pages-'));
  try {
    await run('pdftoppm', ['-r', String(dpi), file, path.join(dir, 'page')]);
    const bands: PrintedBand[] = [];
    for (const [index, name] of (await readdir(dir)).sort().entries()) {
      const ppm = readPpm(new Uint8Array(await readFile(path.join(dir, name))));
      const seen = new Uint8Array(ppm.width * ppm.height);
      const isMagenta = (x: number, y: number) => colourOf(ppm.pixel(x, y)) === 'magenta';
      for (let y = 0; y < ppm.height; y++) {
        for (let x = 0; x < ppm.width; x++) {
          if (seen[y * ppm.width + x] || !isMagenta(x, y)) continue;
          const box = { x0: x, y0: y, x1: x, y1: y };
          let count = 0;
          const stack = [[x, y]];
          seen[y * ppm.width + x] = 1;
          while (stack.length) {
            const [px, py] = stack.pop()!;
            count++;
            box.x0 = Math.min(box.x0, px!);
            box.x1 = Math.max(box.x1, px!);
            box.y0 = Math.min(box.y0, py!);
            box.y1 = Math.max(box.y1, py!);
            for (const [nx, ny] of [[px! + 1, py!], [px! - 1, py!], [px!, py! + 1], [px!, py! - 1]] as const) {
              if (nx < 0 || ny < 0 || nx >= ppm.width || ny >= ppm.height || seen[ny * ppm.width + nx] || !isMagenta(nx, ny)) continue;
              seen[ny * ppm.width + nx] = 1;
              stack.push([nx, ny]);
            }
          }
          if (count < 40) continue;
          const below = Math.min(ppm.height - 1, box.y1 + 3);
          const inset = Math.max(2, Math.round((box.x1 - box.x0) * 0.05));
          bands.push({
            page: index + 1,
            width: box.x1 - box.x0 + 1,
            height: box.y1 - box.y0 + 1,
            belowLeft: colourOf(ppm.pixel(box.x0 + inset, below)),
            belowRight: colourOf(ppm.pixel(box.x1 - inset, below)),
          });
        }
      }
    }
    return bands;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A WebP of the upright pattern, encoded by Chromium itself (canvas.toBlob('image/webp')), as a file to choose. */
export async function webpFromPage(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = (await page.evaluate(`(async ({ width, height }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    context.fillStyle = 'rgb(0,200,0)';
    context.fillRect(0, 0, width, height);
    context.fillStyle = 'rgb(0,255,255)';
    context.fillRect(0, 0, Math.ceil(width * 0.25), height);
    context.fillStyle = 'rgb(255,0,255)';
    context.fillRect(0, 0, width, Math.ceil(height * 0.2));
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/webp', 0.9));
    if (!blob || blob.type !== 'image/webp') throw new Error('this Chromium cannot encode WebP');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  })(${JSON.stringify({ width, height })})`)) as string;
  return Buffer.from(base64, 'base64');
}
