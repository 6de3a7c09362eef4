export * from './ordinals';
export * from './dates';
export * from './typography';
export * from './lists';
