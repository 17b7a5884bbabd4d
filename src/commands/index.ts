/**
 * Every user command (docs/architecture.md "Commands"): plain async functions that write through
 * the repos, record undo/redo and report failure one way, as a CommandResult.
 */
export * from './run';
export * from './annotations';
export * from './tags';
export * from './documents';
export * from './transfer';
export * from './corpus';
