import type { FindMatch, Key } from '../../../../core/find/index.ts';
import type { Briefing } from '../../../../core/model/index.ts';
import { DETAILS } from '../editor/sectionLabel.ts';
import { recipientsFieldId } from '../../sections/distribution/DistributionLine.tsx';
import { followUpFieldId } from '../../sections/followUps/followUpColumns.tsx';

/**
 * Where a match is on screen: the outline entry that shows its field, the field's element (a DOM id, or a CSS
 * selector and which of its inputs), and for a rich-text block its Slate path inside that editor.
 */
export interface MatchTarget {
  target: string;
  fieldId?: string;
  selector?: string;
  nth?: number;
  blockPath?: number[];
}

const cssId = (id: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/"/g, '\\"'));

function mediaTarget(briefing: Briefing, index: number, key: Key): MatchTarget {
  const item = briefing.media[index];
  if (!item) return { target: DETAILS };
  const photos = briefing.sections.find((s) => s.type === 'photos' && s.photoIds.includes(item.id));
  if (photos) return { target: photos.id, selector: `[data-testid="photo-card"][data-media-id="${cssId(item.id)}"] input`, nth: key === 'credit' ? 1 : 0 };
  const sites = briefing.sections.find((s) => s.type === 'sites' && s.sites.some((site) => site.photoIds.includes(item.id)));
  return { target: sites?.id ?? DETAILS };
}

export function matchTarget(briefing: Briefing, match: FindMatch): MatchTarget {
  const field = match.field;
  const keys = field.path;
  const blockPath = field.kind === 'rich' ? field.blockPath : undefined;
  if (keys[0] === 'meta') {
    if ((keys[1] === 'signers' || keys[1] === 'attachments') && typeof keys[2] === 'number') return { target: DETAILS, fieldId: `meta-${keys[1]}-${keys[2]}` };
    return { target: DETAILS, fieldId: `meta-${String(keys[1])}` };
  }
  if (keys[0] === 'media' && typeof keys[1] === 'number') return mediaTarget(briefing, keys[1], keys[2]!);
  if (keys[0] === 'attendees' && typeof keys[1] === 'number') {
    const person = briefing.attendees[keys[1]];
    const section = briefing.sections.find((s) => s.type === 'attendees');
    return { target: section?.id ?? DETAILS, ...(person ? { fieldId: `attendee-${person.id}-${String(keys[2])}` } : {}) };
  }
  const section = typeof keys[1] === 'number' ? briefing.sections[keys[1]] : undefined;
  if (keys[0] !== 'sections' || !section) return { target: DETAILS };
  const base = { target: section.id };
  const [, , part, index, inner] = keys;
  switch (section.type) {
    case 'text':
      if (part === 'heading') return { ...base, fieldId: `text-${section.id}-heading` };
      if (part === 'body') return { ...base, fieldId: `text-${section.id}-body`, ...(blockPath ? { blockPath } : {}) };
      return base;
    case 'sites': {
      const site = typeof index === 'number' ? section.sites[index] : undefined;
      if (!site) return base;
      return { ...base, fieldId: `site-${site.id}-${String(inner)}`, ...(inner === 'description' && blockPath ? { blockPath } : {}) };
    }
    case 'remarks': {
      const remark = typeof index === 'number' ? section.remarks[index] : undefined;
      if (!remark) return base;
      return { ...base, fieldId: `remark-${remark.id}-${String(inner)}`, ...(inner === 'body' && blockPath ? { blockPath } : {}) };
    }
    case 'followUps': {
      const item = typeof index === 'number' ? section.items[index] : undefined;
      if (!item) return base;
      return inner === 'action' ? { ...base, fieldId: followUpFieldId(item.id, 'action') } : { ...base, selector: `[data-followup-id="${cssId(item.id)}"] input.ant-input`, nth: 1 };
    }
    case 'distribution':
      if (part === 'printedBy') return { ...base, fieldId: `${section.id}-printedBy` };
      if (part === 'lines' && typeof index === 'number') return { ...base, fieldId: recipientsFieldId(section.id, index) };
      return base;
    default:
      return base;
  }
}
