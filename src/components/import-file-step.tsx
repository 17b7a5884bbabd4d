import { useId, useState, type DragEvent } from 'react';
import { ENCODING_CHOICES, type EncodingChoice } from '../domain/corpus-import/encoding';
import { IMPORT_ACCEPT, IMPORT_LIMITS_TEXT } from '../domain/corpus-import/sources';
import { formatCount } from './format';
import { filesOfDrop } from './dropped-files';
import styles from './import-articles.module.css';

interface Props {
  files: File[];
  encoding: EncodingChoice;
  onFiles: (files: File[]) => void;
  onEncoding: (encoding: EncodingChoice) => void;
}

/** The first step of "Import articles": files by picker, folder or drop, and their encoding. */
export function ImportFileStep({ files, encoding, onFiles, onEncoding }: Props) {
  const id = useId();
  const [over, setOver] = useState(false);

  async function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    onFiles(await filesOfDrop(event.dataTransfer));
  }

  return (
    <>
      <p id={`${id}-limits`} className={styles.hint}>
        Text (.txt, .md), saved web pages (.html), tables (.csv, .tsv, .json, .jsonl) or a .zip of
        them. {IMPORT_LIMITS_TEXT}
      </p>
      <div className={styles.field}>
        <label htmlFor={`${id}-files`}>Files</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          aria-describedby={`${id}-limits`}
          onChange={(event) => onFiles(Array.from(event.target.files ?? []))}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-folder`}>Folder</label>
        <input
          id={`${id}-folder`}
          type="file"
          multiple
          // React has no prop for it: the attribute makes the picker choose a whole folder.
          ref={(input) => input?.setAttribute('webkitdirectory', '')}
          onChange={(event) => onFiles(Array.from(event.target.files ?? []))}
        />
      </div>
      <div
        className={`${styles.drop} ${over ? styles.dropActive : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => void drop(event)}
      >
        Or drop files or folders here.
      </div>
      <p className={styles.chosen} aria-live="polite">
        {files.length === 0 ? 'No files chosen.' : `${formatCount(files.length, 'file')} chosen.`}
      </p>
      <div className={styles.field}>
        <label htmlFor={`${id}-encoding`}>Encoding</label>
        <select
          id={`${id}-encoding`}
          className="field"
          value={encoding}
          onChange={(event) => onEncoding(event.target.value as EncodingChoice)}
        >
          {ENCODING_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
