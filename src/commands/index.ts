/**
 * Every user command (docs/architecture.md "Commands"): plain async functions that write through
 * the repos, record undo/redo and report failure one way, as a CommandResult.
 */
export * from './run';
export * from './annotations';
export * from './tags';
// Document, transfer and corpus commands are imported from their modules, so the parser and the
// formats stay out of the first screen's JavaScript.
