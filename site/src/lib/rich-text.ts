import {isAllowedHref} from '@cast/schemas/validation/href'
import {escapeHTML, toHTML, type PortableTextHtmlComponents} from '@portabletext/to-html'

type TypedObject = Extract<Parameters<typeof toHTML>[0], readonly unknown[]>[number]

/**
 * Whether a link may be rendered as a link, by the Studio's own rule: web, email and phone links,
 * and paths on this site. Anything else (`javascript:`, `data:`, `//host`, `/\host`, a space in
 * the host) is shown as plain text. Spaces around it are forgiven: a visitor never sees them.
 */
export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && isAllowedHref(href.trim())
}

function isExternal(href: string): boolean {
  return /^https?:/i.test(href)
}

interface RenderOptions {
  /** Shift headings down, so an h2 in an answer under an h2 question renders as h3. */
  headingOffset?: number
}

function heading(level: number, offset: number) {
  const tag = `h${Math.min(6, level + offset)}`
  return ({children}: {children?: string}) => `<${tag}>${children ?? ''}</${tag}>`
}

/** Renders Portable Text to HTML. All text is escaped; unknown block types render nothing. */
export function renderRichText(blocks: ReadonlyArray<TypedObject> | null | undefined, {headingOffset = 0}: RenderOptions = {}): string {
  if (!blocks?.length) return ''
  const components: Partial<PortableTextHtmlComponents> = {
    block: {
      h2: heading(2, headingOffset),
      h3: heading(3, headingOffset),
      h4: heading(4, headingOffset),
    },
    marks: {
      link: ({children, value}) => {
        const href = (value as {href?: unknown} | undefined)?.href
        if (!isSafeHref(href)) return children
        const rel = isExternal(href) ? ' rel="noopener noreferrer"' : ''
        return `<a href="${escapeHTML(href.trim())}"${rel}>${children}</a>`
      },
    },
    unknownType: () => '',
    unknownMark: ({children}) => children,
  }
  return toHTML(blocks as TypedObject[], {components, onMissingComponent: false})
}

/** The plain text of Portable Text, for descriptions and structured data. */
export function plainText(blocks: ReadonlyArray<TypedObject> | null | undefined): string {
  if (!blocks?.length) return ''
  return blocks
    .map((block) => {
      const children = (block as {children?: Array<{text?: string}>}).children
      return children?.map((child) => child.text ?? '').join('') ?? ''
    })
    .filter(Boolean)
    .join('\n\n')
}

/** The first sentences of a text, cut at a word boundary. */
export function excerpt(text: string, maxLength = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= maxLength) return flat
  const cut = flat.slice(0, maxLength - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '')}…`
}
