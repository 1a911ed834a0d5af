import { useEffect, useRef, useState } from 'react';
import type { Briefing } from '../../../../core/model/index.ts';
import type { PreviewFollow } from '../../preview/follow.ts';
import { DETAILS } from './sectionLabel.ts';

const INPUT_THROTTLE_MS = 300;

/** The part of the briefing a field in the middle pane belongs to, as the preview's anchors name it. */
function partOf(target: Element, selected: string, briefing: Briefing): string | undefined {
  if (selected === DETAILS) return 'meta';
  const index = briefing.sections.findIndex((s) => s.id === selected);
  const section = briefing.sections[index];
  if (!section) return undefined;
  const path = `sections[${index}]`;
  const siteId = target.closest('[data-site-id]')?.getAttribute('data-site-id');
  if (siteId && section.type === 'sites') {
    const site = section.sites.findIndex((s) => s.id === siteId);
    if (site >= 0) return `${path}.sites[${site}]`;
  }
  const remarkId = target.closest('[data-remark-id]')?.getAttribute('data-remark-id');
  if (remarkId && section.type === 'remarks') {
    const remark = section.remarks.findIndex((r) => r.id === remarkId);
    if (remark >= 0) return `${path}.remarks[${remark}]`;
  }
  return path;
}

/**
 * What the user is editing, for the preview to follow: each focus moving into a field of the middle pane and each
 * edit there names its part (section, or site or remark). Listening on the document keeps the section editors
 * unaware of the preview.
 */
export function usePreviewFollow(selected: string, briefing: Briefing | undefined): PreviewFollow | undefined {
  const [follow, setFollow] = useState<PreviewFollow>();
  const latest = useRef({ selected, briefing });
  latest.current = { selected, briefing };
  useEffect(() => {
    let seq = 0;
    let last = { path: '', at: 0 };
    const onEdit = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const { selected: at, briefing: current } = latest.current;
      if (!target?.closest('.bc-pane') || !current) return;
      const path = partOf(target, at, current);
      if (!path) return;
      // Typing on in one part: one follow per pause-length burst is enough, and spares the preview a render a key.
      const now = performance.now();
      if (event.type === 'input' && path === last.path && now - last.at < INPUT_THROTTLE_MS) return;
      last = { path, at: now };
      setFollow({ path, seq: ++seq });
    };
    document.addEventListener('focusin', onEdit);
    document.addEventListener('input', onEdit);
    return () => {
      document.removeEventListener('focusin', onEdit);
      document.removeEventListener('input', onEdit);
    };
  }, []);
  return follow;
}
