import { PATH_ATTRIBUTE } from '../../../../core/export/html/escape.ts';
import { MAX_ANCHORS, type FrameAnchor } from './protocol.ts';

const SECTION_PART = /^(sections\[\d+\])(\.(?:sites|remarks|items|lines)\[\d+\])?/;

/** The parts a path belongs to that the editor follows: its section and its item, an attendee, or the head. */
export function owners(path: string): string[] {
  if (path.startsWith('meta')) return ['meta'];
  if (path.startsWith('attendees[')) return [path];
  const match = SECTION_PART.exec(path);
  if (!match) return [];
  return match[2] ? [match[1]!, match[1]! + match[2]] : [match[1]!];
}

/**
 * Where each section, item, attendee row and the head landed once the pages are laid out: the union of its
 * elements' boxes, in CSS px from the frame's top (the frame never scrolls; the editor scrolls around it).
 */
export function anchorsOf(doc: Document): FrameAnchor[] {
  const origin = doc.documentElement.getBoundingClientRect().top;
  const extents = new Map<string, FrameAnchor>();
  for (const element of doc.querySelectorAll(`[${PATH_ATTRIBUTE}]`)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const top = box.top - origin;
    const bottom = box.bottom - origin;
    for (const path of owners(element.getAttribute(PATH_ATTRIBUTE) ?? '')) {
      const known = extents.get(path);
      if (known) {
        known.top = Math.min(known.top, top);
        known.bottom = Math.max(known.bottom, bottom);
      } else if (extents.size < MAX_ANCHORS) {
        extents.set(path, { path, top, bottom });
      }
    }
  }
  return [...extents.values()];
}
