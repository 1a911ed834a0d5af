import type { Briefing } from './briefing.ts';

/**
 * Warnings, not errors: free-text 密级/紧急程度 kept from an older file because it names none of the fixed
 * choices. It is printed as written; `briefing validate` says so, so the user can pick a level instead.
 */
export function gongwenWarnings(briefing: Briefing): { path: string; message: string }[] {
  const { classification, urgency } = briefing.meta;
  const out: { path: string; message: string }[] = [];
  if (classification?.trim()) {
    out.push({
      path: 'meta.classification',
      message: `"${classification}" is not a 密级 (绝密/机密/秘密); kept as free text and printed as written — choose secrecyLevel instead`,
    });
  }
  if (urgency?.trim()) {
    out.push({
      path: 'meta.urgency',
      message: `"${urgency}" is not a 紧急程度 (特急/加急); kept as free text and printed as written — choose urgencyLevel instead`,
    });
  }
  return out;
}
