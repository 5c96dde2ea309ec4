import {createHash} from 'node:crypto'

/**
 * Turns the seed's lightly marked-up prose into Portable Text, the format Sanity stores rich
 * text in. Supported: paragraphs (separated by a blank line), `## ` headings, `- ` bullet
 * items, `**bold**`, `*italic*` and `[text](href)` links. Keys are derived from the document id
 * and position, so the generated dataset is the same on every run.
 */

interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

interface LinkDef {
  _type: 'link'
  _key: string
  href: string
}

export interface Block {
  _type: 'block'
  _key: string
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet'
  level?: number
  markDefs: LinkDef[]
  children: Span[]
}

function key(...parts: Array<string | number>): string {
  return createHash('sha1').update(parts.join('/')).digest('hex').slice(0, 12)
}

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g

function inline(text: string, blockKey: string): Pick<Block, 'children' | 'markDefs'> {
  const children: Span[] = []
  const markDefs: LinkDef[] = []
  const push = (value: string, marks: string[]) => {
    if (value) children.push({_type: 'span', _key: key(blockKey, children.length), text: value, marks})
  }
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    push(text.slice(last, match.index), [])
    const [, linkText, href, bold, italic] = match
    if (linkText !== undefined && href !== undefined) {
      const markKey = key(blockKey, 'link', markDefs.length)
      markDefs.push({_type: 'link', _key: markKey, href})
      push(linkText, [markKey])
    } else if (bold !== undefined) {
      push(bold, ['strong'])
    } else if (italic !== undefined) {
      push(italic, ['em'])
    }
    last = match.index + match[0].length
  }
  push(text.slice(last), [])
  return {children, markDefs}
}

/** Portable Text blocks from marked-up prose. `scope` (the document id and field) seeds the keys. */
export function richText(scope: string, source: string): Block[] {
  const blocks: Block[] = []
  const paragraphs = source
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n').map((line) => line.trim())
    if (lines.every((line) => line.startsWith('- '))) {
      for (const line of lines) {
        const blockKey = key(scope, blocks.length)
        blocks.push({
          _type: 'block',
          _key: blockKey,
          style: 'normal',
          listItem: 'bullet',
          level: 1,
          ...inline(line.slice(2), blockKey),
        })
      }
      continue
    }
    const blockKey = key(scope, blocks.length)
    const text = lines.join(' ')
    const heading = /^(#{2,3}) (.*)$/.exec(text)
    blocks.push({
      _type: 'block',
      _key: blockKey,
      style: heading ? (heading[1] === '##' ? 'h2' : 'h3') : 'normal',
      ...inline(heading?.[2] ?? text, blockKey),
    })
  }
  return blocks
}
