// The embed configurator (configure.html): it wires; components/site/configure/ thinks.
import '../../components/filters/filters.css';
import '../../components/site/configure/configure.css';
import baseCss from '../../components/base.css?inline';
import { ConfigurePage } from '../../components/site/configure/ConfigurePage';
import { themeDefaults } from '../../lib/site/theme';
import { mountSitePage } from './mount';

const siteBase = new URL('./', location.href).href;
const defaults = themeDefaults(baseCss);

mountSitePage((lang) => <ConfigurePage lang={lang} siteBase={siteBase} themeDefaults={defaults} />);
