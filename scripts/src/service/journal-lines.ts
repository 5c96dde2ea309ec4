import type {JournalHandle} from './journal-files'

export interface Line {
  /** 1-based. */
  number: number
  text: string
  /** Byte offset where the line starts. */
  start: number
  /** Whether a newline ends it; only the file's last line can lack one. */
  complete: boolean
}

const CHUNK_BYTES = 1024 * 1024

/**
 * The lines of a file with their byte offsets, read a chunk at a time, so a journal of any
 * length is read in constant memory and a torn tail can be cut off at an exact byte.
 */
export async function* readLines(handle: JournalHandle): AsyncGenerator<Line> {
  const chunk = Buffer.alloc(CHUNK_BYTES)
  let carry = Buffer.alloc(0)
  let carryStart = 0
  let position = 0
  let number = 0
  for (;;) {
    const read = await handle.read(chunk, position)
    if (read === 0) break
    position += read
    const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read)
    let from = 0
    for (let newline = data.indexOf(10, from); newline !== -1; newline = data.indexOf(10, from)) {
      yield {number: ++number, text: data.toString('utf8', from, newline), start: carryStart + from, complete: true}
      from = newline + 1
    }
    // Copied: `chunk` is overwritten by the next read.
    carry = Buffer.from(data.subarray(from))
    carryStart += from
  }
  if (carry.length) yield {number: ++number, text: carry.toString('utf8'), start: carryStart, complete: false}
}
