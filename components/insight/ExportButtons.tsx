/**
 * "Download tabel (CSV)" and "Afdrukken": the table shown as a file a spreadsheet opens
 * (the buurten, or the wijken with the municipality), and the whole view on paper for a
 * council report (print stylesheet in insight.css).
 */
import { useApp, useText } from '../AppContext';
import { downloadText, fileNamePart, isoDay } from './download-file';

export interface ExportButtonsProps {
  municipality: string;
  /** The table shown: buurten, or wijken and the municipality. */
  level: 'buurt' | 'wijk';
  /** The CSV text of the table shown (lib/insight/csv-export.ts). */
  csv(level: 'buurt' | 'wijk'): string;
}

export function ExportButtons({ municipality, level, csv }: ExportButtonsProps) {
  const app = useApp();
  const text = useText();
  return (
    <div class="kwk-insight-export kwk-no-print">
      <button
        type="button"
        class="kwk-button"
        onClick={(event) => {
          const name = text.insight.csvFile(fileNamePart(municipality), isoDay(app.now.value), level);
          downloadText(event.currentTarget, name, csv(level), 'text/csv');
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
