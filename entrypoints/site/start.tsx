// The start page (index.html): it wires; components/site/StartPage.tsx thinks.
import { StartPage } from '../../components/site/StartPage';
import { mountSitePage } from './mount';

mountSitePage((lang) => <StartPage lang={lang} />);
