export * from './schema.ts';
export * from './record.ts';
export * from './edit.ts';
export * from './table.ts';
export * from './sort.ts';
