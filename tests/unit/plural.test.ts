import { describe, expect, it } from 'vitest';
import { counted, takesSingular } from '../../src/lib/plural.ts';

describe('counted', () => {
  const cluster = { en: { singular: 'cluster', plural: 'clusters' }, id: { singular: 'klaster', plural: 'klaster dan sentra' } };

  it('uses the English plural for every count but one', () => {
    expect(counted(17, cluster.en, 'en-GB')).toBe('17 clusters');
    expect(counted(1, cluster.en, 'en-GB')).toBe('1 cluster');
    expect(counted(0, cluster.en, 'en-GB')).toBe('0 clusters');
    expect(counted(1250, cluster.en, 'en-GB')).toBe('1,250 clusters');
  });

  it('keeps the Indonesian noun uninflected after a number ("17 klaster")', () => {
    expect(counted(17, cluster.id, 'id-ID')).toBe('17 klaster');
    expect(counted(1250, cluster.id, 'id-ID')).toBe('1.250 klaster');
    expect(takesSingular(2, 'id-ID')).toBe(true);
    expect(takesSingular(2, 'en-GB')).toBe(false);
  });
});
