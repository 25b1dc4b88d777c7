/** The complete content of the Almere demo feed, in the order it appears in the feed. */
import type { DemoContent } from '../records';
import { activitiesBuiten } from './activities-buiten';
import { activitiesCitywide } from './activities-citywide';
import { activitiesHaven } from './activities-haven';
import { activitiesPoortHoutPampus } from './activities-poort-hout-pampus';
import { activitiesStad } from './activities-stad';
import { contacts } from './contacts';
import { huiskamers } from './huiskamers';
import { locations } from './locations';
import { organizations } from './organizations';

export const almereContent: DemoContent = {
  organizations,
  locations,
  activities: [...activitiesHaven, ...activitiesStad, ...activitiesBuiten, ...activitiesPoortHoutPampus, ...activitiesCitywide],
  huiskamers,
  contacts,
};
