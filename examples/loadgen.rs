//! A load generator for `attach portal serve` (and, as this machine's ceiling, any static
//! URL): keep-alive connections on threads, each sending requests back to back for a fixed
//! time; prints requests per second and latency percentiles as one JSON line.
//!
//!     cargo run --release --example loadgen -- get URL [--connections N] [--seconds S]
//!     cargo run --release --example loadgen -- submit URL --key K --cert C --request R [...]
//!
//! `get` sends GET URL. `submit` signs distinct requests (the document in R, each with a new
//! request_uuid) before the clock starts and POSTs them to URL/v1/requests, each once. The
//! bearer token comes from the environment (`LOADGEN_TOKEN`), never from argv.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use attach::clock;
use attach::domain::document::Kind;
use attach::pki::cert::Cert;
use attach::pki::jws;
use attach::pki::keys::SigningKey;

struct Options {
    mode: String,
    url: String,
    connections: usize,
    seconds: f64,
    key: Option<String>,
    cert: Option<String>,
    request: Option<String>,
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mode = args.next().ok_or("usage: loadgen get|submit URL [options]")?;
    let url = args.next().ok_or("usage: loadgen get|submit URL [options]")?;
    let mut o = Options { mode, url, connections: 16, seconds: 5.0, key: None, cert: None, request: None };
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--connections" => o.connections = value.parse().map_err(|e| format!("--connections: {e}"))?,
            "--seconds" => o.seconds = value.parse().map_err(|e| format!("--seconds: {e}"))?,
            "--key" => o.key = Some(value),
            "--cert" => o.cert = Some(value),
            "--request" => o.request = Some(value),
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(o)
}

fn read(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{path}: {e}"))
}

/// Distinct signed requests, enough for `count` submissions.
fn signed_requests(o: &Options, count: usize) -> Result<Vec<Vec<u8>>, String> {
    let key = SigningKey::from_file_bytes(&read(o.key.as_deref().ok_or("--key is required")?)?, || {
        Err("no password".into())
    })
    .map_err(|e| e.to_string())?
    .key;
    let cert_path = o.cert.as_deref().ok_or("--cert is required")?;
    let mut chain = Cert::all_from_file_bytes(&read(cert_path)?)?;
    let chain_path = std::path::Path::new(cert_path).with_file_name("chain.pem");
    chain.extend(Cert::all_from_file_bytes(&read(&chain_path.to_string_lossy())?)?);
    let template: serde_json::Value =
        serde_json::from_slice(&read(o.request.as_deref().ok_or("--request is required")?)?)
            .map_err(|e| e.to_string())?;
    let now = clock::now();
    // A run of its own, so that a second run never replays the first one's uuids.
    let mut run = [0u8; 4];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut run)
        .map_err(|_| "no randomness")?;
    let run = u32::from_be_bytes(run);
    (0..count)
        .map(|i| {
            let mut document = template.clone();
            document["request_uuid"] = format!("{run:08x}-0000-4000-8000-{i:012x}").into();
            let signed = jws::sign(&document, Kind::Request, &key, &chain, now);
            serde_json::to_vec(&signed).map_err(|e| e.to_string())
        })
        .collect()
}

fn main() {
    if let Err(e) = run() {
        eprintln!("loadgen: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let o = options()?;
    let token = std::env::var("LOADGEN_TOKEN").ok();
    let bodies = match o.mode.as_str() {
        "get" => None,
        // Enough for 20,000 requests a second: each body is sent once.
        "submit" => Some(Arc::new(signed_requests(&o, (o.seconds * 20_000.0) as usize + 1000)?)),
        other => return Err(format!("unknown mode {other}")),
    };
    let target = match bodies {
        Some(_) => format!("{}/v1/requests", o.url.trim_end_matches('/')),
        None => o.url.clone(),
    };
    let next = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs_f64(o.seconds);
    let started = Instant::now();
    let workers: Vec<_> = (0..o.connections)
        .map(|_| {
            let (target, token, bodies, next) = (target.clone(), token.clone(), bodies.clone(), next.clone());
            std::thread::spawn(move || -> Result<(Vec<u32>, usize), String> {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .timeout_global(Some(Duration::from_secs(10)))
                    .build()
                    .into();
                let mut latencies = Vec::new();
                let mut errors = 0;
                while Instant::now() < deadline {
                    let t = Instant::now();
                    let response = match &bodies {
                        None => {
                            let mut r = agent.get(&target);
                            if let Some(token) = &token {
                                r = r.header("Authorization", &format!("Bearer {token}"));
                            }
                            r.call()
                        }
                        Some(bodies) => {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(body) = bodies.get(i) else { break };
                            let mut r = agent.post(&target).content_type("application/json");
                            if let Some(token) = &token {
                                r = r.header("Authorization", &format!("Bearer {token}"));
                            }
                            r.send(&body[..])
                        }
                    };
                    match response {
                        Ok(mut response) => {
                            let ok = response.status().is_success();
                            let _ = response.body_mut().read_to_vec();
                            if ok {
                                latencies.push(t.elapsed().as_micros() as u32);
                            } else {
                                errors += 1;
                            }
                        }
                        Err(_) => errors += 1,
                    }
                }
                Ok((latencies, errors))
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for worker in workers {
        let (latencies, e) = worker.join().map_err(|_| "a worker panicked".to_owned())??;
        all.extend(latencies);
        errors += e;
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort_unstable();
    let pct = |p: f64| all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1))).copied();
    let ms = |us: Option<u32>| us.map(|u| f64::from(u) / 1000.0);
    let out = serde_json::json!({
        "mode": o.mode,
        "url": target,
        "connections": o.connections,
        "ok": all.len(),
        "errors": errors,
        "seconds": (elapsed * 100.0).round() / 100.0,
        "rps": (all.len() as f64 / elapsed).round(),
        "p50_ms": ms(pct(0.50)),
        "p99_ms": ms(pct(0.99)),
    });
    println!("{out}");
    Ok(())
}
