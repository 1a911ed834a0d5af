export * from './schema.ts';
export * from './nextNumber.ts';
export * from './newIssue.ts';
export * from './label.ts';
