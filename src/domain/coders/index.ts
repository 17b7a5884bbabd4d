export * from './coder';
