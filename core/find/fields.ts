import type { Briefing, TextLeaf } from '../model/index.ts';

export type Key = string | number;

/** One place text can be found: a plain string field, or one text block (its leaves) of a rich text. */
export type FindField =
  | { kind: 'plain'; path: Key[]; text: string }
  | {
      kind: 'rich';
      /** The path of the rich-text array in the briefing ("sections", 2, "body"). */
      root: Key[];
      /** The Slate path of the block inside it (list item: [block, item]). */
      blockPath: number[];
      /** The block's leaves joined; offsets count through them, marks ignored. */
      text: string;
      /** The key path of the block in the briefing: root, then the block path through `children`. */
      path: Key[];
    };

export const pathString = (path: readonly Key[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? key : `${out}.${key}`), '');

type Node = { text?: unknown; children?: unknown };
const isLeaf = (node: unknown): node is TextLeaf => typeof node === 'object' && node !== null && typeof (node as Node).text === 'string';

/**
 * The text blocks of a rich text in reading order: every element whose children are all leaves. Walking the
 * shape rather than the block types keeps tables and nested lists searchable as the model grows.
 */
function richFields(root: Key[], nodes: readonly unknown[], prefix: number[] = []): FindField[] {
  return nodes.flatMap((node, i) => {
    const children = (node as Node).children;
    if (!Array.isArray(children)) return [];
    const blockPath = [...prefix, i];
    if (children.length > 0 && children.every(isLeaf)) {
      // The key path of the block: body[1].children[0] for the first item of the second block.
      const path: Key[] = [...root, blockPath[0]!, ...blockPath.slice(1).flatMap((index) => ['children', index])];
      return [{ kind: 'rich' as const, root, blockPath, text: children.map((leaf) => leaf.text).join(''), path }];
    }
    return richFields(root, children, blockPath);
  });
}

// Not the ★保密期限: a replacement could make it blank, too long or give it a ★, none of which the file allows.
const META_FIELDS = [
  'title', 'subtitle', 'issueNumber', 'totalIssueNumber', 'location', 'organisationVisited', 'issuingOffice',
  'author', 'reviewer', 'addressees', 'classification', 'urgency',
] as const;

/**
 * Every field a user types, in the order of the editor: the details, the attendee table, then each section with
 * its tables, rich texts and photo captions. Ids, dates, codes and the 份号 are not text to search.
 */
export function findFields(briefing: Briefing): FindField[] {
  const out: FindField[] = [];
  const plain = (path: Key[], text: string | undefined) => {
    if (typeof text === 'string' && text !== '') out.push({ kind: 'plain', path, text });
  };
  const { meta } = briefing;
  for (const key of META_FIELDS) plain(['meta', key], meta[key]);
  (meta.signers ?? []).forEach((name, i) => plain(['meta', 'signers', i], name));
  (meta.attachments ?? []).forEach((name, i) => plain(['meta', 'attachments', i], name));
  briefing.attendees.forEach((a, i) => {
    plain(['attendees', i, 'name'], a.name);
    plain(['attendees', i, 'title'], a.title);
    plain(['attendees', i, 'organisation'], a.organisation);
  });
  const captioned = new Set<string>();
  const captions = (photoIds: readonly string[]) => {
    for (const id of photoIds) {
      const index = briefing.media.findIndex((m) => m.id === id);
      if (index < 0 || captioned.has(id)) continue;
      captioned.add(id);
      plain(['media', index, 'caption'], briefing.media[index]!.caption);
      plain(['media', index, 'credit'], briefing.media[index]!.credit);
    }
  };
  briefing.sections.forEach((section, s) => {
    const at: Key[] = ['sections', s];
    plain([...at, 'heading'], section.heading);
    switch (section.type) {
      case 'sites':
        section.sites.forEach((site, i) => {
          plain([...at, 'sites', i, 'name'], site.name);
          plain([...at, 'sites', i, 'time'], site.time);
          out.push(...richFields([...at, 'sites', i, 'description'], site.description));
          captions(site.photoIds);
        });
        break;
      case 'remarks':
        section.remarks.forEach((remark, i) => {
          if ('name' in remark.speaker) plain([...at, 'remarks', i, 'speaker', 'name'], remark.speaker.name);
          plain([...at, 'remarks', i, 'role'], remark.role);
          out.push(...richFields([...at, 'remarks', i, 'body'], remark.body));
        });
        break;
      case 'text':
        out.push(...richFields([...at, 'body'], section.body));
        break;
      case 'photos':
        captions(section.photoIds);
        break;
      case 'followUps':
        section.items.forEach((item, i) => {
          plain([...at, 'items', i, 'action'], item.action);
          plain([...at, 'items', i, 'owner'], item.owner);
        });
        break;
      case 'distribution':
        section.lines.forEach((line, i) => plain([...at, 'lines', i, 'recipients'], line.recipients));
        plain([...at, 'printedBy'], section.printedBy);
        break;
      default:
        break;
    }
  });
  // Photos no section shows yet still have captions a user typed.
  captions(briefing.media.map((m) => m.id));
  return out;
}
