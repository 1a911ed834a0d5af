export * from './contract.ts';
export * from './wire.ts';
export * from './channels.ts';
