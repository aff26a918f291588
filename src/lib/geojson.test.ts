import { describe, expect, it } from 'vitest';
import { toFeatureCollection } from './geojson.ts';

describe('toFeatureCollection', () => {
  it('writes longitude first and rounds to six decimals', () => {
    const collection = toFeatureCollection([{ id: 'BN-01', lng: 116.3974129, lat: 39.9087234, properties: { 名称: '甲' } }]);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features[0]).toEqual({ type: 'Feature', id: 'BN-01', geometry: { type: 'Point', coordinates: [116.397413, 39.908723] }, properties: { 名称: '甲' } });
  });

  it('leaves out absent attributes and keeps the order of the places', () => {
    const collection = toFeatureCollection([
      { id: 'b', lng: 1, lat: 2, properties: { 名称: '乙', 开放时间: undefined, 容纳人数: 300 } },
      { id: 'a', lng: 3, lat: 4, properties: { 名称: '丙' } },
    ]);
    expect(collection.features.map((f) => f.id)).toEqual(['b', 'a']);
    expect(collection.features[0]!.properties).toEqual({ 名称: '乙', 容纳人数: 300 });
  });

  it('gives an empty collection for no places', () => {
    expect(toFeatureCollection([])).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
