import {siteSettings} from './reports'

/** The organisation's pages. Bodies use the mark-up that `portable-text.ts` reads. */
export const pages = [
  {
    slug: 'about',
    title: 'About Cast',
    description:
      'Cast is a Los Angeles nonprofit that has supported survivors of human trafficking since 1998.',
    body: `Cast is a nonprofit organization with 501(c)(3) status. We were founded in Los Angeles in 1998, after the El Monte case came to light in 1995, and Los Angeles is still our home.

We serve survivors who live in Los Angeles County or were trafficked there. Our policy, research, training and survivor leadership work reaches people across the country.

## Independent of party and faith

Cast is apolitical. We work with elected officials from every party and at every level of government, helping them understand trafficking and supporting measures that prevent it and serve survivors better.

Cast is secular. Faith-based institutions are among our partners in identifying and supporting victims.

## Our values

- Putting human rights first
- Self-determination and dignity
- Learning and sharing
- Equitable access
- Accessibility
- Inclusion
- Anti-oppression`,
  },
  {
    slug: 'what-we-do',
    title: 'What we do',
    description:
      'From a 24-hour hotline to long-term services and survivor leadership, in Los Angeles County and nationally.',
    body: `In Los Angeles County, Cast offers a full continuum of care for survivors of human trafficking: a 24-hour hotline and crisis response, long-term services, and survivor leadership.

Our services are open to survivors of every form of trafficking, labor or sex, of any age, ethnicity, gender and nationality. Every survivor is eligible, no matter when they were trafficked.

## Across the country

- We advocate for policies that change what survivors can expect.
- We research human trafficking using what our client data shows.
- We train professionals to recognize and respond to trafficking.
- We support survivors to lead in the anti-trafficking movement.

If you need help, call [888-KEY-2-FREE (888-539-2373)](tel:+18885392373), at any hour.`,
  },
  {
    slug: 'policy',
    title: 'Policy and advocacy',
    description:
      'Survivor-centered, evidence-based advocacy for laws and policies that expand survivors’ rights and resources.',
    body: `Our advocacy starts from the lived experience and expertise of survivors, and from evidence. Survivors’ knowledge shapes the legislative and policy changes we work for.

We take a human rights and public health view of trafficking, which means working on its root causes, such as poverty, discrimination and inequity, and pressing for solutions that are trauma-informed and rooted in communities.

Together with legislators, community organizations and survivor leaders, we work to take apart policies that oppress and to widen the rights and resources available to survivors.

## Our priorities

We update our policy priorities every year, in response to what we learn and what survivors tell us.

## Take part

Join our campaigns, sign up for policy updates and calls to action, and ask your representatives to support policies that support survivors.`,
  },
  {
    slug: 'ways-to-give',
    title: 'Ways to give',
    description: 'Donate, give in other ways, share the hotline, or join our team.',
    body: `Every gift supports every part of our work, so that each survivor can reach justice and care.

[Donate to Cast](${siteSettings.donateUrl}) on our secure donation page.

## Give in other ways

You can also support Cast by hosting a fundraising event or by giving stock. [Contact us](/contact/) to talk it through.

## Spread the word

Share Cast’s 24-hour Human Trafficking Hotline: **888-KEY-2-FREE (888-539-2373)**. Read our latest [reports](/reports/) and share what you learn.

## Join us

We are always looking for committed, talented people. See our [open positions](/careers/).

## Stay informed

[Sign up for our newsletter](${siteSettings.newsletterUrl}) for news of Cast and ways to take part.`,
  },
  {
    slug: 'contact',
    title: 'Contact us',
    description: 'How to reach Cast by mail, phone or email.',
    body: `If you need help, call our 24-hour hotline at [888-KEY-2-FREE (888-539-2373)](tel:+18885392373). If your life is in danger, call [911](tel:911).

## Office

- Mailing address: 3580 Wilshire Blvd, #900-37, Los Angeles CA 90010
- Phone: [213-365-1906](tel:+12133651906)
- Email: [info@castla.org](mailto:info@castla.org)
- Media enquiries: [mediarequests@castla.org](mailto:mediarequests@castla.org)

## Training

We train service providers and organizations that serve victims of trafficking, as capacity allows. To ask about training or technical assistance, email [info@castla.org](mailto:info@castla.org).`,
  },
]
