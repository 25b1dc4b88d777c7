/**
 * The names of activity categories, programmes and kinds of place, in both languages.
 * Apart from the catalogues because search finds an offer by them in either language
 * (lib/query/feedIndex.ts): the widget loads only one catalogue, but always both of these.
 *
 *   nlOfferLabels.categories.sport; // 'Sport'
 *   enOfferLabels.categories.sport; // 'Sports'
 */
import type { ActivityCategory, ActivityProgramme, LocationKind } from '../feed/schema';

interface OfferLabels {
  categories: Record<ActivityCategory, string>;
  programmes: Record<ActivityProgramme, string>;
  locationKinds: Record<LocationKind, string>;
}

export const nlOfferLabels = {
  categories: {
    sport: 'Sport',
    play: 'Spelen',
    creative: 'Knutselen en creatief',
    'music-dance': 'Muziek en dans',
    cooking: 'Koken',
    learning: 'Leren',
    nature: 'Natuur',
    other: 'Anders',
  },
  programmes: {
    weekly: 'Elke week',
    course: 'Cursus',
    holiday: 'Vakantieprogramma',
  },
  locationKinds: {
    'community-centre': 'Buurthuis',
    school: 'School',
    playground: 'Speeltuin of plein',
    huiskamer: 'Huiskamer',
    outdoors: 'Buiten',
    other: 'Andere plek',
  },
} satisfies OfferLabels;

export const enOfferLabels = {
  categories: {
    sport: 'Sports',
    play: 'Play',
    creative: 'Arts and crafts',
    'music-dance': 'Music and dance',
    cooking: 'Cooking',
    learning: 'Learning',
    nature: 'Nature',
    other: 'Other',
  },
  programmes: {
    weekly: 'Every week',
    course: 'Course',
    holiday: 'Holiday programme',
  },
  locationKinds: {
    'community-centre': 'Community centre',
    school: 'School',
    playground: 'Playground or square',
    huiskamer: 'Huiskamer',
    outdoors: 'Outdoors',
    other: 'Other place',
  },
} satisfies OfferLabels;
