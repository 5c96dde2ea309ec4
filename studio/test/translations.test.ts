import type {DatasetDocument} from '@cast/schemas/dataset'
import {describe, expect, it} from 'vitest'
import {formatProblem, validateDataset} from '../dataset/validate'
import {seedDocument} from './helpers'

/**
 * The dataset check reads the groups "Translate" writes (`translation.metadata`): a broken group is
 * an error naming the group, the member and the document; a translation older than its English
 * original is a warning, since staff publish English first.
 */

const AT = '2026-11-02T09:00:00Z'
const english = {...seedDocument('hotline-cast'), _updatedAt: AT}
const spanish = {...english, _id: 'hotline-cast-t-es', language: 'es'}

function member(key: string, language: string, ref: string) {
  return {_key: key, _type: 'internationalizedArrayReferenceValue', language, value: {_type: 'reference', _ref: ref, _weak: true}}
}

function group(id: string, members: unknown[], schemaType = 'hotline'): DatasetDocument {
  return {_id: id, _type: 'translation.metadata', _updatedAt: AT, schemaTypes: [schemaType], translations: members}
}

async function translationProblems(documents: DatasetDocument[]): Promise<string[]> {
  const problems = await validateDataset(documents)
  return problems.filter((problem) => problem.type === 'translation.metadata' || /translated/.test(problem.message)).map(formatProblem)
}

describe('translation groups in the dataset check', () => {
  it('accepts a group of one document per language', async () => {
    expect(await translationProblems([english, spanish, group('hotline-cast-translations', [member('en', 'en', english._id), member('es', 'es', spanish._id)])])).toEqual([])
  })

  it('names the group, the member and the document of each broken link', async () => {
    const question = seedDocument('faq-what-is-cast')
    const problems = await translationProblems([
      english,
      spanish,
      {...spanish, _id: 'hotline-cast-u-es'},
      {...english, _id: 'hotline-cast-t-fr', language: 'fr'},
      question,
      group('group-a', [
        member('en', 'en', english._id),
        member('es', 'es', spanish._id),
        member('es2', 'es', 'hotline-cast-u-es'),
        member('fr', 'fr', 'hotline-cast-t-fr'),
      ]),
      group('group-b', [member('en', 'en', 'hotline-gone'), member('es', 'en', 'hotline-cast-u-es')]),
      group('group-c', [member('en', 'en', question._id), member('es', 'es', spanish._id)]),
    ])
    expect(problems).toEqual([
      'error: group-a (translation.metadata) translations[_key=="es2"]: hotline-cast-u-es is a second Spanish translation beside hotline-cast-t-es: keep one per language.',
      'error: group-a (translation.metadata) translations[_key=="fr"].language: “fr” is not one of the site’s languages (en, es): remove this translation, or add the language to schemas/languages.json.',
      'error: group-b (translation.metadata) translations[_key=="en"].value: hotline-gone does not exist: remove it from the group, or restore the document.',
      'error: group-b (translation.metadata) translations[_key=="es"]: hotline-cast-u-es is a second English translation beside hotline-gone: keep one per language.',
      'error: group-b (translation.metadata) translations[_key=="es"].language: hotline-cast-u-es is in Spanish, but the group lists it as English.',
      'error: group-b (translation.metadata) translations[_key=="es"].value: hotline-cast-u-es is also in group-a: a document belongs to one group of translations.',
      'error: group-c (translation.metadata) translations[_key=="en"].value: faq-what-is-cast is a faq, but the group translates hotline.',
      'error: group-c (translation.metadata) translations[_key=="es"].value: hotline-cast-t-es is also in group-a: a document belongs to one group of translations.',
    ])
  })

  it('warns, never refuses, when English changed after the translation', async () => {
    const older = {...spanish, _updatedAt: '2026-11-01T09:00:00Z'}
    const problems = await translationProblems([english, older, group('hotline-cast-translations', [member('en', 'en', english._id), member('es', 'es', older._id)])])
    expect(problems).toEqual([
      'warning: hotline-cast-t-es (hotline) (document): English changed since this was translated: hotline-cast was updated on 2026-11-02, this Spanish version on 2026-11-01. Compare them and update this one.',
    ])
  })
})
