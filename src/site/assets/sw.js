/* mirrorcast: the service worker that keeps a returning reader on a verified copy.
 *
 * Registered by proof.js where the copy is a secure context, it answers the pages and files of
 * the release: from this copy when its bytes verify against the signed manifest it holds; else,
 * within about two seconds, from the first of up to three other copies in the signed mirror list
 * whose bytes verify; else from the last verified release it saved, marked as such. It never
 * serves bytes that fail verification, sends no cookies, credentials or referrer to other copies,
 * takes a newer genuine release from any copy and never an older one. A new worker takes over
 * only once it has verified the release it serves (its install fails otherwise).
 *
 * The checks are proof.js's (the acceptance rule of docs/FORMAT.md).
 */
'use strict';
importScripts('noble.js', 'proof.js');

var params = new URL(self.location.href).searchParams;
var KEY = params.get('key') || '';
var SITE = params.get('site') || '';
var ROOT = new URL('./', self.location.href).href; // this copy's site folder
var OWN_WAIT = 2000; // how long this copy may take before other copies are asked
var OTHERS = 3; // other copies asked at once
var CACHE = 'mirrorcast ' + ROOT; // one per site folder, whatever key or site its address names
var HELD = ROOT + '.mirrorcast/held'; // the verified manifest, its signature, where, when
var META = ['manifest.json', 'manifest.json.minisig'];

function timeout(ms) {
  var ctl = new AbortController();
  setTimeout(function () {
    ctl.abort();
  }, ms);
  return ctl.signal;
}

/* A file of a copy, read whole (no more than `cap` bytes), or null. No cookies, credentials
 * or referrer go with it, and no redirect is followed off it. */
function fetchBytes(url, cap, ms) {
  return fetch(url, {
    mode: 'cors',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'error',
    cache: 'no-cache',
    signal: timeout(ms || 10000),
  })
    .then(function (r) {
      return r.ok ? mirrorcast.readCapped(r, cap) : null;
    })
    .catch(function () {
      return null;
    });
}

/* The release this worker stands by: { manifest, bytes, signature, from, at }, or null. */
var held = null;
function loadHeld() {
  if (held) return Promise.resolve(held);
  return caches
    .open(CACHE)
    .then(function (c) {
      return c.match(HELD);
    })
    .then(function (r) {
      return r ? r.json() : null;
    })
    .then(function (saved) {
      if (!saved) return null;
      var bytes = Uint8Array.from(atob(saved.bytes), function (ch) {
        return ch.charCodeAt(0);
      });
      var signature = new TextEncoder().encode(saved.signature);
      // Saved only after every check passed; checked again, the key and site being ours.
      var r = mirrorcast.accept({ key: KEY, site: SITE }, bytes, signature);
      if (r.rejection) return null;
      held = { manifest: r.manifest, bytes: bytes, signature: signature, from: saved.from, at: saved.at };
      return held;
    })
    .catch(function () {
      return null;
    });
}

function keep(release) {
  held = release;
  var b = '';
  release.bytes.forEach(function (x) {
    b += String.fromCharCode(x);
  });
  var saved = {
    bytes: btoa(b),
    signature: new TextDecoder().decode(release.signature),
    from: release.from,
    at: release.at,
  };
  return caches.open(CACHE).then(function (c) {
    return c.put(HELD, new Response(JSON.stringify(saved), { headers: { 'content-type': 'application/json' } }));
  });
}

/* A copy's own release, if it is ours, and not older than the one held. */
function releaseOf(base, ms) {
  return Promise.all([fetchBytes(base + META[0], 67108864, ms), fetchBytes(base + META[1], 65536, ms)]).then(function (got) {
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

/* `path` from the copy at `base`, verified: against the release held, or else against the
 * copy's own release when that is genuine and newer (which is then held). */
function fromCopy(base, path, ms) {
  var release = held;
  return fetchBytes(base + path, 67108864, ms).then(function (bytes) {
    if (!bytes) throw { why: 'unreachable', base: base };
    var e = release && mirrorcast.entry(release.manifest, path);
    if (e && mirrorcast.judge(e, bytes) === 'good') return { bytes: bytes, release: release, base: base };
    return releaseOf(base, ms).then(function (theirs) {
      var f = mirrorcast.entry(theirs.manifest, path);
      if (!f) throw { why: 'unlisted', base: base };
      if (mirrorcast.judge(f, bytes) !== 'good') throw { why: 'altered', base: base };
      if (!release || theirs.manifest.release > release.manifest.release) return keep(theirs).then(function () {
        return { bytes: bytes, release: theirs, base: base };
      });
      // The same release, other bytes: this copy is not what the held release says.
      if (theirs.manifest.release === release.manifest.release) throw { why: 'altered', base: base };
      return { bytes: bytes, release: theirs, base: base };
    });
  });
}

/* Other copies from the signed mirror list, in a random order, this one left out. */
function others() {
  var own = new URL(ROOT).origin;
  var bases = [];
  if (held)
    held.manifest.mirrors.forEach(function (m) {
      m.urls.forEach(function (u) {
        var url = new URL(u);
        if (url.origin !== own && (url.protocol === 'https:' || url.protocol === 'http:')) bases.push(url.href);
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

/* The first of several tries that succeeds, or every reason they failed. */
function first(tries) {
  return new Promise(function (resolve, reject) {
    var failed = [];
    if (!tries.length) reject(failed);
    tries.forEach(function (t) {
      t.then(resolve, function (e) {
        failed.push(e);
        if (failed.length === tries.length) reject(failed);
      });
    });
  });
}

function nameOf(base) {
  var found = null;
  if (held)
    held.manifest.mirrors.forEach(function (m) {
      if (m.urls.some(function (u) {
          return new URL(u).href === base;
        }))
        found = m.name;
    });
  return found || new URL(base).host;
}

var TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', json: 'application/json', txt: 'text/plain; charset=utf-8', minisig: 'text/plain; charset=utf-8' };

function answer(bytes, path, headers) {
  var ext = path.split('.').pop();
  headers['content-type'] = TYPES[ext] || 'application/octet-stream';
  headers['cache-control'] = 'no-cache';
  return new Response(bytes, { status: 200, headers: headers });
}

/* The path of a request inside the site, or null when it is not a file of the release. */
function pathOf(url) {
  if (!url.startsWith(ROOT)) return null;
  var rel;
  try {
    rel = decodeURIComponent(new URL(url).pathname.slice(new URL(ROOT).pathname.length));
  } catch (e) {
    return null; // not a path of ours (a malformed escape): the copy answers it
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return rel;
}

function saved(path) {
  return caches.open(CACHE).then(function (c) {
    return c.match(ROOT + '.mirrorcast/files/' + path);
  });
}
function save(path, bytes, release) {
  return caches.open(CACHE).then(function (c) {
    return c.put(
      ROOT + '.mirrorcast/files/' + path,
      new Response(bytes, { headers: { 'x-mirrorcast-release': String(release.manifest.release) } })
    );
  });
}

function serve(path) {
  return loadHeld().then(function () {
    // The manifest and its signature: those of the release held, so the page's own check judges
    // the bytes this worker served by the release it served them from.
    if (META.indexOf(path) >= 0 && held) {
      return releaseOf(ROOT, OWN_WAIT)
        .then(function (ours) {
          if (ours.manifest.release > held.manifest.release) return keep(ours);
        })
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
        return first(
          others().map(function (base) {
            return fromCopy(base, path, 10000);
          })
        ).catch(function (failures) {
          refused = failures;
          throw failures;
        });
      })
      .then(function (got) {
        save(path, got.bytes, got.release);
        var headers = { 'x-mirrorcast-release': String(got.release.manifest.release) };
        if (got.base !== ROOT) {
          headers['x-mirrorcast-from'] = encodeURIComponent(nameOf(got.base)) + ' ' + got.base;
          headers['x-mirrorcast-why'] = why;
        }
        return answer(got.bytes, path, headers);
      })
      .catch(function () {
        // No copy answered with verified bytes: the last verified release, marked as such.
        return saved(path).then(function (r) {
          if (!r || !held || r.headers.get('x-mirrorcast-release') !== String(held.manifest.release))
            return Response.error();
          return r.arrayBuffer().then(function (b) {
            return answer(new Uint8Array(b), path, {
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
      });
  });
}

self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (req.method !== 'GET') return;
  var path = pathOf(req.url);
  if (path === null || path === 'sw.js') return;
  // Files outside the release (not listed in the held manifest) go to this copy as they are.
  event.respondWith(
    loadHeld().then(function () {
      if (held && META.indexOf(path) < 0 && !mirrorcast.entry(held.manifest, path)) return fetch(req);
      if (!held) return fetch(req);
      return serve(path);
    })
  );
});

/* Install only once this copy's release verified, and its pages are saved: until then the
 * worker before (if any) goes on serving. */
self.addEventListener('install', function (event) {
  event.waitUntil(
    loadHeld()
      .then(function () {
        // A release saved under one key is never given up for another: a copy serving pages
        // with another key (and a worker address naming it) does not get to replace the
        // worker that holds the publisher's release. The page warns of the other key.
        if (!held)
          return caches
            .open(CACHE)
            .then(function (c) {
              return c.match(HELD);
            })
            .then(function (r) {
              if (r) throw new Error('a release saved under another key or site is held');
            });
      })
      .then(function () {
        return releaseOf(ROOT);
      })
      .then(function (release) {
        var pages = release.manifest.files.filter(function (f) {
          return /\.(html|js|txt)$/.test(f.path) && f.path !== 'signatories.txt' && !/\/signatories\//.test(f.path);
        });
        return Promise.all(
          pages.map(function (f) {
            return fetchBytes(ROOT + f.path, 67108864).then(function (bytes) {
              if (!bytes || mirrorcast.judge(f, bytes) !== 'good') throw new Error(f.path + ' does not verify');
              return save(f.path, bytes, release);
            });
          })
        ).then(function () {
          if (!held || release.manifest.release >= held.manifest.release) return keep(release);
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
