// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a probe file placed (virtually) in `path` and returns the rule ids it breaks. */
async function violations(path: string, source: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const zodProbe = "import { z } from 'zod';\nexport const probe = z.string();\n";

describe('imports of zod', () => {
  it.each([
    'src/domain/formats/zod-probe.ts',
    'src/db/zod-probe.ts',
    'src/components/zod-probe.tsx',
    'tests/domain/zod-probe.test.ts',
  ])('rejects zod imported directly in %s', async (path) => {
    expect(await violations(path, zodProbe)).toContain('no-restricted-imports');
  });

  it('rejects a zod subpath such as zod/mini', async () => {
    const source = "import { z } from 'zod/mini';\nexport const probe = z.string();\n";
    expect(await violations('src/domain/zod-probe.ts', source)).toContain('no-restricted-imports');
  });

  it('allows z from the module that configures it', async () => {
    const source = "import { z } from '../validation/zod';\nexport const probe = z.string();\n";
    expect(await violations('src/domain/formats/zod-probe.ts', source)).toEqual([]);
  });
});

describe('imports of dexie', () => {
  it.each(['src/domain/dexie-probe.ts', 'src/store/dexie-probe.ts', 'src/hooks/dexie-probe.ts'])(
    'rejects dexie in %s',
    async (path) => {
      const source = "import Dexie from 'dexie';\nexport const probe = Dexie;\n";
      expect(await violations(path, source)).toContain('no-restricted-imports');
    },
  );

  it('allows dexie in src/db', async () => {
    const source = "import Dexie from 'dexie';\nexport const probe = Dexie;\n";
    expect(await violations('src/db/dexie-probe.ts', source)).toEqual([]);
  });
});
