import {mkdir, open, rename, unlink} from 'node:fs/promises'

/** The few file operations the journal needs, so tests can make a disk fail the way real ones do. */
export interface JournalFiles {
  /** `r` to read, `a` to append (creating the file), `w` to write a new file. */
  open(path: string, flags: 'r' | 'a' | 'w'): Promise<JournalHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string): Promise<void>
  /** Makes a rename in the folder durable. */
  syncDir(path: string): Promise<void>
}

export interface JournalHandle {
  read(buffer: Buffer, position: number): Promise<number>
  /** Writes at the end (append) or at the current position; may write fewer bytes than given. */
  write(buffer: Buffer): Promise<number>
  datasync(): Promise<void>
  sync(): Promise<void>
  truncate(length: number): Promise<void>
  size(): Promise<number>
  close(): Promise<void>
}

/** The real disk, through node:fs/promises. */
export const diskFiles: JournalFiles = {
  async open(path, flags) {
    const handle = await open(path, flags)
    return {
      read: async (buffer, position) => (await handle.read(buffer, 0, buffer.length, position)).bytesRead,
      write: async (buffer) => (await handle.write(buffer, 0, buffer.length, null)).bytesWritten,
      datasync: () => handle.datasync(),
      sync: () => handle.sync(),
      truncate: (length) => handle.truncate(length),
      size: async () => (await handle.stat()).size,
      close: () => handle.close(),
    }
  },
  rename,
  unlink,
  async mkdir(path) {
    await mkdir(path, {recursive: true})
  },
  async syncDir(path) {
    const handle = await open(path, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
}
