export * from './coder';
export * from './layer-import';
export * from './layer-filter';
