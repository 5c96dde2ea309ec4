import {describe, expect, it} from 'vitest'
import {errorsOf, seedDocument} from './helpers'

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
    expect(await errorsOf(withPatch('faq-what-is-cast', {language: 'es', slug: {_type: 'slug', current: 'can-i-donate'}}))).toEqual([])
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
