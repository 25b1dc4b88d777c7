/** The complete content of the Tilburg demo feed (smaller than Almere; neighbourhoods inline). */
import type { DemoContent } from '../records';
import { activities } from './activities';
import { contacts } from './contacts';
import { huiskamers } from './huiskamers';
import { locations } from './locations';
import { organizations } from './organizations';

export const tilburgContent: DemoContent = { organizations, locations, activities, huiskamers, contacts };
