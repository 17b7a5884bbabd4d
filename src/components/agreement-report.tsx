import { useEffect, useId, useRef } from 'react';
import type {
  AgreementReport as Report,
  ArticleAgreement,
  Disagreement,
} from '../domain/agreement';
import { exportFileName } from '../domain/formats/file-name';
import styles from './agreement-report.module.css';
import { HeaderRow, MeasureCells, ScrollTable } from './agreement-tables';
import { downloadText } from './download';
import { formatCount } from './format';

const MAX_LISTED = 200;

const KIND_LABELS: Record<Disagreement['kind'], string> = {
  boundary: 'Boundaries differ',
  'local-only': 'Only local',
  'imported-only': 'Only imported',
};

function Passage({ text }: { text: { quote: string } | null }) {
  return text ? (
    <span className={styles.quote}>{text.quote}</span>
  ) : (
    <span className={styles.none}>Not coded</span>
  );
}

function ArticleDisagreements({ entry }: { entry: ArticleAgreement }) {
  const { article, disagreements } = entry;
  if (disagreements.length === 0) return null;
  return (
    <ScrollTable
      level="h5"
      title={`${article.title}: ${formatCount(disagreements.length, 'disagreement')}`}
    >
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Local</th>
          <th scope="col">Imported</th>
        </tr>
      </thead>
      <tbody>
        {disagreements.slice(0, MAX_LISTED).map((d) => (
          <tr
            key={`${d.tag.key}-${d.local?.start ?? ''}-${d.local?.end ?? ''}-${d.imported?.start ?? ''}-${d.imported?.end ?? ''}`}
          >
            <th scope="row">
              {d.tag.name}
              <span className={styles.kind}>{KIND_LABELS[d.kind]}</span>
            </th>
            <td className={styles.passage}>
              <Passage text={d.local} />
            </td>
            <td className={styles.passage}>
              <Passage text={d.imported} />
            </td>
          </tr>
        ))}
        {disagreements.length > MAX_LISTED ? (
          <tr>
            <td colSpan={3}>… and {disagreements.length - MAX_LISTED} more</td>
          </tr>
        ) : null}
      </tbody>
    </ScrollTable>
  );
}

async function downloadReport(report: Report): Promise<void> {
  // Written without downloadCsv's text-only cells: a negative kappa must stay a number.
  const { agreementCsv } = await import('../domain/agreement/csv');
  const fileName = exportFileName('agreement', new Date(), 'csv');
  downloadText(fileName, agreementCsv(report), 'text/csv;charset=utf-8');
}

/**
 * "Compare coders": how far an imported file's annotations agree with the local ones (the
 * reference), per tag, per article and overall, and the passages where they differ.
 */
export function AgreementReport({
  fileName,
  report,
  onBack,
}: {
  fileName: string;
  report: Report;
  onBack: () => void;
}) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const disagreements = report.byArticle.reduce((n, a) => n + a.disagreements.length, 0);

  return (
    <div role="region" aria-labelledby={titleId} className={styles.report}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        Agreement: local annotations and {fileName}
      </h3>
      <p className={styles.hint}>
        Local (your annotations) is the reference; Imported is {fileName}. Nothing was imported.
        Cohen’s κ compares the characters each coder tagged (1 = full agreement, 0 = chance). F1
        compares spans: exact (same start, end and tag) or overlap (any shared character, same tag).
      </p>
      <div className={styles.buttons}>
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button" onClick={() => void downloadReport(report)}>
          Download agreement CSV
        </button>
      </div>
      {report.ignored.length > 0 ? (
        <details>
          <summary>
            {formatCount(report.ignored.length, 'annotation')} left out of the comparison
          </summary>
          <ul className={styles.ignored}>
            {report.ignored.slice(0, MAX_LISTED).map((i) => (
              <li key={`${i.coder}-${i.annotationId}`}>
                {i.coder === 'local' ? 'Local' : 'Imported'} annotation {i.annotationId}: {i.detail}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.byArticle.length === 0 ? (
        <p role="status">Neither side has tagged passages in the articles of this library.</p>
      ) : (
        <>
          <ScrollTable level="h4" title="Agreement per tag, over all compared articles">
            <HeaderRow first={['Tag']} />
            <tbody>
              {report.byTag.map(({ tag, measures }) => (
                <tr key={tag.key}>
                  <th scope="row">{tag.name}</th>
                  <MeasureCells m={measures} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All tags</th>
                <MeasureCells m={report.overall} />
              </tr>
            </tfoot>
          </ScrollTable>

          <ScrollTable level="h4" title="Agreement per article and tag">
            <HeaderRow first={['Article', 'Tag']} />
            {report.byArticle.map(({ article, overall, byTag }) => (
              <tbody key={article.id} className={styles.group}>
                <tr>
                  <th scope="rowgroup" rowSpan={byTag.length + 1}>
                    {article.title}
                  </th>
                  <th scope="row">All tags</th>
                  <MeasureCells m={overall} />
                </tr>
                {byTag.map(({ tag, measures }) => (
                  <tr key={tag.key}>
                    <th scope="row">{tag.name}</th>
                    <MeasureCells m={measures} />
                  </tr>
                ))}
              </tbody>
            ))}
          </ScrollTable>

          <h4>Disagreements ({disagreements})</h4>
          {disagreements === 0 ? <p>Every span has an exact match.</p> : null}
          {report.byArticle.map((entry) => (
            <ArticleDisagreements key={entry.article.id} entry={entry} />
          ))}
        </>
      )}
    </div>
  );
}
