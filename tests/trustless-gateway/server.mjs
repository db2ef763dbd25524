// server.mjs - an offline trustless IPFS gateway for mirrorcast's tests.
//
// @helia/verified-fetch on a blockstore-only Helia (createHeliaLight: no libp2p, no block brokers,
// no routers, DNS disabled), behind a small node:http front on 127.0.0.1:PORT. Blocks come only
// from CAR files POSTed to /admin/import; nothing is ever fetched from the network, so a missing
// block fails at once. See README.md.
//
// Usage: node server.mjs PORT      (listens on 127.0.0.1:PORT; logs to stderr)

// Node 20 has no Promise.withResolvers (Node 22 has); parts of the Helia/libp2p tree call it.
// Defined before anything else is loaded (the imports below are dynamic for that reason).
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers () {
    let resolve, reject
    const promise = new this((res, rej) => { resolve = res; reject = rej })
    return { promise, resolve, reject }
  }
}

const http = await import('node:http')
const { AsyncLocalStorage } = await import('node:async_hooks')
const { once } = await import('node:events')
const { createHeliaLight } = await import('helia')
const { createVerifiedFetch } = await import('@helia/verified-fetch')
const { MemoryBlockstore } = await import('blockstore-core/memory')
const { CarBlockIterator } = await import('@ipld/car/iterator')
const { CID } = await import('multiformats/cid')
const { sha256, sha512 } = await import('multiformats/hashes/sha2')
const { identity } = await import('multiformats/hashes/identity')
const { equals } = await import('multiformats/bytes')
const dagCbor = await import('@ipld/dag-cbor')
const dagJson = await import('@ipld/dag-json')
const json = await import('multiformats/codecs/json')

const port = Number(process.argv[2])
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('usage: node server.mjs PORT')
  process.exit(2)
}

const log = (...args) => console.error(new Date().toISOString(), ...args)

// The request being answered, { missing: [cid...] }: a block that verified-fetch looked for and did
// not find is noted here. Needed because a block missing in the middle of a CAR (or of a file)
// makes Helia's graph walker end the stream early *without an error* (its error becomes an
// unhandled rejection), which would pass a truncated CAR off as complete.
const requests = new AsyncLocalStorage()

class OfflineBlockstore extends MemoryBlockstore {
  has (cid, options) {
    const note = (found) => {
      if (!found) requests.getStore()?.missing.push(cid.toString())
      return found
    }
    const found = super.has(cid, options)
    return typeof found?.then === 'function' ? found.then(note) : note(found)
  }
}

const blockstore = new OfflineBlockstore()
const offlineDns = {
  async query (domain) { throw new Error(`DNS is disabled in the offline test gateway (${domain})`) }
}
const helia = createHeliaLight({
  blockstore,
  dns: offlineDns,
  codecs: [dagCbor, dagJson, json],
  hashers: [sha512],
  blockBrokers: [],
  routers: []
})
await helia.start()
const verifiedFetch = await createVerifiedFetch(helia)

/** name -> CID string, for /ipns/NAME/... */
const names = new Map()
const hashers = new Map([[sha256.code, sha256], [sha512.code, sha512], [identity.code, identity]])

async function importCar (req) {
  const blocks = await CarBlockIterator.fromIterable(req)
  const roots = (await blocks.getRoots()).map(r => r.toString())
  let count = 0
  for await (const { cid, bytes } of blocks) {
    const hasher = hashers.get(cid.multihash.code)
    if (hasher == null) throw new HttpError(400, `block ${cid}: unsupported hash 0x${cid.multihash.code.toString(16)}`)
    const digest = await hasher.digest(bytes)
    if (!equals(digest.digest, cid.multihash.digest)) throw new HttpError(400, `block ${cid}: its bytes do not match its CID`)
    // Through Helia's own CID class (one multiformats copy for all).
    await blockstore.put(CID.decode(cid.bytes), bytes)
    count++
  }
  log(`imported ${count} blocks, roots ${roots.join(' ')}`)
  return { roots, blocks: count }
}

class HttpError extends Error {
  constructor (status, message) { super(message); this.status = status }
}

function send (res, status, body, type = 'text/plain; charset=utf-8') {
  if (res.headersSent) { res.destroy(); return }
  const data = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(data) })
  res.end(data)
}

// Headers of verified-fetch's answer passed on as they are.
const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'content-range',
  'accept-ranges', 'cache-control', 'etag', 'last-modified', 'location', 'x-ipfs-path', 'x-ipfs-roots',
  'x-content-type-options', 'x-ipfs-dag-scope', 'vary']

/** ?format= values (path and trustless gateway specs) and the media types they stand for. */
const FORMATS = {
  car: 'application/vnd.ipld.car',
  raw: 'application/vnd.ipld.raw',
  tar: 'application/x-tar',
  'dag-json': 'application/vnd.ipld.dag-json',
  'dag-cbor': 'application/vnd.ipld.dag-cbor',
  json: 'application/json',
  cbor: 'application/cbor',
  'ipns-record': 'application/vnd.ipfs.ipns-record'
}

/** The CAR media type with ?car-version=, ?car-order=, ?car-dups= (IPIP-412) as its parameters. */
function carAccept (params) {
  let type = FORMATS.car
  for (const [q, p] of [['car-version', 'version'], ['car-order', 'order'], ['car-dups', 'dups']]) {
    const v = params.get(q)
    if (v != null) type += `; ${p}=${v}`
  }
  return type
}

async function gateway (req, res, url) {
  const m = /^\/(ipfs|ipns)\/([^/]+)(.*)$/.exec(url.pathname)
  if (m == null) throw new HttpError(404, `not a gateway path: ${url.pathname}`)
  const [, ns, first, rest] = m
  let root = decodeURIComponent(first)
  if (ns === 'ipns') {
    const target = names.get(root)
    if (target == null) throw new HttpError(404, `unknown name ${root} (only names set with /admin/name resolve; no real IPNS offline)`)
    root = target
  }
  let rootCid
  try { rootCid = CID.parse(root) } catch (e) { throw new HttpError(400, `invalid CID ${root}: ${e.message}`) }
  // verified-fetch answers 200 for a CAR or raw block of a root it does not have and only then
  // fails: say so before any header, as a gateway that cannot retrieve the root would.
  if (rootCid.multihash.code !== identity.code && !(await MemoryBlockstore.prototype.has.call(blockstore, rootCid))) {
    throw new HttpError(504, `block ${root} is not in this offline gateway's blockstore (import its CAR first)`)
  }
  const target = `ipfs://${root}${rest}${url.search}`
  const headers = {}
  if (req.headers.accept) headers.accept = req.headers.accept
  // verified-fetch reads only the Accept header; the gateway spec's ?format= wins over it.
  const format = url.searchParams.get('format')
  if (format != null) {
    const type = FORMATS[format]
    if (type == null) throw new HttpError(400, `unsupported format=${format} (${Object.keys(FORMATS).join(', ')})`)
    headers.accept = format === 'car' ? carAccept(url.searchParams) : type
  }
  if (req.headers.range) headers.range = req.headers.range
  const ac = new AbortController()
  const timer = setTimeout(() => ac.abort(new Error('timed out after 10 s')), 10_000)
  res.on('close', () => ac.abort(new Error('client went away')))
  const request = { missing: [] }
  let answer
  try {
    answer = await requests.run(request, () => verifiedFetch(target, {
      headers,
      method: req.method,
      signal: ac.signal,
      session: false,
      offline: true,
      redirect: 'manual'
    }))
  } finally {
    clearTimeout(timer)
  }
  log(`${req.method} ${url.pathname}${url.search} -> ${target} -> ${answer.status} ${answer.headers.get('content-type') ?? ''}`)
  if (answer.status === 412 && req.headers['cache-control'] !== 'only-if-cached') {
    // verified-fetch runs offline here, so a block that is not in the blockstore gives 412 (the
    // spec's answer to "Cache-Control: only-if-cached"). Unasked, say what a gateway that cannot
    // retrieve the data says: 504.
    throw new HttpError(504, `a block under ${root} is not in this offline gateway's blockstore (import its CAR first)`)
  }
  const out = {}
  for (const h of PASSED_HEADERS) {
    const v = answer.headers.get(h)
    if (v != null) out[h] = v
  }
  if (answer.status >= 300 && answer.status < 400 && out.location != null && out.location.startsWith('ipfs://')) {
    // A redirect inside the DAG (e.g. a directory without its trailing slash): keep it on this gateway.
    out.location = `/ipfs/${out.location.slice('ipfs://'.length)}`
  }
  res.writeHead(answer.status, out)
  if (answer.body == null || req.method === 'HEAD') { res.end(); return }
  try {
    for await (const chunk of answer.body) {
      if (!res.write(chunk)) await once(res, 'drain')
    }
  } catch (err) {
    log(`${url.pathname}${url.search}: the body failed after ${answer.status}: ${err?.message ?? err}`)
    res.destroy()
    return
  }
  if (request.missing.length > 0) {
    // Cut the connection before the last chunk: the client sees a failed transfer, not a short
    // body that looks complete.
    log(`${url.pathname}${url.search}: blocks missing mid-stream (${request.missing.join(' ')}): answer cut short`)
    res.destroy()
    return
  }
  res.end()
}

async function handle (req, res) {
  const url = new URL(req.url, 'http://127.0.0.1')
  if (url.pathname === '/admin/import' && req.method === 'POST') {
    let result
    try {
      result = await importCar(req)
    } catch (err) {
      throw err instanceof HttpError ? err : new HttpError(400, `not a valid CAR v1: ${err?.message ?? err}`)
    }
    send(res, 200, result, 'application/json')
  } else if (url.pathname === '/admin/name' && req.method === 'POST') {
    const name = url.searchParams.get('name')
    const cid = url.searchParams.get('cid')
    if (!name || !cid) throw new HttpError(400, 'name and cid query parameters are needed')
    try { CID.parse(cid) } catch (e) { throw new HttpError(400, `invalid CID ${cid}: ${e.message}`) }
    names.set(name, cid)
    log(`name ${name} -> ${cid}`)
    res.writeHead(204).end()
  } else if (url.pathname === '/health') {
    send(res, 200, `ok ${process.pid}`)
  } else if (req.method === 'GET' || req.method === 'HEAD') {
    await gateway(req, res, url)
  } else {
    throw new HttpError(405, `${req.method} ${url.pathname} is not supported`)
  }
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    const status = err instanceof HttpError ? err.status : (err?.name === 'AbortError' || /timed out/.test(err?.message) ? 504 : 500)
    log(`${req.method} ${req.url} -> ${status}: ${err instanceof HttpError ? err.message : (err?.stack ?? err)}`)
    send(res, status, `${err?.message ?? err}\n`)
  })
})
server.listen(port, '127.0.0.1', () => log(`trustless gateway listening on http://127.0.0.1:${port}`))
server.on('error', (err) => { log(`server error: ${err.message}`); process.exit(1) })

// Helia's graph walker rejects a promise nobody awaits when a block is missing (see above).
process.on('unhandledRejection', (err) => log(`unhandled rejection (ignored): ${err?.message ?? err}`))

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    log(`${sig}: stopping`)
    server.close()
    server.closeAllConnections()
    helia.stop().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 1000).unref()
  })
}
