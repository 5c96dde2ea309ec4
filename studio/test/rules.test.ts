import {evaluate, parse} from 'groq-js'
import {createSchema} from 'sanity'
import {describe, expect, it} from 'vitest'
import {schemaTypes} from '@cast/schemas'
import {errorsOf, seed, seedDocument} from './helpers'

const studioSchema = createSchema({name: 'rules', types: schemaTypes})

/**
 * Every custom rule of the content model, each with a document that passes and one that fails,
 * run through Sanity's own validation against the Studio schema.
 */
interface RuleCase {
  rule: string
  base: string
  pass: Record<string, unknown>
  fail: Record<string, unknown>
  path: string
  message: RegExp
}

const block = (href: string) => [
  {
    _type: 'block',
    _key: 'b1',
    style: 'normal',
    markDefs: [{_type: 'link', _key: 'l1', href}],
    children: [{_type: 'span', _key: 's1', text: 'a link', marks: ['l1']}],
  },
]

const cases: RuleCase[] = [
  {
    rule: 'hotline phone is dialable in the US',
    base: 'hotline-cast',
    pass: {phone: '888-539-2373'},
    fail: {phone: '(888) 539 2373'},
    path: 'phone',
    message: /as it is dialled in the US/,
  },
  {
    rule: 'hotline phone accepts three-digit service numbers',
    base: 'hotline-911',
    pass: {phone: '911'},
    fail: {phone: '91'},
    path: 'phone',
    message: /as it is dialled in the US/,
  },
  {
    rule: 'vanity number dials the same digits as the phone',
    base: 'hotline-cast',
    pass: {vanity: '888-KEY-2-FREE'},
    fail: {vanity: '888-KEY-3-FREE'},
    path: 'vanity',
    message: /888-KEY-3-FREE dials 88853933733, which is not 888-539-2373/,
  },
  {
    rule: 'vanity number with a country code',
    base: 'hotline-runaway',
    pass: {vanity: '1-800-RUNAWAY'},
    fail: {vanity: '1-800-RUNAWAYS-2'},
    path: 'vanity',
    message: /which is not 1-800-786-2929/,
  },
  {
    rule: 'vanity number is written in capitals with dashes',
    base: 'hotline-sexual-assault',
    pass: {vanity: '1-800-656-HOPE'},
    fail: {vanity: '1 800 656 hope'},
    path: 'vanity',
    message: /in capitals with dashes/,
  },
  {
    rule: 'text number is a US number or a short code',
    base: 'hotline-nhth',
    pass: {sms: '233733'},
    fail: {sms: 'BEFREE'},
    path: 'sms',
    message: /short code of five or six digits/,
  },
  {
    rule: 'office phone in site settings is dialable',
    base: 'siteSettings',
    pass: {phone: '213-365-1906'},
    fail: {phone: '213.365.1906'},
    path: 'phone',
    message: /as it is dialled in the US/,
  },
  {
    rule: 'emergency notice tells people to call 911',
    base: 'siteSettings',
    pass: {emergencyNotice: 'If your life is in danger, call 911.'},
    fail: {emergencyNotice: 'If your life is in danger, get help.'},
    path: 'emergencyNotice',
    message: /must tell people to call 911/,
  },
  {
    rule: 'rich-text links allow https, mailto and tel',
    base: 'faq-what-is-cast',
    pass: {answer: block('mailto:info@castla.org')},
    fail: {answer: block('javascript:alert(1)')},
    path: 'answer[_key=="b1"].markDefs[_key=="l1"].href',
    message: /Links may go to a web page/,
  },
  {
    rule: 'rich-text links allow paths on this site',
    base: 'page-contact',
    pass: {body: block('/get-help/')},
    fail: {body: block('//evil.example/')},
    path: 'body[_key=="b1"].markDefs[_key=="l1"].href',
    message: /Links may go to a web page/,
  },
  {
    rule: 'a path on this site does not start with a backslash, which browsers read as another host',
    base: 'page-contact',
    pass: {body: block('/get-help/')},
    fail: {body: block('/\\evil.example/')},
    path: 'body[_key=="b1"].markDefs[_key=="l1"].href',
    message: /Links may go to a web page/,
  },
  {
    rule: 'a web link has no space or tab in its host',
    base: 'faq-what-is-cast',
    pass: {answer: block('https://example.org/')},
    fail: {answer: block('https://exa\tmple.org/')},
    path: 'answer[_key=="b1"].markDefs[_key=="l1"].href',
    message: /Links may go to a web page/,
  },
  {
    rule: 'a question is not related to itself',
    base: 'faq-what-is-cast',
    pass: {related: [{_type: 'reference', _ref: 'faq-can-i-donate', _key: 'r1'}]},
    fail: {related: [{_type: 'reference', _ref: 'faq-what-is-cast', _key: 'r1'}]},
    path: 'related',
    message: /cannot be related to itself/,
  },
  {
    rule: 'slugs are unique within a type',
    base: 'faq-what-is-cast',
    pass: {slug: {_type: 'slug', current: 'what-is-cast'}},
    fail: {slug: {_type: 'slug', current: 'can-i-donate'}},
    path: 'slug',
    message: /already uses the web address “can-i-donate” \(faq-can-i-donate\)/,
  },
  {
    rule: 'slugs use lowercase letters, digits and dashes',
    base: 'report-sample-research-note-2023',
    pass: {slug: {_type: 'slug', current: 'research-note-2023'}},
    fail: {slug: {_type: 'slug', current: 'Research Note'}},
    path: 'slug',
    message: /lowercase letters, digits and dashes/,
  },
  {
    rule: 'a page does not take an address the site uses',
    base: 'page-contact',
    pass: {slug: {_type: 'slug', current: 'contact'}},
    fail: {slug: {_type: 'slug', current: 'faq'}},
    path: 'slug',
    message: /The site already uses \/faq\/ for its own pages/,
  },
  {
    rule: 'a page does not take the address of the search index',
    base: 'page-contact',
    pass: {slug: {_type: 'slug', current: 'contact'}},
    fail: {slug: {_type: 'slug', current: 'pagefind'}},
    path: 'slug',
    message: /The site already uses \/pagefind\/ for its own pages/,
  },
  {
    rule: 'a page does not take the address of a language',
    base: 'page-contact',
    pass: {slug: {_type: 'slug', current: 'contact'}},
    fail: {slug: {_type: 'slug', current: 'es'}},
    path: 'slug',
    message: /The site already uses \/es\/ for its own pages/,
  },
  {
    rule: 'a question does not take the address of the topics',
    base: 'faq-what-is-cast',
    pass: {slug: {_type: 'slug', current: 'what-is-cast'}},
    fail: {slug: {_type: 'slug', current: 'topics'}},
    path: 'slug',
    message: /The site already uses \/faq\/topics\/ for its own pages/,
  },
  {
    rule: 'a job posting does not take the address of the paged list',
    base: 'jobOpening-sample-case-manager',
    pass: {slug: {_type: 'slug', current: 'sample-case-manager'}},
    fail: {slug: {_type: 'slug', current: 'page'}},
    path: 'slug',
    message: /The site already uses \/careers\/page\/ for its own pages/,
  },
  {
    rule: 'a report does not take the address of the paged list',
    base: 'report-sample-research-note-2023',
    pass: {slug: {_type: 'slug', current: 'sample-research-note-2023'}},
    fail: {slug: {_type: 'slug', current: 'page'}},
    path: 'slug',
    message: /The site already uses \/reports\/page\/ for its own pages/,
  },
  {
    rule: 'a cover image has a description',
    base: 'report-sample-annual-report-2025',
    pass: {coverImage: {_type: 'image', _sanityAsset: 'image@file://./images/sample-annual-report-2025.png', alt: 'Cover'}},
    fail: {coverImage: {_type: 'image', _sanityAsset: 'image@file://./images/sample-annual-report-2025.png', alt: ' '}},
    path: 'coverImage.alt',
    message: /Describe the image/,
  },
  {
    rule: 'the top of a pay range is not below the bottom',
    base: 'jobOpening-sample-case-manager',
    pass: {salary: {_type: 'salary', min: 60000, max: 60000, currency: 'USD', unit: 'year'}},
    fail: {salary: {_type: 'salary', min: 60000, max: 6000, currency: 'USD', unit: 'year'}},
    path: 'salary.max',
    message: /lower than the bottom/,
  },
  {
    rule: 'a job posting says how to apply',
    base: 'jobOpening-sample-case-manager',
    pass: {applyEmail: undefined, applyUrl: 'https://example.org/apply'},
    fail: {applyEmail: undefined, applyUrl: undefined},
    path: 'applyUrl',
    message: /Say how to apply/,
  },
  {
    rule: 'a job closes after it was posted',
    base: 'jobOpening-sample-msw-intern',
    pass: {postedAt: '2026-09-01', closesAt: '2026-09-01'},
    fail: {postedAt: '2026-09-01', closesAt: '2026-08-31'},
    path: 'closesAt',
    message: /closing date is before the date the job was posted/,
  },
]

function withPatch(base: string, patch: Record<string, unknown>) {
  const document = seedDocument(base)
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) delete document[field]
    else document[field] = value
  }
  return document
}

describe('custom validation rules', () => {
  describe.each(cases)('$rule', ({base, pass, fail, path, message}) => {
    it('accepts a valid value', async () => {
      expect(await errorsOf(withPatch(base, pass))).toEqual([])
    })

    it('rejects an invalid value with a message at the field', async () => {
      const errors = await errorsOf(withPatch(base, fail))
      expect(errors).toContainEqual(expect.objectContaining({id: base, path, message: expect.stringMatching(message)}))
    })
  })
})

describe('web addresses in more than one language', () => {
  it('lets a translation use the web address of a document in another language', async () => {
    // Its category and related questions are still English ones: only the address is looked at here.
    const errors = await errorsOf(withPatch('faq-what-is-cast', {language: 'es', slug: {_type: 'slug', current: 'can-i-donate'}}))
    expect(errors.filter((error) => error.path === 'slug')).toEqual([])
  })

  it('still refuses the web address of another document in the same language', async () => {
    const errors = await errorsOf(withPatch('faq-what-is-cast', {language: 'es', slug: {_type: 'slug', current: 'can-i-donate'}}), [
      {...seedDocument('faq-can-i-donate'), _id: 'faq-puedo-donar', language: 'es'},
    ])
    expect(errors).toContainEqual(expect.objectContaining({path: 'slug', message: expect.stringMatching(/already uses the web address “can-i-donate” \(faq-puedo-donar\)/)}))
  })
})

describe('required fields', () => {
  it('names the missing field of each type in plain words', async () => {
    const required: Array<[string, string, RegExp]> = [
      ['faq-what-is-cast', 'question', /Write the question/],
      ['faq-what-is-cast', 'answer', /Write the answer/],
      ['faq-what-is-cast', 'category', /Choose the category/],
      ['report-sample-policy-brief-2024', 'publishedAt', /date the report was published/],
      ['report-sample-policy-brief-2024', 'summary', /short summary/],
      ['jobOpening-sample-case-manager', 'salary', /California requires it/],
      ['jobOpening-sample-case-manager', 'postedAt', /date the job was posted/],
      ['siteSettings', 'primaryHotline', /hotline shown on every page/],
    ]
    for (const [id, field, message] of required) {
      const errors = await errorsOf(withPatch(id, {[field]: undefined}))
      expect(errors, `${id} without ${field}`).toContainEqual(
        expect.objectContaining({path: field, message: expect.stringMatching(message)}),
      )
    }
  })

  it('refuses titles, names and questions that are empty or only spaces, as errors', async () => {
    const texts: Array<[string, string, RegExp]> = [
      ['faqCategory-help', 'title', /Give the category a title/],
      ['faq-what-is-cast', 'question', /Write the question/],
      ['hotline-cast', 'name', /Write the name of the hotline/],
      ['page-contact', 'title', /Write the title of the page/],
      ['siteSettings', 'title', /Write the name of the site/],
    ]
    for (const [id, field, message] of texts) {
      for (const value of ['', '   ']) {
        const errors = await errorsOf(withPatch(id, {[field]: value}))
        expect(errors, `${id} with ${field} ${JSON.stringify(value)}`).toContainEqual(
          expect.objectContaining({path: field, level: 'error', message: expect.stringMatching(message)}),
        )
      }
    }
  })

  it('reports a reference to a document that does not exist', async () => {
    const errors = await errorsOf(withPatch('faq-what-is-cast', {category: {_type: 'reference', _ref: 'faqCategory-gone'}}))
    expect(errors).toContainEqual(expect.objectContaining({path: 'category'}))
  })
})

describe('references within one language', () => {
  // Ids no seed document takes, so the Spanish seed may hold its own translations beside them.
  const spanishCategory = {...seedDocument('faqCategory-help'), _id: 'faqCategory-help-rules-es', language: 'es', slug: {_type: 'slug', current: 'ayuda-rules'}}
  const spanishFaq = (patch: Record<string, unknown>) => ({...withPatch('faq-what-is-cast', {language: 'es', related: undefined, slug: {_type: 'slug', current: 'que-es-cast-rules'}}), _id: 'faq-what-is-cast-rules-es', ...patch})

  it('refuses a Spanish question in an English category, saying which to choose', async () => {
    const errors = await errorsOf(spanishFaq({}))
    expect(errors).toContainEqual(expect.objectContaining({path: 'category', message: 'This category is in English: choose the Spanish one.'}))
  })

  it('accepts a Spanish question in a Spanish category', async () => {
    const errors = await errorsOf(spanishFaq({category: {_type: 'reference', _ref: spanishCategory._id}}), [spanishCategory])
    expect(errors.filter((error) => error.path === 'category')).toEqual([])
  })

  it('refuses an English question among the related questions of a Spanish one', async () => {
    const related = [{_type: 'reference', _key: 'r1', _ref: 'faq-can-i-donate', _weak: true}]
    const errors = await errorsOf(spanishFaq({category: {_type: 'reference', _ref: spanishCategory._id}, related}), [spanishCategory])
    expect(errors).toContainEqual(expect.objectContaining({path: 'related[_key=="r1"]', message: 'This question is in English: choose the Spanish one.'}))
  })

  it('refuses an English hotline in the Spanish site settings', async () => {
    const settings = {...seedDocument('siteSettings'), _id: 'siteSettings-rules-es', language: 'es'}
    const errors = await errorsOf(settings)
    expect(errors).toContainEqual(expect.objectContaining({path: 'primaryHotline', message: 'This hotline is in English: choose the Spanish one.'}))
  })

  it('lists only documents of the document’s own language in the reference picker', async () => {
    const faq = studioSchema.get('faq') as unknown as {fields: Array<{name: string; type: {options?: {filter?: unknown}; of?: Array<{options?: {filter?: unknown}}>}}>}
    const category = faq.fields.find((field) => field.name === 'category')?.type.options?.filter
    const related = faq.fields.find((field) => field.name === 'related')?.type.of?.[0]?.options?.filter
    const dataset = [...seed, spanishCategory, spanishFaq({})]
    for (const [filter, type] of [
      [category, 'faqCategory'],
      [related, 'faq'],
    ] as const) {
      expect(typeof filter, type).toBe('function')
      const {filter: groq, params} = await (filter as (context: unknown) => {filter: string; params: Record<string, unknown>})({document: {_type: 'faq', language: 'es'}})
      const found = await (await evaluate(parse(`*[_type == $type && (${groq})]._id`), {dataset, params: {...params, type}})).get()
      const spanish = dataset.filter((doc) => doc._type === type && (doc as {language?: unknown}).language === 'es').map((doc) => doc._id)
      expect(spanish.length, type).toBeGreaterThan(0)
      expect(found, type).toEqual(spanish)
    }
  })
})

describe('the address in a web address message', () => {
  it('names the address in the document’s language', async () => {
    const errors = await errorsOf(withPatch('faq-what-is-cast', {language: 'es', slug: {_type: 'slug', current: 'topics'}}))
    expect(errors).toContainEqual(expect.objectContaining({path: 'slug', message: expect.stringContaining('/es/faq/topics/')}))
  })
})
