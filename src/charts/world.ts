// world-atlas's countries (Natural Earth 1:50m), read once per process: the geographic map draws one
// of them and site.yaml's mapCountry must name one that exists.
import { createRequire } from 'node:module';

export interface Topology {
  objects: { countries: { geometries: { id?: string }[] } };
}

let world: Topology | undefined;

export function worldAtlas(): Topology {
  world ??= createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology;
  return world;
}

/** The ISO 3166-1 numeric codes world-atlas has an outline for. */
export function countryCodes(): Set<string> {
  return new Set(
    worldAtlas()
      .objects.countries.geometries.map((g) => g.id)
      .filter((id) => id !== undefined),
  );
}
