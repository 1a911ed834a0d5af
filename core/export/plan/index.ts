export * from './blocks.ts';
export { buildPlan } from './buildPlan.ts';
export { planText } from './planText.ts';
