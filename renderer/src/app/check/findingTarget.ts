import type { Briefing, Section } from '../../../../core/model/index.ts';
import { DETAILS } from '../editor/sectionLabel.ts';
import { recipientsFieldId } from '../../sections/distribution/DistributionLine.tsx';
import { followUpFieldId } from '../../sections/followUps/followUpColumns.tsx';
import { photoFieldId } from '../../sections/photos/PhotoCard.tsx';
import { pathKeys } from './fixFindings.ts';

/**
 * Where a finding is on screen: the outline entry that shows it, the DOM id of its field (when the editor has one)
 * and, for a rich-text block, its Slate path inside that editor.
 */
export interface FindingTarget {
  target: string;
  section?: Section;
  fieldId?: string;
  blockPath?: number[];
}

/** A photo's caption or credit: in the photos section that shows the photo (a site only lists it by name). */
function photoTarget(briefing: Briefing, index: number, field: string | number | undefined): FindingTarget {
  const item = briefing.media[index];
  const section = item && briefing.sections.find((s) => s.type === 'photos' && s.photoIds.includes(item.id));
  const owner = section ?? (item && briefing.sections.find((s) => s.type === 'sites' && s.sites.some((site) => site.photoIds.includes(item.id))));
  if (!owner) return { target: DETAILS };
  const base: FindingTarget = { target: owner.id, section: owner };
  return section && item && (field === 'caption' || field === 'credit') ? { ...base, fieldId: photoFieldId(item.id, field) } : base;
}

export function findingTarget(briefing: Briefing, path: string): FindingTarget {
  const keys = pathKeys(path);
  if (keys[0] === 'media' && typeof keys[1] === 'number') return photoTarget(briefing, keys[1], keys[2]);
  if (keys[0] === 'meta' && typeof keys[1] === 'string') return { target: DETAILS, fieldId: `meta-${keys[1]}` };
  if (keys[0] === 'attendees' && typeof keys[1] === 'number') {
    const person = briefing.attendees[keys[1]];
    const section = briefing.sections.find((s) => s.type === 'attendees');
    const base: FindingTarget = section ? { target: section.id, section } : { target: DETAILS };
    return person && typeof keys[2] === 'string' ? { ...base, fieldId: `attendee-${person.id}-${keys[2]}` } : base;
  }
  if (keys[0] !== 'sections' || typeof keys[1] !== 'number') return { target: DETAILS };
  const section = briefing.sections[keys[1]];
  if (!section) return { target: DETAILS };
  const base: FindingTarget = { target: section.id, section };
  const rest = keys.slice(2);
  const blockPath = (from: number) => rest.slice(from).filter((k): k is number => typeof k === 'number');
  if (section.type === 'text') {
    if (rest[0] === 'heading') return { ...base, fieldId: `text-${section.id}-heading` };
    if (rest[0] === 'body') return { ...base, fieldId: `text-${section.id}-body`, blockPath: blockPath(1) };
  }
  if (section.type === 'sites' && rest[0] === 'sites' && typeof rest[1] === 'number') {
    const site = section.sites[rest[1]];
    if (site && rest[2] === 'description') return { ...base, fieldId: `site-${site.id}-description`, blockPath: blockPath(3) };
    if (site && typeof rest[2] === 'string') return { ...base, fieldId: `site-${site.id}-${rest[2]}` };
  }
  if (section.type === 'remarks' && rest[0] === 'remarks' && typeof rest[1] === 'number') {
    const remark = section.remarks[rest[1]];
    if (remark && rest[2] === 'body') return { ...base, fieldId: `remark-${remark.id}-body`, blockPath: blockPath(3) };
    if (remark && typeof rest[2] === 'string') return { ...base, fieldId: `remark-${remark.id}-${rest[2]}` };
  }
  if (section.type === 'followUps' && rest[0] === 'items' && typeof rest[1] === 'number') {
    const item = section.items[rest[1]];
    if (item && (rest[2] === 'action' || rest[2] === 'owner')) return { ...base, fieldId: followUpFieldId(item.id, rest[2]) };
  }
  if (section.type === 'distribution') {
    if (rest[0] === 'lines' && typeof rest[1] === 'number' && rest[2] === 'recipients') return { ...base, fieldId: recipientsFieldId(section.id, rest[1]) };
    if (rest[0] === 'printedBy') return { ...base, fieldId: `${section.id}-printedBy` };
  }
  return base;
}
