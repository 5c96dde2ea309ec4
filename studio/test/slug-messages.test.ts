import {GENERATE_HINT} from '@cast/schemas/fields/slug'
import {describe, expect, it} from 'vitest'
import {errorsOf, seedDocument} from './helpers'

/**
 * An emptied web address gets one message, ours, at the web address itself: not Sanity's bare
 * “Required” at the slug's inner `current`, nor its “Slug must have a value”.
 */
describe('an empty web address', () => {
  it.each([
    ['missing', undefined],
    ['of only spaces', {_type: 'slug', current: '  '}],
  ])('%s says only how to fill it in', async (_case, slug) => {
    const document = {...seedDocument('faq-what-is-human-trafficking'), slug}
    if (slug === undefined) delete document.slug
    const errors = await errorsOf(document)
    expect(errors.map(({path, message}) => ({path, message}))).toEqual([{path: 'slug', message: GENERATE_HINT}])
  })
})
