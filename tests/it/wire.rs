//! A minimal HTTP/1.1 client over `std::net::TcpStream`, for looking at what `portal serve`
//! puts on the wire: the request is written as given (`Connection: close`), the status line,
//! headers and body are read back as they come. [`read_message`] reads one request or response
//! off a stream, for the test's proxy; [`StandIn`] is a portal that answers as a test says
//! (a refusal, or the real portal's answer passed on). [`connect_from`] makes a connection from
//! another loopback address, which the server counts as another peer.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::time::Duration;

use serde::Deserialize;

/// One HTTP message as read: its first line, headers, body (chunks joined), and the raw bytes.
#[derive(Clone)]
pub struct Message {
    pub start: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub raw: Vec<u8>,
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{}", self.start)?;
        for (name, value) in &self.headers {
            writeln!(f, "{name}: {value}")?;
        }
        write!(f, "\n{}", self.text())
    }
}

impl Message {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The status of a response.
    pub fn status(&self) -> u16 {
        self.start
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("not a status line: {:?}", self.start))
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{}: the body is not JSON ({e}): {}", self.start, self.text()))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The response is RFC 9457 problem details with every member, its `status` the HTTP
    /// status, and `code` as expected.
    pub fn assert_problem(&self, status: u16, code: &str) -> Problem {
        let what = format!("{} {:?}\n{}", self.start, self.headers, self.text());
        assert_eq!(self.status(), status, "{what}");
        assert_eq!(self.header("content-type"), Some("application/problem+json"), "{what}");
        let problem: Problem = serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not problem details with every member ({e}): {what}"));
        assert_eq!(problem.status, status, "the problem's status is the response's: {what}");
        assert_eq!(problem.code, code, "{what}");
        assert!(problem.type_.starts_with("https://") && problem.type_.ends_with(code), "{what}");
        assert!(!problem.title.is_empty() && !problem.detail.is_empty(), "{what}");
        problem
    }
}

/// RFC 9457 problem details with the stable `code` of SPEC section 3: all members required.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    pub code: String,
}

fn read_line(reader: &mut impl BufRead, raw: &mut Vec<u8>) -> io::Result<Option<String>> {
    let mut line = Vec::new();
    if reader.read_until(b'\n', &mut line)? == 0 {
        return Ok(None);
    }
    raw.extend_from_slice(&line);
    if !line.ends_with(b"\r\n") {
        return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "a line cut short"));
    }
    line.truncate(line.len() - 2);
    Ok(Some(String::from_utf8_lossy(&line).into_owned()))
}

/// One request or response from `reader`; `None` at a clean end of stream before it. A
/// response's body is read by `Content-Length`, chunked encoding, or to the end of the stream
/// (none for 1xx, 204 and 304).
pub fn read_message(reader: &mut impl BufRead, response: bool) -> io::Result<Option<Message>> {
    let mut raw = Vec::new();
    let Some(start) = read_line(reader, &mut raw)? else { return Ok(None) };
    let mut headers = Vec::new();
    loop {
        let line = read_line(reader, &mut raw)?
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "the headers were cut short"))?;
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, format!("not a header: {line:?}")))?;
        headers.push((name.trim().to_owned(), value.trim().to_owned()));
    }
    let mut message = Message { start, headers, body: Vec::new(), raw };
    let status = if response { message.status() } else { 0 };
    let bodiless = response && (status < 200 || status == 204 || status == 304);
    let chunked = message.header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    let length = message.header("content-length").map(|v| v.parse::<usize>());
    if bodiless {
    } else if chunked {
        loop {
            let size = read_line(reader, &mut message.raw)?
                .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "a chunk was cut short"))?;
            let size = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
            if size == 0 {
                while read_line(reader, &mut message.raw)?.is_some_and(|l| !l.is_empty()) {}
                break;
            }
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk)?;
            message.raw.extend_from_slice(&chunk);
            message.body.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(length) = length {
        let length = length.map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        message.body = vec![0; length];
        reader.read_exact(&mut message.body)?;
        message.raw.extend_from_slice(&message.body);
    } else if response {
        reader.read_to_end(&mut message.body)?;
        message.raw.extend_from_slice(&message.body);
    }
    Ok(Some(message))
}

/// A request being prepared for [`Request::send`].
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
    /// Send the body with chunked transfer encoding instead of `Content-Length`.
    pub chunked: bool,
}

impl Request {
    pub fn new(method: &str, path: &str) -> Request {
        Request { method: method.into(), path: path.into(), headers: Vec::new(), body: None, chunked: false }
    }

    pub fn header(mut self, name: &str, value: &str) -> Request {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn bearer(self, token: &str) -> Request {
        self.header("Authorization", &format!("Bearer {token}"))
    }

    pub fn json(self, body: &serde_json::Value) -> Request {
        self.body(body.to_string().into_bytes())
    }

    pub fn body(mut self, body: Vec<u8>) -> Request {
        self.body = Some(body);
        self
    }

    pub fn chunked(mut self) -> Request {
        self.chunked = true;
        self
    }

    /// The head, as written on the wire.
    fn head(&self, addr: SocketAddr) -> Vec<u8> {
        let mut head =
            format!("{} {} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n", self.method, self.path);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        if let Some(body) = &self.body {
            if !self.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type")) {
                head.push_str("Content-Type: application/json\r\n");
            }
            if self.chunked {
                head.push_str("Transfer-Encoding: chunked\r\n");
            } else {
                head.push_str(&format!("Content-Length: {}\r\n", body.len()));
            }
        }
        head.push_str("\r\n");
        head.into_bytes()
    }

    /// Sends the request on a new connection and reads the response. The body is written by
    /// a thread of its own while the response is read, so that a server that answers before
    /// reading all of it (413) is heard; a write the server cut short is not an error.
    pub fn send(&self, addr: SocketAddr) -> Message {
        self.send_on(TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect to {addr}: {e}")), addr)
    }

    /// [`Request::send`] from the loopback address `source`.
    pub fn send_from(&self, addr: SocketAddr, source: IpAddr) -> Message {
        self.send_on(connect_from(addr, source), addr)
    }

    fn send_on(&self, stream: TcpStream, addr: SocketAddr) -> Message {
        stream.set_read_timeout(Some(Duration::from_secs(30))).expect("a read timeout");
        let mut writer = stream.try_clone().expect("a second handle");
        writer.write_all(&self.head(addr)).expect("the request head");
        let body = self.body.clone().unwrap_or_default();
        let chunked = self.chunked && self.body.is_some();
        let sender = std::thread::spawn(move || -> io::Result<()> {
            if chunked {
                for chunk in body.chunks(16 * 1024) {
                    writer.write_all(format!("{:x}\r\n", chunk.len()).as_bytes())?;
                    writer.write_all(chunk)?;
                    writer.write_all(b"\r\n")?;
                }
                writer.write_all(b"0\r\n\r\n")?;
            } else {
                writer.write_all(&body)?;
            }
            writer.flush()
        });
        let mut reader = BufReader::new(stream);
        let response = read_message(&mut reader, true)
            .unwrap_or_else(|e| panic!("{} {}: reading the response: {e}", self.method, self.path))
            .unwrap_or_else(|| {
                panic!("{} {}: the connection closed without a response", self.method, self.path)
            });
        let _ = sender.join();
        response
    }
}

/// `127.0.0.N`: on Linux the whole of 127.0.0.0/8 is the loopback interface, so a test can
/// be many peers at once.
pub fn loopback(n: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 0, 0, n))
}

/// A connection to `addr` from `source` (a loopback address): a peer of its own, as the server
/// counts them.
pub fn connect_from(addr: SocketAddr, source: IpAddr) -> TcpStream {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).expect("a socket");
    socket.bind(&SocketAddr::new(source, 0).into()).unwrap_or_else(|e| panic!("bind {source}: {e}"));
    socket.connect(&addr.into()).unwrap_or_else(|e| panic!("connect to {addr} from {source}: {e}"));
    socket.into()
}

/// `GET path` with an optional bearer token.
pub fn get(addr: SocketAddr, path: &str, token: Option<&str>) -> Message {
    let mut request = Request::new("GET", path);
    if let Some(token) = token {
        request = request.bearer(token);
    }
    request.send(addr)
}

/// A stand-in portal on 127.0.0.1 for the client under test: each request read off a
/// connection is answered with the bytes `answer` gives for it (keep-alive, one thread per
/// connection), until dropped.
pub struct StandIn {
    pub url: String,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl StandIn {
    pub fn start(answer: impl Fn(&Message) -> Option<Vec<u8>> + Send + Sync + 'static) -> StandIn {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopped = stop.clone();
        let answer = std::sync::Arc::new(answer);
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                if stopped.load(std::sync::atomic::Ordering::SeqCst) {
                    break;
                }
                let answer = answer.clone();
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(client.try_clone().expect("clone"));
                    let mut writer = client;
                    while let Ok(Some(request)) = read_message(&mut reader, false) {
                        let Some(bytes) = answer(&request) else { return };
                        if writer.write_all(&bytes).is_err() {
                            return;
                        }
                    }
                });
            }
        });
        StandIn { url, stop }
    }

    /// A response of `status` with a problem of `code` (and `Retry-After: 1`).
    pub fn problem(status: u16, code: &str) -> Vec<u8> {
        let body = serde_json::json!({"type": "about:blank", "title": "refused", "status": status,
                                      "detail": "the stand-in refuses", "code": code})
        .to_string();
        format!(
            "HTTP/1.1 {status} Refused\r\ncontent-type: application/problem+json\r\nretry-after: 1\r\n\
             content-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
    }

    /// The answer of the portal at `upstream` to `request`, passed on unchanged.
    pub fn forward(upstream: SocketAddr, request: &Message) -> Option<Vec<u8>> {
        let mut server = TcpStream::connect(upstream).ok()?;
        server.write_all(&request.raw).ok()?;
        read_message(&mut BufReader::new(server), true).ok().flatten().map(|response| response.raw)
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = TcpStream::connect(self.url.trim_start_matches("http://"));
    }
}
