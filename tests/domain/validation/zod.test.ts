import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../../../src/domain/validation';
import { z } from '../../../src/domain/validation/zod';

describe('the zod module', () => {
  it('runs zod without compiling code, as the CSP requires', () => {
    expect(AnnotationSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });

  it('builds and parses object schemas without the Function constructor', () => {
    const original = globalThis.Function;
    const calls: unknown[][] = [];
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        calls.push(args);
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        calls.push(args);
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      const schema = z.strictObject({ name: z.string(), count: z.number().int() });
      expect(schema.parse({ name: 'a', count: 1 })).toEqual({ name: 'a', count: 1 });
      expect(schema.safeParse({ name: 'a' }).success).toBe(false);
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toEqual([]);
  });
});
