import {describe, expect, it} from 'vitest'
import {checkHref, isAllowedHref} from '../validation/href'

describe('links that lead to another host in disguise', () => {
  it.each([
    // Browsers read `/\` as `//`: another host, not a path on this site.
    '/\\evil.example/',
    '/\\/evil.example/',
    // Browsers drop tabs and newlines inside a URL: `/<tab>/host` becomes `//host`.
    '/\t/evil.example/',
    '/\n/evil.example/',
    'java\tscript:alert(1)',
    'https://evil .example/',
    'https:// evil.example/',
    'https://exa\tmple.org/',
    'https://exa\u00a0mple.org/',
    'http://',
  ])('refuses %j', (href) => {
    expect(isAllowedHref(href)).toBe(false)
    expect(checkHref(href)).toMatch(/Links may go to/)
  })

  it.each(['https://example.org/a%20b', 'https://example.org/?q=a b', 'tel:+1 888 539 2373', '/get-help/#what-to-say', '/faq/what-is-cast/'])('allows %j', (href) => {
    expect(isAllowedHref(href)).toBe(true)
    expect(checkHref(href)).toBe(true)
  })

  it('refuses spaces around the address, which a visitor cannot see', () => {
    expect(checkHref(' /get-help/')).toMatch(/Links may go to/)
  })
})
