export * from './coder';
export * from './layer-import';
