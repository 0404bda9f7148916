import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import { markerLevels } from '../../src/shared/marker-levels';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { app, entity, jurisdiction, law } from './helpers/records';

const data = new EffectiveDataset(compileDataset([jurisdiction('cn', [law('nil', ['compelled-assistance'])]), entity('co', 'cn'), app('chat', 'co')]), emptyUserLayer());
const urls = ['https://play.google.com/store/apps/details?id=com.example.chat', 'https://play.google.com/store/apps/details?id=com.unknown', 'javascript:alert(1)', 42];

describe('markerLevels', () => {
  it('answers nothing unless the user turned markers on', () => {
    expect(markerLevels(data, DEFAULT_SETTINGS, urls)).toEqual([]);
  });

  it('gives levels only for apps in the dataset', () => {
    expect(markerLevels(data, { ...DEFAULT_SETTINGS, markers: true }, urls)).toEqual([{ url: urls[0], level: 'concern', name: 'App chat' }]);
  });

  it('ignores malformed requests', () => {
    expect(markerLevels(data, { ...DEFAULT_SETTINGS, markers: true }, 'not a list')).toEqual([]);
    expect(markerLevels(data, { ...DEFAULT_SETTINGS, markers: true }, Array(10_000).fill(urls[0])).length).toBe(300);
  });
});
