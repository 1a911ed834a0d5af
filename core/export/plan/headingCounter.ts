import { formatHeadingNumber, type TemplateManifest } from '../../template/index.ts';

/** Counts headings per level as the plan is laid out; a deeper counter restarts under each new parent. */
export class HeadingCounter {
  private readonly counters = [0, 0, 0, 0];

  /** The template is public so rich text laid out beside the headings can size its tables by the same manifest. */
  constructor(readonly manifest: TemplateManifest) {}

  next(level: 1 | 2 | 3 | 4): string {
    this.counters[level - 1] = (this.counters[level - 1] ?? 0) + 1;
    for (let deeper = level; deeper < this.counters.length; deeper++) this.counters[deeper] = 0;
    const style = this.manifest.headings[level - 1];
    return style?.number ? formatHeadingNumber(style.number, this.counters) + style.numberSeparator : '';
  }
}
