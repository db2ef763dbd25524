//! One retry policy for every peer we write to (mirrors, pinning services): a few attempts,
//! doubling waits with jitter, and only for failures that may pass (a timeout, a reset, a 503).
//! What counts as passing is the caller's typed judgement, never an error's text.

use std::time::Duration;

/// Tries of one operation, the first included.
pub const ATTEMPTS: u32 = 4;
/// The wait before the second try; it doubles after each.
const FIRST_WAIT: Duration = Duration::from_millis(200);

/// Run `op` until it succeeds, fails for good, or [`ATTEMPTS`] are spent; `on_retry` hears of
/// each failure that is tried again (attempt number, error).
pub async fn retry<T, E, F, Fut>(
    temporary: impl Fn(&E) -> bool,
    mut on_retry: impl FnMut(u32, &E),
    mut op: F,
) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut wait = FIRST_WAIT;
    let mut attempt = 1;
    loop {
        match op().await {
            Err(e) if temporary(&e) && attempt < ATTEMPTS => {
                on_retry(attempt, &e);
                tokio::time::sleep(wait + jitter(250)).await;
                wait *= 2;
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// Up to `max_ms` from the clock's nanoseconds: enough to keep peers that failed together from
/// being tried again together.
pub fn jitter(max_ms: u64) -> Duration {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    Duration::from_millis(u64::from(nanos) % max_ms.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn only_temporary_failures_are_tried_again_and_only_so_often() {
        let mut calls = 0;
        let mut heard = Vec::new();
        let result: Result<(), &str> = retry(
            |e: &&str| *e == "503",
            |n, e: &&str| heard.push((n, e.to_string())),
            || {
                calls += 1;
                async { Err("503") }
            },
        )
        .await;
        assert_eq!(result, Err("503"));
        assert_eq!(calls, ATTEMPTS);
        assert_eq!(heard.len() as u32, ATTEMPTS - 1);

        let mut calls = 0;
        let result: Result<(), &str> = retry(
            |e: &&str| *e == "503",
            |_, _| {},
            || {
                calls += 1;
                async { Err("401") }
            },
        )
        .await;
        assert_eq!((result, calls), (Err("401"), 1));

        let mut calls = 0;
        let result: Result<u32, &str> = retry(
            |e: &&str| *e == "503",
            |_, _| {},
            || {
                calls += 1;
                let now = calls;
                async move { if now < 3 { Err("503") } else { Ok(now) } }
            },
        )
        .await;
        assert_eq!(result, Ok(3));
    }
}
