/* mirrorcast: the service worker that keeps a returning reader on a verified copy.
 *
 * Registered by proof.js where the copy is a secure context, it answers the pages and files of
 * the release: from this copy when its bytes verify against the signed manifest it holds; else,
 * within about two seconds, from the first of up to three other copies in the signed mirror list
 * whose bytes verify; else from the last verified release it saved, checked again and marked as
 * such. It never serves bytes that fail verification, sends no cookies, credentials or referrer
 * to other copies, takes a newer genuine release from any copy and never an older one. A new
 * worker takes over only once it has verified the release it serves (its install fails
 * otherwise).
 *
 * What it cannot do: the browser fetches a worker's own script from this copy, never through
 * the worker, so a copy that turns hostile can replace the worker with anything. The worker
 * protects readers against a copy that is blocked, goes away or has pages altered; not against
 * its own origin turned against them (docs/reader.md, "Limits").
 *
 * The checks are proof.js's (the acceptance rule of docs/FORMAT.md).
 */
'use strict';
importScripts('noble.js', 'proof.js');

var params = new URL(self.location.href).searchParams;
var KEY = params.get('key') || '';
var SITE = params.get('site') || '';
var ROOT = new URL('./', self.location.href).href; // this copy's site folder
var OWN_WAIT = 2000; // how long this copy may take to answer before other copies are asked
var BODY_WAIT = 60000; // how long any answer's body may take once it started
var OTHERS = 3; // other copies asked at once
// Manifests read from other copies: far above any real one (a million names make about
// 300 KB), far below the format's limit, so a hostile copy costs little to refuse.
var OTHER_MANIFEST = 4 << 20;
var CACHE = 'mirrorcast ' + ROOT; // one per site folder, whatever key or site its address names
var HELD = ROOT + '.mirrorcast/held'; // the verified manifest, its signature, where, when
var META = ['manifest.json', 'manifest.json.minisig'];
var TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  minisig: 'text/plain; charset=utf-8',
  css: 'text/css',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  epub: 'application/epub+zip',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/* A bundle path as a URL path below a copy's address, every segment percent-encoded (as the
 * pages link to it), so `100%.pdf` or `FAQ #2.pdf` name the file, not something else. */
function urlOf(base, path) {
  return base + path.split('/').map(encodeURIComponent).join('/');
}

/* A file of a copy, read whole (no more than `cap` bytes), or null. No cookies, credentials
 * or referrer go with it, and no redirect is followed off it. The answer must start within
 * `ms`; its body then has BODY_WAIT. `stop`, when given, aborts it (a race already won). */
function fetchBytes(url, cap, ms, stop) {
  var ctl = new AbortController();
  var timer = setTimeout(function () {
    ctl.abort();
  }, ms || 10000);
  if (stop)
    stop.signal.addEventListener('abort', function () {
      ctl.abort();
    });
  return fetch(url, {
    mode: 'cors',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'error',
    cache: 'no-cache',
    signal: ctl.signal,
  })
    .then(function (r) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        ctl.abort();
      }, BODY_WAIT);
      return r.ok ? mirrorcast.readCapped(r, cap) : null;
    })
    .catch(function () {
      return null;
    })
    .then(function (bytes) {
      clearTimeout(timer);
      return bytes;
    });
}

function decodeSaved(saved) {
  var bytes = Uint8Array.from(atob(saved.bytes), function (ch) {
    return ch.charCodeAt(0);
  });
  return { bytes: bytes, signature: new TextEncoder().encode(saved.signature) };
}

function readSaved() {
  return caches
    .open(CACHE)
    .then(function (c) {
      return c.match(HELD);
    })
    .then(function (r) {
      return r ? r.json() : null;
    })
    .catch(function () {
      return null;
    });
}

/* The release this worker stands by: { manifest, bytes, signature, from, at }, or null. */
var held = null;
function loadHeld() {
  if (held) return Promise.resolve(held);
  return readSaved().then(function (saved) {
    if (!saved) return null;
    var raw = decodeSaved(saved);
    // Saved only after every check passed; checked again, the key and site being ours.
    var r = mirrorcast.accept({ key: KEY, site: SITE }, raw.bytes, raw.signature);
    if (r.rejection) return null;
    held = { manifest: r.manifest, bytes: raw.bytes, signature: raw.signature, from: saved.from, at: saved.at };
    return held;
  });
}

/* Hold `release` from now on, unless a release as new or newer is already saved (another
 * worker, or a request racing this one, may have taken one meanwhile): never backwards. */
function keep(release) {
  return readSaved().then(function (saved) {
    if (saved) {
      var raw = decodeSaved(saved);
      var r = mirrorcast.accept({ key: KEY, site: SITE }, raw.bytes, raw.signature);
      if (!r.rejection && r.manifest.release >= release.manifest.release) {
        held = { manifest: r.manifest, bytes: raw.bytes, signature: raw.signature, from: saved.from, at: saved.at };
        return held;
      }
    }
    held = release;
    var b = '';
    release.bytes.forEach(function (x) {
      b += String.fromCharCode(x);
    });
    var record = {
      bytes: btoa(b),
      signature: new TextDecoder().decode(release.signature),
      key: KEY,
      from: release.from,
      at: release.at,
    };
    return caches
      .open(CACHE)
      .then(function (c) {
        return c.put(HELD, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
      })
      .then(function () {
        return release;
      });
  });
}

/* A copy's own release, if it is ours, and not older than the one held. */
function releaseOf(base, ms, stop) {
  var own = base === ROOT;
  return Promise.all([
    fetchBytes(base + META[0], own ? 67108864 : OTHER_MANIFEST, ms, stop),
    fetchBytes(base + META[1], 65536, ms, stop),
  ]).then(function (got) {
    if (!got[0] || !got[1]) throw { why: 'unreachable', base: base };
    var seen = held ? held.manifest.release : null;
    var r = mirrorcast.accept({ key: KEY, site: SITE, highestSeen: seen, now: Date.now() }, got[0], got[1]);
    if (r.rejection) {
      var kinds = { Older: 'replay', Expired: 'expired', AnotherSite: 'another-site' };
      throw { why: kinds[r.rejection.kind] || 'bad-signature', base: base };
    }
    return { manifest: r.manifest, bytes: got[0], signature: got[1], from: base, at: Date.now() };
  });
}

/* `path` from the copy at `base`, verified against the release held; or else against the
 * copy's own release when that is genuine and newer (which is then held), fetched again capped
 * by the size that release signs. */
function fromCopy(base, path, ms, stop) {
  var release = held;
  var e = release && mirrorcast.entry(release.manifest, path);
  var first = e ? fetchBytes(urlOf(base, path), Number(e.size), ms, stop) : Promise.resolve(null);
  return first.then(function (bytes) {
    if (bytes && mirrorcast.judge(e, bytes) === 'good') return { bytes: bytes, release: release, base: base };
    return releaseOf(base, ms, stop).then(function (theirs) {
      if (release && theirs.manifest.release <= release.manifest.release) {
        // Not newer: the file it serves is not the one the release held signs.
        throw { why: bytes ? 'altered' : 'unreachable', base: base };
      }
      var f = mirrorcast.entry(theirs.manifest, path);
      if (!f) throw { why: 'unlisted', base: base };
      return fetchBytes(urlOf(base, path), Number(f.size), ms, stop).then(function (newer) {
        if (!newer) throw { why: 'unreachable', base: base };
        if (mirrorcast.judge(f, newer) !== 'good') throw { why: 'altered', base: base };
        return keep(theirs).then(function (kept) {
          // Another request may have taken a newer one meanwhile: serve only what it signs.
          if (kept !== theirs) throw { why: 'replay', base: base };
          return { bytes: newer, release: theirs, base: base };
        });
      });
    });
  });
}

/* Can a worker in this (secure) context read `url`? Only https, or plain http on this machine
 * (which browsers count as secure): anything else is blocked as mixed content. */
function reachable(url) {
  return url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname));
}

/* Other copies from the signed mirror list, in a random order, this one left out. */
function others() {
  var own = new URL(ROOT).origin;
  var bases = [];
  if (held)
    held.manifest.mirrors.forEach(function (m) {
      m.urls.forEach(function (u) {
        var url;
        try {
          url = new URL(u);
        } catch (err) {
          return;
        }
        if (url.origin !== own && reachable(url)) bases.push(url.href);
      });
    });
  for (var i = bases.length - 1; i > 0; i--) {
    var j = Math.floor(Math.random() * (i + 1));
    var t = bases[i];
    bases[i] = bases[j];
    bases[j] = t;
  }
  return bases.slice(0, OTHERS);
}

/* The first of several tries that succeeds (the others are stopped), or every reason they
 * failed. */
function race(bases, path) {
  var stop = new AbortController();
  return new Promise(function (resolve, reject) {
    var failed = [];
    if (!bases.length) reject(failed);
    bases.forEach(function (base) {
      fromCopy(base, path, 10000, stop).then(
        function (got) {
          stop.abort();
          resolve(got);
        },
        function (e) {
          failed.push(e);
          if (failed.length === bases.length) reject(failed);
        }
      );
    });
  });
}

function nameOf(base) {
  var found = null;
  if (held)
    held.manifest.mirrors.forEach(function (m) {
      m.urls.forEach(function (u) {
        try {
          if (new URL(u).href === base) found = m.name;
        } catch (err) {
          /* not an address */
        }
      });
    });
  return found || new URL(base).host;
}

function answer(bytes, path, headers) {
  var ext = path.split('.').pop().toLowerCase();
  headers['content-type'] = TYPES[ext] || 'application/octet-stream';
  headers['cache-control'] = 'no-cache';
  return new Response(bytes, { status: 200, headers: headers });
}

/* The path of a request inside the site, or null when the request is not plainly one of its
 * files: outside the folder, or naming a path in a way the pages never do (an encoded `/` or
 * `\`, which would put the page's relative links somewhere else). */
function pathOf(url) {
  if (!url.startsWith(ROOT)) return null;
  var raw = new URL(url).pathname.slice(new URL(ROOT).pathname.length);
  if (/%2f|%5c|\\/i.test(raw)) return null;
  var rel;
  try {
    rel = decodeURIComponent(raw);
  } catch (e) {
    return null; // a malformed escape: the copy answers it
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return rel;
}

function saveKey(path) {
  return urlOf(ROOT + '.mirrorcast/files/', path);
}

/* A saved file of the release held, checked again before it is served: the cache is the
 * origin's, and anything on the origin can write to it. */
function saved(path) {
  var e = held && mirrorcast.entry(held.manifest, path);
  if (!e) return Promise.resolve(null);
  return caches
    .open(CACHE)
    .then(function (c) {
      return c.match(saveKey(path));
    })
    .then(function (r) {
      return r ? r.arrayBuffer() : null;
    })
    .then(function (b) {
      var bytes = b && new Uint8Array(b);
      return bytes && mirrorcast.judge(e, bytes) === 'good' ? bytes : null;
    });
}
function save(path, bytes) {
  return caches.open(CACHE).then(function (c) {
    return c.put(saveKey(path), new Response(bytes));
  });
}

function serve(path) {
  // The manifest and its signature: those of the release held, so the page's own check judges
  // the bytes this worker served by the release it served them from.
  if (META.indexOf(path) >= 0) {
    return releaseOf(ROOT, OWN_WAIT)
      .then(keep)
      .catch(function () {})
      .then(function () {
        return answer(path === META[0] ? held.bytes : held.signature, path, {});
      });
  }
  var why = null;
  var refused = [];
  return fromCopy(ROOT, path, OWN_WAIT)
    .catch(function (e) {
      why = e.why || 'unreachable';
      return race(others(), path).catch(function (failures) {
        refused = failures;
        throw failures;
      });
    })
    .then(function (got) {
      save(path, got.bytes);
      var headers = { 'x-mirrorcast-release': String(got.release.manifest.release) };
      if (got.base !== ROOT) {
        headers['x-mirrorcast-from'] = encodeURIComponent(nameOf(got.base)) + ' ' + got.base;
        headers['x-mirrorcast-why'] = why;
      }
      return answer(got.bytes, path, headers);
    })
    .catch(function () {
      // No copy answered with verified bytes: the last verified release, marked as such.
      return saved(path).then(function (bytes) {
        if (!bytes) return Response.error();
        return answer(bytes, path, {
          'x-mirrorcast-release': String(held.manifest.release),
          'x-mirrorcast-saved': String(held.at),
          'x-mirrorcast-why': why || 'unreachable',
          // What the other copies were found to be, `NAME=REASON,…`.
          'x-mirrorcast-refused': refused
            .filter(function (f) {
              return f && f.base;
            })
            .map(function (f) {
              return encodeURIComponent(nameOf(f.base)) + '=' + f.why;
            })
            .join(','),
        });
      });
    });
}

self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (req.method !== 'GET') return;
  var path = pathOf(req.url);
  if (path === null || path === 'sw.js') return;
  event.respondWith(
    loadHeld().then(function () {
      // Files outside the release go to this copy as they are.
      if (!held || (META.indexOf(path) < 0 && !mirrorcast.entry(held.manifest, path))) return fetch(req);
      return serve(path);
    })
  );
});

/* Whether a release saved under another key (or site) may be given up: only once it has
 * expired, so that a new publisher key reaches returning readers when the last release signed
 * with the old one runs out, and a forged copy's pages cannot take over before that. */
function mayReplace(saved) {
  if (!saved) return true;
  var raw = decodeSaved(saved);
  if (!saved.key) return false;
  var r = mirrorcast.accept({ key: saved.key }, raw.bytes, raw.signature);
  if (r.rejection) return true; // not readable as anything: nothing to protect
  return !(mirrorcast.instant(r.manifest.expires) > Date.now());
}

/* Install only once this copy's release verified, and its pages are saved: until then the
 * worker before (if any) goes on serving. */
self.addEventListener('install', function (event) {
  event.waitUntil(
    loadHeld()
      .then(function () {
        if (held) return;
        return readSaved().then(function (saved) {
          if (!mayReplace(saved)) throw new Error('a release saved under another key or site is held, and not expired');
        });
      })
      .then(function () {
        return releaseOf(ROOT, 10000);
      })
      .then(function (release) {
        var pages = release.manifest.files.filter(function (f) {
          return /\.(html|js|txt)$/.test(f.path) && f.path !== 'signatories.txt' && !/\/signatories\//.test(f.path);
        });
        return Promise.all(
          pages.map(function (f) {
            return fetchBytes(urlOf(ROOT, f.path), Number(f.size), 10000).then(function (bytes) {
              if (!bytes || mirrorcast.judge(f, bytes) !== 'good') throw new Error(f.path + ' does not verify');
              return save(f.path, bytes);
            });
          })
        ).then(function () {
          return keep(release);
        });
      })
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});
