export * from './types.ts';
export { checkBriefing } from './checkBriefing.ts';
export { enumerateFields } from './fields.ts';
export { RULES, ruleById } from './registry.ts';
export { applyFix, applyFixes } from './applyFix.ts';
export { scriptOf } from './script.ts';
export { lineAndColumn } from './position.ts';
