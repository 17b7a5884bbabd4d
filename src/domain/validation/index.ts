export * from './schemas';
export { firstIssue, formatPath, type FieldIssue } from './issues';
