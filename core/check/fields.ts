import type { Briefing, RichText } from '../model/index.ts';
import { leavesText } from '../model/index.ts';
import { scriptOf } from './script.ts';
import type { FieldRole, TextField } from './types.ts';

/**
 * Every text field a user types, with its path, in document order. Rich text yields one field per paragraph,
 * heading and quote (`sections[2].body[3]`), one per list item (`sections[2].body[4].children[1]`) and one per table
 * cell (`sections[2].body[5].children[0].children[2]`), so a range
 * is always inside one run of leaves the editor can select. `parentLevel` is the heading level the template
 * already gives the rich text's container (1 for a section, 2 for a site), for the heading-hierarchy rule.
 */
export function enumerateFields(briefing: Briefing): TextField[] {
  const out: TextField[] = [];
  const plain = (path: string, text: string | undefined, role: FieldRole) => {
    if (text !== undefined && text !== '') out.push({ path, text, role, script: scriptOf(text) });
  };
  const rich = (path: string, body: RichText, parentLevel: number) => {
    body.forEach((block, b) => {
      const at = `${path}[${b}]`;
      if (block.type === 'bulleted-list' || block.type === 'numbered-list') {
        block.children.forEach((item, i) => {
          const text = leavesText(item.children);
          out.push({ path: `${at}.children[${i}]`, text, role: 'body', script: scriptOf(text), richText: { path, blockType: 'list-item', parentLevel } });
        });
        return;
      }
      if (block.type === 'table') {
        // A cell is checked as a paragraph: one run of leaves the editor can select, at `….children[r].children[c]`.
        block.children.forEach((row, r) =>
          row.children.forEach((cell, c) => {
            const text = leavesText(cell.children);
            out.push({ path: `${at}.children[${r}].children[${c}]`, text, role: 'body', script: scriptOf(text), richText: { path, blockType: 'paragraph', parentLevel } });
          }),
        );
        return;
      }
      const text = leavesText(block.children);
      const level = block.type === 'heading' ? block.level : undefined;
      out.push({ path: at, text, role: 'body', script: scriptOf(text), richText: { path, blockType: block.type, parentLevel, ...(level ? { level } : {}) } });
    });
  };

  const m = briefing.meta;
  plain('meta.title', m.title, 'title');
  plain('meta.subtitle', m.subtitle, 'title');
  plain('meta.issueNumber', m.issueNumber, 'label');
  plain('meta.location', m.location, 'label');
  plain('meta.organisationVisited', m.organisationVisited, 'label');
  plain('meta.issuingOffice', m.issuingOffice, 'label');
  plain('meta.author', m.author, 'name');
  plain('meta.reviewer', m.reviewer, 'name');
  plain('meta.classification', m.classification, 'label');
  plain('meta.urgency', m.urgency, 'label');
  briefing.attendees.forEach((a, i) => {
    plain(`attendees[${i}].name`, a.name, 'name');
    plain(`attendees[${i}].title`, a.title, 'label');
    plain(`attendees[${i}].organisation`, a.organisation, 'label');
  });
  briefing.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    plain(`${at}.heading`, section.heading, 'heading');
    switch (section.type) {
      case 'sites':
        section.sites.forEach((site, i) => {
          plain(`${at}.sites[${i}].name`, site.name, 'heading');
          plain(`${at}.sites[${i}].time`, site.time, 'label');
          rich(`${at}.sites[${i}].description`, site.description, 2);
        });
        break;
      case 'remarks':
        section.remarks.forEach((remark, i) => {
          if ('name' in remark.speaker) plain(`${at}.remarks[${i}].speaker.name`, remark.speaker.name, 'name');
          plain(`${at}.remarks[${i}].role`, remark.role, 'label');
          rich(`${at}.remarks[${i}].body`, remark.body, 1);
        });
        break;
      case 'text':
        rich(`${at}.body`, section.body, 1);
        break;
      case 'followUps':
        section.items.forEach((item, i) => {
          plain(`${at}.items[${i}].action`, item.action, 'line');
          plain(`${at}.items[${i}].owner`, item.owner, 'label');
        });
        break;
      case 'distribution':
        section.lines.forEach((line, i) => plain(`${at}.lines[${i}].recipients`, line.recipients, 'line'));
        plain(`${at}.printedBy`, section.printedBy, 'label');
        break;
      default:
        break;
    }
  });
  briefing.media.forEach((item, i) => {
    plain(`media[${i}].caption`, item.caption, 'line');
    plain(`media[${i}].credit`, item.credit, 'name');
  });
  return out;
}
