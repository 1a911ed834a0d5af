export * from './manifest.ts';
export * from './localize.ts';
export * from './numerals.ts';
export * from './dates.ts';
export * from './parse.ts';
