/* mirrorcast: this page proves itself genuine.
 *
 * It fetches the release's manifest.json and its signature from the same copy, checks them with
 * the publisher's key by the acceptance rule of docs/FORMAT.md (signature over the raw bytes,
 * trusted comment, site, release not older than one this browser has seen, expiry), then checks
 * the SHA-256 of this very page against the manifest, and says what it found in a line at the
 * foot of the page. Every page reads the same without it.
 *
 * The same checks serve the service worker (sw.js loads this file too), so nothing below the
 * core touches the page unless there is one. Needs noble.js (Ed25519, BLAKE2b, SHA-2) first.
 */
(function (global) {
  'use strict';

  var MAX_MANIFEST = 67108864;
  var MAX_SIGNATURE = 65536;
  var MAX_RELEASE = 9007199254740991n;
  var U64_MAX = 18446744073709551615n;
  var MANIFEST = 'manifest.json';
  var RESERVED = [MANIFEST, 'manifest.json.minisig', 'SHA256SUMS', 'SHA256SUMS.minisig'];
  // Unicode White_Space (what Rust's trim() removes). Not \s: that also has U+FEFF.
  var WS = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
  var TRIM = new RegExp('^[' + WS + ']+|[' + WS + ']+$', 'g');
  var EDGE_WS = new RegExp('^[' + WS + ']|[' + WS + ']$');

  function Rejection(kind, detail) {
    this.kind = kind;
    this.detail = detail;
  }
  function reject(kind, detail) {
    throw new Rejection(kind, detail);
  }

  function trim(s) {
    return s.replace(TRIM, '');
  }

  function utf8(bytes) {
    // ignoreBOM keeps a byte-order mark as U+FEFF, as Rust does, so it is judged, not dropped.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  }

  function hex(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return out;
  }

  /* Standard base64 with padding, strictly: anything that does not re-encode to itself is
   * refused (as Rust's base64 STANDARD engine does). */
  function base64(text) {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
    var bin;
    try {
      bin = atob(text);
    } catch (e) {
      return null;
    }
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return btoa(bin) === text ? bytes : null;
  }

  /* The key id minisign prints: the key number as a little-endian u64, in upper-case hex. */
  function keyId(keynum) {
    var out = '';
    for (var i = 7; i >= 0; i--) out += (keynum[i] < 16 ? '0' : '') + keynum[i].toString(16);
    return out.toUpperCase();
  }

  function publicKey(line) {
    var raw = base64(trim(line));
    if (!raw || raw.length !== 42 || raw[0] !== 0x45 || raw[1] !== 0x64) return null;
    return { keynum: raw.slice(2, 10), key: raw.slice(10), id: keyId(raw.slice(2, 10)) };
  }

  function sameBytes(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  /* Rust's str::lines(): split at LF; a CR just before an LF is dropped. */
  function lines(text) {
    var pieces = text.split('\n');
    var out = [];
    for (var i = 0; i < pieces.length; i++) {
      var ended = i < pieces.length - 1;
      if (!ended && pieces[i] === '') break;
      out.push(ended && pieces[i].endsWith('\r') ? pieces[i].slice(0, -1) : pieces[i]);
    }
    return out;
  }

  /* A minisign signature of `data` by `key`: its trusted comment, or a BadSignature. */
  function verifySignature(key, sigBytes, data) {
    var bad = function (problem) {
      reject('BadSignature', problem);
    };
    var text;
    try {
      text = utf8(sigBytes);
    } catch (e) {
      bad('Malformed');
    }
    var l = lines(text);
    var sig = l.length > 1 ? base64(trim(l[1])) : null;
    var globalSig = l.length > 3 ? base64(trim(l[3])) : null;
    if (!sig || sig.length !== 74 || !globalSig || globalSig.length !== 64) bad('Malformed');
    if (!l[0].startsWith('untrusted comment: ') || !l[2].startsWith('trusted comment: ')) bad('Malformed');
    var prehashed = sig[0] === 0x45 && sig[1] === 0x44; // "ED"
    var legacy = sig[0] === 0x45 && sig[1] === 0x64; // "Ed"
    if (!prehashed && !legacy) bad('Malformed');
    var keynum = sig.slice(2, 10);
    if (!sameBytes(keynum, key.keynum)) bad('WrongKey: signed by ' + keyId(keynum) + ', expected ' + key.id);
    if (legacy) bad('Invalid');
    var comment = trim(l[2].slice(17));
    var signature = sig.slice(10);
    var commentBytes = new TextEncoder().encode(comment);
    var both = new Uint8Array(64 + commentBytes.length);
    both.set(signature);
    both.set(commentBytes, 64);
    var ed = global.noble.ed;
    var ok = false;
    try {
      ok =
        ed.verify(signature, global.noble.blake2b(data), key.key, { zip215: false }) &&
        ed.verify(globalSig, both, key.key, { zip215: false });
    } catch (e) {
      ok = false;
    }
    if (!ok) bad('Invalid');
    return comment;
  }
  /* Strict JSON, as serde_json reads it: integers kept as tokens, duplicate members and lone
   * surrogates refused, nothing but JSON whitespace around one value. */
  function parseJson(text) {
    var i = 0;
    function fail() {
      reject('Malformed', 'not valid JSON');
    }
    function space() {
      while (i < text.length && ' \t\n\r'.indexOf(text[i]) >= 0) i++;
    }
    function value() {
      space();
      var c = text[i];
      if (c === '{') return object();
      if (c === '[') return array();
      if (c === '"') return string();
      if (c === 't' && text.startsWith('true', i)) return (i += 4), true;
      if (c === 'f' && text.startsWith('false', i)) return (i += 5), false;
      if (c === 'n' && text.startsWith('null', i)) return (i += 4), null;
      return number();
    }
    function object() {
      i++;
      var out = new Map();
      space();
      if (text[i] === '}') return i++, out;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        var name = string();
        if (out.has(name)) reject('Malformed', 'duplicate member ' + name);
        space();
        if (text[i++] !== ':') fail();
        out.set(name, value());
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return i++, out;
        else fail();
      }
    }
    function array() {
      i++;
      var out = [];
      space();
      if (text[i] === ']') return i++, out;
      for (;;) {
        out.push(value());
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return i++, out;
        else fail();
      }
    }
    function string() {
      i++;
      var out = '';
      for (;;) {
        if (i >= text.length) fail();
        var c = text.charCodeAt(i++);
        if (c === 0x22) return out;
        if (c < 0x20) fail();
        if (c !== 0x5c) {
          out += String.fromCharCode(c);
          continue;
        }
        var e = text[i++];
        var simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[e];
        if (simple !== undefined) {
          out += simple;
          continue;
        }
        if (e !== 'u') fail();
        var unit = escape4();
        if (unit >= 0xdc00 && unit <= 0xdfff) fail();
        if (unit >= 0xd800 && unit <= 0xdbff) {
          if (text[i] !== '\\' || text[i + 1] !== 'u') fail();
          i += 2;
          var low = escape4();
          if (low < 0xdc00 || low > 0xdfff) fail();
          out += String.fromCharCode(unit, low);
        } else {
          out += String.fromCharCode(unit);
        }
      }
    }
    function escape4() {
      var h = text.slice(i, i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(h)) fail();
      i += 4;
      return parseInt(h, 16);
    }
    function number() {
      var m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += m[0].length;
      return { number: m[0], integer: !m[2] && !m[3] };
    }
    var v = value();
    space();
    if (i !== text.length) fail();
    return v;
  }

  function isObject(v) {
    return v instanceof Map;
  }
  function members(v, names, what) {
    if (!isObject(v)) reject('Malformed', what + ' is not an object');
    v.forEach(function (_, k) {
      if (names.indexOf(k) < 0) reject('Malformed', 'unknown member ' + k + ' in ' + what);
    });
    names.forEach(function (k) {
      if (!v.has(k) || v.get(k) === null) reject('Malformed', 'no ' + k + ' in ' + what);
    });
  }
  function str(v) {
    if (typeof v !== 'string') reject('Malformed', 'a string is due');
    return v;
  }
  function u64(v) {
    if (!v || typeof v !== 'object' || !v.integer || v.number[0] === '-') reject('Malformed', 'an integer is due');
    var n = BigInt(v.number);
    if (n > U64_MAX) reject('Malformed', 'an integer too large');
    return n;
  }

  function parseManifest(bytes) {
    var text;
    try {
      text = utf8(bytes);
    } catch (e) {
      reject('Malformed', 'not UTF-8');
    }
    var v = parseJson(text);
    if (isObject(v) && v.has('format')) {
      var f = v.get('format');
      if (f && f.integer && f.number[0] !== '-' && BigInt(f.number) > 1n)
        reject('Malformed', 'format ' + f.number + ' is newer than this page reads');
    }
    members(v, ['format', 'site', 'release', 'created', 'expires', 'files', 'mirrors'], 'the manifest');
    u64(v.get('format'));
    var files = v.get('files');
    var mirrors = v.get('mirrors');
    if (!Array.isArray(files) || !Array.isArray(mirrors)) reject('Malformed', 'files and mirrors are lists');
    return {
      site: str(v.get('site')),
      release: u64(v.get('release')),
      created: str(v.get('created')),
      expires: str(v.get('expires')),
      files: files.map(function (f) {
        members(f, ['path', 'size', 'sha256'], 'a file entry');
        return { path: str(f.get('path')), size: u64(f.get('size')), sha256: str(f.get('sha256')) };
      }),
      mirrors: mirrors.map(function (m) {
        members(m, ['name', 'urls'], 'a mirror entry');
        var urls = m.get('urls');
        if (!Array.isArray(urls)) reject('Malformed', 'urls is a list');
        return { name: str(m.get('name')), urls: urls.map(str) };
      }),
    };
  }

  function pathIsSafe(path) {
    if (path === '' || RESERVED.indexOf(path) >= 0) return false;
    if (/[\u0000-\u001f\u007f-\u009f\\]/.test(path)) return false;
    return path.split('/').every(function (piece) {
      return piece !== '' && piece[0] !== '.' && !EDGE_WS.test(piece);
    });
  }

  /* Rust's u64 parser: one optional leading +, then digits only. */
  function commentRelease(text) {
    var digits = text[0] === '+' ? text.slice(1) : text;
    if (!/^[0-9]+$/.test(digits)) return null;
    var n = BigInt(digits);
    return n > U64_MAX ? null : n;
  }

  function commentMatches(comment, m) {
    var p = comment.split(' ');
    if (p.length < 5 || p[0] !== 'mirrorcast') return false;
    var prefixes = ['site:', 'release:', 'expires:', 'file:'];
    for (var k = 0; k < 4; k++) if (!p[k + 1].startsWith(prefixes[k])) return false;
    return (
      p[1].slice(5) === m.site &&
      commentRelease(p[2].slice(8)) === m.release &&
      p[3].slice(8) === m.expires &&
      p[4].slice(5) === MANIFEST
    );
  }

  /* An RFC 3339 time with an offset, as milliseconds since 1970; NaN when unreadable (fewer
   * forms than the reference parser takes, which only ever refuses more as expired). */
  function instant(text) {
    var m =
      /^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2})(?::([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?)?(Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)$/.exec(
        text
      );
    if (!m) return NaN;
    var ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +(m[5] || 0), +(m[6] || 0), +((m[7] || '0') + '00').slice(0, 3));
    var day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    // A day that does not exist (2027-02-31) is unreadable, as it is to the reference parser.
    if (day.getUTCFullYear() !== +m[1] || day.getUTCMonth() !== +m[2] - 1 || day.getUTCDate() !== +m[3]) return NaN;
    if (+m[4] > 23 || +(m[5] || 0) > 59 || +(m[6] || 0) > 59) return NaN;
    var z = m[8];
    if (z !== 'Z' && z !== 'z') {
      var sign = z[0] === '-' ? -1 : 1;
      var digits = z.slice(1).replace(':', '');
      var hours = +digits.slice(0, 2);
      var minutes = +(digits.slice(2) || 0);
      // Offsets as the reference parser takes them: under 26 hours, minutes under 60.
      if (hours > 25 || minutes > 59) return NaN;
      ms -= sign * (hours * 60 + minutes) * 60000;
    }
    return ms;
  }

  /* The acceptance rule (docs/FORMAT.md), steps in its order. `rule`: { key (a public key
   * line), site?, highestSeen? (a number or BigInt), now? (ms) }. Returns { manifest } or
   * { rejection, manifest? }. */
  function accept(rule, manifestBytes, signatureBytes) {
    var manifest;
    try {
      if (manifestBytes.length > MAX_MANIFEST) reject('TooLarge', MANIFEST);
      if (signatureBytes.length > MAX_SIGNATURE) reject('TooLarge', 'manifest.json.minisig');
      var key = publicKey(rule.key);
      if (!key) reject('BadSignature', 'no usable public key');
      var comment = verifySignature(key, signatureBytes, manifestBytes);
      manifest = parseManifest(manifestBytes);
      var seen = new Set();
      var unsafe = manifest.files.filter(function (f) {
        var repeated = seen.has(f.path);
        seen.add(f.path);
        return repeated || !pathIsSafe(f.path);
      });
      if (unsafe.length) reject('Malformed', 'unsafe paths');
      if (manifest.release < 1n || manifest.release > MAX_RELEASE) reject('Malformed', 'release out of range');
      if (!commentMatches(comment, manifest)) reject('WrongComment', comment);
      if (rule.site != null && manifest.site !== rule.site) reject('AnotherSite', manifest.site);
      if (rule.highestSeen != null && manifest.release < BigInt(rule.highestSeen)) reject('Older', String(rule.highestSeen));
      if (rule.now != null) {
        var expires = instant(manifest.expires);
        if (!(expires > rule.now)) reject('Expired', manifest.expires);
      }
      return { manifest: manifest, keyId: key.id };
    } catch (e) {
      if (!(e instanceof Rejection)) throw e;
      var kept = ['AnotherSite', 'Older', 'Expired'].indexOf(e.kind) >= 0 ? manifest : undefined;
      return { rejection: e, manifest: kept };
    }
  }

  /* A file's bytes against its entry in an accepted manifest: 'good', 'WrongSize' (not hashed)
   * or 'Tampered'. */
  function judge(entry, bytes) {
    if (BigInt(bytes.length) !== entry.size) return 'WrongSize';
    return hex(global.noble.sha256(bytes)) === entry.sha256.toLowerCase() ? 'good' : 'Tampered';
  }

  function entry(manifest, path) {
    return manifest.files.find(function (f) {
      return f.path === path;
    });
  }

  function join(parts, total) {
    var out = new Uint8Array(total);
    var at = 0;
    parts.forEach(function (p) {
      out.set(p, at);
      at += p.length;
    });
    return out;
  }

  /* A response's body, read as it streams and stopped one byte past `cap`: a hostile copy
   * cannot make a reader's browser hold more than that. */
  function readCapped(response, cap) {
    var reader = response.body.getReader();
    var parts = [];
    var total = 0;
    function pump() {
      return reader.read().then(function (step) {
        if (step.done) return join(parts, total);
        total += step.value.length;
        parts.push(step.value);
        if (total > cap) {
          // More than can be genuine: what was read, one byte past the cap, so that a size
          // check fails on it.
          reader.cancel();
          return join(parts, total).slice(0, cap + 1);
        }
        return pump();
      });
    }
    return pump();
  }

  global.mirrorcast = {
    readCapped: readCapped,
    accept: accept,
    judge: judge,
    entry: entry,
    keyId: function (line) {
      var k = publicKey(line);
      return k && k.id;
    },
    instant: instant,
    MANIFEST: MANIFEST,
  };

  /* ---- The page: everything below runs only in a page, never in the service worker. ---- */
  if (typeof document === 'undefined') return;
  var me = document.currentScript;
  var line = document.getElementById('proof');
  if (!me || !line || !global.fetch || !global.noble) return;
  var conf = me.dataset;

  function say(kind, vars, bad) {
    var text = line.getAttribute('data-' + kind) || kind;
    text = text.replace(/\{(\w+)\}/g, function (_, name) {
      return vars && vars[name] != null ? String(vars[name]) : '';
    });
    if (vars && vars.note) text += ' ' + vars.note;
    line.textContent = text;
    line.className = bad === 'note' ? 'proof-note' : bad ? 'proof-bad' : 'proof-ok';
    // A warning goes where the reader starts reading, not at the foot of the page.
    var main = document.getElementById('main');
    if (bad && main) main.insertBefore(line, main.firstChild);
    line.setAttribute('data-outcome', kind);
    // Milliseconds from the start of the navigation, for tests and benchmarks.
    if (global.performance) line.setAttribute('data-ms', String(Math.round(performance.now())));
    line.hidden = false;
  }

  /* Remembered per site and key, so a copy older than one already seen is noticed. Storage may
   * be off (private windows, settings): then nothing is remembered and nothing breaks. */
  // Kept per site folder and site id: two sites on one origin (a path gateway serves every
  // IPFS site from one) must not mix what they remember.
  function storeKey(name) {
    return 'mirrorcast ' + new URL(conf.root || './', location.href).pathname + ' ' + conf.site + ' ' + name;
  }
  function remembered(name) {
    try {
      return global.localStorage.getItem(storeKey(name));
    } catch (e) {
      return null;
    }
  }
  function remember(name, value) {
    try {
      global.localStorage.setItem(storeKey(name), value);
    } catch (e) {
      /* nothing to keep it in */
    }
  }

  /* A file of this copy, at most `cap` bytes; null when it cannot be read. `seen`, when given,
   * gets the service worker's word on where the bytes came from. */
  function get(url, cap, seen) {
    return fetch(url, { cache: 'no-cache', credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer' })
      .then(function (r) {
        if (!r.ok) return null;
        if (seen)
          ['from', 'why', 'saved', 'refused'].forEach(function (h) {
            seen[h] = r.headers.get('x-mirrorcast-' + h);
          });
        return readCapped(r, cap);
      })
      .catch(function () {
        return null;
      });
  }

  /* One look at this copy: the manifest, its signature and this page, fetched together. */
  function look() {
    var root = new URL(conf.root || './', location.href);
    var here = location.href.split('#')[0];
    var served = {};
    return Promise.all([
      get(new URL(MANIFEST, root), MAX_MANIFEST),
      get(new URL('manifest.json.minisig', root), MAX_SIGNATURE),
      get(here, MAX_MANIFEST, served),
    ]).then(function (got) {
      if (!got[0] || !got[1]) return { kind: 'unreadable', bad: true };
      var seen = remembered(keyIdOf(conf.key) + '/release');
      if (seen !== null && !/^[0-9]{1,16}$/.test(seen)) seen = null; // not ours: forgotten
      var result = accept({ key: conf.key, site: conf.site, highestSeen: seen, now: Date.now() }, got[0], got[1]);
      var r = result.rejection;
      if (r) {
        var vars = { key: keyIdOf(conf.key), seen: seen, detail: r.detail };
        if (result.manifest) {
          vars.release = result.manifest.release;
          vars.expires = result.manifest.expires;
          vars.site = result.manifest.site;
        }
        var kinds = { AnotherSite: 'another-site', Older: 'replay', Expired: 'expired' };
        var kind = kinds[r.kind] || 'bad-signature';
        if (r.kind === 'BadSignature' && /^WrongKey/.test(r.detail)) kind = 'another-key';
        return { kind: kind, vars: vars, bad: true };
      }
      var m = result.manifest;
      var vars2 = { release: m.release, key: result.keyId, page: conf.page };
      // The page on screen must be the one it says it is: its address, inside the site's
      // folder, names the signed path (a directory address names its index.html).
      var onScreen = null;
      try {
        onScreen = decodeURIComponent(location.pathname.slice(root.pathname.length));
      } catch (e) {
        /* a malformed address: not the signed page */
      }
      if (onScreen === '' || (onScreen && onScreen.endsWith('/'))) onScreen += 'index.html';
      if (!location.pathname.startsWith(root.pathname) || onScreen !== conf.page)
        return { kind: 'altered', vars: vars2, bad: true };
      var known = remembered('key');
      if (known && known !== result.keyId) {
        vars2.seen = known;
        return { kind: 'another-key', vars: vars2, bad: true };
      }
      var e = entry(m, conf.page);
      if (!got[2] || !e || judge(e, got[2]) !== 'good') return { kind: 'altered', vars: vars2, bad: true, retry: true };
      var found = { kind: 'genuine', vars: vars2, manifest: m, keyId: result.keyId };
      // The service worker brought this page from elsewhere: say from where, and why.
      var because = function (why) {
        return (line.getAttribute('data-why-' + why) || why).replace('{page}', conf.page);
      };
      if (served.why) vars2.why = because(served.why);
      if (served.refused) {
        var list = served.refused.split(',').map(function (pair) {
          var at = pair.lastIndexOf('=');
          return decodeURIComponent(pair.slice(0, at)) + ' (' + because(pair.slice(at + 1)) + ')';
        });
        vars2.note = (line.getAttribute('data-refused') || '').replace('{list}', list.join(', '));
      }
      if (served.saved) {
        found.kind = 'saved';
        vars2.age = age(Date.now() - Number(served.saved));
      } else if (served.from) {
        var sep = served.from.indexOf(' ');
        vars2.copy = decodeURIComponent(served.from.slice(0, sep)) + ' (' + served.from.slice(sep + 1) + ')';
        found.kind = 'fallback';
      }
      found.bad = found.kind !== 'genuine' && 'note';
      return found;
    });
  }

  /* A time span for people: minutes, hours or days. */
  function age(ms) {
    var m = Math.round(ms / 60000);
    if (m < 1) return '< 1 min';
    if (m < 60) return m + ' min';
    if (m < 2880) return Math.round(m / 60) + ' h';
    return Math.round(m / 1440) + ' d';
  }

  function keyIdOf(line) {
    return global.mirrorcast.keyId(line || '') || '';
  }

  function check() {
    if (location.protocol === 'file:') {
      // fetch() cannot read files; mirrorcast check and minisign can (see the verify page).
      say('local', {}, false);
      return;
    }
    look()
      .then(function (found) {
        // A copy being updated may serve a new page beside the old manifest for a moment:
        // look once more before saying it was altered.
        if (!found.retry) return found;
        return new Promise(function (done) {
          setTimeout(done, 400);
        }).then(look);
      })
      .then(function (found) {
        if (found.kind === 'genuine' && !global.isSecureContext) {
          found.vars.note = line.getAttribute('data-no-fallback') || '';
        }
        if (found.kind === 'genuine') {
          // Saved only now that every check passed.
          var seen = remembered(found.keyId + '/release');
          if (seen === null || !/^[0-9]{1,16}$/.test(seen) || BigInt(seen) < found.manifest.release)
            remember(found.keyId + '/release', String(found.manifest.release));
          if (remembered('key') === null) remember('key', found.keyId);
        }
        say(found.kind, found.vars, found.bad);
      })
      .catch(function (e) {
        say('unreadable', { detail: String(e) }, true);
      });
  }

  /* The service worker that brings a returning reader to a verified copy when this one is
   * blocked or altered. Browsers allow one only in secure contexts (https, localhost). */
  function register() {
    if (!global.isSecureContext || !navigator.serviceWorker || location.protocol === 'file:') return;
    var root = new URL(conf.root || './', location.href);
    // A path gateway serves every IPFS site from one origin: a worker there would answer for
    // all of them, and all of them could reach its cache. Not there.
    if (/^\/(ipfs|ipns)\//.test(root.pathname)) return;
    var script = new URL('sw.js?key=' + encodeURIComponent(conf.key) + '&site=' + encodeURIComponent(conf.site), root);
    navigator.serviceWorker.register(script.href, { scope: root.href }).catch(function () {
      /* no worker: the page still checks itself */
    });
  }

  check();
  register();
})(self);
