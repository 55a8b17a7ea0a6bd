//! What keeps one client from starving the others: per-peer caps on open connections and on
//! requests in flight, per-peer and per-IIN rate limits on logins (token buckets), and a small
//! pool with a bounded queue for password hashing, whose CPU would otherwise be anyone's to
//! take. Past a limit the answer is 429 `too_many_requests` with `Retry-After`. A peer is an
//! IPv4 address, or an IPv6 /64 (one subscriber's network, inside which addresses are free).
//! The limits are portal settings, read again every second.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Semaphore;

use super::Shared;
use super::routes::{ApiError, engine, json, problem, problem_body};
use crate::domain::iin::Iin;
use crate::error::Code;
use crate::portal::accounts::{self, Refused};
use crate::portal::settings::Settings;

/// The limits of the portal's settings, as the server applies them now.
#[derive(Debug)]
pub struct Limits {
    pub peer_connections: AtomicU32,
    pub peer_in_flight: AtomicU32,
    pub peer_logins_per_minute: AtomicU32,
    pub iin_failures_per_hour: AtomicU32,
    pub hash_queue: AtomicU32,
}

impl Limits {
    pub fn new(settings: &Settings) -> Limits {
        let limits = Limits {
            peer_connections: AtomicU32::new(0),
            peer_in_flight: AtomicU32::new(0),
            peer_logins_per_minute: AtomicU32::new(0),
            iin_failures_per_hour: AtomicU32::new(0),
            hash_queue: AtomicU32::new(0),
        };
        limits.update(settings);
        limits
    }

    /// Takes the settings' values: `portal settings` changes them while the server runs.
    pub fn update(&self, settings: &Settings) {
        self.peer_connections.store(settings.peer_connections, Ordering::Relaxed);
        self.peer_in_flight.store(settings.peer_in_flight, Ordering::Relaxed);
        self.peer_logins_per_minute.store(settings.peer_logins_per_minute, Ordering::Relaxed);
        self.iin_failures_per_hour.store(settings.iin_failures_per_hour, Ordering::Relaxed);
        self.hash_queue.store(settings.hash_queue, Ordering::Relaxed);
    }
}

/// Everything the server counts per peer or per IIN, and the hashing pool.
#[derive(Debug)]
pub struct Guard {
    pub limits: Arc<Limits>,
    pub connections: Arc<Held>,
    pub in_flight: Arc<Held>,
    logins: Buckets<IpAddr>,
    failures: Buckets<String>,
    hashing: Arc<Hashing>,
}

impl Guard {
    pub fn new(settings: &Settings) -> Guard {
        let threads = settings.hash_threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get() / 2).max(1),
            |n| n as usize,
        );
        Guard {
            limits: Arc::new(Limits::new(settings)),
            connections: Arc::default(),
            in_flight: Arc::default(),
            logins: Buckets::new(Duration::from_secs(60)),
            failures: Buckets::new(Duration::from_secs(3600)),
            hashing: Arc::new(Hashing::new(threads)),
        }
    }

    fn limit(&self, which: &AtomicU32) -> u32 {
        which.load(Ordering::Relaxed).max(1)
    }
}

/// The peer an address belongs to.
pub fn peer_of(addr: SocketAddr) -> IpAddr {
    match addr.ip().to_canonical() {
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::V6(segments.into())
        }
        v4 => v4,
    }
}

/// How many of something each peer holds (connections, requests in flight).
#[derive(Debug, Default)]
pub struct Held {
    counts: Mutex<HashMap<IpAddr, u32>>,
}

/// One of a peer's holdings; given back when dropped.
#[derive(Debug)]
pub struct Hold {
    held: Arc<Held>,
    peer: IpAddr,
}

impl Held {
    /// One more for `peer`, unless it holds `limit` already.
    pub fn take(self: &Arc<Self>, peer: IpAddr, limit: u32) -> Option<Hold> {
        let mut counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let count = counts.entry(peer).or_insert(0);
        if *count >= limit {
            return None;
        }
        *count += 1;
        Some(Hold { held: self.clone(), peer })
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        let mut counts = self.held.counts.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = counts.get_mut(&self.peer) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.peer);
            }
        }
    }
}

/// Token buckets by key: a bucket holds up to `capacity` tokens and gains `capacity` of them
/// over `period`; a key whose bucket is full is forgotten.
#[derive(Debug)]
struct Buckets<K> {
    buckets: Mutex<HashMap<K, Bucket>>,
    period: Duration,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Past this many keys, full buckets are swept out on the next insertion.
const SWEEP_AT: usize = 4096;

impl<K: Hash + Eq + Clone> Buckets<K> {
    fn new(period: Duration) -> Buckets<K> {
        Buckets { buckets: Mutex::new(HashMap::new()), period }
    }

    /// Takes a token for `key`; when none is left, takes none and says how long until one is.
    fn take(&self, key: K, capacity: u32) -> Result<(), Duration> {
        self.spend(key, capacity, false)
    }

    /// Whether `key` has a token left, taking none.
    fn check(&self, key: &K, capacity: u32) -> Result<(), Duration> {
        let buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        match buckets.get(key) {
            Some(bucket) => self.wait(self.refilled(*bucket, capacity, Instant::now()), capacity),
            None => Ok(()),
        }
    }

    /// Takes a token for `key`, down to none (a failure already made counts all the same).
    fn charge(&self, key: K, capacity: u32) {
        let _ = self.spend(key, capacity, true);
    }

    fn spend(&self, key: K, capacity: u32, always: bool) -> Result<(), Duration> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() >= SWEEP_AT && !buckets.contains_key(&key) {
            buckets.retain(|_, b| self.refilled(*b, capacity, now).tokens < f64::from(capacity));
        }
        let bucket = buckets.entry(key).or_insert(Bucket { tokens: f64::from(capacity), at: now });
        *bucket = self.refilled(*bucket, capacity, now);
        let enough = self.wait(*bucket, capacity);
        if enough.is_ok() || always {
            bucket.tokens = (bucket.tokens - 1.0).max(0.0);
        }
        enough
    }

    fn refilled(&self, bucket: Bucket, capacity: u32, now: Instant) -> Bucket {
        let rate = f64::from(capacity) / self.period.as_secs_f64();
        let gained = now.saturating_duration_since(bucket.at).as_secs_f64() * rate;
        Bucket { tokens: (bucket.tokens + gained).min(f64::from(capacity)), at: now }
    }

    fn wait(&self, bucket: Bucket, capacity: u32) -> Result<(), Duration> {
        if bucket.tokens >= 1.0 {
            return Ok(());
        }
        let rate = f64::from(capacity) / self.period.as_secs_f64();
        Err(Duration::from_secs_f64((1.0 - bucket.tokens) / rate))
    }
}

/// A small pool for password hashing: at most `threads` hashes at once, at most the queue
/// limit waiting for them; past that, the login is refused at once rather than queued behind
/// work that would take longer than a client waits.
#[derive(Debug)]
struct Hashing {
    permits: Arc<Semaphore>,
    threads: usize,
    /// Hashing or waiting to.
    queued: Arc<AtomicUsize>,
    /// How long the last hashes took (a moving mean), for `Retry-After`.
    mean_micros: AtomicU64,
}

/// A place in the hashing queue, given back when its hash is done (or never started).
struct Place(Arc<AtomicUsize>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Hashing {
    fn new(threads: usize) -> Hashing {
        Hashing {
            permits: Arc::new(Semaphore::new(threads)),
            threads,
            queued: Arc::default(),
            mean_micros: AtomicU64::new(300_000),
        }
    }

    /// Runs `hash` on the pool; `Err(wait)` when the queue is full.
    async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        queue: usize,
        hash: impl FnOnce() -> T + Send + 'static,
    ) -> Result<Result<T, tokio::task::JoinError>, Duration> {
        let ahead = self.queued.fetch_add(1, Ordering::Relaxed);
        let place = Place(self.queued.clone());
        if ahead >= self.threads + queue {
            return Err(self.wait(ahead));
        }
        let permit =
            self.permits.clone().acquire_owned().await.expect("the pool's semaphore is never closed");
        let pool = self.clone();
        // The place and the permit go with the work: a client that leaves does not free the
        // CPU its hash is using.
        Ok(tokio::task::spawn_blocking(move || {
            let _place = place;
            let _permit = permit;
            let started = Instant::now();
            let out = hash();
            let took = started.elapsed().as_micros().min(u128::from(u64::MAX)) as u64;
            let mean = pool.mean_micros.load(Ordering::Relaxed);
            pool.mean_micros.store((mean * 7 + took) / 8, Ordering::Relaxed);
            out
        })
        .await)
    }

    /// How long until `ahead` hashes are done.
    fn wait(&self, ahead: usize) -> Duration {
        let mean = Duration::from_micros(self.mean_micros.load(Ordering::Relaxed));
        mean.saturating_mul((ahead / self.threads.max(1) + 1) as u32)
    }
}

/// 429 `too_many_requests`, with `Retry-After` in whole seconds (at least one).
/// `detail` is the key of a message saying what there were too many of.
pub fn too_many(wait: Duration, detail: &str) -> Response {
    let seconds = wait.as_secs_f64().ceil().clamp(1.0, 86_400.0) as u64;
    let mut response = problem(
        Code::TooManyRequests,
        crate::t!("portal-retry-in", what = crate::t!(detail), seconds = seconds),
    );
    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    response
}

/// A connection past its peer's share, answered 429 and closed without reading a request:
/// the answer is written, then whatever the client sends is read and dropped for a moment,
/// so that closing does not reset the connection before the client has read the answer.
pub async fn refuse(mut stream: tokio::net::TcpStream) {
    let body = problem_body(
        Code::TooManyRequests,
        429,
        "too many connections from this address; retry in 1 s".into(),
    );
    let body = serde_json::to_vec(&body).unwrap_or_default();
    let head = format!(
        "HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/problem+json\r\nretry-after: 1\r\n\
         connection: close\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    let answer = async {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(&body).await?;
        stream.shutdown().await?;
        let mut sink = [0u8; 4096];
        while stream.read(&mut sink).await? > 0 {}
        Ok::<(), std::io::Error>(())
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), answer).await;
}

/// `POST /v1/sessions` past the limits: the peer's rate of logins, the IIN's rate of failures,
/// the peer's lock on the account (423 with `Retry-After`), then the hash on the pool with no
/// database held, then the session or the failure counted.
pub async fn login(
    shared: &Arc<Shared>,
    peer: Option<IpAddr>,
    iin: Iin,
    password: String,
) -> Result<Response, ApiError> {
    let guard = &shared.guard;
    if let Some(peer) = peer
        && let Err(wait) = guard.logins.take(peer, guard.limit(&guard.limits.peer_logins_per_minute))
    {
        return Ok(too_many(wait, "portal-too-many-logins"));
    }
    let key = iin.to_string();
    let failures_per_hour = guard.limit(&guard.limits.iin_failures_per_hour);
    if let Err(wait) = guard.failures.check(&key, failures_per_hour) {
        return Ok(too_many(wait, "portal-too-many-failures"));
    }
    let from = peer.map_or_else(|| accounts::LOCAL_PEER.to_owned(), |p| p.to_string());
    let attempt = match engine(shared, move |p| p.begin_login(&from, &iin)).await? {
        Ok(attempt) => attempt,
        Err(refused) => return Ok(refusal(refused)),
    };
    let queue = guard.limit(&guard.limits.hash_queue) as usize;
    let hashed = guard.hashing.run(queue, move || {
        let matched = attempt.verify(&password);
        (attempt, matched)
    });
    let (attempt, matched) = match hashed.await {
        Err(wait) => return Ok(too_many(wait, "portal-too-many-hashing")),
        Ok(Err(e)) => {
            return Err(ApiError::Failed(crate::error::Error::Authority(format!("a hash failed: {e}"))));
        }
        Ok(Ok(done)) => done,
    };
    if !matched {
        guard.failures.charge(key, failures_per_hour);
    }
    match engine(shared, move |p| p.finish_login(attempt, matched)).await? {
        Ok(session) => Ok(json(axum::http::StatusCode::CREATED, &session)),
        Err(refused) => Ok(refusal(refused)),
    }
}

/// Registration hashes a password too, once its proof of identity holds: it counts against
/// the peer's logins.
pub fn registration(shared: &Shared, peer: Option<IpAddr>) -> Option<Response> {
    let guard = &shared.guard;
    let peer = peer?;
    let limit = guard.limit(&guard.limits.peer_logins_per_minute);
    guard.logins.take(peer, limit).err().map(|wait| too_many(wait, "portal-too-many-registrations"))
}

/// A refused login as problem details; a lock says in `Retry-After` when it ends.
fn refusal(refused: Refused) -> Response {
    let mut response = ApiError::Failed(refused.error()).into_response();
    if let Refused::Locked(until) = refused {
        let left = (until - crate::clock::now()).whole_seconds().max(1) as u64;
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(left));
    }
    response
}

/// One more request in flight for `peer`; none past its share (see [`busy_peer`]).
pub fn in_flight_of(shared: &Shared, peer: IpAddr) -> Option<Hold> {
    let guard = &shared.guard;
    guard.in_flight.take(peer, guard.limit(&guard.limits.peer_in_flight))
}

/// The answer to a request past its peer's share of the requests in flight.
pub fn busy_peer() -> Response {
    too_many(Duration::from_secs(1), "portal-too-many-in-flight")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_refuses_past_its_capacity_and_says_how_long_to_wait() {
        let buckets: Buckets<u8> = Buckets::new(Duration::from_secs(60));
        for _ in 0..3 {
            assert!(buckets.take(1, 3).is_ok());
        }
        let wait = buckets.take(1, 3).expect_err("empty");
        assert!(wait > Duration::from_secs(15) && wait <= Duration::from_secs(20), "{wait:?}");
        assert!(buckets.take(2, 3).is_ok(), "another key has its own bucket");
        assert!(buckets.check(&1, 3).is_err());
        assert!(buckets.check(&3, 3).is_ok(), "an unknown key is full");
    }

    #[test]
    fn a_charge_counts_even_when_the_bucket_is_empty() {
        let buckets: Buckets<u8> = Buckets::new(Duration::from_secs(3600));
        buckets.charge(1, 2);
        assert!(buckets.check(&1, 2).is_ok());
        buckets.charge(1, 2);
        buckets.charge(1, 2);
        assert!(buckets.check(&1, 2).is_err());
    }

    #[test]
    fn holdings_are_counted_per_peer_and_given_back() {
        let held = Arc::new(Held::default());
        let a: IpAddr = "10.0.0.1".parse().expect("an address");
        let b: IpAddr = "10.0.0.2".parse().expect("an address");
        let first = held.take(a, 2).expect("one");
        let _second = held.take(a, 2).expect("two");
        assert!(held.take(a, 2).is_none());
        assert!(held.take(b, 2).is_some());
        drop(first);
        assert!(held.take(a, 2).is_some());
    }

    #[test]
    fn an_ipv6_peer_is_its_slash_64() {
        let one: SocketAddr = "[2001:db8:1:2:aaaa::1]:5000".parse().expect("an address");
        let two: SocketAddr = "[2001:db8:1:2:bbbb::9]:6000".parse().expect("an address");
        let other: SocketAddr = "[2001:db8:1:3::1]:5000".parse().expect("an address");
        assert_eq!(peer_of(one), peer_of(two));
        assert_ne!(peer_of(one), peer_of(other));
        let mapped: SocketAddr = "[::ffff:192.0.2.7]:80".parse().expect("an address");
        assert_eq!(peer_of(mapped), "192.0.2.7".parse::<IpAddr>().expect("an address"));
    }
}
