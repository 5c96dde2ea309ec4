import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runLighthouse} from '../src/measure/lighthouse'

let server: Server
let url: string

beforeAll(async () => {
  // A page that never loads: the server answers every request with an error.
  server = createServer((_request, response) => response.writeHead(500, {'content-type': 'text/html'}).end('<!doctype html><title>Down</title>'))
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise((closed) => server.close(closed)))

describe('runLighthouse', () => {
  it('says which page it could not measure and why, instead of reporting a score of nothing', async () => {
    await expect(runLighthouse([url], ['performance', 'accessibility'])).rejects.toThrow(
      new RegExp(`Lighthouse could not measure ${url.replace(/[.]/g, '\\.')}: .*\\(Status code: 500\\)`),
    )
  }, 120_000)
})
