import { CURRENT_FORMAT_VERSION, type Briefing } from './briefing.ts';
import type { Language } from './meta.ts';
import type { Section, SectionType } from './sections.ts';

/** A fresh id for anything in a briefing: short, unique, safe as a media file name. */
export function newId(prefix = 'id'): string {
  const random = globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12);
  return `${prefix}-${random}`;
}

const TODAY = () => new Date().toISOString().slice(0, 10);

/** An empty section of a type, ready for the editor. Text sections need a heading: the caller's label. */
export function newSection(type: SectionType, heading = ''): Section {
  const id = newId('s');
  switch (type) {
    case 'attendees':
      return { id, type };
    case 'sites':
      return { id, type, sites: [] };
    case 'remarks':
      return { id, type, remarks: [] };
    case 'photos':
      return { id, type, photoIds: [] };
    case 'text':
      return { id, type, heading: heading.trim() || 'Text', body: [{ type: 'paragraph', children: [{ text: '' }] }] };
    case 'followUps':
      return { id, type, items: [] };
    case 'distribution':
      return { id, type, lines: [] };
  }
}

/**
 * A new briefing on a template: the usual sections in the usual order, today's date, no attendees yet.
 * The title is a placeholder the user replaces; it is never empty so the document validates from the start.
 */
export function newBriefing(templateId: string, language: Language, labels: { title: string; summary: string }): Briefing {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    meta: { title: labels.title, visitDate: TODAY(), language, templateId },
    attendees: [],
    sections: [
      newSection('attendees'),
      newSection('sites'),
      newSection('remarks'),
      newSection('photos'),
      newSection('text', labels.summary),
      newSection('followUps'),
      ...(language === 'zh-CN' ? [newSection('distribution')] : []),
    ],
    media: [],
  };
}
