import type { Briefing } from '../../../../core/model/index.ts';
import { existsIn, parseModelPath, type ModelPath } from '../../preview/modelPath.ts';
import { recipientsFieldId } from '../../sections/distribution/DistributionLine.tsx';
import { followUpFieldId } from '../../sections/followUps/followUpColumns.tsx';
import type { FieldTarget } from './navigation.tsx';
import { DETAILS } from './sectionLabel.ts';

/** Where a click in the preview leads: the outline entry to show and the field to put the cursor in. */
export interface PreviewTarget {
  target: string;
  field: FieldTarget;
}

const photoCaption = (mediaId: string) => `[data-testid="photo-card"][data-media-id="${CSS.escape(mediaId)}"] input`;

function firstField(section: Briefing['sections'][number], briefing: Briefing): FieldTarget {
  switch (section.type) {
    case 'text':
      return { ids: [`text-${section.id}-heading`] };
    case 'sites':
      return { ids: section.sites.slice(0, 1).map((s) => `site-${s.id}-name`) };
    case 'remarks':
      return { ids: section.remarks.slice(0, 1).map((r) => `remark-${r.id}-speaker`) };
    case 'attendees':
      return { ids: briefing.attendees.slice(0, 1).map((a) => `attendee-${a.id}-name`) };
    case 'followUps':
      return { ids: section.items.slice(0, 1).map((item) => followUpFieldId(item.id, 'action')) };
    case 'distribution':
      return { ids: [recipientsFieldId(section.id, 0)] };
    case 'photos':
      return { selectors: section.photoIds.slice(0, 1).map(photoCaption) };
  }
}

function blockField(id: string, block: number, item: number | undefined): FieldTarget {
  return { ids: [id], block, ...(item === undefined ? {} : { item }) };
}

function targetOf(path: ModelPath, briefing: Briefing): PreviewTarget | undefined {
  if (path.kind === 'meta') return { target: DETAILS, field: { ids: [`meta-${path.field ?? 'title'}`, 'meta-title'] } };
  if (path.kind === 'attendee') {
    const section = briefing.sections.find((s) => s.type === 'attendees');
    const person = briefing.attendees[path.index];
    return section && person ? { target: section.id, field: { ids: [`attendee-${person.id}-name`] } } : undefined;
  }
  const section = briefing.sections[path.index];
  if (!section) return undefined;
  const at = (field: FieldTarget): PreviewTarget => ({ target: section.id, field });
  const part = path.part;
  if (!part) return at(firstField(section, briefing));
  if (part.kind === 'body') return at(blockField(`text-${section.id}-body`, part.block, part.item));
  if (part.kind === 'photo') return section.type === 'photos' ? at({ selectors: [photoCaption(section.photoIds[part.photo] ?? '')] }) : undefined;
  if (section.type === 'sites') {
    const site = section.sites[part.index];
    if (!site) return undefined;
    const inner = part.inner;
    if (inner?.kind === 'description') return at(blockField(`site-${site.id}-description`, inner.block, inner.item));
    // A site's photo leads to the site it is shown with (its caption is the photo's, on the photos page).
    return at({ ids: [`site-${site.id}-name`] });
  }
  if (section.type === 'remarks') {
    const remark = section.remarks[part.index];
    if (!remark) return undefined;
    const inner = part.inner;
    return at(inner?.kind === 'body' ? blockField(`remark-${remark.id}-body`, inner.block, inner.item) : { ids: [`remark-${remark.id}-speaker`] });
  }
  if (section.type === 'followUps') {
    const item = section.items[part.index];
    return item ? at({ ids: [followUpFieldId(item.id, 'action')] }) : undefined;
  }
  if (section.type === 'distribution') return at({ ids: [recipientsFieldId(section.id, part.index)] });
  return undefined;
}

/**
 * The field for a model path the preview frame sent. The frame is untrusted: the path must parse (modelPath.ts)
 * and name something the open briefing has, else the click leads nowhere.
 */
export function previewTarget(raw: unknown, briefing: Briefing): PreviewTarget | undefined {
  const path = parseModelPath(raw);
  return path && existsIn(path, briefing) ? targetOf(path, briefing) : undefined;
}
