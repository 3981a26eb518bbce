export * from './common.ts';
export * from './agency.ts';
export * from './task.ts';
export * from './target.ts';
export * from './plan.ts';
export * from './links.ts';
export * from './open-data.ts';
export * from './search-term.ts';
