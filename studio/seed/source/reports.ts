/**
 * Reports and job openings. None are in the organisation's own text, so every one is a sample,
 * and says so in its title, so that nobody mistakes it for a real publication or vacancy.
 */
export const reports = [
  {
    slug: 'sample-annual-report-2025',
    title: 'Sample report: A year of the hotline',
    publishedAt: '2025-09-15',
    summary:
      'Sample content, not a Cast publication. Shows how a report appears on the site, with a cover image and a PDF to download.',
    body: `**This is a sample report.** It shows how a report with a cover image and a PDF appears on the site. Its text is placeholder content, not findings.

## What a report page shows

- the title, date and summary
- the cover image, with a description for screen readers
- the PDF, with its size, so visitors on a slow or metered connection can decide whether to download it`,
    topics: ['Hotline', 'Sample'],
    pdf: 'sample-annual-report-2025.pdf',
    cover: {file: 'sample-annual-report-2025.png', alt: 'Cover of the sample report: the title in white on a deep teal background'},
  },
  {
    slug: 'sample-policy-brief-2024',
    title: 'Sample report: Policy brief',
    publishedAt: '2024-11-04',
    summary:
      'Sample content, not a Cast publication. A report with a PDF and no cover image.',
    body: `**This is a sample report.** It has a PDF and no cover image.`,
    topics: ['Policy', 'Sample'],
    pdf: 'sample-policy-brief-2024.pdf',
  },
  {
    slug: 'sample-research-note-2023',
    title: 'Sample report: Research note',
    publishedAt: '2023-06-20',
    summary: 'Sample content, not a Cast publication. A report with text only.',
    body: `**This is a sample report.** It has neither a PDF nor a cover image.`,
    topics: ['Research', 'Sample'],
  },
]

export const jobOpenings = [
  {
    slug: 'sample-case-manager',
    title: 'Sample posting: Case Manager',
    department: 'Client services',
    location: 'Los Angeles, CA',
    employmentType: 'full-time',
    workplaceType: 'hybrid',
    salary: {min: 62000, max: 70000, currency: 'USD', unit: 'year'},
    description: `**This is a sample job posting, not a real vacancy.** It shows how an open position appears on the site.

## What the role involves

- Supporting survivors with long-term services
- Working alongside the hotline and crisis response team`,
    applyEmail: 'jobs@example.org',
    postedAt: '2026-10-01',
  },
  {
    slug: 'sample-msw-intern',
    title: 'Sample posting: Master of Social Work Intern',
    department: 'Client services',
    location: 'Los Angeles, CA',
    employmentType: 'internship',
    workplaceType: 'on-site',
    salary: {min: 20, max: 22, currency: 'USD', unit: 'hour'},
    description: `**This is a sample job posting, not a real vacancy.** It has a closing date far in the future, so it stays listed.`,
    applyUrl: 'https://example.org/apply/msw-intern',
    postedAt: '2026-09-01',
    closesAt: '2099-12-31',
  },
  {
    slug: 'sample-closed-posting',
    title: 'Sample posting: Policy Associate (closed)',
    department: 'Policy',
    location: 'Los Angeles, CA',
    employmentType: 'full-time',
    workplaceType: 'remote',
    salary: {min: 58000, max: 66000, currency: 'USD', unit: 'year'},
    description: `**This is a sample job posting, not a real vacancy.** Its closing date has passed, so the site does not list it.`,
    applyEmail: 'jobs@example.org',
    postedAt: '2025-01-10',
    closesAt: '2025-02-28',
  },
]

export const siteSettings = {
  title: 'Cast',
  fullName: 'Coalition to Abolish Slavery and Trafficking',
  description:
    'Cast supports survivors of human trafficking in Los Angeles County with a 24-hour hotline, crisis response and long-term services.',
  primaryHotline: 'hotline-cast',
  emergencyNotice: 'If your life is in danger, call 911.',
  address: '3580 Wilshire Blvd, #900-37\nLos Angeles CA 90010',
  phone: '213-365-1906',
  email: 'info@castla.org',
  quickExitUrl: 'https://weather.com/',
  donateUrl: 'https://donate.example.org/cast/',
  newsletterUrl: 'https://newsletter.example.org/cast/',
}
