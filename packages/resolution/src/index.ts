export * from './nodes';
export * from './numbering';
export * from './convert';
export * from './wire';
