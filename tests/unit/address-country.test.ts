import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countryFromAddress } from '../../src/shared/address-country';

describe('countryFromAddress', () => {
  // Addresses as the saved Google Play pages print them (tests/fixtures, see extract-google-play tests).
  it.each([
    ['1600 Amphitheatre Pkwy\nMountain View, CA 94043\nUnited States', 'us'],
    ['Mojang\nMaria Skolgata 83\n118 53\nStockholm\nSweden', 'se'],
    ['Łaziec 7\n42-274 Łaziec\nPoland', 'pl'],
    ['South Korea', 'kr'],
    ['Facebook, Inc.\n1601 Willow Rd\nMenlo Park, CA 94025\nUnited States', 'us'],
  ])('reads the last line of %j', (address, id) => {
    expect(countryFromAddress(address)).toMatchObject({ id, confidence: 'last-line' });
  });

  it('understands localized and short names', () => {
    expect(countryFromAddress('서울특별시\n대한민국')?.id).toBe('kr');
    expect(countryFromAddress('深圳市南山区\n中国')?.id).toBe('cn');
    expect(countryFromAddress('10 Downing St, London, UK')?.id).toBe('gb');
    expect(countryFromAddress('Kowloon\nHong Kong')?.id).toBe('hk');
  });

  it('falls back to a country named inside the address, with lower confidence', () => {
    expect(countryFromAddress('Plot 5, Cairo, Egypt 11311')).toMatchObject({ id: 'eg', confidence: 'in-address' });
  });

  it('says nothing rather than guess', () => {
    expect(countryFromAddress('Main Street 1\nSpringfield')).toBeNull();
    expect(countryFromAddress('')).toBeNull();
    expect(countryFromAddress(null)).toBeNull();
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void countryFromAddress(s)), { numRuns: 300 });
  });
});
