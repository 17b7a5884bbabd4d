export * from './items';
export * from './decisions';
