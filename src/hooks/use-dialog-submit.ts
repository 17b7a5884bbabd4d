import { useState } from 'react';

type Outcome = { ok: true } | { ok: false; message: string };

/**
 * The submit of a dialog that runs one command: busy while it runs, closes when it succeeds,
 * keeps the command's message when it fails so the dialog can show it beside the form.
 */
export function useDialogSubmit(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(command: () => Promise<Outcome>): Promise<void> {
    setBusy(true);
    setFailure(null);
    const result = await command();
    setBusy(false);
    if (result.ok) onClose();
    else setFailure(result.message);
  }

  return { busy, failure, run };
}
