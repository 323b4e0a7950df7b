export * from './iso';
export * from './lunar';
export * from './occurrences';
export * from './calendar';
export * from './stored-rule';
