// GeoJSON (RFC 7946) for places the site lists with coordinates: a FeatureCollection of points,
// longitude first as the standard requires (people write "lat, lng"; maps read [lng, lat]).

export interface Place {
  id: string;
  lng: number;
  lat: number;
  /** Shown by map tools as the feature's attributes. */
  properties: Record<string, string | number | undefined>;
}

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

/** Six decimals (about 0.1 m) is the most a street address means; more is noise. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export function toFeatureCollection(places: readonly Place[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => ({
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [round(place.lng), round(place.lat)] },
      // Absent optional attributes are left out rather than written as null.
      properties: Object.fromEntries(Object.entries(place.properties).filter((entry): entry is [string, string | number] => entry[1] !== undefined)),
    })),
  };
}
