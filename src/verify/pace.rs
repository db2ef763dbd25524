//! How many copies are checked at once.
//!
//! No fixed number is right. Copies far away are mostly waiting: 1,000 of them 100 ms away took
//! 11.8 s with 64 checked at once (the CPU 82% idle) and 2.4 s with 512. Copies close by are
//! bound by the CPU: there 512 at once was slower than 64 (1.97 s against 1.64 s, the CPU 10%
//! idle either way) and held three times the memory. So checking starts with [`START`] copies at
//! once and takes more, up to the limit the user gives, while the machine's CPU has time to
//! spare: waiting is cheap to overlap, work is not.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Copies checked at once to begin with.
pub const START: usize = 64;

/// How often the CPU is looked at; each look may double the copies at once.
const TICK: Duration = Duration::from_millis(100);

/// More copies are taken while more than this share of the CPU was idle over the last tick.
const IDLE_ENOUGH: f64 = 0.35;

/// Permits to check one copy each; their number grows while the CPU is idle enough.
pub struct Pace {
    permits: Arc<Semaphore>,
    /// Raises the number of permits; stopped when the checking is done.
    raiser: Option<tokio::task::JoinHandle<()>>,
}

impl Pace {
    /// At most `limit` copies at once, starting from [`START`] (or `limit`, if lower).
    pub fn new(limit: usize) -> Pace {
        let limit = limit.max(1);
        let start = START.min(limit);
        let permits = Arc::new(Semaphore::new(start));
        let raiser = (limit > start).then(|| {
            let permits = permits.clone();
            tokio::spawn(raise(permits, start, limit))
        });
        Pace { permits, raiser }
    }

    /// Wait for a turn to check one copy; the turn ends when the permit is dropped.
    pub async fn turn(&self) -> OwnedSemaphorePermit {
        self.permits
            .clone()
            .acquire_owned()
            .await
            .expect("the semaphore is never closed")
    }
}

impl Drop for Pace {
    fn drop(&mut self) {
        if let Some(raiser) = self.raiser.take() {
            raiser.abort();
        }
    }
}

async fn raise(permits: Arc<Semaphore>, mut now: usize, limit: usize) {
    let mut cpu = CpuTimes::read();
    while now < limit {
        tokio::time::sleep(TICK).await;
        let idle = match (cpu, CpuTimes::read()) {
            (Some(before), Some(after)) => {
                cpu = Some(after);
                after.idle_since(&before)
            }
            // Nothing to measure with (not Linux, no /proc): the user's limit, as given.
            _ => 1.0,
        };
        if idle > IDLE_ENOUGH {
            let more = now.min(limit - now);
            permits.add_permits(more);
            now += more;
        }
    }
}

/// The machine's CPU time so far, in clock ticks, from `/proc/stat`.
#[derive(Clone, Copy)]
struct CpuTimes {
    idle: u64,
    total: u64,
}

impl CpuTimes {
    fn read() -> Option<CpuTimes> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        CpuTimes::parse(stat.lines().next()?)
    }

    /// The `cpu` line: user nice system idle iowait irq softirq steal ….
    fn parse(line: &str) -> Option<CpuTimes> {
        let mut fields = line.split_whitespace();
        if fields.next()? != "cpu" {
            return None;
        }
        let ticks: Vec<u64> = fields
            .take(8)
            .map(|f| f.parse().ok())
            .collect::<Option<_>>()?;
        let idle = ticks.get(3)? + ticks.get(4)?;
        Some(CpuTimes {
            idle,
            total: ticks.iter().sum(),
        })
    }

    /// The share of CPU time idle since `before` (1 when no time passed).
    fn idle_since(&self, before: &CpuTimes) -> f64 {
        let total = self.total.saturating_sub(before.total);
        if total == 0 {
            return 1.0;
        }
        self.idle.saturating_sub(before.idle) as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_line() {
        let a = CpuTimes::parse("cpu  100 0 50 800 50 0 0 0 0 0").expect("a cpu line");
        let b = CpuTimes::parse("cpu  160 0 80 860 50 0 0 0 0 0").expect("a cpu line");
        assert!((b.idle_since(&a) - 60.0 / 150.0).abs() < 1e-9);
        assert!(CpuTimes::parse("cpu0 1 2 3 4 5 6 7 8").is_none());
        assert!(CpuTimes::parse("cpu 1 2 x").is_none());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn never_more_than_the_limit_and_never_fewer_than_the_start() {
        let pace = Pace::new(100);
        let mut held = Vec::new();
        for _ in 0..START {
            held.push(pace.turn().await);
        }
        // Whether more come depends on the CPU; never past the limit.
        tokio::time::sleep(TICK * 5).await;
        assert!(pace.permits.available_permits() + held.len() <= 100);
        let small = Pace::new(3);
        let _a = (small.turn().await, small.turn().await, small.turn().await);
        assert_eq!(small.permits.available_permits(), 0);
    }
}
