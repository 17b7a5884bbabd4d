import { DamagedRecords } from '../components/damaged-records';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CoderImportPanel } from '../components/coder-import-panel';
import { ExportPanel } from '../components/export-panel';
import { ImportPanel } from '../components/import-panel';
import { filtersFromParams } from '../domain/annotations/filter';
import styles from './data.module.css';

/** `/data`: "Export & import". Filters in the URL (from All annotations) scope the export. */
export function DataRoute() {
  const [params] = useSearchParams();
  const filter = useMemo(() => {
    const parsed = filtersFromParams(params);
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
      <ExportPanel filter={filter} />
      <ImportPanel />
      <DamagedRecords />
      <CoderImportPanel />
    </main>
  );
}
