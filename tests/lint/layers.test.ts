// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a probe file placed (virtually) in `path` and returns the rule ids it breaks. */
async function violations(path: string, source: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the one-way layer rule', () => {
  it('rejects an import from src/db inside src/domain', async () => {
    const rules = await violations(
      'src/domain/layer-probe.ts',
      "import { db } from '../db/db';\nexport const probe = db;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('rejects an import from components inside the store', async () => {
    const rules = await violations(
      'src/store/layer-probe.ts',
      "import { ArticleCard } from '../components/article-card';\nexport const probe = ArticleCard;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('rejects dexie in a component', async () => {
    const rules = await violations(
      'src/components/layer-probe.tsx',
      "import Dexie from 'dexie';\nexport const probe = Dexie;\n",
    );
    expect(rules).toContain('no-restricted-imports');
  });

  it('allows a component to import from the domain', async () => {
    const rules = await violations(
      'src/components/layer-probe.ts',
      "import { arrangeLibrary } from '../domain/library';\nexport const probe = arrangeLibrary;\n",
    );
    expect(rules).toEqual([]);
  });
});

describe('the commands and reader-dom layers', () => {
  it('rejects a hook inside a command', async () => {
    const rules = await violations(
      'src/commands/layer-probe.ts',
      "import { useTags } from '../hooks/use-tags';\nexport const probe = useTags;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('rejects a command inside the store', async () => {
    const rules = await violations(
      'src/store/layer-probe.ts',
      "import { undoLast } from '../commands/run';\nexport const probe = undoLast;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('rejects the database inside reader-dom', async () => {
    const rules = await violations(
      'src/reader-dom/layer-probe.ts',
      "import { annotationsRepo } from '../db';\nexport const probe = annotationsRepo;\n",
    );
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('lets a hook use commands and reader-dom', async () => {
    const rules = await violations(
      'src/hooks/layer-probe.ts',
      "import { undoLast } from '../commands/run';\nimport { markOf } from '../reader-dom/contract';\nexport const probe = [undoLast, markOf];\n",
    );
    expect(rules).toEqual([]);
  });
});
