export * from './blocks.ts';
export { buildPlan, type PlanOptions } from './buildPlan.ts';
export { planText } from './planText.ts';
export * from './gongwen.ts';
export { withFigureRuns, rowGroups, photoBoxMm, fitInBox, type FigureRun, type LaidOutBlock } from './figureRuns.ts';
export { listLevelStyle, type ListLevelStyle } from './listLevels.ts';
export { LINE_HEIGHT, FIGURE_SPACE_PT, CREDIT_SCALE, META_SPACE_PT, TABLE_RULE_PT, DISTRIBUTION_SPACE_PT, DISTRIBUTION_THICK_RULE, type LineRole } from './lineHeights.ts';
