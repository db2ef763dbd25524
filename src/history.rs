//! The verification history: every `verify` run's result per copy, kept in a local SQLite file.
//!
//! `verify` only says how the copies are now. Whether a mirror is worth recommending depends on
//! how it behaved over weeks: how often it was good, how long each release took to reach it, how
//! slow it answers, and how it last failed (the figures mirror networks such as Arch Linux's
//! mirror status publish). So every run is recorded here and `status` reads [`History::summary`].
//!
//! SQLite, embedded (the `bundled` build), because the history only grows and is queried per
//! copy; a line-per-run text file would be read whole for every `status`.
//!
//! - One run is one transaction: a run is recorded whole or not at all, so the counts never
//!   include half a run.
//! - WAL plus a busy timeout: a `verify` from cron and one by hand may run at once; the second
//!   waits for the first instead of failing at once.
//! - `PRAGMA application_id` marks the file as ours and `PRAGMA user_version` is the schema
//!   version: any other SQLite file is refused rather than written into, and a history written by
//!   a newer mirrorcast is refused rather than misread.
//! - Times are stored as whole microseconds since the Unix epoch (UTC), so they sort as numbers;
//!   finer precision is dropped.
//! - Only the status `ok` counts as good; every other status is stored as `verify` named it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior};
use serde::Serialize;

/// "mcst": marks a SQLite file as a mirrorcast history.
const APPLICATION_ID: i64 = 0x6D63_7374;

/// The schema this code writes and reads. Raise it with every change to [`SCHEMA`], and teach
/// [`History::prepare`] to bring the previous version up to it.
const SCHEMA_VERSION: i64 = 1;

/// How long a run waits for another run that is writing the history. A run's writes take
/// milliseconds; this only has to outlast another process's transaction.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS runs (
        id INTEGER PRIMARY KEY,
        site TEXT NOT NULL,
        at_us INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS runs_by_site ON runs (site, at_us);
    CREATE TABLE IF NOT EXISTS checks (
        id INTEGER PRIMARY KEY,
        run INTEGER NOT NULL REFERENCES runs (id),
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        release INTEGER,
        release_created TEXT,
        ttfb_ms INTEGER,
        total_ms INTEGER NOT NULL,
        detail TEXT
    ) STRICT;
    CREATE INDEX IF NOT EXISTS checks_by_run ON checks (run, name, url);
";

/// One copy's result in one run, as `verify` produced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check<'a> {
    /// Mirror or gateway name from mirrors.toml.
    pub name: &'a str,
    /// The address checked.
    pub url: &'a str,
    /// "mirror" or "gateway".
    pub kind: &'a str,
    /// "ok", "stale", "expired", "tampered", "partial", "bad-signature", "unreachable",
    /// "redirected".
    pub status: &'a str,
    /// The release the copy serves, when its manifest was readable.
    pub release: Option<u64>,
    /// That release's `created` time from its signed manifest (RFC 3339).
    pub release_created: Option<&'a str>,
    /// Time to first byte of the manifest request.
    pub ttfb_ms: Option<u64>,
    /// The whole check of that copy.
    pub total_ms: u64,
    /// Why it is not ok (one line), else None.
    pub detail: Option<&'a str>,
}

/// One copy's record over all runs of a site: what `status` shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct CopyStatus {
    pub name: String,
    pub url: String,
    /// The kind named by the newest check.
    pub kind: String,
    pub checks: u64,
    pub ok_checks: u64,
    /// `ok_checks / checks`, 0.0..=1.0.
    pub ok_share: f64,
    pub last_status: String,
    /// RFC 3339.
    pub last_checked: String,
    /// The release the newest check found, None when its manifest was unreadable.
    pub last_release: Option<u64>,
    /// None when no check reached the first byte.
    pub mean_ttfb_ms: Option<f64>,
    pub mean_total_ms: f64,
    /// The newest check that was not ok.
    pub last_failure: Option<Failure>,
    /// Each release seen ok on this copy, lowest first.
    pub releases: Vec<ReleaseDelay>,
    /// Whether the site's newest run checked it: copies that run did not check were a one-off
    /// `verify --url`, or mirrors since taken out of mirrors.toml.
    pub in_latest_run: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Failure {
    /// RFC 3339.
    pub at: String,
    pub status: String,
    pub detail: Option<String>,
}

/// How long one release took to appear on one copy.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReleaseDelay {
    pub release: u64,
    /// The first ok check that found this release (RFC 3339).
    pub first_ok: String,
    /// `first_ok` minus the release's `created`, as that first ok check reported it. None when
    /// `created` was unknown or unparsable; negative when the clocks disagree.
    pub delay_seconds: Option<f64>,
}

/// Everything that can go wrong with the history. Each says what, where (the database path) and
/// what to do.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error(
        "{}: is a folder, not a verification history; move it away or choose another path for the history",
        path.display()
    )]
    IsFolder { path: PathBuf },

    #[error(
        "{}: cannot create the folder for the verification history ({source}); create it or choose another path for the history",
        path.display()
    )]
    CreateFolder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(
        "{}: cannot open or create the verification history ({source}); make sure its folder is writable, or choose another path for the history",
        path.display()
    )]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },

    #[error(
        "{}: the verification history cannot be written ({source}); make the file and its folder writable, or choose another path for the history",
        path.display()
    )]
    ReadOnly {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },

    #[error(
        "{}: {reason}: the database is damaged or not mirrorcast's; move it away and the next run starts a new one",
        path.display()
    )]
    Damaged { path: PathBuf, reason: String },

    #[error(
        "{}: written by a newer mirrorcast (history schema {found}; this one reads up to {known}); use the newer mirrorcast, or move the file away and the next run starts a new history",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    #[error(
        "{}: another mirrorcast run kept the verification history locked for over {} s ({source}); run again when it has finished",
        path.display(),
        BUSY_TIMEOUT.as_secs()
    )]
    Busy {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },

    #[error(
        "{}: the disk is full, so the run was not recorded ({source}); free some space and run again",
        path.display()
    )]
    DiskFull {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },

    #[error(
        "{}: cannot record {field} {value} of {copy:?}: above {} (the most the history holds); nothing of this run was recorded, please report this as a bug",
        path.display(),
        i64::MAX
    )]
    TooLarge {
        path: PathBuf,
        copy: String,
        field: &'static str,
        value: u64,
    },

    #[error(
        "{}: {doing} failed ({source}); check the disk, then run again",
        path.display()
    )]
    Database {
        path: PathBuf,
        doing: &'static str,
        #[source]
        source: rusqlite::Error,
    },
}

/// The verification history of one database file.
#[derive(Debug)]
pub struct History {
    conn: Connection,
    /// For error messages: every error names the file.
    path: PathBuf,
}

impl History {
    /// Open (creating when missing, with its parent directory) the database at `path`.
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        // SQLite's own word for a folder is "unable to open database file"; say what it is.
        if path.is_dir() {
            return Err(HistoryError::IsFolder {
                path: path.to_path_buf(),
            });
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| HistoryError::CreateFolder {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        // No SQLITE_OPEN_URI: a path is a path, even one that starts with "file:".
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|source| {
            match source.sqlite_error_code() {
                Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::ReadOnly) => {
                    HistoryError::Open {
                        path: path.to_path_buf(),
                        source,
                    }
                }
                _ => db_error(path, "opening the verification history", source),
            }
        })?;
        let mut history = History {
            conn,
            path: path.to_path_buf(),
        };
        history.prepare()?;
        Ok(history)
    }

    /// The path this history was opened at.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Check that the file is ours and of a schema we read, and create the schema in a new one.
    fn prepare(&mut self) -> Result<(), HistoryError> {
        let path = self.path.as_path();
        let fail = |e| db_error(path, "preparing the verification history", e);
        self.conn.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        // Read before writing anything: a file that is not SQLite fails here, untouched.
        let (application_id, version, has_tables) = identity(&self.conn).map_err(fail)?;
        check_identity(path, application_id, version, has_tables)?;
        // WAL lets `status` read while a run writes; NORMAL sync is safe under WAL, and a lost
        // last run after a power cut costs nothing that the next run does not restore.
        self.conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
            .map_err(fail)?;
        self.conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(fail)?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        // Another run may be creating the same new file right now: decide again inside the
        // write lock. Version 1 is the first schema, so "older" can only mean "new file".
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail)?;
        let (application_id, version, has_tables) = identity(&tx).map_err(fail)?;
        check_identity(path, application_id, version, has_tables)?;
        if version < SCHEMA_VERSION {
            tx.execute_batch(SCHEMA).map_err(fail)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(fail)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)
                .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// Record one run at time `at`: all its checks in ONE transaction.
    pub fn record(
        &mut self,
        at: Timestamp,
        site: &str,
        checks: &[Check<'_>],
    ) -> Result<(), HistoryError> {
        let path = self.path.as_path();
        let fail = |e| db_error(path, "recording the run", e);
        // IMMEDIATE takes the write lock up front, so a concurrent run waits in the busy handler
        // here instead of failing later when a read lock cannot be upgraded.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail)?;
        tx.execute(
            "INSERT INTO runs (site, at_us) VALUES (?1, ?2)",
            (site, at.as_microsecond()),
        )
        .map_err(fail)?;
        let run = tx.last_insert_rowid();
        {
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO checks
                        (run, name, url, kind, status, release, release_created, ttfb_ms,
                         total_ms, detail)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                )
                .map_err(fail)?;
            for check in checks {
                let int = |field, value| stored_int(path, check.name, field, value);
                insert
                    .execute(rusqlite::params![
                        run,
                        check.name,
                        check.url,
                        check.kind,
                        check.status,
                        check.release.map(|r| int("release", r)).transpose()?,
                        check.release_created,
                        check.ttfb_ms.map(|t| int("ttfb-ms", t)).transpose()?,
                        int("total-ms", check.total_ms)?,
                        check.detail,
                    ])
                    .map_err(fail)?;
            }
        }
        tx.commit().map_err(fail)
    }

    /// Per copy (name + url), the figures for `status`, for the given site, sorted by name then
    /// url. A site never recorded has no copies.
    pub fn summary(&self, site: &str) -> Result<Vec<CopyStatus>, HistoryError> {
        let fail = |e| self.error("reading the verification history", e);
        // BINARY collation orders by UTF-8 bytes, as Rust orders `String`s.
        let mut totals = self
            .conn
            .prepare_cached(
                "SELECT c.name, c.url, COUNT(*), SUM(c.status = 'ok'), AVG(c.ttfb_ms),
                        AVG(c.total_ms)
                 FROM checks AS c JOIN runs AS r ON r.id = c.run
                 WHERE r.site = ?1
                 GROUP BY c.name, c.url
                 ORDER BY c.name, c.url",
            )
            .map_err(fail)?;
        let totals = totals
            .query_map([site], |row| {
                Ok(Totals {
                    name: row.get(0)?,
                    url: row.get(1)?,
                    checks: row.get(2)?,
                    ok_checks: row.get(3)?,
                    mean_ttfb_ms: row.get(4)?,
                    mean_total_ms: row.get(5)?,
                })
            })
            .map_err(fail)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(fail)?;
        // The site's newest run by time (later-recorded first among equal times).
        let latest: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT id FROM runs WHERE site = ?1 ORDER BY at_us DESC, id DESC LIMIT 1",
            )
            .map_err(fail)?
            .query_row([site], |row| row.get(0))
            .optional()
            .map_err(fail)?;
        totals
            .into_iter()
            .map(|t| self.copy_status(site, t, latest))
            .collect()
    }

    fn copy_status(
        &self,
        site: &str,
        totals: Totals,
        latest_run: Option<i64>,
    ) -> Result<CopyStatus, HistoryError> {
        let fail = |e| self.error("reading the verification history", e);
        let copy = (site, totals.name.as_str(), totals.url.as_str());
        // Newest by the run's time, not by insertion: a run may be recorded late. Among checks of
        // one instant the later-recorded one wins.
        let (kind, last_status, last_at, last_release) = self
            .conn
            .prepare_cached(
                "SELECT c.kind, c.status, r.at_us, c.release
                 FROM checks AS c JOIN runs AS r ON r.id = c.run
                 WHERE r.site = ?1 AND c.name = ?2 AND c.url = ?3
                 ORDER BY r.at_us DESC, c.id DESC
                 LIMIT 1",
            )
            .map_err(fail)?
            .query_row(copy, |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, i64>(2)?,
                    row.get::<_, Option<i64>>(3)?,
                ))
            })
            .map_err(fail)?;
        let last_failure = self
            .conn
            .prepare_cached(
                "SELECT r.at_us, c.status, c.detail
                 FROM checks AS c JOIN runs AS r ON r.id = c.run
                 WHERE r.site = ?1 AND c.name = ?2 AND c.url = ?3 AND c.status <> 'ok'
                 ORDER BY r.at_us DESC, c.id DESC
                 LIMIT 1",
            )
            .map_err(fail)?
            .query_row(copy, |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, Option<String>>(2)?,
                ))
            })
            .optional()
            .map_err(fail)?
            .map(|(at, status, detail)| {
                Ok::<_, HistoryError>(Failure {
                    at: self.time(at)?.to_string(),
                    status,
                    detail,
                })
            })
            .transpose()?;
        let releases = self
            .conn
            .prepare_cached(
                "SELECT release, at_us, release_created FROM (
                     SELECT c.release, r.at_us, c.release_created,
                            ROW_NUMBER() OVER (
                                PARTITION BY c.release ORDER BY r.at_us, c.id
                            ) AS nth
                     FROM checks AS c JOIN runs AS r ON r.id = c.run
                     WHERE r.site = ?1 AND c.name = ?2 AND c.url = ?3
                       AND c.status = 'ok' AND c.release IS NOT NULL
                 )
                 WHERE nth = 1
                 ORDER BY release",
            )
            .map_err(fail)?
            .query_map(copy, |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, Option<String>>(2)?,
                ))
            })
            .map_err(fail)?
            .map(|row| {
                let (release, first_ok, created) = row.map_err(fail)?;
                let first_ok = self.time(first_ok)?;
                let created = created.and_then(|c| c.parse::<Timestamp>().ok());
                Ok(ReleaseDelay {
                    release: self.unsigned(release)?,
                    first_ok: first_ok.to_string(),
                    delay_seconds: created.map(|c| first_ok.duration_since(c).as_secs_f64()),
                })
            })
            .collect::<Result<Vec<_>, HistoryError>>()?;
        let in_latest_run = self
            .conn
            .prepare_cached(
                "SELECT EXISTS (
                     SELECT 1 FROM checks WHERE run = ?1 AND name = ?2 AND url = ?3
                 )",
            )
            .map_err(fail)?
            .query_row((latest_run, copy.1, copy.2), |row| row.get::<_, bool>(0))
            .map_err(fail)?;
        let checks = self.unsigned(totals.checks)?;
        let ok_checks = self.unsigned(totals.ok_checks)?;
        Ok(CopyStatus {
            ok_share: ok_checks as f64 / checks as f64,
            name: totals.name,
            url: totals.url,
            kind,
            checks,
            ok_checks,
            last_status,
            last_checked: self.time(last_at)?.to_string(),
            last_release: last_release.map(|r| self.unsigned(r)).transpose()?,
            mean_ttfb_ms: totals.mean_ttfb_ms,
            mean_total_ms: totals.mean_total_ms,
            last_failure,
            releases,
            in_latest_run,
        })
    }

    /// A stored time back as a timestamp; out of range only if someone else wrote it.
    fn time(&self, at_us: i64) -> Result<Timestamp, HistoryError> {
        Timestamp::from_microsecond(at_us).map_err(|e| HistoryError::Damaged {
            path: self.path.clone(),
            reason: format!("a stored check time ({at_us} µs) is out of range ({e})"),
        })
    }

    /// A stored count or release back as unsigned; negative only if someone else wrote it.
    fn unsigned(&self, value: i64) -> Result<u64, HistoryError> {
        u64::try_from(value).map_err(|_| HistoryError::Damaged {
            path: self.path.clone(),
            reason: format!("a stored count or release ({value}) is negative"),
        })
    }

    fn error(&self, doing: &'static str, source: rusqlite::Error) -> HistoryError {
        db_error(&self.path, doing, source)
    }
}

/// One copy's aggregate figures, before its newest check and releases are looked up.
struct Totals {
    name: String,
    url: String,
    checks: i64,
    ok_checks: i64,
    mean_ttfb_ms: Option<f64>,
    mean_total_ms: f64,
}

/// The file's application id, schema version, and whether it holds any table at all.
fn identity(conn: &Connection) -> rusqlite::Result<(i64, i64, bool)> {
    let application_id = conn.pragma_query_value(None, "application_id", |row| row.get(0))?;
    let version = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let has_tables = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%')",
        [],
        |row| row.get(0),
    )?;
    Ok((application_id, version, has_tables))
}

/// Ours (any version we read), or new and empty; anything else is refused before we write.
fn check_identity(
    path: &Path,
    application_id: i64,
    version: i64,
    has_tables: bool,
) -> Result<(), HistoryError> {
    let damaged = |reason: String| HistoryError::Damaged {
        path: path.to_path_buf(),
        reason,
    };
    match application_id {
        APPLICATION_ID if version > SCHEMA_VERSION => Err(HistoryError::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            known: SCHEMA_VERSION,
        }),
        APPLICATION_ID if version < 0 => Err(damaged(format!(
            "its schema version {version} is not one mirrorcast writes"
        ))),
        APPLICATION_ID => Ok(()),
        0 if !has_tables && version == 0 => Ok(()),
        0 => Err(damaged(
            "a SQLite database without mirrorcast's mark".to_string(),
        )),
        other => Err(damaged(format!(
            "a SQLite database of another program (application id {other:#x})"
        ))),
    }
}

/// SQLite integers are signed 64-bit; refuse what does not fit rather than wrap it.
fn stored_int(
    path: &Path,
    copy: &str,
    field: &'static str,
    value: u64,
) -> Result<i64, HistoryError> {
    i64::try_from(value).map_err(|_| HistoryError::TooLarge {
        path: path.to_path_buf(),
        copy: copy.to_string(),
        field,
        value,
    })
}

/// Name what a SQLite failure means for the person running mirrorcast.
fn db_error(path: &Path, doing: &'static str, source: rusqlite::Error) -> HistoryError {
    let path = path.to_path_buf();
    match source.sqlite_error_code() {
        // Our statements are fixed and tested against our schema, so a plain SQL error ("no such
        // table", "no such column") means the file's schema is not the one we wrote.
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt | ErrorCode::Unknown) => {
            HistoryError::Damaged {
                path,
                reason: source.to_string(),
            }
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            HistoryError::Busy { path, source }
        }
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            HistoryError::ReadOnly { path, source }
        }
        Some(ErrorCode::DiskFull) => HistoryError::DiskFull { path, source },
        Some(_) => HistoryError::Database {
            path,
            doing,
            source,
        },
        // Not SQLite's complaint but a value of the wrong type or range: not what we wrote.
        None => match source {
            rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
            | rusqlite::Error::InvalidColumnType(..) => HistoryError::Damaged {
                path,
                reason: format!("a stored value is not what mirrorcast writes ({source})"),
            },
            source => HistoryError::Database {
                path,
                doing,
                source,
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_count(h: &History) -> i64 {
        h.conn
            .query_row("SELECT COUNT(*) FROM runs", [], |r| r.get(0))
            .expect("SQLite")
    }

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a time")
    }

    fn ok<'a>(name: &'a str, url: &'a str, release: u64, created: &'a str) -> Check<'a> {
        Check {
            name,
            url,
            kind: "mirror",
            status: "ok",
            release: Some(release),
            release_created: Some(created),
            ttfb_ms: Some(100),
            total_ms: 1000,
            detail: None,
        }
    }

    const R1_CREATED: &str = "2026-11-29T12:00:00Z";
    const R2_CREATED: &str = "2026-11-30T12:00:00Z";

    /// Four runs of site "news" (recorded out of time order) and one of site "other".
    fn sample(dir: &Path) -> History {
        let mut h = History::open(&dir.join("history.sqlite")).expect("open the history");
        let alpha = "https://alpha.example/";
        let beta = "https://beta.example/";
        // Run at 12:10: both ok on release 1.
        h.record(
            at("2026-11-29T12:10:00Z"),
            "news",
            &[
                Check {
                    ttfb_ms: Some(100),
                    total_ms: 1000,
                    ..ok("alpha", alpha, 1, R1_CREATED)
                },
                Check {
                    kind: "gateway",
                    ttfb_ms: Some(300),
                    total_ms: 3000,
                    ..ok("beta", beta, 1, R1_CREATED)
                },
            ],
        )
        .expect("record a run");
        // Run at 2026-11-30T13:00 is recorded before the one at 12:30 to show time, not insertion
        // order, decides "last".
        h.record(
            at("2026-11-30T13:00:00Z"),
            "news",
            &[
                Check {
                    ttfb_ms: Some(200),
                    total_ms: 2000,
                    ..ok("alpha", alpha, 2, R2_CREATED)
                },
                Check {
                    kind: "gateway",
                    status: "unreachable",
                    release: None,
                    release_created: None,
                    ttfb_ms: None,
                    total_ms: 5000,
                    detail: Some("connection timed out"),
                    ..ok("beta", beta, 0, "")
                },
            ],
        )
        .expect("record a run");
        // 12:30 next day: alpha still on release 1 (stale), beta gets release 2 half an hour
        // before alpha does.
        h.record(
            at("2026-11-30T12:30:00Z"),
            "news",
            &[
                Check {
                    status: "stale",
                    ttfb_ms: Some(150),
                    total_ms: 1500,
                    detail: Some("serves release 1, 2 is out"),
                    ..ok("alpha", alpha, 1, R1_CREATED)
                },
                Check {
                    kind: "gateway",
                    ttfb_ms: Some(400),
                    total_ms: 4000,
                    ..ok("beta", beta, 2, R2_CREATED)
                },
            ],
        )
        .expect("record a run");
        // A later ok check of release 1 on alpha must not move its first appearance.
        h.record(
            at("2026-11-29T18:00:00Z"),
            "news",
            &[Check {
                ttfb_ms: Some(50),
                total_ms: 500,
                ..ok("alpha", alpha, 1, R1_CREATED)
            }],
        )
        .expect("record a run");
        h.record(
            at("2026-12-01T00:00:00Z"),
            "other",
            &[Check {
                status: "tampered",
                ..ok("alpha", alpha, 9, R1_CREATED)
            }],
        )
        .expect("record a run");
        h
    }

    #[test]
    fn summary_gives_every_figure_per_copy() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let h = sample(dir.path());
        let copies = h.summary("news").expect("the summary");
        assert_eq!(copies.len(), 2);

        let alpha = &copies[0];
        assert_eq!(alpha.name, "alpha");
        assert_eq!(alpha.url, "https://alpha.example/");
        assert_eq!(alpha.kind, "mirror");
        assert_eq!(alpha.checks, 4);
        assert_eq!(alpha.ok_checks, 3);
        assert_eq!(alpha.ok_share, 0.75);
        assert_eq!(alpha.last_status, "ok");
        assert_eq!(alpha.last_checked, "2026-11-30T13:00:00Z");
        assert_eq!(alpha.last_release, Some(2));
        // (100 + 200 + 150 + 50) / 4 and (1000 + 2000 + 1500 + 500) / 4.
        assert_eq!(alpha.mean_ttfb_ms, Some(125.0));
        assert_eq!(alpha.mean_total_ms, 1250.0);
        assert_eq!(
            alpha.last_failure,
            Some(Failure {
                at: "2026-11-30T12:30:00Z".into(),
                status: "stale".into(),
                detail: Some("serves release 1, 2 is out".into()),
            })
        );
        assert_eq!(
            alpha.releases,
            vec![
                ReleaseDelay {
                    release: 1,
                    first_ok: "2026-11-29T12:10:00Z".into(),
                    delay_seconds: Some(600.0),
                },
                ReleaseDelay {
                    release: 2,
                    first_ok: "2026-11-30T13:00:00Z".into(),
                    delay_seconds: Some(3600.0),
                },
            ]
        );

        let beta = &copies[1];
        assert_eq!(beta.name, "beta");
        assert_eq!(beta.kind, "gateway");
        assert_eq!(beta.checks, 3);
        assert_eq!(beta.ok_checks, 2);
        assert_eq!(beta.ok_share, 2.0 / 3.0);
        assert_eq!(beta.last_status, "unreachable");
        assert_eq!(beta.last_checked, "2026-11-30T13:00:00Z");
        assert_eq!(beta.last_release, None);
        // The unreachable check has no first byte: the mean is over the two that had one.
        assert_eq!(beta.mean_ttfb_ms, Some(350.0));
        assert_eq!(beta.mean_total_ms, 4000.0);
        assert_eq!(
            beta.last_failure,
            Some(Failure {
                at: "2026-11-30T13:00:00Z".into(),
                status: "unreachable".into(),
                detail: Some("connection timed out".into()),
            })
        );
        assert_eq!(
            beta.releases,
            vec![
                ReleaseDelay {
                    release: 1,
                    first_ok: "2026-11-29T12:10:00Z".into(),
                    delay_seconds: Some(600.0),
                },
                ReleaseDelay {
                    release: 2,
                    first_ok: "2026-11-30T12:30:00Z".into(),
                    delay_seconds: Some(1800.0),
                },
            ]
        );
    }

    /// The newest run by time (not by insertion) says which copies are current: one checked
    /// only earlier (a one-off `--url`, a mirror since removed) is marked so `status` can leave
    /// it out; another site's runs do not count.
    #[test]
    fn copies_the_newest_run_did_not_check_are_marked() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let mut h = sample(dir.path());
        let current = |h: &History| -> Vec<(String, bool)> {
            h.summary("news")
                .expect("the summary")
                .into_iter()
                .map(|c| (c.name, c.in_latest_run))
                .collect()
        };
        assert_eq!(current(&h), [("alpha".into(), true), ("beta".into(), true)]);
        // An earlier run that checked a one-off copy does not make it current.
        h.record(
            at("2026-11-30T12:45:00Z"),
            "news",
            &[ok("one-off", "http://127.0.0.1:9/", 2, R2_CREATED)],
        )
        .expect("record a run");
        assert_eq!(current(&h)[2], ("one-off".into(), false));
        // The newest run checks alpha alone: beta is no longer current.
        h.record(
            at("2026-12-02T00:00:00Z"),
            "news",
            &[ok("alpha", "https://alpha.example/", 2, R2_CREATED)],
        )
        .expect("record a run");
        assert_eq!(
            current(&h),
            [
                ("alpha".into(), true),
                ("beta".into(), false),
                ("one-off".into(), false)
            ]
        );
    }

    #[test]
    fn other_sites_are_kept_apart() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let h = sample(dir.path());
        let other = h.summary("other").expect("the summary");
        assert_eq!(other.len(), 1);
        assert_eq!(other[0].name, "alpha");
        assert_eq!(other[0].checks, 1);
        assert_eq!(other[0].ok_checks, 0);
        assert_eq!(other[0].ok_share, 0.0);
        assert_eq!(other[0].last_status, "tampered");
        assert_eq!(other[0].releases, vec![]);
        assert_eq!(h.summary("never-recorded").expect("the summary"), vec![]);
    }

    #[test]
    fn copies_sort_by_name_then_url() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let mut h = History::open(&dir.path().join("h.db")).expect("open the history");
        h.record(
            at("2026-11-29T12:00:00Z"),
            "news",
            &[
                ok("zeta", "https://a.example/", 1, R1_CREATED),
                ok("mu", "https://z.example/", 1, R1_CREATED),
                ok("mu", "https://b.example/", 1, R1_CREATED),
                ok("Mu", "https://c.example/", 1, R1_CREATED),
            ],
        )
        .expect("record a run");
        let order: Vec<_> = h
            .summary("news")
            .expect("the summary")
            .into_iter()
            .map(|c| (c.name, c.url))
            .collect();
        assert_eq!(
            order,
            vec![
                ("Mu".to_string(), "https://c.example/".to_string()),
                ("mu".to_string(), "https://b.example/".to_string()),
                ("mu".to_string(), "https://z.example/".to_string()),
                ("zeta".to_string(), "https://a.example/".to_string()),
            ]
        );
    }

    #[test]
    fn release_delay_is_none_without_a_usable_created_time() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let mut h = History::open(&dir.path().join("h.db")).expect("open the history");
        h.record(
            at("2026-11-29T12:00:00Z"),
            "news",
            &[
                Check {
                    release_created: None,
                    ..ok("a", "https://a.example/", 1, "")
                },
                ok("b", "https://b.example/", 1, "yesterday at noon"),
                // Signed with a clock ahead of the checker's: the delay is negative, not hidden.
                ok("c", "https://c.example/", 1, "2026-11-29T12:00:30+00:00"),
                // An offset other than Z is the same instant.
                ok("d", "https://d.example/", 1, "2026-11-29T13:00:00+02:00"),
            ],
        )
        .expect("record a run");
        let delays: Vec<_> = h
            .summary("news")
            .expect("the summary")
            .into_iter()
            .map(|c| c.releases[0].delay_seconds)
            .collect();
        assert_eq!(delays, vec![None, None, Some(-30.0), Some(3600.0)]);
    }

    #[test]
    fn json_names_are_kebab_case() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let h = sample(dir.path());
        let json = serde_json::to_value(&h.summary("news").expect("the summary")[1]).expect("JSON");
        assert_eq!(json["ok-share"], serde_json::json!(2.0 / 3.0));
        assert_eq!(json["last-failure"]["status"], "unreachable");
        assert_eq!(json["releases"][1]["delay-seconds"], 1800.0);
        assert_eq!(json["releases"][1]["first-ok"], "2026-11-30T12:30:00Z");
        assert_eq!(json["last-release"], serde_json::Value::Null);
    }

    #[test]
    fn reopening_keeps_the_history_and_creates_missing_folders() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("state/deeper/history.sqlite");
        {
            let mut h = History::open(&path).expect("open the history");
            h.record(
                at("2026-11-29T12:10:00Z"),
                "news",
                &[ok("a", "https://a.example/", 1, R1_CREATED)],
            )
            .expect("record a run");
        }
        let mut h = History::open(&path).expect("open the history");
        h.record(
            at("2026-11-29T12:20:00Z"),
            "news",
            &[Check {
                status: "partial",
                ..ok("a", "https://a.example/", 1, R1_CREATED)
            }],
        )
        .expect("record a run");
        drop(h);
        let copies = History::open(&path)
            .expect("open the history")
            .summary("news")
            .expect("the summary");
        assert_eq!(copies.len(), 1);
        assert_eq!(copies[0].checks, 2);
        assert_eq!(copies[0].ok_checks, 1);
        assert_eq!(copies[0].last_status, "partial");
        assert_eq!(copies[0].last_checked, "2026-11-29T12:20:00Z");
    }

    #[test]
    fn a_run_is_recorded_whole_or_not_at_all() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let mut h = History::open(&dir.path().join("h.db")).expect("open the history");
        let err = h
            .record(
                at("2026-11-29T12:10:00Z"),
                "news",
                &[
                    ok("a", "https://a.example/", 1, R1_CREATED),
                    ok("b", "https://b.example/", u64::MAX, R1_CREATED),
                ],
            )
            .unwrap_err();
        assert!(matches!(
            err,
            HistoryError::TooLarge {
                field: "release",
                ..
            }
        ));
        assert!(
            err.to_string()
                .contains("release 18446744073709551615 of \"b\"")
        );
        assert_eq!(h.summary("news").expect("the summary"), vec![]);
        let runs = run_count(&h);
        assert_eq!(runs, 0);
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_refused() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("history.sqlite");
        let garbage =
            "mirrorcast is not here; this is a text file and not a database\n".repeat(200);
        std::fs::write(&path, &garbage).expect("write the test file");
        let err = History::open(&path).unwrap_err();
        assert!(matches!(err, HistoryError::Damaged { .. }), "{err:?}");
        let text = err.to_string();
        assert!(text.starts_with(&path.display().to_string()), "{text}");
        assert!(
            text.ends_with(
                "the database is damaged or not mirrorcast's; move it away and the next run starts a new one"
            ),
            "{text}"
        );
        // Refused untouched.
        assert_eq!(
            std::fs::read_to_string(&path).expect("read the file"),
            garbage
        );
    }

    #[test]
    fn another_programs_database_is_refused() {
        let dir = tempfile::tempdir().expect("a temp dir");
        for (file, sql, says) in [
            (
                "history.sqlite",
                "CREATE TABLE notes (body TEXT)",
                "a SQLite database without mirrorcast's mark",
            ),
            (
                "app.sqlite",
                "PRAGMA application_id = 1234",
                "a SQLite database of another program (application id 0x4d2)",
            ),
        ] {
            let path = dir.path().join(file);
            Connection::open(&path)
                .expect("SQLite")
                .execute_batch(sql)
                .expect("SQLite");
            let err = History::open(&path).unwrap_err();
            assert!(err.to_string().contains(says), "{err}");
        }
    }

    #[test]
    fn a_damaged_database_gives_an_error_not_a_panic() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("history.sqlite");
        drop(sample(dir.path()));
        // Overwrite everything after the 100-byte header: the schema page and the data.
        let mut bytes = std::fs::read(&path).expect("read the file");
        assert!(bytes.len() > 4096, "the sample spans more than one page");
        for b in &mut bytes[100..] {
            *b = 0xA5;
        }
        std::fs::write(&path, &bytes).expect("write the test file");
        let err = History::open(&path)
            .and_then(|h| h.summary("news"))
            .unwrap_err();
        assert!(matches!(err, HistoryError::Damaged { .. }), "{err:?}");
        assert!(err.to_string().contains("move it away"), "{err}");
    }

    #[test]
    fn a_folder_at_the_path_is_refused() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let err = History::open(dir.path()).unwrap_err();
        assert!(matches!(err, HistoryError::IsFolder { .. }));
        assert_eq!(
            err.to_string(),
            format!(
                "{}: is a folder, not a verification history; move it away or choose another path for the history",
                dir.path().display()
            )
        );
    }

    #[test]
    fn a_file_where_the_folder_should_be_is_reported() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let blocker = dir.path().join("state");
        std::fs::write(&blocker, "a file").expect("write the test file");
        let err = History::open(&blocker.join("history.sqlite")).unwrap_err();
        assert!(matches!(err, HistoryError::CreateFolder { .. }), "{err:?}");
        assert!(err.to_string().starts_with(&blocker.display().to_string()));
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("history.sqlite");
        drop(History::open(&path).expect("open the history"));
        Connection::open(&path)
            .expect("SQLite")
            .pragma_update(None, "user_version", 7)
            .expect("SQLite");
        let err = History::open(&path).unwrap_err();
        assert!(
            matches!(
                err,
                HistoryError::NewerSchema {
                    found: 7,
                    known: 1,
                    ..
                }
            ),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            format!(
                "{}: written by a newer mirrorcast (history schema 7; this one reads up to 1); use the newer mirrorcast, or move the file away and the next run starts a new history",
                path.display()
            )
        );
    }

    #[test]
    fn a_second_writer_waits_for_the_first() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("history.sqlite");
        let first = History::open(&path).expect("open the history");
        let mut second = History::open(&path).expect("open the history");
        // The first holds the write lock for a moment, as a run being recorded does.
        first.conn.execute_batch("BEGIN IMMEDIATE").expect("SQLite");
        let holder = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            first
                .conn
                .execute("INSERT INTO runs (site, at_us) VALUES ('news', 0)", [])
                .expect("SQLite");
            first.conn.execute_batch("COMMIT").expect("SQLite");
        });
        second
            .record(
                at("2026-11-29T12:10:00Z"),
                "news",
                &[ok("a", "https://a.example/", 1, R1_CREATED)],
            )
            .expect("record a run");
        holder.join().expect("the thread");
        let runs = run_count(&second);
        assert_eq!(runs, 2);
    }

    #[test]
    fn an_empty_file_starts_a_new_history() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let path = dir.path().join("history.sqlite");
        std::fs::write(&path, "").expect("write the test file");
        let mut h = History::open(&path).expect("open the history");
        h.record(
            at("2026-11-29T12:10:00Z"),
            "news",
            &[ok("a", "https://a.example/", 1, R1_CREATED)],
        )
        .expect("record a run");
        assert_eq!(h.summary("news").expect("the summary")[0].checks, 1);
    }
}
