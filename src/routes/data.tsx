import { DamagedRecords } from '../components/damaged-records';
import { useEffect, useMemo } from 'react';
import { CoderImportPanel } from '../components/coder-import-panel';
import { ExportPanel } from '../components/export-panel';
import { ImportArticlesLauncher } from '../components/import-articles-launcher';
import { ImportPanel } from '../components/import-panel';
import { filtersFromParams } from '../domain/annotations/filter';
import styles from './data.module.css';
import { useUrlParams } from '../hooks/use-url-params';

/** `/data`: "Export & import". Filters in the URL (from All annotations) scope the export. */
export function DataRoute() {
  const [params, setParams] = useUrlParams();
  const setId = params.get('set') ?? '';
  const chooseSet = (id: string) => {
    const next = new URLSearchParams(params);
    next.delete('set');
    if (id) next.set('set', id);
    setParams(next);
  };
  const filter = useMemo(() => {
    // The set is a choice of its own in the panel; the rest are the All annotations filters.
    const { sets: _sets, ...parsed } = filtersFromParams(params);
    const any =
      parsed.tags.length +
        parsed.articles.length +
        parsed.outlets.length +
        parsed.languages.length +
        parsed.statuses.length +
        (parsed.coders?.length ?? 0) >
        0 || parsed.query !== '';
    return any ? parsed : null;
  }, [params]);
  useEffect(() => {
    document.title = 'Export & import · Gloss';
  }, []);
  return (
    <main className={styles.page} id="main">
      <h1>Export &amp; import</h1>
      <ExportPanel filter={filter} setId={setId} onSetChange={chooseSet} />
      <ImportPanel />
      <section className={styles.corpus} aria-labelledby="corpus-import-title">
        <h2 id="corpus-import-title">Import a corpus</h2>
        <p>
          Many articles at once, with their outlets and dates: text files, a folder, saved web
          pages, a table (CSV, TSV, JSON) or a .zip.
        </p>
        <ImportArticlesLauncher />
      </section>
      <DamagedRecords />
      <CoderImportPanel />
    </main>
  );
}
