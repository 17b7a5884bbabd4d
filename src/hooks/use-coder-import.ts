import { useCallback, useState } from 'react';
import {
  importCoderLayer,
  planCoderLayer,
  proposedName,
  readCoderFile,
  readCoderFileAgain,
  type CoderFile,
} from '../commands/coders';
import type { LayerImportPlan } from '../domain/coders/layer-import';
import { errorMessage } from '../domain/error-message';

export type CoderImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | (CoderFile & {
      step: 'preview';
      name: string;
      plan: LayerImportPlan;
      nameProblem: string | null;
      /** Why the preview was planned again (the data changed before Import). */
      notice?: string;
    })
  | { step: 'writing'; fileName: string }
  | { step: 'done'; fileName: string; plan: LayerImportPlan }
  | { step: 'error'; fileName: string; message: string };

/**
 * "Import as coder": reads any file the importers understand, proposes the coder's name from
 * it, previews whether it adds a layer or replaces that coder's earlier one, then writes the
 * layer in one transaction. The name can be changed before writing.
 */
export function useCoderImport() {
  const [state, setState] = useState<CoderImportState>({ step: 'idle' });

  const choose = useCallback(async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    try {
      const parsed = await readCoderFile(file);
      const name = await proposedName(parsed);
      setState({ step: 'preview', ...parsed, name, ...(await planCoderLayer(parsed, name)) });
    } catch (error) {
      setState({ step: 'error', fileName: file.name, message: errorMessage(error) });
    }
  }, []);

  const rename = useCallback(
    async (name: string) => {
      if (state.step !== 'preview') return;
      const { fileName, bundle, context } = state;
      const parsed = { fileName, bundle, context };
      setState({ step: 'preview', ...parsed, name, ...(await planCoderLayer(parsed, name)) });
    },
    [state],
  );

  const confirm = useCallback(async () => {
    if (state.step !== 'preview' || state.nameProblem) return;
    const { fileName, bundle, context, plan: layer, name } = state;
    setState({ step: 'writing', fileName });
    const result = await importCoderLayer({ fileName, bundle, context }, layer);
    if (!result.ok) {
      setState({ step: 'error', fileName, message: `Nothing was imported: ${result.message}` });
    } else if (result.value.status === 'stale') {
      // Planned again against what the database holds now, and shown before any write.
      const fresh = await readCoderFileAgain({ fileName, bundle, context });
      setState({
        step: 'preview',
        ...fresh,
        name,
        ...(await planCoderLayer(fresh, name)),
        notice:
          'The data changed since this preview (in this tab or another), so nothing was written. Here is the preview again; check it and choose once more.',
      });
    } else {
      setState({ step: 'done', fileName, plan: layer });
    }
  }, [state]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, choose, rename, confirm, reset };
}
