export * from './blocks.ts';
export { buildPlan } from './buildPlan.ts';
export { planText } from './planText.ts';
export * from './gongwen.ts';
export { withFigureRuns, rowGroups, photoBoxMm, fitInBox, type FigureRun, type LaidOutBlock } from './figureRuns.ts';
export { listLevelStyle, type ListLevelStyle } from './listLevels.ts';
