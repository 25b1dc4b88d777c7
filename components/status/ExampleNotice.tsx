/** The feed says its records are made up (demo data): never let anyone mistake them for real offers. */
import { useText } from '../AppContext';

export function ExampleNotice() {
  const text = useText();
  return (
    <p class="kwk-notice kwk-notice--info">
      <strong>{text.app.exampleData}.</strong> {text.app.exampleDataExplained}
    </p>
  );
}
