/**
 * "Download tabel (CSV)" and "Afdrukken": the table as a file a spreadsheet opens, and
 * the whole view on paper for a council report (print stylesheet in insight.css).
 */
import { useApp, useText } from '../AppContext';
import { downloadText, fileNamePart, isoDay } from './download-file';

export interface ExportButtonsProps {
  municipality: string;
  /** The CSV text of the table (lib/insight/csv-export.ts). */
  csv(): string;
}

export function ExportButtons({ municipality, csv }: ExportButtonsProps) {
  const app = useApp();
  const text = useText();
  return (
    <div class="kwk-insight-export kwk-no-print">
      <button
        type="button"
        class="kwk-button"
        onClick={(event) => {
          const name = text.insight.csvFile(fileNamePart(municipality), isoDay(app.now.value));
          downloadText(event.currentTarget, name, csv(), 'text/csv');
        }}
      >
        {text.insight.download}
      </button>
      <button type="button" class="kwk-button kwk-button--quiet" onClick={() => window.print()}>
        {text.insight.print}
      </button>
    </div>
  );
}
