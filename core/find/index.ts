export * from './fold.ts';
export * from './fields.ts';
export * from './match.ts';
export * from './replace.ts';
