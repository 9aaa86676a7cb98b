import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filtersOf, parseRegistryQuery, registryHref } from './registry-query.ts';

describe('registry list address', () => {
  it('reads the plain list with defaults', () => {
    assert.deepEqual(parseRegistryQuery(new URLSearchParams('')), {
      search: undefined,
      districtCode: undefined,
      industryCode: undefined,
      qualification: undefined,
      sizeClass: undefined,
      sortBy: undefined,
      sortOrder: undefined,
      page: 1,
      pageSize: 20,
    });
    assert.equal(registryHref(parseRegistryQuery(new URLSearchParams(''))), '/enterprises');
  });

  it('round-trips search, filters, sort and page', () => {
    const href = '/enterprises?search=%E6%98%9F%E6%B2%B3&districtCode=330500-NTH&industryCode=C39&qualification=tech_sme&sizeClass=small&sortBy=foundedOn&sortOrder=desc&page=3&pageSize=50';
    const query = parseRegistryQuery(new URL(href, 'http://x').searchParams);
    assert.equal(query.search, '星河');
    assert.equal(query.districtCode, '330500-NTH');
    assert.equal(query.page, 3);
    assert.equal(registryHref(query), href);
    assert.deepEqual(filtersOf(query), { search: '星河', districtCode: '330500-NTH', industryCode: 'C39', qualification: 'tech_sme', sizeClass: 'small', sortBy: 'foundedOn', sortOrder: 'desc' });
  });

  it('ignores what an edited address cannot mean', () => {
    const query = parseRegistryQuery(new URLSearchParams('qualification=gold&sizeClass=huge&sortBy=secret&page=-2&pageSize=100000&industryCode=c3973x&search=%20%20'));
    assert.equal(query.qualification, undefined);
    assert.equal(query.sizeClass, undefined);
    assert.equal(query.sortBy, undefined);
    assert.equal(query.page, 1);
    assert.equal(query.pageSize, 20);
    assert.equal(query.industryCode, 'C3973');
    assert.equal(query.search, undefined);
  });
});
