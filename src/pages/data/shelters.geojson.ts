// /data/shelters.geojson: the 疏散基地和避难场所 as GeoJSON points, beside their CSV and JSON, from the
// same published entries.
import type { APIRoute } from 'astro';
import { entriesOf } from '../../data/content.ts';
import { toFeatureCollection } from '../../lib/geojson.ts';

export const GET: APIRoute = async () => {
  const shelters = await entriesOf('shelters');
  const collection = toFeatureCollection(
    shelters.map(({ id, data }) => ({
      id,
      lng: data.lng,
      lat: data.lat,
      properties: { 名称: data.name, 类型: data.type, 地址: data.address, 可容纳人数: data.capacity, 开放时间: data.hours },
    })),
  );
  return new Response(JSON.stringify(collection, null, 2), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
