import { useState, type ComponentType } from 'react';
import type { ImportArticlesDialogProps } from './import-articles-dialog';

interface Props {
  /** Called once articles were stored (the library clears its filter so they show). */
  onImported?: () => void;
}

/**
 * The "Import articles" button and the dialog it opens. The dialog, its parsers and their
 * libraries load when the button is pressed, never with the first screen (docs/architecture.md
 * "Commands": the first screen's JavaScript budget).
 */
export function ImportArticlesLauncher({ onImported }: Props) {
  const [Dialog, setDialog] = useState<ComponentType<ImportArticlesDialogProps> | null>(null);
  const close = () => setDialog(null);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() =>
          void import('./import-articles-dialog').then((module) =>
            setDialog(() => module.ImportArticlesDialog),
          )
        }
      >
        Import articles
      </button>
      {Dialog ? (
        <Dialog
          onClose={close}
          onImported={() => {
            close();
            onImported?.();
          }}
        />
      ) : null}
    </>
  );
}
