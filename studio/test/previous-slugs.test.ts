import type {SanityDocument} from 'sanity'
import {describe, expect, it} from 'vitest'
import {previousSlugsOnPublish} from '../actions/previous-slugs'

const faq = (slug: string | undefined, previousSlugs?: unknown): SanityDocument => ({
  _id: 'faq-a',
  _type: 'faq',
  _rev: 'r',
  _createdAt: '2026-01-01T00:00:00Z',
  _updatedAt: '2026-01-01T00:00:00Z',
  ...(slug === undefined ? {} : {slug: {_type: 'slug', current: slug}}),
  ...(previousSlugs === undefined ? {} : {previousSlugs}),
})

describe('the earlier web addresses kept on Publish', () => {
  it('adds the published address when the draft changes it', () => {
    expect(previousSlugsOnPublish(faq('old'), faq('new'))).toEqual(['old'])
  })

  it('keeps the earlier ones once each, and drops the address taken back', () => {
    expect(previousSlugsOnPublish(faq('second', ['first', 'second']), faq('first', ['first', 'second']))).toEqual(['second'])
    expect(previousSlugsOnPublish(faq('second', ['first']), faq('third', ['first', 'second']))).toEqual(['first', 'second'])
  })

  it('changes nothing for a first publish or an unchanged address', () => {
    expect(previousSlugsOnPublish(null, faq('new'))).toBeNull()
    expect(previousSlugsOnPublish(faq('same'), faq('same'))).toBeNull()
    expect(previousSlugsOnPublish(faq('old'), faq(undefined))).toBeNull()
  })
})
