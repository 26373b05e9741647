import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ActivityDescriptor, ItemList } from '../../api/types';

let cache: Promise<ActivityDescriptor[]> | undefined;

/** The activity catalogue, fetched once per page load. */
export function useDescriptors(): Map<string, ActivityDescriptor> {
  const [map, setMap] = useState(new Map<string, ActivityDescriptor>());
  useEffect(() => {
    cache ??= api.get<ItemList<ActivityDescriptor>>('/api/activity-descriptors').then((r) => r.items);
    let live = true;
    cache.then(
      (items) => live && setMap(new Map(items.map((d) => [d.typeName, d]))),
      () => {
        cache = undefined;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return map;
}
