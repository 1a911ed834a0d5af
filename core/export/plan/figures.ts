import { mediaById, type Briefing, type PhotoLayout } from '../../model/index.ts';
import { fillPattern, label, localize, type TemplateManifest } from '../../template/index.ts';
import type { FigureBlock } from './blocks.ts';

/**
 * Numbers figures in the order they appear, across the whole document. A photo is printed once: where it first
 * appears (under its site), not again in a gallery that also lists it.
 */
export class FigureCounter {
  private count = 0;
  private readonly printed = new Set<string>();

  constructor(
    private readonly briefing: Briefing,
    private readonly manifest: TemplateManifest,
  ) {}

  isPrinted(mediaId: string): boolean {
    return this.printed.has(mediaId);
  }

  figure(mediaId: string, layout: PhotoLayout): FigureBlock | undefined {
    const item = mediaById(this.briefing, mediaId);
    if (!item || this.printed.has(mediaId)) return undefined;
    this.printed.add(mediaId);
    this.count += 1;
    const language = this.briefing.meta.language;
    const captionStyle = this.manifest.captions;
    const labelText = localize(captionStyle.label, language);
    const caption = fillPattern(localize(captionStyle.pattern, language), {
      label: labelText,
      n: this.count,
      caption: item.caption ?? '',
    }).trimEnd();
    // The pattern is "{label}{n}<separator>{caption}": split it so DOCX can put a SEQ field where {n} is.
    const numberText = String(this.count);
    const labelAndNumber = fillPattern(localize(captionStyle.pattern, language).split('{n}')[0] ?? '', { label: labelText });
    const rest = caption.slice(labelAndNumber.length + numberText.length);
    const credit = item.credit ? `${label(this.manifest, language, 'credit')}${item.credit}` : undefined;
    return {
      kind: 'figure',
      layout,
      mediaId: item.id,
      mimeType: item.mimeType,
      widthPx: item.width,
      heightPx: item.height,
      number: this.count,
      caption,
      captionLabel: labelAndNumber,
      captionNumberText: numberText,
      captionRest: rest,
      ...(credit ? { credit } : {}),
    };
  }
}
