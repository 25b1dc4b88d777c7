/**
 * The title and content for what is selected. A selection can outlive its record
 * (a deep link to something the publisher removed); then it says so.
 */
import type { ComponentChildren } from 'preact';
import type { FeedIndex } from '../../lib/query';
import type { Selection } from '../../lib/state';
import { areaName } from '../list/area-name';
import { ActivityDetails } from './ActivityDetails';
import { AreaDetails } from './AreaDetails';
import { ContactCard } from './ContactCard';
import { HuiskamerDetails } from './HuiskamerDetails';
import { LastVerified } from './LastVerified';
import { LocationDetails } from './LocationDetails';
import { OrganizationDetails } from './OrganizationDetails';

export interface ResolvedDetails {
  title: string;
  body: ComponentChildren;
}

export function resolveDetails(index: FeedIndex | undefined, selection: Selection): ResolvedDetails | undefined {
  if (!index) return undefined;
  switch (selection.kind) {
    case 'activity': {
      const entry = index.activitiesById.get(selection.id);
      return entry && { title: entry.activity.name, body: <ActivityDetails entry={entry} /> };
    }
    case 'huiskamer': {
      const entry = index.huiskamersById.get(selection.id);
      return entry && { title: entry.huiskamer.name, body: <HuiskamerDetails entry={entry} /> };
    }
    case 'contact': {
      const contact = index.contacts.get(selection.id);
      if (!contact || contact.publicationConsent !== true) return undefined;
      return {
        title: contact.name,
        body: (
          <>
            <ContactCard contact={contact} />
            <LastVerified date={contact.lastVerified} />
          </>
        ),
      };
    }
    case 'location': {
      const location = index.locations.get(selection.id);
      return location && { title: location.name, body: <LocationDetails location={location} /> };
    }
    case 'organization': {
      const organization = index.organizations.get(selection.id);
      return organization && { title: organization.name, body: <OrganizationDetails organization={organization} /> };
    }
    case 'area': {
      if (!index.areas.get(selection.id)) return undefined;
      return { title: areaName(index, selection.id), body: <AreaDetails code={selection.id} /> };
    }
  }
}
