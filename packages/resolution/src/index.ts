export * from './nodes';
export * from './numbering';
export * from './convert';
export * from './wire';
export * from './schema';
export * from './ids';
export * from './validate';
export * from './plugin';
