/// <reference lib="webworker" />
import { GlossDB } from '../gloss-db';
import { AnnotationListCore } from './core';
import type { ListReply, ListRequest } from './protocol';

/* The /annotations worker: reads the annotations itself and answers in pages (core.ts). */

const core = new AnnotationListCore(
  (reply: ListReply) => (self as unknown as Worker).postMessage(reply),
  (name) => new GlossDB(name),
);

self.onmessage = (event: MessageEvent<ListRequest>) => {
  void core.handle(event.data);
};
