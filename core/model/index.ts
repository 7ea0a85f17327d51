export * from './annotation';
export * from './article';
export * from './party';
export * from './primitives';
export * from './selectors';
export * from './url';
