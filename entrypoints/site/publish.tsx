// The feed builder (publish.html): it wires; components/site/publish/ and lib/site/publish/ think.
import '../../lib/zod-jitless';
import { mountSitePage } from './mount';
import '../../components/site/publish/publish.css';
import { PublishPage } from '../../components/site/publish/PublishPage';
import { sameSiteAddress } from '../../lib/site/publish/same-site';

// `?pdok=` points the boundary fetch at another copy of the Wijk- en buurtkaart service on this
// site (a test's stand-in, a mirror): only this site, so a link cannot slip in boundaries from elsewhere.
const pdokBase = sameSiteAddress(new URLSearchParams(location.search).get('pdok'), location.href);
const startWorker = () => new Worker(new URL('./publish.worker.ts', import.meta.url), { type: 'module' });

mountSitePage((lang) => <PublishPage lang={lang} pdokBase={pdokBase} startWorker={startWorker} />);
