//! `attach portal serve` under clients that try to starve it: bodies that arrive a byte at a
//! time take no slot of the requests in flight, one address holds no more than its share of
//! connections, slots and logins, `GET /v1/health` answers whatever the load, password hashing
//! has a pool and a queue of its own (429 `too_many_requests` with `Retry-After` past it), and
//! wrong passwords lock out the address they come from, not the account. A test is many peers
//! at once by connecting from other loopback addresses (127.0.0.N). Handlers are made slow by
//! holding the portal's database in a write transaction, as a long administrative command
//! would.

use std::io::Write;
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::home::{CITIZEN, Home, PASSWORD, ZHANAOZEN};
use crate::server::addr;
use crate::wire::{Message, Request, connect_from, get, loopback};

/// Headers that promise a body of 100 bytes, and one byte of it: a request whose body is
/// still on its way, from `source`.
pub fn slow_body(addr: SocketAddr, source: IpAddr) -> TcpStream {
    let mut stream = connect_from(addr, source);
    let head = format!(
        "POST /v1/accounts/otp HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{"
    );
    stream.write_all(head.as_bytes()).expect("a head and one byte of the body");
    stream
}

/// `n` slow bodies, from `peers` addresses in turn starting at 127.0.0.`first`.
pub fn slow_bodies(addr: SocketAddr, n: usize, first: u8, peers: u8) -> Vec<TcpStream> {
    (0..n).map(|i| slow_body(addr, loopback(first + (i % peers as usize) as u8))).collect()
}

/// The portal's database held by a write transaction of the test's own: every request that
/// writes waits for it (a slow handler), reads go on, until it is dropped — or until the
/// server's busy timeout (10 s) turns a waiting write into 503 `overloaded`.
pub struct WriteLock(rusqlite::Connection);

impl WriteLock {
    pub fn hold(home: &Home) -> WriteLock {
        let conn = rusqlite::Connection::open(home.home.join("portal.db")).expect("the portal's database");
        conn.busy_timeout(Duration::from_secs(10)).expect("a busy timeout");
        conn.execute_batch("BEGIN IMMEDIATE").expect("the write lock");
        WriteLock(conn)
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        let _ = self.0.execute_batch("ROLLBACK");
    }
}

/// A request that writes (a registration challenge), from `source`, sent and not waited for:
/// with a [`WriteLock`] held, a slow handler holding its slot. Refused at once (the slot was
/// taken by a request of the test's at that instant), it is sent again until it gets in.
fn slow_handler(addr: SocketAddr, source: IpAddr) -> std::thread::JoinHandle<Message> {
    std::thread::spawn(move || {
        loop {
            let started = Instant::now();
            let answer = Request::new("POST", "/v1/accounts/challenge").send_from(addr, source);
            if !matches!(answer.status(), 429 | 503) || started.elapsed() > Duration::from_secs(1) {
                return answer;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    })
}

/// `GET path` until it answers `status`, for at most ten seconds; the last answer.
fn until_status(addr: SocketAddr, path: &str, status: u16) -> Message {
    let started = Instant::now();
    loop {
        let response = get(addr, path, None);
        if response.status() == status || started.elapsed() > Duration::from_secs(10) {
            return response;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The p-th percentile of `times` (sorted here).
pub fn percentile(times: &mut [Duration], p: f64) -> Duration {
    times.sort_unstable();
    let rank = ((p / 100.0) * times.len() as f64).ceil() as usize;
    times[rank.clamp(1, times.len()) - 1]
}

/// Regression: "256 slow-body connections make every request 503, /v1/health included". Bodies
/// on their way held a slot of `--max-in-flight` for the 10 s a body may take. Now a request
/// takes a slot once its body has arrived: 300 slow bodies (over the cap of 256, from 30
/// addresses so that no per-address limit comes into it) leave every request answered.
#[test]
fn three_hundred_slow_bodies_leave_every_request_answered() {
    let home = Home::served();
    let addr = addr(&home);
    let slow = slow_bodies(addr, 300, 10, 30);
    // The server has read every head before the first timed request.
    std::thread::sleep(Duration::from_millis(500));
    let mut times = Vec::new();
    for n in 0..30 {
        let started = Instant::now();
        let response = match n % 3 {
            0 => get(addr, "/v1/health", None),
            1 => get(addr, "/v1/orgs/MNG-0001", None),
            _ => Request::new("POST", "/v1/accounts/otp").json(&json!({"iin": CITIZEN})).send(addr),
        };
        times.push(started.elapsed());
        assert!(matches!(response.status(), 200 | 202), "beside 300 slow bodies: {response:?}");
    }
    let p99 = percentile(&mut times, 99.0);
    eprintln!("figure: p99 of a request beside 300 slow bodies: {} ms", p99.as_millis());
    // Generous: this is no benchmark, and the machine is shared; before, every answer was 503.
    assert!(p99 < Duration::from_secs(3), "p99 {p99:?} beside 300 slow bodies");
    drop(slow);
}

/// One address holds no more than its share: past `peer_connections` its new connections are
/// answered 429 at once and closed, and past `peer_in_flight` its requests are 429, while
/// another address is served as usual.
#[test]
fn one_address_holds_no_more_than_its_share_of_connections_and_slots() {
    let home = Home::new();
    home.setting("peer_connections", "20");
    home.setting("peer_in_flight", "3");
    home.serve(&[]);
    let addr = addr(&home);
    let attacker = loopback(2);

    let slow = slow_bodies(addr, 20, 2, 1);
    std::thread::sleep(Duration::from_millis(300));
    let refused = Request::new("GET", "/v1/health").send_from(addr, attacker);
    refused.assert_problem(429, "too_many_requests");
    assert!(refused.header("retry-after").is_some(), "{refused:?}");
    assert_eq!(get(addr, "/v1/health", None).status(), 200, "another address is served");
    drop(slow);

    // Slow handlers: three of the attacker's hold its three slots, the fourth is refused.
    let lock = WriteLock::hold(&home);
    let held: Vec<_> = (0..3).map(|_| slow_handler(addr, attacker)).collect();
    let started = Instant::now();
    let fourth = loop {
        let answer = Request::new("GET", "/v1/orgs/MNG-0001").send_from(addr, attacker);
        if answer.status() != 200 || started.elapsed() > Duration::from_secs(8) {
            break answer;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    fourth.assert_problem(429, "too_many_requests");
    assert!(fourth.header("retry-after").is_some(), "{fourth:?}");
    assert_eq!(get(addr, "/v1/orgs/MNG-0001", None).status(), 200, "another address is served");
    drop(lock);
    for handler in held {
        assert_eq!(handler.join().expect("a slow handler").status(), 201, "it finishes once the lock goes");
    }
    assert_eq!(Request::new("GET", "/v1/orgs/MNG-0001").send_from(addr, attacker).status(), 200);
}

/// Past the cap on requests in flight, 503 `overloaded` with `Retry-After`; the client retries
/// an idempotent call, honouring it, then gives up with exit 9. Slow handlers fill the cap
/// (bodies on their way no longer do); `GET /v1/health` answers all the same.
#[test]
fn past_the_cap_on_requests_in_flight_the_portal_is_overloaded_and_the_client_exits_9() {
    let home = Home::new();
    home.serve(&["--max-in-flight", "2"]);
    let addr = addr(&home);
    let lock = WriteLock::hold(&home);
    // Slow handlers keep both slots taken: a new one whenever one ends, as the busy timeout
    // ends each after 10 s.
    let keep_full = Arc::new(AtomicBool::new(true));
    let topping: Vec<_> = (0..4)
        .map(|_| {
            let keep_full = keep_full.clone();
            std::thread::spawn(move || {
                while keep_full.load(Ordering::Relaxed) {
                    let _ = Request::new("POST", "/v1/accounts/challenge").send(addr);
                    std::thread::sleep(Duration::from_millis(20));
                }
            })
        })
        .collect();
    let busy = until_status(addr, "/v1/orgs/MNG-0001", 503);
    busy.assert_problem(503, "overloaded");
    assert!(busy.header("retry-after").is_some(), "{busy:?}");
    assert_eq!(get(addr, "/v1/health", None).status(), 200, "health answers whatever the load");

    let started = Instant::now();
    let out = home.attach().args(["orgs"]).run().assert_exit(9);
    out.assert_error("overloaded");
    assert!(started.elapsed() >= Duration::from_secs(5), "gave up after {:?}", started.elapsed());

    // The slow handlers end: the portal answers again.
    keep_full.store(false, Ordering::Relaxed);
    drop(lock);
    for thread in topping {
        thread.join().expect("a topping thread");
    }
    assert_eq!(until_status(addr, "/v1/orgs/MNG-0001", 200).status(), 200);
    home.attach().args(["orgs", "--search", "MNG-0001"]).run().assert_exit(0);
}

/// Regression: "a client that sends its headers and then stalls in the body keeps its slot".
/// With one slot: stalled bodies take none (the body is read before the slot is taken), a slow
/// handler takes it for as long as it is slow, and gives it back when it ends.
#[test]
fn a_client_that_stalls_in_its_body_takes_no_slot_and_a_slow_handler_gives_its_back() {
    let home = Home::new();
    home.serve(&["--max-in-flight", "1"]);
    let addr = addr(&home);
    let stalled = slow_bodies(addr, 20, 1, 1);
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..5 {
        assert_eq!(get(addr, "/v1/orgs/MNG-0001", None).status(), 200, "a stalled body took the slot");
    }

    let lock = WriteLock::hold(&home);
    let handler = slow_handler(addr, loopback(1));
    until_status(addr, "/v1/orgs/MNG-0001", 503).assert_problem(503, "overloaded");
    drop(lock);
    assert_eq!(handler.join().expect("the slow handler").status(), 201);
    assert_eq!(until_status(addr, "/v1/orgs/MNG-0001", 200).status(), 200, "the slot is given back");
    drop(stalled);
}

/// `POST /v1/sessions` from `source`.
fn login_from(addr: SocketAddr, source: IpAddr, iin: &str, password: &str) -> Message {
    Request::new("POST", "/v1/sessions")
        .json(&json!({"iin": iin, "password": password}))
        .send_from(addr, source)
}

/// `Retry-After` in whole seconds.
fn retry_after(message: &Message) -> u64 {
    message
        .header("retry-after")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no Retry-After in seconds: {message:?}"))
}

/// Regression: "300 threads posting logins, each a 600,000-iteration PBKDF2, made legitimate
/// GETs 503 and one wait 26 s". Hashing has a small pool and a queue; past the queue a login
/// is 429 with `Retry-After`, and everyone else is answered meanwhile.
#[test]
fn a_flood_of_logins_leaves_the_portal_answering_everyone_else() {
    let home = Home::new();
    home.setting("pbkdf2_iterations", "600000");
    home.register(CITIZEN).assert_exit(0);
    home.serve(&[]);
    let addr = addr(&home);

    // 300 threads from 30 addresses, ten each: within every per-address limit.
    let flood: Vec<_> = (0..300)
        .map(|n| {
            let source = loopback(10 + (n % 30) as u8);
            std::thread::spawn(move || login_from(addr, source, CITIZEN, PASSWORD))
        })
        .collect();
    let mut times = Vec::new();
    let mut answers = Vec::new();
    let flooding = Instant::now();
    while !flood.iter().all(|t| t.is_finished()) && flooding.elapsed() < Duration::from_secs(120) {
        let started = Instant::now();
        let response = get(addr, "/v1/orgs/MNG-0001", None);
        times.push(started.elapsed());
        assert_eq!(response.status(), 200, "a GET during the flood: {response:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    for thread in flood {
        answers.push(thread.join().expect("a login"));
    }
    let slowest = *times.iter().max().expect("GETs during the flood");
    let p99 = percentile(&mut times, 99.0);
    eprintln!("figure: p99 of a GET during a flood of 300 logins: {} ms", p99.as_millis());
    assert!(slowest < Duration::from_secs(5), "a GET took {slowest:?} during the flood");
    let (mut logged_in, mut refused) = (0, 0);
    for answer in &answers {
        match answer.status() {
            201 => logged_in += 1,
            429 => {
                answer.assert_problem(429, "too_many_requests");
                assert!(retry_after(answer) >= 1, "{answer:?}");
                refused += 1;
            }
            _ => panic!("a login answered {answer:?}"),
        }
    }
    assert!(logged_in >= 1 && refused >= 1, "{logged_in} logged in, {refused} refused");
}

/// Regression: "anyone can lock any account with 5 wrong passwords". The failures lock the
/// address they come from out of that account, with a lock twice as long each time; the
/// person, from another address, logs in all along.
#[test]
fn wrong_passwords_lock_out_their_address_not_the_account_and_each_lock_lasts_longer() {
    let home = Home::new();
    home.setting("lockout_failures", "3");
    home.setting("lockout", "2s");
    home.register(CITIZEN).assert_exit(0);
    home.serve(&[]);
    let addr = addr(&home);
    let attacker = loopback(2);

    for _ in 0..2 {
        login_from(addr, attacker, CITIZEN, "not-the-password").assert_problem(401, "bad_credentials");
    }
    let locked = login_from(addr, attacker, CITIZEN, "not-the-password");
    locked.assert_problem(423, "account_locked");
    // Locked for the attacker: even the right password.
    login_from(addr, attacker, CITIZEN, PASSWORD).assert_problem(423, "account_locked");
    // Not for the person: from their own address, on the wire and with the client.
    let person = login_from(addr, loopback(1), CITIZEN, PASSWORD);
    assert_eq!(person.status(), 201, "the person is locked out by another's failures: {person:?}");
    home.login(CITIZEN);
    let first = retry_after(&locked);
    assert!((1..=2).contains(&first), "the first lock lasts `lockout`: {locked:?}");

    // The lock passes; the next run of failures locks for twice as long.
    std::thread::sleep(Duration::from_secs(first + 1));
    for _ in 0..2 {
        login_from(addr, attacker, CITIZEN, "not-the-password").assert_problem(401, "bad_credentials");
    }
    let again = login_from(addr, attacker, CITIZEN, "not-the-password");
    again.assert_problem(423, "account_locked");
    assert!((3..=4).contains(&retry_after(&again)), "the second lock lasts 2 × `lockout`: {again:?}");
    assert_eq!(login_from(addr, loopback(1), CITIZEN, PASSWORD).status(), 201);
}

/// Per address: past `peer_logins_per_minute`, 429 with `Retry-After`; the client's login is
/// not retried (exit 9, one request). Per IIN: past `iin_failures_per_hour` failures from
/// any addresses, that IIN's logins are 429 for a while; another IIN's are not.
#[test]
fn logins_are_rate_limited_per_address_and_per_iin() {
    let home = Home::new();
    home.setting("peer_logins_per_minute", "4");
    home.setting("iin_failures_per_hour", "5");
    home.register(CITIZEN).assert_exit(0);
    home.register(ZHANAOZEN).assert_exit(0);
    home.serve(&[]);
    let addr = addr(&home);

    let peer = loopback(3);
    for _ in 0..4 {
        assert_eq!(login_from(addr, peer, ZHANAOZEN, PASSWORD).status(), 201);
    }
    let limited = login_from(addr, peer, ZHANAOZEN, PASSWORD);
    limited.assert_problem(429, "too_many_requests");
    assert!(retry_after(&limited) >= 1);
    assert_eq!(login_from(addr, loopback(4), ZHANAOZEN, PASSWORD).status(), 201, "another address");

    // The client, from 127.0.0.1 past its limit: exit 9, and the login was sent once.
    for _ in 0..4 {
        home.login(CITIZEN);
    }
    let sessions = || {
        home.with_server(|s| s.access_log())
            .iter()
            .filter(|l| {
                l["path"] == "/v1/sessions" && l["peer"].as_str().is_some_and(|p| p.starts_with("127.0.0.1:"))
            })
            .count()
    };
    let before = sessions();
    home.login_with(CITIZEN, PASSWORD).assert_exit(9).assert_error("too_many_requests");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(sessions(), before + 1, "a login is never retried");

    // Five failures for CITIZEN from five addresses: the sixth attempt, from a sixth, is 429.
    for n in 0..5 {
        login_from(addr, loopback(20 + n), CITIZEN, "not-the-password")
            .assert_problem(401, "bad_credentials");
    }
    let limited = login_from(addr, loopback(30), CITIZEN, PASSWORD);
    limited.assert_problem(429, "too_many_requests");
    assert!(retry_after(&limited) >= 1);
    assert_eq!(login_from(addr, loopback(31), ZHANAOZEN, PASSWORD).status(), 201, "another IIN");
}

/// A 429 answer asking the client to wait `seconds`.
fn asked_to_wait(seconds: u64) -> Vec<u8> {
    let body = json!({"type": "about:blank", "title": "too many requests", "status": 429,
                      "detail": "slow down", "code": "too_many_requests"})
    .to_string();
    format!(
        "HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/problem+json\r\nretry-after: {seconds}\r\n\
         content-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// The client retries an idempotent call on 429 after the `Retry-After` the portal asked for;
/// a wait longer than a client should sleep through is the answer at once (exit 9), and a
/// login is never retried.
#[test]
fn the_client_waits_as_long_as_retry_after_asks_and_never_retries_a_login() {
    let home = Home::served();
    let upstream = addr(&home);
    let orgs = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = orgs.clone();
    let proxy = crate::wire::StandIn::start(move |request| {
        if request.start.starts_with("GET /v1/orgs") && seen.fetch_add(1, Ordering::SeqCst) == 0 {
            return Some(asked_to_wait(2));
        }
        crate::wire::StandIn::forward(upstream, request)
    });
    let started = Instant::now();
    home.attach()
        .env("ATTACH_PORTAL", &proxy.url)
        .args(["orgs", "--search", "MNG-0001"])
        .run()
        .assert_exit(0);
    assert!(started.elapsed() >= Duration::from_secs(2), "retried after {:?}", started.elapsed());
    assert_eq!(orgs.load(Ordering::SeqCst), 2, "asked twice");

    let asked = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = asked.clone();
    let proxy = crate::wire::StandIn::start(move |_| {
        count.fetch_add(1, Ordering::SeqCst);
        Some(asked_to_wait(3600))
    });
    let started = Instant::now();
    let out = home.attach().env("ATTACH_PORTAL", &proxy.url).args(["orgs"]).run().assert_exit(9);
    out.assert_error("too_many_requests");
    assert!(started.elapsed() < Duration::from_secs(5), "gave up after {:?}", started.elapsed());
    assert_eq!(asked.load(Ordering::SeqCst), 1, "an hour is not waited for");

    asked.store(0, Ordering::SeqCst);
    let out = home
        .attach()
        .env("ATTACH_PORTAL", &proxy.url)
        .args(["login", "--iin", CITIZEN, "--password-stdin"])
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .assert_exit(9);
    out.assert_error("too_many_requests");
    assert_eq!(asked.load(Ordering::SeqCst), 1, "a login is sent once");
}

/// The settings table of the README lists every setting with its default, the limits
/// included: an administrator tunes them from there.
#[test]
fn every_setting_has_its_row_in_the_readme() {
    let readme = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    for (key, default, _) in attach::portal::settings::KEYS {
        let plain = format!("| `{key}` | {default} |");
        let quoted = format!("| `{key}` | `{default}` |");
        assert!(
            readme.contains(&plain) || readme.contains(&quoted),
            "no row `{plain}` in the README's settings"
        );
    }
}
