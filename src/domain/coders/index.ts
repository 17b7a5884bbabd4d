export * from './coder';
export * from './layer-import';
export * from './layer-filter';
export * from './colors';
export * from './group-rows';
