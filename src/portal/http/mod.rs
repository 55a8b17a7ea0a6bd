//! `attach portal serve`: the portal engine as an HTTP service (SPEC section 6). The tokio
//! runtime exists only here. Every connection is a task with a header-read timeout and a
//! lifetime cap, and a request takes a slot among those in flight only once its body has
//! arrived, so slow or half-open clients hold nothing but their own socket; one address holds
//! no more than its share of connections and slots ([`limits`]); requests past the in-flight
//! cap get 503 `overloaded`; SQLite work runs on blocking threads, each with a connection of
//! its own from a small pool, and password hashing on a pool of its own; SIGINT or SIGTERM
//! stops accepting, lets requests in flight finish, and returns.

mod limits;
mod openapi;
mod routes;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

use super::Portal;
use crate::error::{Error, Result};
use crate::pki::pem;

pub use openapi::{ROUTES, document as openapi_document};

/// Request bodies larger than this are refused with 413 before anything else.
pub const MAX_BODY: usize = 64 * 1024;
/// A client must send a request's headers within this time, also between keep-alive requests.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// A TLS handshake must finish within this time.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// No connection lives longer than this, however busy.
const CONNECTION_LIFETIME: Duration = Duration::from_secs(300);
/// How long shutdown waits for requests in flight.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);
/// Open connections beyond this are closed at once.
const MAX_CONNECTIONS: usize = 4096;

/// What `portal serve` was asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub home: PathBuf,
    pub listen: String,
    pub tls: Option<(PathBuf, PathBuf)>,
    pub allow_test_identities: bool,
    pub max_in_flight: usize,
}

/// Open portals for the blocking threads: each call takes one (or opens one) and gives it back.
#[derive(Debug)]
pub struct Pool {
    home: PathBuf,
    idle: Mutex<Vec<Portal>>,
}

impl Pool {
    fn new(home: &Path, first: Portal) -> Pool {
        let _ = first.store.defer_checkpoints();
        if let Err(e) = first.store.dedicate_writer() {
            eprintln!("attach: warning: writes share the pool's connections: {e}");
        }
        Pool { home: home.to_owned(), idle: Mutex::new(vec![first]) }
    }

    /// The idle portals, whatever a panic left them as.
    fn idle_portals(&self) -> std::sync::MutexGuard<'_, Vec<Portal>> {
        self.idle.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut Portal) -> Result<T>) -> Result<T> {
        let taken = self.idle_portals().pop();
        let mut portal = match taken {
            Some(portal) => portal,
            None => {
                let portal = Portal::open_existing(&self.home)?
                    .ok_or_else(|| Error::input("--home", crate::t!("portal-database-gone")))?;
                portal.store.defer_checkpoints()?;
                portal
            }
        };
        // Nothing is answered before what it saw is on disk (see `Store::durable`).
        let out = f(&mut portal).and_then(|out| portal.store.durable().map(|()| out));
        self.idle_portals().push(portal);
        out
    }

    /// `f` with an idle portal that may read only, on the calling thread: `None` when no
    /// portal is idle, `f` wanted to write (see [`super::store::Store::start_reading_only`]),
    /// or a commit it may have seen is not yet on disk.
    pub fn reading_only<T>(&self, f: impl FnOnce(&mut Portal) -> T) -> Option<T> {
        let mut portal = self.idle_portals().pop()?;
        if !portal.store.all_durable() {
            // A commit is on its way to disk: the answer would wait for it anyway.
            self.idle_portals().push(portal);
            return None;
        }
        portal.store.start_reading_only();
        let out = f(&mut portal);
        let read_only = portal.store.stop_reading_only();
        // What was read may be a commit not yet on disk: then answered where it can wait.
        let durable = portal.store.all_durable();
        self.idle_portals().push(portal);
        (read_only && durable).then_some(out)
    }
}

/// The state every handler shares.
#[derive(Debug)]
pub struct Shared {
    pub pool: Pool,
    pub allow_test_identities: bool,
    /// Requests being answered; past the cap, 503.
    pub in_flight: Arc<Semaphore>,
    /// Database work running; a permit stays with the work even when its client has left.
    pub work: Arc<Semaphore>,
    pub max_in_flight: usize,
    /// What each peer holds, the rates of logins, and password hashing.
    pub guard: limits::Guard,
}

impl Shared {
    /// True when no request is being answered and no database work runs.
    fn idle(&self) -> bool {
        self.in_flight.available_permits() == self.max_in_flight
            && self.work.available_permits() == self.max_in_flight
    }
}

/// The peer of a connection, for the access log.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

fn tls_acceptor(cert: &Path, key: &Path) -> Result<tokio_rustls::TlsAcceptor> {
    use tokio_rustls::rustls;
    use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let certs = pem::der_objects(&crate::files::read_input(cert)?, "CERTIFICATE")
        .map_err(|e| Error::input(format!("--tls-cert `{}`", cert.display()), e))?;
    let key_der = pem::der_objects(&crate::files::read_input(key)?, "PRIVATE KEY")
        .map_err(|e| Error::input(format!("--tls-key `{}`", key.display()), e))?
        .into_iter()
        .next()
        .ok_or_else(|| {
            Error::input(format!("--tls-key `{}`", key.display()), crate::t!("portal-tls-no-key"))
        })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Authority(format!("TLS: {e}")))?
        .with_no_client_auth()
        .with_single_cert(
            certs.into_iter().map(CertificateDer::from).collect(),
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key_der)),
        )
        .map_err(|e| {
            Error::input("--tls-cert/--tls-key", crate::t!("portal-tls-unusable", why = e.to_string()))
        })?;
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// Runs the server until SIGINT or SIGTERM; `ready` is told the bound address first.
pub fn serve(options: ServeOptions, ready: impl FnOnce(SocketAddr, bool) -> Result<()>) -> Result<()> {
    let portal = Portal::open_or_init(&options.home)?;
    let tls = match &options.tls {
        Some((cert, key)) => Some(tls_acceptor(cert, key)?),
        None => None,
    };
    let max_in_flight = options.max_in_flight.max(1);
    let settings = super::settings::Settings::load(portal.store.conn())?;
    let shared = Arc::new(Shared {
        guard: limits::Guard::new(&settings),
        pool: Pool::new(&options.home, portal),
        allow_test_identities: options.allow_test_identities,
        in_flight: Arc::new(Semaphore::new(max_in_flight)),
        work: Arc::new(Semaphore::new(max_in_flight)),
        max_in_flight,
    });
    housekeeping(&options.home, shared.guard.limits.clone())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| Error::Io { context: "io-server-runtime", source })?;
    runtime.block_on(async move {
        let listener = TcpListener::bind(&options.listen).await.map_err(|e| {
            Error::input(
                "--listen",
                crate::t!("portal-cannot-listen", address = &options.listen, why = e.to_string()),
            )
        })?;
        let local =
            listener.local_addr().map_err(|source| Error::Io { context: "io-listening-address", source })?;
        // Listened for before the address is printed: a signal sent as soon as the server says
        // it is ready must stop it gracefully, not kill it.
        let shutdown = shutdown_signal();
        ready(local, tls.is_some())?;
        accept_loop(listener, tls, shared.clone(), routes::router(shared), shutdown).await;
        Ok(())
    })
}

/// How often the write-ahead log is copied into the database. A page changed many times
/// between two checkpoints is copied once, so under a stream of submissions rare checkpoints
/// copy far less than frequent ones; the log holds about a second of writes.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);

/// A thread of its own checkpoints the write-ahead log, off the request path, and reads the
/// settings' limits again (`portal settings` may change them while the server runs).
fn housekeeping(home: &Path, limits: Arc<limits::Limits>) -> Result<()> {
    let portal =
        Portal::open_existing(home)?.ok_or_else(|| Error::input("--home", crate::t!("portal-none")))?;
    std::thread::Builder::new()
        .name("checkpoint".into())
        .spawn(move || {
            loop {
                std::thread::sleep(CHECKPOINT_EVERY);
                let _ = portal.store.checkpoint();
                if let Ok(settings) = super::settings::Settings::load(portal.store.conn()) {
                    limits.update(&settings);
                }
            }
        })
        .map(|_| ())
        .map_err(|source| Error::Io { context: "io-checkpoint-thread", source })
}

/// SIGINT or SIGTERM, listened for from the call on (within the runtime).
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{Signal, SignalKind, signal};
    let interrupt = signal(SignalKind::interrupt()).ok();
    let terminate = signal(SignalKind::terminate()).ok();
    let received = |signal: Option<Signal>| async move {
        match signal {
            Some(mut signal) => {
                signal.recv().await;
            }
            None => std::future::pending::<()>().await,
        }
    };
    async move {
        tokio::select! {
            _ = received(interrupt) => {}
            _ = received(terminate) => {}
        }
    }
}

async fn accept_loop(
    listener: TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    shared: Arc<Shared>,
    router: axum::Router,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                // Out of descriptors or a connection reset before accept: wait a moment, go on.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        // Past its share, a peer's connection is answered 429 and closed at once (over TLS,
        // closed: there is no handshake to answer in).
        let guard = &shared.guard;
        let limit = guard.limits.peer_connections.load(std::sync::atomic::Ordering::Relaxed).max(1);
        let Some(held) = guard.connections.take(limits::peer_of(peer), limit) else {
            if tls.is_none() {
                tokio::spawn(async move {
                    limits::refuse(stream).await;
                    drop(permit);
                });
            }
            continue;
        };
        let permit = (permit, held);
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service =
            hyper::service::service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(Peer(peer));
                router.clone().oneshot(request.map(axum::body::Body::new))
            });
        let mut builder = http1::Builder::new();
        builder.timer(TokioTimer::new()).header_read_timeout(HEADER_READ_TIMEOUT).keep_alive(true);
        match &tls {
            None => {
                let connection = builder.serve_connection(TokioIo::new(stream), service);
                let watched = graceful.watch(connection);
                tokio::spawn(async move {
                    let _ = tokio::time::timeout(CONNECTION_LIFETIME, watched).await;
                    drop(permit);
                });
            }
            Some(acceptor) => {
                let acceptor = acceptor.clone();
                let watcher = graceful.watcher();
                tokio::spawn(async move {
                    let Ok(Ok(stream)) =
                        tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await
                    else {
                        return;
                    };
                    let connection = builder.serve_connection(TokioIo::new(stream), service);
                    let _ = tokio::time::timeout(CONNECTION_LIFETIME, watcher.watch(connection)).await;
                    drop(permit);
                });
            }
        }
    }
    drop(listener);
    // Connections are told to close after their current response. The stop waits for the
    // requests in flight, not for connections that hold no request (idle, or half a header).
    let all_closed = graceful.shutdown();
    let requests_done = async {
        while !shared.idle() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Let the last responses leave their sockets.
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    tokio::select! {
        _ = all_closed => {}
        _ = requests_done => {}
        _ = tokio::time::sleep(SHUTDOWN_GRACE) => {}
    }
}
